// One input tab edited in memory like a user would, then written back to the emulator in a few calls.
import type { Emulator } from '../emulator';

/** Column letter of a 1-based column up to AZ. */
export const letter = (col: number): string => (col <= 26 ? String.fromCharCode(64 + col) : `A${String.fromCharCode(64 + col - 26)}`);

/**
 * One input tab as the user will have typed it: its cells as typed input (formulas, text kept as
 * text), edited in memory, then written back in one setValues per block of columns without a
 * formula (a deleted row is a shift up: much faster in the emulator than Sheet.deleteRow, and the
 * same for every reader). Cells of formula columns (spills) are written one by one.
 */
export class TabEdit {
  readonly grid: unknown[][];
  private readonly formulaCols = new Set<number>();
  private readonly spillEdits: Array<[number, number, unknown]> = [];
  private changed = false;

  constructor(private readonly emu: Emulator, readonly tab: string) {
    const values = emu.book.values(tab);
    const formulas = emu.book.formulas(tab);
    const width = values[0]?.length ?? 1;
    const formats = emu.book.numberFormats(tab, `A1:${letter(width)}${values.length}`);
    formulas.forEach((row) => row.forEach((f, j) => { if (f !== '') this.formulaCols.add(j + 1); }));
    this.grid = values.map((row, i) => row.map((value, j) => {
      if ((formulas[i]?.[j] ?? '') !== '') return formulas[i]?.[j];
      return typeof value === 'string' && value !== '' && formats[i]?.[j] !== '@' ? `'${value}` : value;
    }));
  }

  get rows(): number { return this.grid.length; }
  get cols(): number { return this.grid[0]?.length ?? 1; }

  /** The value shown in a cell (1-based), as read before any edit. */
  shown(row: number, col: number): unknown {
    const v = this.grid[row - 1]?.[col - 1];
    return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
  }

  /** Types `value` into a cell (1-based); the row after the last one is allowed. */
  set(row: number, col: number, value: unknown): void {
    if (this.formulaCols.has(col)) return void this.spillEdits.push([row, col, value]);
    while (this.grid.length < row) this.grid.push(Array.from({ length: this.cols }, () => ''));
    (this.grid[row - 1] as unknown[])[col - 1] = value;
    this.changed = true;
  }

  /** Deletes a row (1-based): the rows below move up. */
  deleteRow(row: number): void {
    this.grid.splice(row - 1, 1);
    this.grid.push(Array.from({ length: this.cols }, () => ''));
    this.changed = true;
  }

  /** Writes the edits to the emulator. */
  flush(): void {
    if (this.changed) {
      let start = 1;
      for (let col = 1; col <= this.cols + 1; col++) {
        if (col <= this.cols && !this.formulaCols.has(col)) continue;
        if (col > start) this.emu.book.setValues(this.tab, `${letter(start)}1`, this.grid.map((row) => row.slice(start - 1, col - 1)));
        start = col + 1;
      }
    }
    for (const [row, col, value] of this.spillEdits) this.emu.book.setValues(this.tab, `${letter(col)}${row}`, [[value]]);
  }
}
