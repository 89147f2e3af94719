// Report sections 4–8 and the footer (SPEC §6): budget in euros with percentages beside them,
// coloured alerts with their cells, recommendations, decisions, skipped rows.

import type { RapportMensuel } from './report';
import type { BudgetHorizon } from './budgetTracking';
import { capper } from './reportActions';
import { formatDateFr } from './months';
import { formatPercent, pluriel } from './format';
import { BANDEAU, COULEURS, DISCRET, entete, FORMATS, note, type GrilleRapport } from './report-grid';

const eur = (value: number, bold = false) => ({ value, format: FORMATS.euros, align: 'right' as const, bold });
const pct = (value: number | null, bold = false) => ({ value: value ?? '—', format: FORMATS.pourcent, align: 'right' as const, bold });
const libelleHorizon = (l: BudgetHorizon) => l.horizon ?? 'Sans horizon (poste inconnu)';

/** `3 lignes ignorées car mal remplies` (title warning and footer). */
export function lignesIgnoreesTexte(n: number): string {
  return pluriel(n, 'ligne ignorée car mal remplie', 'lignes ignorées car mal remplies');
}

/** Section 4: month and cumulated figures per horizon, the year with shares, postes over the threshold. */
export function budgetSection(g: GrilleRapport, r: RapportMensuel): void {
  const b = r.budget;
  g.bandeau('Budget', BANDEAU);
  entete(g, ['Horizon', 'Prévu du mois', 'Réel du mois', 'Prévu cumulé', 'Réel cumulé']);
  for (const l of b.horizons) g.ligne([libelleHorizon(l), eur(l.prevuMois), eur(l.reelMois), eur(l.prevuCumul), eur(l.reelCumul)]);
  const t = b.total;
  g.ligne([{ value: 'Total', bold: true }, eur(t.prevuMois, true), eur(t.reelMois, true), eur(t.prevuCumul, true), eur(t.reelCumul, true)]);
  entete(g, ['Sur l’année', 'Montant prévu', 'Part du budget', 'Réel à date', 'Consommé']);
  const consomme = (l: BudgetHorizon) => (l.montantPrevu > 0 ? l.reel / l.montantPrevu : null);
  for (const l of b.horizons) g.ligne([libelleHorizon(l), eur(l.montantPrevu), pct(l.part), eur(l.reel), pct(consomme(l))]);
  g.ligne([{ value: 'Total', bold: true }, eur(t.montantPrevu, true), pct(t.part, true), eur(t.reel, true), pct(consomme(t), true)]);
  g.ligne(['Part Humain (formation, accompagnement) — 25 % au moins', pct(b.partHumain), '',
    { value: 'Expérimentation', align: 'right', color: COULEURS.discret }, pct(b.partExperimentation)]);
  const seuil = formatPercent(b.seuil);
  if (b.postesAuDelaDuSeuil.length === 0) {
    note(g, `Aucun poste ne dépasse son montant prévu de plus de ${seuil}.`);
    return;
  }
  entete(g, [`Postes au-delà du seuil d’alerte (+${seuil})`, 'Prévu', 'Réel', 'Écart', 'Ligne']);
  for (const d of b.postesAuDelaDuSeuil) {
    g.ligne([d.poste.poste, eur(d.prevu), { ...eur(d.reel, true), color: COULEURS.rouge }, { ...pct(d.ecart), color: COULEURS.rouge },
      { value: `Budget, ligne ${d.poste.row}`, ...DISCRET, align: 'right' }]);
  }
}

/** Section 5: one line per alert, level coloured, with its cells. */
export function alertesSection(g: GrilleRapport, r: RapportMensuel): void {
  g.bandeau(`Signaux d’alerte — ${r.alertes.length}`, BANDEAU);
  if (r.alertes.length === 0) {
    note(g, 'Aucun signal d’alerte ce mois-ci.', { color: COULEURS.vert });
    return;
  }
  entete(g, ['Signal', 'Niveau', 'Cellules concernées', '', '']);
  for (const a of r.alertes) {
    const rouge = a.niveau === 'rouge';
    g.ligne([`${a.signal} — ${a.message}`,
      { value: rouge ? 'Rouge' : 'Orange', bold: true, align: 'center', color: rouge ? COULEURS.rouge : COULEURS.orange, background: rouge ? COULEURS.fondRouge : COULEURS.fondOrange },
      { value: a.cellules.join(', '), ...DISCRET, wrap: true }]);
  }
}

/** Section 6: channel reallocation and up to 3 quick wins. */
export function recommandationsSection(g: GrilleRapport, r: RapportMensuel): void {
  const { reallocation, quickWins } = r.recommandations;
  g.bandeau('Recommandations', BANDEAU);
  if (reallocation) {
    entete(g, ['Réallocation entre canaux', 'Montant / mois', 'CAC élevé', 'CAC bas', '']);
    g.ligne([reallocation.message, eur(reallocation.montant, true), { ...eur(reallocation.cacDepuis), format: FORMATS.eurosCents },
      { ...eur(reallocation.cacVers), format: FORMATS.eurosCents }]);
  } else {
    note(g, 'Réallocation entre canaux : aucun canal n’a un CAC au moins double d’un autre ce mois-ci.');
  }
  if (quickWins.length === 0) {
    note(g, 'Quick wins : aucune idée « Démarrer » en attente de décision dans le Backlog.');
    return;
  }
  entete(g, ['Quick wins du backlog (à démarrer, sans décision)', 'Score', 'ID', '', 'Ligne']);
  for (const q of quickWins) {
    g.ligne([q.idee, { value: q.score ?? '—', format: FORMATS.entier, align: 'right', bold: true }, { value: q.id, align: 'right' }, '',
      { value: `Backlog, ligne ${q.ligne}`, ...DISCRET, align: 'right' }]);
  }
}

/** Section 8: questions for the monthly review. */
export function decisionsSection(g: GrilleRapport, r: RapportMensuel): void {
  g.bandeau('Décisions à prendre', BANDEAU);
  if (r.decisions.length === 0) {
    note(g, 'Aucune décision en attente : ni blocage ni dépassement de budget.');
    return;
  }
  const liste = capper(r.decisions);
  liste.elements.forEach((question, i) => g.ligne([`${i + 1}. ${question}`]));
  if (liste.suite) note(g, liste.suite);
}

/** Footer: rows skipped by the reader (with the first problems) and the signature. */
export function piedDePage(g: GrilleRapport, r: RapportMensuel): void {
  const { lignesIgnorees: n, problemes } = r;
  if (n > 0 || problemes.length > 0) {
    const premiers = problemes.slice(0, 3).map((p) => p.message).join(' ; ');
    const reste = problemes.length > 3 ? ` ; … et ${pluriel(problemes.length - 3, 'autre')}` : '';
    g.ligne([`⚠ ${lignesIgnoreesTexte(n)} (${pluriel(problemes.length, 'problème')}) : ${premiers}${reste}`],
      { color: COULEURS.orange, size: 9 });
  }
  g.bandeau(`Généré par Boussole le ${formatDateFr(r.genereLe)} — Extensions › Boussole › Générer le rapport mensuel pour le mettre à jour.`, DISCRET);
}
