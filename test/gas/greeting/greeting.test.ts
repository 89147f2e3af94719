// The greeting of onOpen (SPEC §3 v2), in the real bundle: the menu only in AuthMode.NONE; in LIMITED
// and FULL one toast on an initialised classeur, each tab read once, at most 22 service calls of its
// own, no write, never a throw (the chaos classeurs of test/robustness are opened too, in run-actions.ts).
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { INPUT_TABS, TAB } from '../../../src/contract';
import { buildGreeting } from '../../../src/core/panel/greeting';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { readClasseur } from '../../../src/workbook/reader';
import { isWrite } from '../../emulator/counting';
import type { Emulator } from '../../emulator';
import { bundleEmulator, TEST_NOW } from '../../support/bundle';
import { exampleEmulator } from '../dashboard/support';

/** Calls the menu makes by itself (getUi, createAddonMenu, addItem…, addToUi). */
const MENU_CALL = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/;

/** Opens the classeur in `mode`; returns the toasts shown and the calls beyond the menu's. */
function open(emu: Emulator, mode: 'NONE' | 'LIMITED' | 'FULL') {
  emu.calls.reset();
  const toasts = emu.ui.toasts.length;
  emu.trigger('onOpen', mode);
  const calls = Object.entries(emu.calls.byMethod()).filter(([m]) => !MENU_CALL.test(m));
  return {
    toasts: emu.ui.toasts.slice(toasts).map((t) => t.message),
    calls: calls.reduce((sum, [, n]) => sum + n, 0),
    byMethod: Object.fromEntries(calls),
    writes: calls.filter(([m]) => { const [c = '', f = ''] = m.split('.'); return isWrite(c, f); }).map(([m]) => m),
    menus: emu.ui.menus.length,
  };
}

describe('the greeting on opening', () => {
  const emu = exampleEmulator();

  it('in AuthMode.NONE only adds the menu', () => {
    const seen = open(emu, 'NONE');
    expect(seen.toasts).toEqual([]);
    expect(seen.calls).toBe(0);
  });

  it.each(['LIMITED', 'FULL'] as const)('in AuthMode.%s shows one toast: the weather of the month, late and blocked actions', (mode) => {
    const seen = open(emu, mode);
    const grids = Object.fromEntries(INPUT_TABS.map((t) => [t, emu.book.values(t)]));
    expect(seen.toasts).toEqual([buildGreeting(readClasseur(grids), TEST_NOW)]);
    expect(seen.toasts[0]).toBe('⛈️ Orageux — 3 actions en retard, 2 bloquées. Extensions › Boussole › Ouvrir le panneau de pilotage.');
    expect(seen.toasts[0]?.length).toBeLessThan(110); // two lines of a toast at most
    expect(seen.writes).toEqual([]);
    expect(seen.calls).toBeLessThanOrEqual(22);
    // + the spreadsheet's time zone, read once: the tabs' dates are its calendar days.
    expect(seen.byMethod).toEqual({ 'Spreadsheet.getSheetByName': 9, 'Sheet.getSheetValues': 8, 'Spreadsheet.toast': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.getSpreadsheetTimeZone': 1 });
    console.log(`onOpen (${mode}) greeting: ${seen.calls} service calls beyond the menu's`);
  });

  it('does not need Historique, and gives the weather of the month’s report computed today', () => {
    // Initialiser (v2) creates Historique; no report has written a row in it yet.
    expect(emu.book.values(TAB.historique).length).toBeLessThanOrEqual(1);
    const grids = Object.fromEntries(INPUT_TABS.map((t) => [t, emu.book.values(t)]));
    const report = buildMonthlyReport(readClasseur(grids), '2026-11', TEST_NOW);
    expect(open(emu, 'LIMITED').toasts[0]?.startsWith(`${report.meteo} — `)).toBe(true);
  });
});

describe('no greeting where it does not belong', () => {
  it('shows nothing on a classeur that is not initialised, after one lookup', () => {
    const emu = bundleEmulator();
    const seen = open(emu, 'LIMITED');
    expect(seen.toasts).toEqual([]);
    expect(seen.byMethod).toEqual({ 'Spreadsheet.getSheetByName': 1 });
  });

  it('greets a freshly initialised classeur, and nothing once an input tab is deleted', () => {
    const emu = bundleEmulator();
    emu.run('boussoleInitialiser');
    expect(open(emu, 'FULL').toasts).toEqual(['🌤️ Variable — aucune action en retard ni bloquée. Extensions › Boussole › Ouvrir le panneau de pilotage.']);
    vm.runInContext(`function __drop(n) { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.deleteSheet(ss.getSheetByName(n)); }`, emu.context);
    emu.run('__drop', TAB.journal);
    expect(open(emu, 'FULL').toasts).toEqual([]);
  });

  // Corrupted classeurs: test/robustness/run-actions.ts opens each chaos classeur (30 seeds) first.
});
