// Historique and the plan snapshot (SPEC §2 v2) written by Générer le rapport mensuel, end to end:
// February, then March, then March again (after a change), then January, values computed by hand.
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { blank, inputSnapshot } from '../../acceptance/support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
/** Friday 9 April 2027, 10:00: February is judged on R = 01/03/2027, March on R = 01/04/2027. */
const NOW = new Date(2027, 3, 9, 10);
const HEADERS = ['Mois', 'Généré le', 'Météo', 'Signaux rouges', 'Signaux orange', 'Taux de réalisation', 'Actions du mois',
  'En retard', 'Bloquées', 'Budget prévu cumulé', 'Réel cumulé', 'Budget annuel'];

/**
 * Cadrage complete, Budget annuel 10 000 €, Début 01/01/2027, Date butoir 30/06/2027; no Budget poste,
 * so actual to date = Σ Budget réel of the Plan = 700 + 900 + 500 + 100 + 250 = 2 450 €.
 */
function classeur(): Emulator {
  const emu = blank(NOW);
  emu.book.setValues('Cadrage', 'B2', [['Atelier Dupont'], ['Nouveau site'], ['Les devis se perdent'], ['Marie, Paul'],
    ['Un formulaire de devis'], [d(2027, 6, 30)], ['Devenir l’atelier de référence du quartier'], [''], [10000], [d(2027, 1, 1)]]);
  const a = (id: number, mois: Date, statut: string, echeance: Date, prevu: number | '', reel: number | '', resultat = '') =>
    [`A-${String(id).padStart(3, '0')}`, mois, 'Fondations', `Action ${id}`, 'Ponctuelle', 'Marie', statut, echeance, '', prevu, reel, '', resultat, ''];
  emu.book.setValues('Plan', 'A2', [
    a(8, d(2026, 12, 1), 'Fait', d(2026, 12, 15), 700, 700, 'Avant le début'),
    a(1, d(2027, 1, 1), 'Fait', d(2027, 1, 20), 1000, 900, 'Audit livré'),
    a(2, d(2027, 2, 1), 'Fait', d(2027, 2, 10), 500, 500, '3 personas'),
    a(3, d(2027, 2, 1), 'Bloqué', d(2027, 3, 15), 2000, ''),
    a(4, d(2027, 2, 1), 'À faire', d(2027, 2, 20), '', ''),
    a(5, d(2027, 3, 1), 'En cours', d(2027, 3, 25), 300, 100),
    a(6, d(2027, 3, 1), 'Fait', d(2027, 3, 5), 200, 250, 'Fiche Google'),
    a(9, d(2027, 3, 1), 'Bloqué', d(2027, 4, 20), '', ''),
    a(7, d(2027, 4, 1), 'À faire', d(2027, 4, 30), 400, ''),
  ]);
  return emu;
}

type Result = { feuille: string; meteo: string; alertes: number };

