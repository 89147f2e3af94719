// `Tableau de bord` sections fed by `Plan` and `Budget`: actions of the month per status with the
// completion rate, budget planned vs actual per horizon (month, cumulated, year), and the per-poste
// detail those horizon lines add up (a poste's horizon lives in Budget, amounts in Plan).

import { HORIZONS, STATUTS, TAB } from '../../contract';
import { columnOf } from '../cells';
import { columnRef, ofMonth, untilMonth, ifFilled, type Criterion } from './formulas';
import { fmt, formula, span, type Grid, type Marks } from './grid';
import type { Workbook } from '../types';

/** Number formats of the dashboard's amounts, counts and rates. */
export const EURO = '#,##0.00 "€"';
/** Number format of counts. */
export const INTEGER_FORMAT = '0';
/** Number format of rates. */
const POURCENT = '0%';

/** Whole-column ranges of the Plan headers the formulas read. */
function planColonnes(classeur: Workbook) {
  const plan = (h: string) => columnRef(TAB.plan, columnOf(classeur, TAB.plan, h));
  return { mois: plan('Mois'), statut: plan('Statut'), prevu: plan('Budget prévu'), reel: plan('Budget réel'), poste: plan('Poste budgétaire') };
}

/** Actions du mois: one COUNTIFS row per status, total and completion = Fait / (total − Abandonné). */
export function sectionActions(g: Grid, classeur: Workbook): void {
  const p = planColonnes(classeur);
  g.add(['Actions du mois'], 'section');
  g.add(['Statut', 'Actions'], 'entete');
  const first = g.row;
  for (const statut of STATUTS) {
    const row = g.row;
    g.add([statut, fmt(formula(`=${ofMonth(null, p.mois, [[p.statut, `$A${row}`]])}`), INTEGER_FORMAT)]);
  }
  const last = g.row - 1;
  g.mark('statuts', first, last);
  const total = g.add(['Total', fmt(formula(`=SUM(B${first}:B${last})`), INTEGER_FORMAT)], 'total');
  const fait = first + STATUTS.indexOf('Fait');
  const abandon = first + STATUTS.indexOf('Abandonné');
  g.add(['Taux de réalisation', fmt(formula(`=IFERROR(B${fait}/(B${total}-B${abandon}),"")`), POURCENT)], 'total');
}

/** Columns shared by the horizon lines and the poste detail (detail has the poste first). */
const MONTANTS = ['Prévu cumulé', 'Réel cumulé', 'Prévu du mois', 'Réel du mois', 'Montant prévu (année)', 'Réel (année)'] as const;
const LETTRES = ['B', 'C', 'D', 'E', 'F', 'G'] as const;
const DETAIL = ['C', 'D', 'E', 'F', 'G', 'H'] as const;

/** Plan amounts of the month / up to the month, optionally for one poste (criteria). */
function planAmounts(p: ReturnType<typeof planColonnes>, criteres: readonly Criterion[]): string[] {
  return [
    untilMonth(p.prevu, p.mois, criteres), untilMonth(p.reel, p.mois, criteres),
    ofMonth(p.prevu, p.mois, criteres), ofMonth(p.reel, p.mois, criteres),
  ];
}

/** Budget par horizon: each line sums the poste detail by horizon; « sans horizon » is the rest. */
export function sectionBudget(g: Grid, classeur: Workbook): void {
  const budget = (h: string) => columnRef(TAB.budget, columnOf(classeur, TAB.budget, h));
  g.add(['Budget prévu et réel par horizon'], 'section');
  g.add(['Horizon', ...MONTANTS], 'entete');
  const first = g.row;
  for (const horizon of HORIZONS) {
    const row = g.row;
    g.add([horizon, ...LETTRES.map((_, i) => fmt(formula((m: Marks) => {
      const d = span(m, 'postes');
      if (d.last < d.first) return '=0';
      return `=SUMIFS(${DETAIL[i]}${d.first}:${DETAIL[i]}${d.last},B${d.first}:B${d.last},$A${row})`;
    }), EURO))]);
  }
  g.mark('horizons', first, g.row - 1);
  const rest = g.row;
  const total = rest + 1;
  g.add(['Sans horizon ou poste inconnu', ...LETTRES.map((l) => fmt(formula(`=${l}${total}-SUM(${l}${first}:${l}${rest - 1})`), EURO))]);
  const plan = planAmounts(planColonnes(classeur), []).map((f) => formula(`=${f}`));
  const annee = formula(`=SUM(${budget('Montant prévu')})`);
  const reelAnnee = formula((m: Marks) => {
    const d = span(m, 'postes');
    return d.last < d.first ? '=0' : `=SUM(H${d.first}:H${d.last})`;
  });
  g.add(['Total', ...[...plan, annee, reelAnnee].map((f) => fmt(f, EURO))], 'total');
}

/** Détail par poste: live references to each named Budget row, and its Plan amounts. */
export function postesSection(g: Grid, classeur: Workbook): void {
  const p = planColonnes(classeur);
  const ref = (h: string, row: number) => `${TAB.budget}!$${columnOf(classeur, TAB.budget, h)}$${row}`;
  g.add(['Détail par poste (calcul du budget par horizon)'], 'section');
  g.add(['Poste', 'Horizon', ...MONTANTS], 'entete');
  const first = g.row;
  for (const poste of classeur.budget) {
    if (poste.poste.trim() === '') continue;
    const row = g.row;
    const reel = ref('Réel', poste.row);
    const montants = planAmounts(p, [[p.poste, `$A${row}`]]).map((f) => fmt(formula(`=${f}`), EURO));
    g.add([
      formula(ifFilled(ref('Poste', poste.row))),
      formula(ifFilled(ref('Horizon', poste.row))),
      ...montants,
      fmt(formula(`=N(${ref('Montant prévu', poste.row)})`), EURO),
      fmt(formula(`=IF(ISNUMBER(${reel}),${reel},SUMIFS(${p.reel},${p.poste},$A${row}))`), EURO),
    ]);
  }
  if (g.row > first) g.mark('postes', first, g.row - 1);
  else g.add(['Aucun poste dans l’onglet Budget.'], 'aide');
}
