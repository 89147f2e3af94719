// The synthesis block of `Tableau de bord` (SPEC §2 v2, §10): the named range BOUSSOLE_SYNTHESE (a
// labels row and a values row) written with native functions only, so it computes for every reader
// and through IMPORTRANGE, at a fixed address that no rebuild moves; a title above it and the current
// month's criteria under it. Column letters come from the reader (users move columns).

import { CADRAGE_QUESTIONS, SYNTHESE_LABELS, SYNTHESE_RANGE_NAME, TAB, TABLES } from '../../contract';
import { columnLetter, columnOf, sheetRef } from '../cells';
import { columnRef, monthFormulasOf, ofMonth, type Criterion, type MonthRefs } from './formulas';
import type { Workbook } from '../types';

/** Where the block sits: columns S…AC, title row 1, named range rows 2–3, criteria row 4. */
export const SYNTHESIS_PLACE = { firstColumn: 19, titleRow: 1, labelsRow: 2, valuesRow: 3, criteriaRow: 4 } as const;
/** Number of columns of the named range (one per label). */
export const SYNTHESIS_WIDTH = SYNTHESE_LABELS.length;
/** Last column (1-based) the block uses. */
export const SYNTHESIS_LAST_COLUMN = SYNTHESIS_PLACE.firstColumn + SYNTHESIS_WIDTH - 1;
/** A1 of the named range on `Tableau de bord` (also the fallback IMPORTRANGE range string). */
export const SYNTHESIS_A1 = `${columnLetter(SYNTHESIS_PLACE.firstColumn)}${SYNTHESIS_PLACE.labelsRow}:`
  + `${columnLetter(SYNTHESIS_LAST_COLUMN)}${SYNTHESIS_PLACE.valuesRow}`;
/** Shown when no report has been generated yet (the three « dernier rapport » cells). */
export const NO_REPORT = '—';
/**
 * Rows of Plan and Budget the budget formula's SUMPRODUCT/MATCH looks at: bounded ranges (whole
 * columns would make it a million × a million comparisons in Excel and LibreOffice), at least these
 * many and twice the rows read, so rows added later still count until the next rebuild.
 */
export const SYNTHESIS_MIN_ROWS = { plan: 500, budget: 50 } as const;

/** The last sheet row the budget formula covers for `rows` (typed rows with their sheet row). */
export function coveredRows(rows: ReadonlyArray<{ row: number }>, minimum: number): number {
  return Math.max(minimum, 2 * rows.reduce((last, r) => Math.max(last, r.row), 0));
}

/** The block as rows of cells (row 0 = title row), with a number format and a style per cell. */
export interface SynthesisBlock {
  readonly valeurs: string[][];
  readonly formats: string[][];
  readonly styles: Array<Array<'section' | 'entete' | 'aide' | 'normal'>>;
}

const letter = (offset: number): string => columnLetter(SYNTHESIS_PLACE.firstColumn + offset);
const criteriaCell = (offset: number): string => `$${letter(offset)}$${SYNTHESIS_PLACE.criteriaRow}`;

/** The criteria row: the first day of the current month (from TODAY), the next one and the four text patterns. */
const CURRENT_MONTH: MonthRefs = { debut: criteriaCell(1), suivant: criteriaCell(2), motifs: [3, 4, 5, 6].map(criteriaCell) };

/** A text literal inside a formula. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The answer to a Cadrage question, found by its text in the question column. */
function cadrageAnswer(classeur: Workbook, key: string): string {
  const question = CADRAGE_QUESTIONS.find((q) => q.key === key)?.question ?? key;
  const q = columnRef(TAB.cadrage, classeur.colonnes[TAB.cadrage]?.['Question'] ?? 'A');
  const r = columnRef(TAB.cadrage, classeur.colonnes[TAB.cadrage]?.['Réponse'] ?? 'B');
  return `INDEX(${r},MATCH(${literal(question)},${q},0))`;
}

/** A cell of the latest report's row (row 2 of Historique), `—` while there is none. */
function lastReport(header: string): string {
  const index = TABLES.historique.findIndex((spec) => spec.header === header);
  const cell = `${sheetRef(TAB.historique)}!$${columnLetter(index + 1)}$2`;
  return `=IFERROR(IF(${cell}="",${literal(NO_REPORT)},${cell}),${literal(NO_REPORT)})`;
}

/** Bounded column of a tab from row 2, absolute: `Plan!$K$2:$K$5000`. */
function rows(tab: string, letterOf: string, last: number): string {
  return `${sheetRef(tab)}!$${letterOf}$2:$${letterOf}$${last}`;
}