describe('Historique and snapshots, February → March → March again → January', () => {
  let emu: Emulator;
  const runs: Record<string, Result> = {};
  let afterMarch: unknown[][];
  let snapshotAfterMarch: unknown[][];
  let inputs: unknown;

  beforeAll(() => {
    emu = classeur();
    runs.feb = emu.run('boussoleGenererRapportPour', '2027-02') as Result;
    runs.mar = emu.run('boussoleGenererRapportPour', '2027-03') as Result;
    afterMarch = emu.book.values('Historique');
    snapshotAfterMarch = emu.book.values('Boussole instantanés');
    emu.book.setValues('Plan', 'G7', [['Fait']]); // A-005 done before March is regenerated
    inputs = inputSnapshot(emu);
    runs.mar2 = emu.run('boussoleGenererRapportPour', '2027-03') as Result;
    runs.jan = emu.run('boussoleGenererRapportPour', '2027-01') as Result;
  }, 120_000);

  it('writes one row per month, latest first, with the figures of §2', () => {
    // February (R = 01/03): A-002 Fait, A-003 Bloqué, A-004 À faire → 3 actions, completion 1/3; late (any month,
    // due < R, open): A-004 → 1 (≥ 20 % of 3 → Retard rouge); blocked up to February: A-003 → 1 (orange) → 🌧️.
    // Budget prévu cumulé from Début (January; A-008 of December excluded): 1 000 + 500 + 2 000 = 3 500.
    // March (R = 01/04): A-005 En cours, A-006 Fait, A-009 Bloqué → 3, completion 1/3; late: A-003 (15/03),
    // A-004, A-005 (25/03) → 3 (rouge); blocked: → 2 (rouge) → ⛈️; cumulated 3 500 + 300 + 200 = 4 000.
    expect(afterMarch[0]).toEqual(HEADERS);
    expect(afterMarch.slice(1).map((r) => [r[0], r[2], r[3], r[6], r[7], r[8], r[9], r[10], r[11]])).toEqual([
      ['2027-03', '⛈️ Orageux', 2, 3, 3, 2, 4000, 2450, 10000],
      ['2027-02', '🌧️ Pluvieux', 1, 3, 1, 1, 3500, 2450, 10000],
    ]);
    expect(afterMarch[1]?.[5]).toBeCloseTo(1 / 3, 10);
    expect(afterMarch[2]?.[5]).toBeCloseTo(1 / 3, 10);
    expect(Math.abs((afterMarch[1]?.[1] as Date).getTime() - NOW.getTime())).toBeLessThan(60_000); // Généré le: now
    // Every alert line counts, at each level: rouge + orange = the lines boussoleGenererRapportPour returns.
    expect(afterMarch.slice(1).map((r) => (r[3] as number) + (r[4] as number))).toEqual([runs.mar?.alertes, runs.feb?.alertes]);
    expect([runs.feb?.meteo, runs.mar?.meteo]).toEqual(['🌧️ Pluvieux', '⛈️ Orageux']);
  });

  it('regenerating March replaces its row only; January goes below the later months', () => {
    // March again, A-005 now Fait: completion 2/3; late → 2 (2 ≥ 20 % of 3: still rouge); blocked 2 → ⛈️.
    // January (R = 01/02): A-001 Fait → 1 action, completion 1; nothing late, nothing blocked up to January;
    // cumulated 1 000.
    const h = emu.book.values('Historique');
    expect(h.map((r) => r[0])).toEqual(['Mois', '2027-03', '2027-02', '2027-01']);
    expect(h[1]?.slice(6, 12)).toEqual([3, 2, 2, 4000, 2450, 10000]);
    expect(h[1]?.[5]).toBeCloseTo(2 / 3, 10);
    expect(h[2]).toEqual(afterMarch[2]);
    expect(h[3]?.slice(5, 12)).toEqual([1, 1, 0, 0, 1000, 2450, 10000]);
    expect(runs.mar2?.meteo).toBe('⛈️ Orageux');
  });

  it('stores Mois as text, formats the figures, and keeps the tab readable (header notes, frozen row)', () => {
    expect(emu.book.numberFormats('Historique', 'A2:L2')[0]).toEqual(['@', 'dd/mm/yyyy', '@', '0', '0', '0%', '0', '0', '0',
      '#,##0.00 "€"', '#,##0.00 "€"', '#,##0.00 "€"']);
    expect(typeof emu.book.values('Historique', 'A2')[0]?.[0]).toBe('string');
    expect(emu.book.frozenRows('Historique')).toBe(1);
    expect(emu.book.notes('Historique', 'A1')[0]?.[0]).toBe('Le mois du rapport (AAAA-MM).');
    expect(emu.book.fontWeights('Historique', 'A1:L1')[0]?.every((w) => w === 'bold')).toBe(true);
  });

  it('keeps one snapshot per report month in the hidden tab, replacing only the regenerated month', () => {
    const s = emu.book.values('Boussole instantanés');
    expect(s[0]).toEqual(['Mois du rapport', 'ID', 'Mois', 'Échéance', 'Statut']);
    // 9 actions with an ID per month; months latest first; Plan order inside a month.
    expect(s.slice(1).map((r) => r[0])).toEqual([...Array(9).fill('2027-03'), ...Array(9).fill('2027-02'), ...Array(9).fill('2027-01')]);
    expect(s.slice(1, 10).map((r) => r[1])).toEqual(['A-008', 'A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-006', 'A-009', 'A-007']);
    const a005 = (rows: unknown[][], month: string) => rows.find((r) => r[0] === month && r[1] === 'A-005');
    expect(a005(snapshotAfterMarch, '2027-03')?.slice(2)).toEqual(['2027-03', d(2027, 3, 25), 'En cours']);
    expect(a005(s, '2027-03')?.slice(2)).toEqual(['2027-03', d(2027, 3, 25), 'Fait']); // March replaced
    expect(s.filter((r) => r[0] === '2027-02')).toEqual(snapshotAfterMarch.filter((r) => r[0] === '2027-02')); // February kept
    const hidden = vm.runInContext("SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Boussole instantanés').isSheetHidden()", emu.context);
    expect(hidden).toBe(true);
    expect(emu.book.frozenRows('Boussole instantanés')).toBe(1);
  });

  it('shows the trend from Historique, writes no input tab, and keeps report tabs after the owned ones', () => {
    const march = emu.book.values('Rapport 2027-03');
    expect(march[1]?.[1]).toBe('Tendance : — janv. → 🌧️ févr. → ⛈️ mars');
    // ⛈️ in March but 🌧️ in February: no « Poursuivre, recadrer ou arrêter ? » (and no Dérive du projet rouge).
    expect(march.some((r) => r[0] === 'Poursuivre, recadrer ou arrêter ?')).toBe(false);
    // January: no rouge line and A-001 done (100 % ≥ 80 %) → ☀️.
    expect(emu.book.values('Rapport 2027-01')[1]?.[1]).toBe('Tendance : — nov. → — déc. → ☀️ janv.');
    expect(inputSnapshot(emu)).toEqual(inputs);
    expect(emu.lock.writesWithoutLock()).toBe(0);
    const names = emu.book.sheetNames();
    expect(names.slice(-5)).toEqual(['Historique', 'Boussole instantanés', 'Rapport 2027-02', 'Rapport 2027-03', 'Rapport 2027-01']);
  });
});
