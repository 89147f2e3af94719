// Charger un exemple: the example's grids (deterministic, contract headers, scale) and the menu
// action (refuses on a classeur with data, accepts Initialiser's defaults, runs Initialiser itself).
import { describe, expect, it } from 'vitest';
import { exampleGrids } from '../../../src/core/example/workbook';
import { INPUT_TABS, TABLES } from '../../../src/contract';
import { tabsWithData } from '../../../src/workbook/example-blocks';
import { readClasseur } from '../../../src/workbook/reader';
import { TODAY } from './support';
import { loadedEmulator } from '../../support/bundle';

describe('exampleGrids', () => {
  it('is deterministic, has every input tab with contract headers and reads without problems', () => {
    const grids = exampleGrids(TODAY);
    expect(exampleGrids(TODAY)).toEqual(grids);
    expect(Object.keys(grids).sort()).toEqual([...INPUT_TABS].sort());
    expect(grids.Plan?.[0]).toEqual(TABLES.plan.map((c) => c.header));
    expect(grids.Gouvernance?.[12]?.[0]).toBe('Rituel');
    const classeur = readClasseur(grids);
    expect(classeur.problemes).toEqual([]);
    expect(classeur.plan).toHaveLength(42);
    expect(classeur.backlog).toHaveLength(15);
    expect(new Set(classeur.mesures.map((m) => m.canal)).size).toBe(5);
    // Weekly rows up to last week: Monday 09/11/2026 is the last one before 18/11/2026.
    expect(Math.max(...classeur.mesures.map((m) => m.semaine.getTime()))).toBe(new Date(2026, 10, 9).getTime());
  });

  it('multiplies Plan, Backlog, Mesures and Journal rows with scale, and keeps the rest', () => {
    const one = exampleGrids(TODAY);
    const ten = exampleGrids(TODAY, 10);
    for (const tab of ['Plan', 'Backlog', 'Mesures', 'Journal']) {
      expect((ten[tab]?.length ?? 0) - 1).toBeGreaterThanOrEqual(((one[tab]?.length ?? 0) - 1) * 9);
    }
    expect(ten.Budget).toEqual(one.Budget);
    expect(ten.Gouvernance).toEqual(one.Gouvernance);
    expect(readClasseur(ten).problemes).toEqual([]);
  });
});

describe('Charger un exemple', () => {
  it('runs Initialiser on a blank spreadsheet, then loads the example', () => {
    const emu = loadedEmulator({ now: TODAY });
    emu.run('boussoleChargerExemple');
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.book.values('Plan').length).toBe(43);
    expect(emu.book.formulas('Backlog', 'J2')[0]?.[0]).toMatch(/^=BOUSSOLE_SCORE/);
    expect(emu.book.values('Backlog', 'J3:K3')[0]).toEqual([75, 'Démarrer']);
    expect(emu.ui.toasts.at(-1)?.message).toContain('42 actions');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('accepts Initialiser’s own defaults but refuses a classeur holding data, writing nothing', () => {
    const emu = loadedEmulator({ now: TODAY });
    emu.run('boussoleInitialiser');
    expect(tabsWithData(Object.fromEntries(INPUT_TABS.map((t) => [t, emu.book.values(t)])))).toEqual([]);
    emu.book.setValues('Journal', 'A2:B2', [[new Date(2026, 10, 2), 'Point hebdo']]);
    const before = emu.book.snapshot();
    emu.run('boussoleChargerExemple');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Le classeur contient déjà des données \(« Journal »\)/);
    expect(emu.book.snapshot()).toEqual(before);
  });

  it('maps the example onto moved columns', () => {
    const emu = loadedEmulator({ now: TODAY });
    emu.run('boussoleInitialiser');
    const header = emu.book.values('Budget', 'A1:F1')[0] ?? [];
    emu.book.setValues('Budget', 'A1:F1', [[header[4], header[1], header[2], header[3], header[0], header[5]]]);
    emu.run('boussoleChargerExemple');
    expect(emu.book.values('Budget', 'A2:F2')[0]).toEqual([2800, 'Long terme', 'Tech', 'Non', 'CRM (licences et paramétrage)', '']);
  });
});
