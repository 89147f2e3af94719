// Dashboard test helpers: an emulator holding the example classeur, and the dashboard read back
// as sections (title → row label → values of columns B…).
import { columnLetter } from '../../../src/core/cells';
import { exampleGrids } from '../../../src/core/example/workbook';
import { INPUT_TABS } from '../../../src/contract';
import type { Emulator } from '../../emulator/index';
import { bundleEmulator, TEST_NOW } from '../../support/bundle';

/** Name of the dashboard tab. */
export const DASH = 'Tableau de bord';

/** Writes the example's input grids as a user would type them (any scale). */
export function writeExample(emu: Emulator, now: Date, scale: number): void {
  const grids = exampleGrids(now, scale);
  for (const tab of INPUT_TABS) {
    const grid = grids[tab];
    if (!grid) continue;
    const width = Math.max(...grid.map((r) => r.length));
    emu.book.setValues(tab, `A1:${columnLetter(width)}${grid.length}`, grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  }
}

/**
 * Initialised classeur holding the example: through the menu action when the bundle has it and
 * `viaMenu`, else by typing the example grids (the same rows, any scale).
 */
export function exampleEmulator(options: { scale?: number; now?: Date; viaMenu?: boolean } = {}): Emulator {
  const { scale = 1, now = TEST_NOW, viaMenu = true } = options;
  const emu = bundleEmulator(now);
  emu.run('boussoleInitialiser');
  if (viaMenu && scale === 1 && emu.globalNames().includes('boussoleChargerExemple')) {
    emu.user.answerAlert('YES');
    emu.run('boussoleChargerExemple');
  } else {
    writeExample(emu, now, scale);
  }
  return emu;
}

/** One dashboard section: row label → values of columns B…. */
export type Section = Map<string, unknown[]>;

/** The dashboard's sections: each bold title row starts one, a blank row ends it. */
export function sections(emu: Emulator): Map<string, Section> {
  const out = new Map<string, Section>();
  let current: Section | null = null;
  for (const row of emu.book.values(DASH)) {
    const label = String(row[0] ?? '');
    if (label === '') {
      current = null;
    } else if (current === null) {
      current = new Map();
      out.set(label, current);
    } else if (!current.has(label)) {
      current.set(label, row.slice(1));
    }
  }
  return out;
}

/** Values (columns B…) of a row of a section. */
export function line(all: Map<string, Section>, section: string, label: string): unknown[] {
  const row = all.get(section)?.get(label);
  if (!row) throw new Error(`no row « ${label} » in « ${section} » (${[...(all.get(section)?.keys() ?? [])].join(', ')})`);
  return row;
}

/** Row (1-based) of the dashboard whose column A reads `label` (first one). */
export function dashboardRow(emu: Emulator, label: string): number {
  return emu.book.values(DASH).findIndex((r) => r[0] === label) + 1;
}

/** Plan row (1-based) of the action whose `Action` cell reads `text`. */
export function planRow(emu: Emulator, text: string): number {
  const row = emu.book.values('Plan').findIndex((r) => r[3] === text) + 1;
  if (row === 0) throw new Error(`no action « ${text} »`);
  return row;
}
