// Report sections 7–8 and the footer (SPEC §6): next month's actions, the decisions to take —
// (v2) opened by « Poursuivre, recadrer ou arrêter ? » when it applies — and the skipped rows.

import type { MonthlyReport } from './model';
import type { ContinueOrStop } from './decision';
import { capList } from './actions';
import { formatDateFr } from '../months';
import { formatEuros, plural } from '../format';
import { BANNER, COLOURS, SUBTLE, bannerHeader, noteRow, twoLists, type ReportGrid } from './grid';
import { actionLine } from './action-line';
import { skippedRowsText } from './layout-parts';

/** Section 7: next month's actions (all statuses, sheet order, at most 8), in two columns. */
export function nextMonthSection(g: ReportGrid, r: MonthlyReport): void {
  const { moisLibelle, actions } = r.moisProchain;
  if (actions.total === 0) {
    bannerHeader(g, `Mois prochain — ${moisLibelle}`, []);
    noteRow(g, 'Aucune action prévue : complétez l’onglet Plan.');
    return;
  }
  bannerHeader(g, `Mois prochain — ${moisLibelle} — ${plural(actions.total, 'action prévue', 'actions prévues')}`, []);
  const lines = actions.elements.map((a) => actionLine(a, true));
  const half = Math.ceil(lines.length / 2);
  twoLists(g, lines.slice(0, half), lines.slice(half));
  if (actions.suite) noteRow(g, actions.suite);
}

/** `Date butoir 15/12/2026 : dépassée de 45 jours` (or not yet reached). */
function butoirText(p: ContinueOrStop): string {
  if (p.dateButoir === null || p.ecartButoirJours === null) return 'Date butoir : non renseignée (Cadrage)';
  const date = formatDateFr(p.dateButoir);
  if (p.ecartButoirJours > 0) return `Date butoir ${date} : dépassée de ${plural(p.ecartButoirJours, 'jour')}`;
  return `Date butoir ${date} : pas de retard (${p.ecartButoirJours === 0 ? 'c’est aujourd’hui' : `dans ${plural(-p.ecartButoirJours, 'jour')}`})`;
}

/** `Budget restant : 1 200 € (12 000 € − 10 800 € dépensés)`. */
function budgetText(p: ContinueOrStop): string {
  if (p.budgetAnnuel === null || p.budgetRestant === null) return `Budget restant : budget annuel non renseigné (${formatEuros(p.reelADate)} dépensés)`;
  const detail = `${formatEuros(p.budgetAnnuel)} − ${formatEuros(p.reelADate)} dépensés`;
  return p.budgetRestant < 0 ? `Budget restant : ${formatEuros(p.budgetRestant)}, dépassé (${detail})` : `Budget restant : ${formatEuros(p.budgetRestant)} (${detail})`;
}

/** The v2 block in four rows: why, budget left and delay, the three questions, the advice (also on the comité page). */
export function continueOrStopBlock(g: ReportGrid, p: ContinueOrStop): void {
  const fond = { background: COLOURS.fondRouge };
  const right = (value: string, bold = false) => ({ value, bold, wrap: false });
  const [q1 = '', q2 = '', q3 = ''] = p.questions;
  g.ligne([{ value: 'Poursuivre, recadrer ou arrêter ?', bold: true, size: 9, color: COLOURS.rouge, wrap: false },
    { value: `Pourquoi : ${p.raisons.join(' ; ')}.`, ...SUBTLE, wrap: false }, '', '', ''], fond);
  g.ligne([budgetText(p), right(`${butoirText(p)} · ${p.moisOrageux} mois orageux de suite`), '', '', ''], fond);
  g.ligne([q1, right(q2), '', '', ''], fond);
  g.ligne([q3, right(p.conseil, true), '', '', ''], fond);
}

/** Section 8: the v2 block when it applies, then questions for the monthly review. */
export function decisionsSection(g: ReportGrid, r: MonthlyReport): void {
  g.banner('Décisions à prendre', BANNER);
  if (r.poursuivre) continueOrStopBlock(g, r.poursuivre);
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
    g.ligne([`⚠ ${skippedRowsText(n)} (${plural(problemes.length, 'problème')}) : ${premiers}${reste}`], { color: COLOURS.orange, size: 7 });
  }
  g.banner(`Généré par Boussole le ${formatDateFr(r.genereLe)} — Extensions › Boussole › Générer le rapport mensuel pour le mettre à jour.`, SUBTLE);
}
