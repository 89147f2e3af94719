// Report sections 4–8 and the footer (SPEC §6): budget in euros with percentages beside them,
// coloured alerts with their cells, recommendations, decisions, skipped rows.

import type { MonthlyReport } from './model';
import type { BudgetHorizon } from '../budget/tracking';
import { capList } from './actions';
import { formatDateFr } from '../months';
import { formatPercent, plural } from '../format';
import { BANNER, COLOURS, SUBTLE, headerRow, FORMATS, noteRow, type ReportGrid } from './grid';

const eur = (value: number, bold = false) => ({ value, format: FORMATS.euros, align: 'right' as const, bold });
const pct = (value: number | null, bold = false) => ({ value: value ?? '—', format: FORMATS.pourcent, align: 'right' as const, bold });
const horizonLabel = (l: BudgetHorizon) => l.horizon ?? 'Sans horizon (poste inconnu)';

/** `3 lignes ignorées car mal remplies` (title warning and footer). */
export function skippedRowsText(n: number): string {
  return plural(n, 'ligne ignorée car mal remplie', 'lignes ignorées car mal remplies');
}

/** Section 4: month and cumulated figures per horizon, the year with shares, postes over the threshold. */
export function budgetSection(g: ReportGrid, r: MonthlyReport): void {
  const b = r.budget;
  g.banner('Budget', BANNER);
  headerRow(g, ['Horizon', 'Prévu du mois', 'Réel du mois', 'Prévu cumulé', 'Réel cumulé']);
  for (const l of b.horizons) g.ligne([horizonLabel(l), eur(l.prevuMois), eur(l.reelMois), eur(l.prevuCumul), eur(l.reelCumul)]);
  const t = b.total;
  g.ligne([{ value: 'Total', bold: true }, eur(t.prevuMois, true), eur(t.reelMois, true), eur(t.prevuCumul, true), eur(t.reelCumul, true)]);
  headerRow(g, ['Sur l’année', 'Montant prévu', 'Part du budget', 'Réel à date', 'Consommé']);
  const consumed = (l: BudgetHorizon) => (l.montantPrevu > 0 ? l.reel / l.montantPrevu : null);
  for (const l of b.horizons) g.ligne([horizonLabel(l), eur(l.montantPrevu), pct(l.part), eur(l.reel), pct(consumed(l))]);
  g.ligne([{ value: 'Total', bold: true }, eur(t.montantPrevu, true), pct(t.part, true), eur(t.reel, true), pct(consumed(t), true)]);
  g.ligne(['Part Humain (formation, accompagnement) — 25 % au moins', pct(b.partHumain), '',
    { value: 'Expérimentation', align: 'right', color: COLOURS.discret }, pct(b.partExperimentation)]);
  const seuil = formatPercent(b.seuil);
  if (b.postesAuDelaDuSeuil.length === 0) {
    noteRow(g, `Aucun poste ne dépasse son montant prévu de plus de ${seuil}.`);
    return;
  }
  headerRow(g, [`Postes au-delà du seuil d’alerte (+${seuil})`, 'Prévu', 'Réel', 'Écart', 'Ligne']);
  for (const d of b.postesAuDelaDuSeuil) {
    g.ligne([d.poste.poste, eur(d.prevu), { ...eur(d.reel, true), color: COLOURS.rouge }, { ...pct(d.ecart), color: COLOURS.rouge },
      { value: `Budget, ligne ${d.poste.row}`, ...SUBTLE, align: 'right' }]);
  }
}

/** Section 5: one line per alert, level coloured, with its cells. */
export function alertsSection(g: ReportGrid, r: MonthlyReport): void {
  g.banner(`Signaux d’alerte — ${r.alertes.length}`, BANNER);
  if (r.alertes.length === 0) {
    noteRow(g, 'Aucun signal d’alerte ce mois-ci.', { color: COLOURS.vert });
    return;
  }
  headerRow(g, ['Signal', 'Niveau', 'Cellules concernées', '', '']);
  for (const a of r.alertes) {
    const rouge = a.niveau === 'rouge';
    g.ligne([`${a.signal} — ${a.message}`,
      { value: rouge ? 'Rouge' : 'Orange', bold: true, align: 'center', color: rouge ? COLOURS.rouge : COLOURS.orange, background: rouge ? COLOURS.fondRouge : COLOURS.fondOrange },
      { value: a.cellules.join(', '), ...SUBTLE, wrap: true }]);
  }
}

/** Section 6: channel reallocation and up to 3 quick wins. */
export function recommendationsSection(g: ReportGrid, r: MonthlyReport): void {
  const { reallocation, quickWins } = r.recommandations;
  g.banner('Recommandations', BANNER);
  if (reallocation) {
    headerRow(g, ['Réallocation entre canaux', 'Montant / mois', 'CAC élevé', 'CAC bas', '']);
    g.ligne([reallocation.message, eur(reallocation.montant, true), { ...eur(reallocation.cacDepuis), format: FORMATS.eurosCents },
      { ...eur(reallocation.cacVers), format: FORMATS.eurosCents }]);
  } else {
    noteRow(g, 'Réallocation entre canaux : aucun canal n’a un CAC au moins double d’un autre ce mois-ci.');
  }
  if (quickWins.length === 0) {
    noteRow(g, 'Quick wins : aucune idée « Démarrer » en attente de décision dans le Backlog.');
    return;
  }
  headerRow(g, ['Quick wins du backlog (à démarrer, sans décision)', 'Score', 'ID', '', 'Ligne']);
  for (const q of quickWins) {
    g.ligne([q.idee, { value: q.score ?? '—', format: FORMATS.entier, align: 'right', bold: true }, { value: q.id, align: 'right' }, '',
      { value: `Backlog, ligne ${q.ligne}`, ...SUBTLE, align: 'right' }]);
  }
}

/** Section 8: questions for the monthly review. */
export function decisionsSection(g: ReportGrid, r: MonthlyReport): void {
  g.banner('Décisions à prendre', BANNER);
  if (r.decisions.length === 0) {
    noteRow(g, 'Aucune décision en attente : ni blocage ni dépassement de budget.');
    return;
  }
  const liste = capList(r.decisions);
  liste.elements.forEach((question, i) => g.ligne([`${i + 1}. ${question}`]));
  if (liste.suite) noteRow(g, liste.suite);
}

/** Footer: rows skipped by the reader (with the first problems) and the signature. */
export function footer(g: ReportGrid, r: MonthlyReport): void {
  const { lignesIgnorees: n, problemes } = r;
  if (n > 0 || problemes.length > 0) {
    const premiers = problemes.slice(0, 3).map((p) => p.message).join(' ; ');
    const reste = problemes.length > 3 ? ` ; … et ${plural(problemes.length - 3, 'autre')}` : '';
    g.ligne([`⚠ ${skippedRowsText(n)} (${plural(problemes.length, 'problème')}) : ${premiers}${reste}`],
      { color: COLOURS.orange, size: 9 });
  }
  g.banner(`Généré par Boussole le ${formatDateFr(r.genereLe)} — Extensions › Boussole › Générer le rapport mensuel pour le mettre à jour.`, SUBTLE);
}
