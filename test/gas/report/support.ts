// Shared setup of the report tests: the built bundle in the emulator, initialised, with the example
// loaded on 18 November 2026 (so October 2026 is the last complete month, roadmap month 5).
import type { Emulator } from '../../emulator/index';
import { columnLetter } from '../../../src/core/cells';
import { INPUT_TABS } from '../../../src/contract';
import { exampleBlocks } from '../../../src/workbook/example-blocks';
import { exampleGrids } from '../../../src/core/example/workbook';
import { loadedEmulator } from '../../support/bundle';

/** « Today » of every report test: Wednesday 18 November 2026, 10:00 Paris time. */
export const TODAY = new Date(2026, 10, 18, 10);
/** The month the report tests generate. */
export const MOIS = '2026-10';
/** The report tab of MOIS. */
export const FEUILLE = 'Rapport 2026-10';

/** A fresh emulator with Initialiser then Charger un exemple run. */
export function exampleBook(now: Date = TODAY): Emulator {
  const emu = loadedEmulator({ now });
  emu.run('boussoleInitialiser');
  emu.run('boussoleChargerExemple');
  if (emu.ui.alerts.length > 0) throw new Error(`Unexpected alert: ${emu.ui.alerts[0]?.prompt}`);
  return emu;
}

/** Values and formulas of every input tab, for before/after comparisons. */
export function inputSnapshot(emu: Emulator): unknown {
  return INPUT_TABS.map((tab) => ({ tab, values: emu.book.values(tab), formulas: emu.book.formulas(tab) }));
}

/** 0-based index of the first report row whose column A starts with `prefix` (-1 when absent). */
export function rowStarting(values: unknown[][], prefix: string, from = 0): number {
  const i = values.slice(from).findIndex((row) => String(row[0] ?? '').startsWith(prefix));
  return i < 0 ? -1 : i + from;
}


/**
 * An initialised emulator holding the example at `scale` × rows (Plan, Backlog, Mesures, Journal),
 * written test-side (uncounted) with the same blocks as Charger un exemple. For benchmarks.
 */
export function exampleBookAtScale(scale: number, now: Date = TODAY): Emulator {
  const emu = loadedEmulator({ now });
  emu.run('boussoleInitialiser');
  const sheetGrids = Object.fromEntries(INPUT_TABS.map((tab) => [tab, emu.book.values(tab)]));
  for (const bloc of exampleBlocks(sheetGrids, exampleGrids(now, scale))) {
    emu.book.setValues(bloc.onglet, a1Of(bloc.row, bloc.column, bloc.values.length, bloc.values[0]?.length ?? 1), bloc.values);
  }
  return emu;
}

function a1Of(row: number, column: number, rows: number, columns: number): string {
  return `${columnLetter(column)}${row}:${columnLetter(column + columns - 1)}${row + rows - 1}`;
}

/** Service calls of one `boussoleGenererRapportPour(month)` run (the bench figure). */
export function countReportCalls(emu: Emulator, month: string = MOIS): { total: number; byMethod: Record<string, number> } {
  emu.calls.reset();
  emu.run('boussoleGenererRapportPour', month);
  return { total: emu.calls.total(), byMethod: emu.calls.byMethod() };
}
