// Portable formula pieces of `Tableau de bord` (SPEC §2): the month cells and the SUMIFS/COUNTIFS
// that select a month's rows. Only functions shared by Google Sheets, Excel and LibreOffice
// (SUMIFS, COUNTIFS, SUMPRODUCT-free), English names, comma separators, as setFormula expects.

import { sheetRef } from '../cells';
import { MONTHS_FR } from '../months';

/** The editable month cell and the cells derived from it (row 3 of the tab, shown in grey). */
export const MONTH_REFS = {
  /** Any date of the month shown; the user may type another one. */
  cell: 'B2',
  /** First day of the month. */
  debut: '$B$3',
  /** First day of the following month (exclusive bound: a Semaine with a time still counts). */
  suivant: '$C$3',
  /**
   * Wildcard patterns matching a month typed as text in `Plan` (`2026-11`, `11/2026`, `1/2026`,
   * `novembre 2026`): a criterion with `*` or `?` only ever matches text cells, so dated months
   * are never counted twice, and the patterns are never read as dates by the spreadsheet.
   */
  motifs: ['$D$3', '$E$3', '$F$3', '$G$3'],
} as const;

/** Cells (or expressions) holding a month's bounds and text patterns, as the *IFS criteria use them. */
export interface MonthRefs {
  readonly debut: string;
  readonly suivant: string;
  readonly motifs: readonly string[];
}

/** Never matches a real month cell: the single-digit pattern for months 10–12. */
const MOTIF_VIDE = '—';

/** The four text patterns of the month starting on `d` (a cell or an expression), without `=`. */
export function monthPatterns(d: string): string[] {
  // Each accented letter becomes the wildcard `?` (any one character).
  const noms = MONTHS_FR.map((nom) => nom.replace(/[^a-z]/g, '?'));
  return [
    `YEAR(${d})&"-"&RIGHT("0"&MONTH(${d}),2)&"*"`,
    `RIGHT("0"&MONTH(${d}),2)&"?"&YEAR(${d})`,
    `IF(MONTH(${d})<10,MONTH(${d})&"?"&YEAR(${d}),"${MOTIF_VIDE}")`,
    `CHOOSE(MONTH(${d}),${noms.map((n) => `"${n}"`).join(',')})&"?"&YEAR(${d})`,
  ];
}

/** Formulas of a month's criteria row from a cell holding any date of it: first day, next first day, patterns. */
export function monthFormulasOf(cell: string, debut: string): string[] {
  return [`=DATE(YEAR(${cell}),MONTH(${cell}),1)`, `=EOMONTH(${debut},0)+1`, ...monthPatterns(debut).map((p) => `=${p}`)];
}

/** Formulas of row 3, columns B–G, from the month cell B2. */
export function monthFormulas(): string[] {
  return monthFormulasOf(MONTH_REFS.cell, MONTH_REFS.debut);
}

/** Whole column of a tab, absolute: `Plan!$G:$G` (headers are text, so criteria never match them). */
export function columnRef(tab: string, letter: string): string {
  return `${sheetRef(tab)}!$${letter}:$${letter}`;
}

/** A criterion pair of a *IFS function: range then criterion expression. */
export type Criterion = readonly [range: string, criterion: string];

function ifs(sum: string | null, criteres: readonly Criterion[]): string {
  const args = criteres.flatMap(([range, criterion]) => [range, criterion]);
  return sum === null ? `COUNTIFS(${args.join(',')})` : `SUMIFS(${[sum, ...args].join(',')})`;
}

/**
 * Rows of a month whose month column holds a date or a month typed as text: one *IFS on the
 * dates between the month's bounds, plus one per text pattern. `sum` null counts rows.
 */
export function ofMonth(sum: string | null, mois: string, criteres: readonly Criterion[] = [], refs: MonthRefs = MONTH_REFS): string {
  return withPatterns(datesOfMonth(sum, mois, criteres, refs), sum, mois, criteres, refs);
}

/**
 * Rows up to the end of the month: dated months before the next month's first day, plus the
 * month's own text months (an earlier month typed as text cannot be compared portably).
 */
export function untilMonth(sum: string | null, mois: string, criteres: readonly Criterion[] = [], refs: MonthRefs = MONTH_REFS): string {
  return withPatterns(ifs(sum, [[mois, `"<"&${refs.suivant}`], ...criteres]), sum, mois, criteres, refs);
}

/** `dates` plus one *IFS per text pattern of the month (months typed as text in `mois`). */
function withPatterns(dates: string, sum: string | null, mois: string, criteres: readonly Criterion[], refs: MonthRefs): string {
  return [dates, ...refs.motifs.map((m) => ifs(sum, [[mois, m], ...criteres]))].join('+');
}

/** Rows whose date column falls in the month (Mesures: `Semaine` is always a date). */
export function datesOfMonth(sum: string | null, date: string, criteres: readonly Criterion[] = [], refs: MonthRefs = MONTH_REFS): string {
  return ifs(sum, [[date, `">="&${refs.debut}`], [date, `"<"&${refs.suivant}`], ...criteres]);
}

/** `=IF(cell="","",cell)`: a live reference that stays empty (not 0) while the cell is. */
export function ifFilled(cell: string): string {
  return `=IF(${cell}="","",${cell})`;
}

/** `IFERROR(a/b,"")`: a ratio, empty on division by zero (like the report's null). */
export function quotient(numerator: string, denominator: string): string {
  return `IFERROR((${numerator})/(${denominator}),"")`;
}
