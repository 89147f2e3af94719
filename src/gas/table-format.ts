// Header row, help notes, dropdowns and number formats of one contract table (Initialiser).
// Calls grow with the number of columns, never with the number of rows; on an existing tab only
// what is missing is written (SPEC §4: Initialiser never touches what the user typed, defect 7.3).

import type { ColumnKind, ColumnSpec } from '../contract';
import { numberFormatOf } from '../workbook/layout';
import { adjacentRuns } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Background of contract header rows. */
export const HEADER_BACKGROUND = '#e8f0fe';
/** Font colour of contract header rows. */
export const HEADER_FONT = '#174ea6';

/** Builds each distinct rule once per Initialiser run (builder calls do not grow with columns). */
export class RuleCache {
  private readonly rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();

  /** Dropdown or check rule of a column kind, or null when the column is free. */
  ruleOf(kind: ColumnKind): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const key = typeof kind === 'string' ? kind : `enum:${kind.enum.join('|')}`;
    if (!this.rules.has(key)) this.rules.set(key, buildRule(kind));
    return this.rules.get(key) ?? null;
  }
}

function buildRule(kind: ColumnKind): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (typeof kind !== 'string') {
    return SpreadsheetApp.newDataValidation().requireValueInList([...kind.enum], true).setAllowInvalid(false).build();
  }
  switch (kind) {
    case 'note15':
      return SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false)
        .setHelpText('Une note entière de 1 à 5.').build();
    case 'date':
      return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true)
        .setHelpText('Une date, par exemple 23/11/2026.').build();
    case 'euro':
    case 'number':
    case 'percent':
      return SpreadsheetApp.newDataValidation().requireNumberBetween(-1e12, 1e12).setAllowInvalid(true)
        .setHelpText('Un nombre.').build();
    default:
      return null;
  }
}

/** Where a table sits in its sheet and which headers it has. */
interface TablePlacement {
  readonly headerRow: number;
  /** Number of data rows below the header that the rules cover. */
  readonly dataRows: number;
  /** Header row after initialisation: the existing cells, then the appended contract headers. */
  readonly headers: readonly string[];
  readonly columnOf: Record<string, number>;
  /** How many headers were appended at the right end (all of them on a new tab). */
  readonly appended: number;
  /** True when the header row was empty: every column gets its style, format and rule. */
  readonly fresh: boolean;
  /** A tab Boussole owns: computed columns are formatted too, and no dropdown is set. */
  readonly owned?: boolean;
}

/** What Initialiser read of a table before touching it: header cells and notes, first data row's formats and rules. */
export interface TableHead {
  readonly values: unknown[];
  readonly notes: string[];
  readonly formats: string[];
  readonly validations: Array<GoogleAppsScript.Spreadsheet.DataValidation | null>;
}

/** The head of a table on a new tab. */
export const EMPTY_HEAD: TableHead = { values: [], notes: [], formats: [], validations: [] };

/** The format Sheets reports for a cell nobody formatted. */
const AUTOMATIC_FORMATS = new Set(['', 'General', '0.###############']);

/**
 * Writes what a table lacks, and nothing else: the appended header cells (styled), the header
 * notes when they differ, and the number format / dropdown of each contract column that is new or
 * whose first data cell has none — a header, format or rule already there is never rewritten.
 */
export function formatTable(sheet: Sheet, specs: readonly ColumnSpec[], at: TablePlacement, head: TableHead, rules: RuleCache): void {
  const width = at.headers.length;
  const start = width - at.appended + 1;
  if (at.appended > 0) sheet.getRange(at.headerRow, start, 1, at.appended).setValues([at.headers.slice(start - 1)]);
  const styleFrom = at.fresh ? 1 : start;
  if (styleFrom <= width) sheet.getRange(at.headerRow, styleFrom, 1, width - styleFrom + 1).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  const notes = at.headers.map((_, i) => head.notes[i] ?? '');
  for (const spec of specs) notes[(at.columnOf[spec.header] ?? 0) - 1] = spec.note;
  if (notes.some((note, i) => note !== (head.notes[i] ?? ''))) sheet.getRange(at.headerRow, 1, 1, width).setNotes([notes]);
  if (at.dataRows < 1) return;
  const byColumn = new Map<number, ColumnSpec>();
  for (const spec of specs) {
    const column = at.columnOf[spec.header];
    if (column !== undefined && (!spec.computed || at.owned)) byColumn.set(column, spec);
  }
  const isNew = (column: number) => at.fresh || column >= start;
  const formatted = [...byColumn].filter(([column, spec]) => numberFormatOf(spec.kind) !== null
    && (isNew(column) || AUTOMATIC_FORMATS.has(head.formats[column - 1] ?? ''))).map(([column]) => column);
  const rowsOf = <T>(cells: T[]) => Array.from({ length: at.dataRows }, () => cells);
  for (const run of adjacentRuns(formatted)) {
    const formats = Array.from({ length: run.length }, (_, i) => numberFormatOf(byColumn.get(run.start + i)?.kind ?? 'text') ?? '');
    sheet.getRange(at.headerRow + 1, run.start, at.dataRows, run.length).setNumberFormats(rowsOf(formats));
  }
  if (at.owned) return;
  const validated = [...byColumn].filter(([column, spec]) => (isNew(column) || !head.validations[column - 1]) && rules.ruleOf(spec.kind) !== null).map(([column]) => column);
  for (const run of adjacentRuns(validated)) {
    const row = Array.from({ length: run.length }, (_, i) => rules.ruleOf(byColumn.get(run.start + i)?.kind ?? 'text'));
    sheet.getRange(at.headerRow + 1, run.start, at.dataRows, run.length).setDataValidations(rowsOf(row));
  }
}