/**
 * Σ actual / Budget annuel, with *actual to date* (SPEC §6): Σ Plan `Budget réel` − the Plan rows
 * whose poste is a named Budget poste with a typed `Réel` + Σ Budget `Réel` (it wins over its Plan rows).
 */
function budgetConsumed(classeur: Workbook): string {
  const plan = (h: string) => columnOf(classeur, TAB.plan, h);
  const budget = (h: string) => columnOf(classeur, TAB.budget, h);
  const lastPlan = coveredRows(classeur.plan, SYNTHESIS_MIN_ROWS.plan);
  const lastBudget = coveredRows(classeur.budget, SYNTHESIS_MIN_ROWS.budget);
  const planReel = rows(TAB.plan, plan('Budget réel'), lastPlan);
  const planPoste = rows(TAB.plan, plan('Poste budgétaire'), lastPlan);
  const poste = rows(TAB.budget, budget('Poste'), lastBudget);
  const reel = rows(TAB.budget, budget('Réel'), lastBudget);
  const typed = `IF(ISNUMBER(${reel})*(${poste}<>""),${poste},CHAR(1))`;
  const replaced = `SUMPRODUCT(${planReel},--ISNUMBER(MATCH(${planPoste},${typed},0)))`;
  const actual = `SUM(${columnRef(TAB.plan, plan('Budget réel'))})-${replaced}+SUM(${columnRef(TAB.budget, budget('Réel'))})`;
  const annual = cadrageAnswer(classeur, 'budgetAnnuel');
  return `=IFERROR(IF(N(${annual})>0,(${actual})/${annual},""),"")`;
}

/** The eleven value formulas, in SYNTHESE_LABELS order. */
export function synthesisFormulas(classeur: Workbook): string[] {
  const plan = (h: string) => columnRef(TAB.plan, columnOf(classeur, TAB.plan, h));
  const statut = plan('Statut');
  const echeance = plan('Échéance');
  const late = ['À faire', 'En cours', 'Bloqué'].map((s) => `COUNTIFS(${echeance},"<"&TODAY(),${statut},${literal(s)})`).join('+');
  const ofStatus = (s: string) => `(${ofMonth(null, plan('Mois'), [[statut, literal(s)]] as Criterion[], CURRENT_MONTH)})`;
  const useful = ['Fait', 'À faire', 'En cours', 'Bloqué'].map(ofStatus).join('+');
  const latest = (tab: string, h: string) => {
    const col = columnRef(tab, columnOf(classeur, tab, h));
    return `=IF(COUNT(${col})=0,"",MAX(${col}))`;
  };
  return [
    `=IFERROR(${cadrageAnswer(classeur, 'entreprise')}&"","")`,
    `=IFERROR(${cadrageAnswer(classeur, 'projet')}&"","")`,
    lastReport('Météo'),
    lastReport('Mois'),
    `=${late}`,
    `=COUNTIFS(${statut},"Bloqué")`,
    `=IFERROR(${ofStatus('Fait')}/(${useful}),"")`,
    budgetConsumed(classeur),
    latest(TAB.mesures, 'Semaine'),
    latest(TAB.journal, 'Date'),
    lastReport('Signaux rouges'),
  ];
}

/** Number format of each value cell. */
const VALUE_FORMATS = ['General', 'General', 'General', 'General', '0', '0', '0%', '0%', 'dd/mm/yyyy', 'dd/mm/yyyy', '0'];

/** The whole block: title, labels, values (live formulas) and the current month's criteria. */
export function synthesisBlock(classeur: Workbook): SynthesisBlock {
  const pad = (cells: string[]) => Array.from({ length: SYNTHESIS_WIDTH }, (_, i) => cells[i] ?? '');
  const title = `Synthèse pour le portefeuille du consultant — plage nommée ${SYNTHESE_RANGE_NAME} (ne pas déplacer)`;
  const [debut, suivant, ...motifs] = monthFormulasOf('TODAY()', CURRENT_MONTH.debut);
  return {
    valeurs: [
      pad([title]),
      [...SYNTHESE_LABELS],
      synthesisFormulas(classeur),
      pad(['Mois courant (calculé)', debut ?? '', suivant ?? '', ...motifs]),
    ],
    formats: [
      pad([]).map(() => 'General'),
      pad([]).map(() => 'General'),
      [...VALUE_FORMATS],
      pad(['General', 'dd/mm/yyyy', 'dd/mm/yyyy']).map((f) => f || 'General'),
    ],
    styles: [pad([]).map(() => 'section'), pad([]).map(() => 'entete'), pad([]).map(() => 'normal'), pad([]).map(() => 'aide')],
  };
}
