// Cross-check of `Tableau de bord` with a real spreadsheet program: the example classeur is
// exported to .xlsx with native formulas and no cached values (custom-formula cells as values),
// LibreOffice headless recalculates it, and every native formula's value must equal the emulator's
// and the figures of the monthly report model (src/core/report.ts) for the same month.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexMeasures, indicatorValue } from '../../src/core/indicators/values';
import { buildMonthlyReport, type MonthlyReport } from '../../src/core/report/model';
import { STATUTS, INPUT_TABS, HORIZONS } from '../../src/contract';
import { SYNTHESIS_PLACE } from '../../src/core/dashboard/synthesis';
import { readClasseur } from '../../src/workbook/reader';
import type { Workbook } from '../../src/core/types';
import type { Emulator } from '../emulator';
import { TEST_NOW } from '../support/bundle';
import { DASH, dashboardRow, exampleEmulator } from '../gas/dashboard/support';
import { convertWithLibreOffice, readXlsxSheet, type Lu } from './soffice';

const MONTH = '2026-10'; // roadmap month 5: late, blocked, over-budget and CAC contrasts all show

/** A value as both programs can compare it: dates as day serials, numbers rounded to 1e-9. */
function comparable(v: unknown): Lu {
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  return v === null || v === undefined ? '' : (v as Lu);
}

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

describe('Tableau de bord recalculated by LibreOffice', () => {
  let emu: Emulator;
  let lo: Map<string, { value: Lu; formula: string | null }>;
  let report: MonthlyReport;
  let classeur: Workbook;
  /** LibreOffice's value of the cell in `column` (0 = A) of the row labelled `label`. */
  const libre = (label: string, column: number, from = 1): Lu => {
    const rows = emu.book.values(DASH).map((r) => r[0]);
    const row = rows.indexOf(label, from - 1) + 1;
    return comparable(lo.get(`${letter(column)}${row}`)?.value ?? '');
  };

  beforeAll(async () => {
    emu = exampleEmulator();
    emu.run('boussoleActualiserTableauDeBord');
    emu.book.setValues(DASH, 'B2', [[new Date(2026, 9, 1)]]); // the user picks October (LibreOffice has its own TODAY)
    const dir = mkdtempSync(join(tmpdir(), 'boussole-dashboard-'));
    const exported = join(dir, 'exemple.xlsx');
    await emu.saveXlsx(exported, { cachedValues: false });
    const recalculated = convertWithLibreOffice(exported, join(dir, 'libreoffice'), 'xlsx');
    lo = await readXlsxSheet(recalculated, DASH);
    const grids = Object.fromEntries(INPUT_TABS.filter((t) => emu.book.hasSheet(t)).map((t) => [t, emu.book.values(t)]));
    classeur = readClasseur(grids);
    report = buildMonthlyReport(classeur, MONTH, TEST_NOW);
  }, 180_000);

  it('gives every native formula of the tab the emulator’s value', () => {
    const formulas = emu.book.formulas(DASH);
    const values = emu.book.values(DASH);
    let compared = 0;
    const differences: string[] = [];
    formulas.forEach((row, r) => row.forEach((f, c) => {
      // The synthesis block (S1:AC4) follows TODAY(): test/libreoffice/synthesis.test.ts checks it on a classeur dated today.
      if (f === '' || /BOUSSOLE_/.test(f) || c + 1 >= SYNTHESIS_PLACE.firstColumn) return;
      const a1 = `${letter(c)}${r + 1}`;
      const cell = lo.get(a1);
      compared += 1;
      if (!cell?.formula) differences.push(`${a1}: no formula in LibreOffice's file`);
      const mine = comparable(values[r]?.[c]);
      const theirs = comparable(cell?.value ?? '');
      if (mine !== theirs) differences.push(`${a1}: emulator ${String(mine)} / LibreOffice ${String(theirs)} — ${f}`);
    }));
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(150);
  });

  it('agrees with the monthly report on the month’s actions', () => {
    const counts = STATUTS.map((s) => libre(s, 1));
    expect(counts).toEqual(STATUTS.map((s) => report.actions.compteurs[s]));
    expect(libre('Total', 1)).toBe(report.actions.total);
    expect(libre('Taux de réalisation', 1)).toBe(comparable(report.actions.completion));
  });

  it('agrees with the monthly report on the budget per horizon, month and cumulated', () => {
    const fields = ['prevuCumul', 'reelCumul', 'prevuMois', 'reelMois', 'montantPrevu', 'reel'] as const;
    for (const horizon of HORIZONS) {
      const line = report.budget.horizons.find((h) => h.horizon === horizon);
      expect(fields.map((_, i) => libre(horizon, i + 1)), horizon).toEqual(fields.map((f) => line?.[f] ?? 0));
    }
    const totalRow = dashboardRow(emu, 'Horizon');
    expect(fields.map((_, i) => libre('Total', i + 1, totalRow))).toEqual(fields.map((f) => report.budget.total[f]));
  });

  it('agrees with the report’s indicators on each objective and each channel', () => {
    report.indicateurs.forEach((ind) => {
      const label = `${ind.indicateur} — ${ind.canal}`;
      expect([libre(label, 2), libre(label, 3), libre(label, 4)], label).toEqual([ind.valeur, ind.cible, ind.depart].map(comparable));
    });
    const index = indexMeasures(classeur.mesures);
    for (const canal of ['Site web', 'Google Ads', 'LinkedIn Ads', 'E-mailing', 'Réseaux sociaux']) {
      const expected = ['CAC', 'Taux de conversion', 'ROAS'].map((i) => comparable(indicatorValue(index, i, MONTH, canal)));
      expect([1, 2, 3].map((c) => libre(canal, c, dashboardRow(emu, 'Canal'))), canal).toEqual(expected);
    }
  });

  it('keeps the custom formulas’ results as values (progression, weather)', () => {
    const first = dashboardRow(emu, 'Leads — Tous');
    expect(lo.get(`B${first}`)?.formula).toBeNull();
    expect(comparable(lo.get(`B${first}`)?.value)).toBe(comparable(report.indicateurs[0]?.progression));
    expect(lo.get('B4')?.value).toBe('⛈️ Orageux');
  });
});
