// One sheet row seen through its header map: typed, tolerant accessors that record a French
// problem (with the A1 cell) for every value present but not understood, and return null.

import type { ColumnKind } from '../contract';
import type { MonthKey } from '../core/types';
import { rowSchemas } from './schemas';
import { INVALID, parseNumber, parsePercent } from '../core/numbers';
import { parseDate, parseMonth } from '../core/months';
import { isBlank, matchEnum } from '../core/text';
import { missingValue, outOfScale, problem, shown, unknownValue, unreadable, type ReadProblem } from './messages';

/** One cent: a smaller amount is read as 0 €. */
const CENT = 0.01;

/** What every row of a table shares: tab name, header → column index and letter, problem sink. */
export interface TableContext {
  readonly tab: string;
  readonly index: Readonly<Record<string, number>>;
  readonly letters: Readonly<Record<string, string>>;
  readonly problemes: ReadProblem[];
}

/** A data row (1-based `row`) with typed accessors by canonical header. */
export class Row {
  constructor(
    readonly table: TableContext,
    readonly values: readonly unknown[],
    readonly row: number,
  ) {}

  /** The raw cell value, '' when the column is absent. */
  raw(header: string): unknown {
    const column = this.table.index[header];
    return column === undefined ? '' : this.values[column] ?? '';
  }

  /** A1 cell of this row under `header` (column A when the header is absent). */
  cell(header: string): string {
    return `${this.table.letters[header] ?? 'A'}${this.row}`;
  }

  /** Records a problem on this row's `header` cell. */
  report(header: string, detail: string, skipped = false): void {
    this.table.problemes.push(problem(this.table.tab, this.cell(header), detail, skipped ? 1 : 0));
  }

  /** The cell as trimmed text (dates as `23/11/2026`). */
  text(header: string): string {
    return shown(this.raw(header));
  }

  /** A required cell left empty: reports it and tells the caller to skip the row. */
  private required(header: string, kind: ColumnKind, required: boolean): null {
    // an absent key column is reported once for the whole table (see readTable)
    if (required && this.table.index[header] !== undefined) this.report(header, missingValue(header, kind), true);
    return null;
  }

  /**
   * A number, a euro amount or a percentage (as a fraction); bad value → null and a problem. An
   * amount below one cent (`1E-320`) is 0: nothing planned, rather than a ratio of Infinity.
   */
  number(header: string, kind: 'number' | 'euro' | 'percent' = 'number'): number | null {
    const value = this.raw(header);
    const parsed = kind === 'percent' ? parsePercent(value) : parseNumber(value);
    if (kind === 'euro' && typeof parsed === 'number' && Math.abs(parsed) < CENT) return 0;
    if (parsed !== INVALID) return parsed;
    this.report(header, unreadable(header, value, kind));
    return null;
  }

  /** A date; bad value → null and a problem (row flagged skipped when `required`). */
  date(header: string, required = false): Date | null {
    const value = this.raw(header);
    const parsed = parseDate(value);
    if (parsed === null) return this.required(header, 'date', required);
    if (parsed !== INVALID) return parsed;
    this.report(header, unreadable(header, value, 'date'), required);
    return null;
  }

  /** A month `AAAA-MM`; bad value → null and a problem. */
  month(header: string): MonthKey | null {
    const value = this.raw(header);
    const parsed = parseMonth(value);
    if (parsed !== INVALID) return parsed;
    this.report(header, unreadable(header, value, 'month'));
    return null;
  }

  /** One of `allowed`, matched case/accent/space-insensitively; unknown → null and a problem. */
  choice<T extends string>(header: string, allowed: readonly T[], required = false): T | null {
    const value = this.raw(header);
    if (isBlank(value)) return this.required(header, { enum: allowed }, required);
    const match = matchEnum(value, allowed);
    if (match === null) this.report(header, unknownValue(header, value, { enum: allowed }), required);
    return match;
  }

  /** A 1–5 note; out of scale or unreadable → null and a problem. */
  note(header: string): number | null {
    const value = this.raw(header);
    const parsed = parseNumber(value);
    if (parsed === null) return null;
    if (parsed === INVALID) this.report(header, unreadable(header, value, 'note15'));
    else if (rowSchemas().NOTE.safeParse(parsed).success) return parsed;
    else this.report(header, outOfScale(header, value));
    return null;
  }

  /** An e-mail address; malformed → '' and a problem. */
  email(header: string): string {
    const value = this.text(header);
    if (value === '' || rowSchemas().EMAIL.safeParse(value).success) return value;
    this.report(header, unreadable(header, value, 'email'));
    return '';
  }

  /** A required text; empty → reports it and returns null (row skipped). */
  requiredText(header: string, kind: ColumnKind = 'text'): string | null {
    const value = this.text(header);
    return value === '' ? this.required(header, kind, true) : value;
  }
}
