// Report sections 4–6 (SPEC §6): budget in euros with percentages beside them, the coloured signal
// lines with their cells (v2: at most 6, then a pointer to the menu), recommendations.

import type { MonthlyReport } from './model';
import type { BudgetHorizon } from '../budget/tracking';
import { formatEuros, formatPercent, plural } from '../format';
import { BANNER, COLOURS, SUBTLE, bannerHeader, headerRow, FORMATS, noteRow, twoLists, type ReportGrid } from './grid';
import { clip } from '../quote';

const eur = (value: number, bold = false) => ({ value, format: FORMATS.euros, align: 'right' as const, bold });
const pct = (value: number | null, bold = false) => ({ value: value ?? '—', format: FORMATS.pourcent, align: 'right' as const, bold });
const horizonLabel = (l: BudgetHorizon) => l.horizon ?? 'Sans horizon (poste inconnu)';
/** Characters of cell references printed per signal line (the menu lists them all). */
const CELLS_SHOWN = 55;

/** `3 lignes ignorées car mal remplies` (title warning and footer). */
export function skippedRowsText(n: number): string {
  return plural(n, 'ligne ignorée car mal remplie', 'lignes ignorées car mal remplies');
}

/** Section 4: month and cumulated figures per horizon, the year with shares, postes over the threshold. */
export function budgetSection(g: ReportGrid, r: MonthlyReport): void {
  const b = r.budget;
  bannerHeader(g, 'Budget par horizon', ['Prévu du mois', 'Réel du mois', 'Prévu cumulé', 'Réel cumulé']);
  for (const l of b.horizons) g.ligne([horizonLabel(l), eur(l.prevuMois), eur(l.reelMois), eur(l.prevuCumul), eur(l.reelCumul)]);
  const t = b.total;
  g.ligne([{ value: 'Total', bold: true }, eur(t.prevuMois, true), eur(t.reelMois, true), eur(t.prevuCumul, true), eur(t.reelCumul, true)]);
  const share = `Humain ${b.partHumain === null ? '—' : formatPercent(b.partHumain)} (25 % au moins), expérimentation ${b.partExperimentation === null ? '—' : formatPercent(b.partExperimentation)} (10 à 15 %)`;
  headerRow(g, [`Sur l’année — ${share}`, 'Montant prévu', 'Part du budget', 'Réel à date', 'Consommé']);
  const consumed = (l: BudgetHorizon) => (l.montantPrevu > 0 ? l.reel / l.montantPrevu : null);
  for (const l of b.horizons) g.ligne([horizonLabel(l), eur(l.montantPrevu), pct(l.part), eur(l.reel), pct(consumed(l))]);
  g.ligne([{ value: 'Total', bold: true }, eur(t.montantPrevu, true), pct(t.part, true), eur(t.reel, true), pct(consumed(t), true)]);
  const seuil = formatPercent(b.seuil);
  if (b.postesAuDelaDuSeuil.length === 0) {
    noteRow(g, `Aucun poste ne dépasse son montant prévu de plus de ${seuil}.`);
    return;
  }
  headerRow(g, [`Postes au-delà du seuil d’alerte (+${seuil}) : réel pour prévu (écart)`, '', '', '', '']);
  const lines = b.postesAuDelaDuSeuil.map((d) => `${clip(d.poste.poste)} : ${formatEuros(d.reel)} pour ${formatEuros(d.prevu)} (${d.ecart === null ? 'non budgété' : `+${formatPercent(d.ecart)}`})`);
  const half = Math.ceil(lines.length / 2);
  twoLists(g, lines.slice(0, half), lines.slice(half), { color: COLOURS.rouge });
}

/** `Plan!H23, Plan!H65 … (+8)`: the cells that fit one printed line, then how many more. */
export function cellsText(cellules: readonly string[], max = CELLS_SHOWN): string {
  let text = '';
  let shown = 0;
  for (const cell of cellules) {
    const next = text === '' ? cell : `${text}, ${cell}`;
    if (next.length > max && shown > 0) break;
    text = next;
    shown += 1;
  }
  return shown < cellules.length ? `${text} … (+${cellules.length - shown})` : text;
}

/** Section 5: at most 6 lines (rouge first, then rule-book order), level coloured, with their cells. */
export function alertsSection(g: ReportGrid, r: MonthlyReport): void {
  const s = r.signaux;
  const total = r.alertes.length;
  const detail = total === 0 ? '' : ` (${plural(s.rouges, 'rouge')}, ${s.orange} orange)`;
  bannerHeader(g, `Signaux d’alerte — ${total}${detail}`, total === 0 ? [] : ['Niveau', 'Cellules concernées', '', '']);
  if (total === 0) {
    noteRow(g, 'Aucun signal d’alerte ce mois-ci.', { color: COLOURS.vert });
    return;
  }
  for (const a of s.lignes) {
    const rouge = a.niveau === 'rouge';
    g.ligne([`${a.signal} — ${a.message}`,
      { value: rouge ? 'Rouge' : 'Orange', bold: true, align: 'center', color: rouge ? COLOURS.rouge : COLOURS.orange, background: rouge ? COLOURS.fondRouge : COLOURS.fondOrange },
      { value: cellsText(a.cellules), ...SUBTLE, wrap: false }]);
  }
  if (s.suite) noteRow(g, s.suite, { color: COLOURS.titre, size: 8 });
}

/** Section 6: channel reallocation and up to 3 quick wins. */
export function recommendationsSection(g: ReportGrid, r: MonthlyReport): void {
  const { reallocation, quickWins } = r.recommandations;
  if (reallocation) {
    bannerHeader(g, 'Recommandations', ['Montant / mois', 'CAC élevé', 'CAC bas', '']);
    g.ligne([reallocation.message, eur(reallocation.montant, true), { ...eur(reallocation.cacDepuis), format: FORMATS.eurosCents },
      { ...eur(reallocation.cacVers), format: FORMATS.eurosCents }]);
  } else {
    g.banner('Recommandations', BANNER);
    noteRow(g, 'Réallocation entre canaux : pas de canal au CAC au moins double d’un autre sur 3 mois (5 nouveaux clients au moins par canal).');
  }
  if (quickWins.length === 0) {
    noteRow(g, 'Quick wins : aucune idée « Démarrer » en attente de décision dans le Backlog.');
    return;
  }
  const lines = quickWins.map((q) => `Quick win : ${clip(q.idee)} (${q.id}, score ${q.score ?? '—'})`);
  const half = Math.ceil(lines.length / 2);
  twoLists(g, lines.slice(0, half), lines.slice(half));
}
