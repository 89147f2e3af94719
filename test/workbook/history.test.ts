// Historique read back tolerantly, and the blocks a report writes into its two owned tabs
// (SPEC §2 v2): the month's row written or replaced, latest first; the month's snapshot replaced.
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/workbook/read-history';
import { layoutHistoryBlock, layoutSnapshotBlock } from '../../src/workbook/owned-blocks';
import type { HistoryEntry } from '../../src/core/types';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const HEADERS = ['Mois', 'Généré le', 'Météo', 'Signaux rouges', 'Signaux orange', 'Taux de réalisation', 'Actions du mois',
  'En retard', 'Bloquées', 'Budget prévu cumulé', 'Réel cumulé', 'Budget annuel'];
const entry = (mois: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  mois, genereLe: d(2027, 4, 9), meteo: '⛈️ Orageux', signauxRouges: 2, signauxOrange: 3, tauxRealisation: 0.5, actionsDuMois: 4,
  enRetard: 1, bloquees: 2, budgetPrevuCumule: 4000, reelCumule: 2450, budgetAnnuel: 10000, ...over,
});

describe('readHistory', () => {
  it('reads moved columns, a Mois typed as a date, a weather without its emoji; the first row of a month wins', () => {
    const grid = [
      ['Météo', 'mois', 'Signaux rouges', 'Note perso'],
      ['orageux', '2027-03', 2, 'x'],
      ['🌧️ Pluvieux', d(2027, 2, 1), '1', ''],
      ['☀️ Ensoleillé', '2027-03', 0, ''],
      ['', '', '', 'seule'],
      ['Variable', 'pas un mois', 0, ''],
    ];
    const rows = readHistory(grid);
    expect(rows.map((r) => [r.row, r.mois, r.meteo, r.signauxRouges, r.budgetAnnuel])).toEqual([
      [2, '2027-03', '⛈️ Orageux', 2, null], [3, '2027-02', '🌧️ Pluvieux', 1, null]]);
  });

  it('reads nothing from a missing or empty tab', () => {
    expect(readHistory(undefined)).toEqual([]);
    expect(readHistory([HEADERS])).toEqual([]);
  });
});

describe('layoutHistoryBlock', () => {
  it('creates the header and the first row on an empty tab', () => {
    const b = layoutHistoryBlock([], entry('2027-03'));
    expect(b.headers).toEqual(HEADERS);
    expect(b.headerChanged).toBe(true);
    expect(b.rows).toEqual([['2027-03', d(2027, 4, 9), '⛈️ Orageux', 2, 3, 0.5, 4, 1, 2, 4000, 2450, 10000]]);
    expect([b.firstRow, b.lastRow]).toEqual([2, 2]);
    expect(b.formats).toMatchObject({ 'Mois': '@', 'Généré le': 'dd/mm/yyyy', 'Taux de réalisation': '0%', 'Réel cumulé': '#,##0.00 "€"' });
  });

  it('puts a new month before the first earlier month, replaces its own month, keeps the rest in place', () => {
    const grid = [HEADERS, ['2027-03', ...Array(11).fill(1)], ['2027-01', ...Array(11).fill(3)]];
    const feb = layoutHistoryBlock(grid, entry('2027-02', { meteo: null, budgetAnnuel: null }));
    expect(feb.rows.map((r) => r[0])).toEqual(['2027-03', '2027-02', '2027-01']);
    expect(feb.rows[1]?.slice(1, 3)).toEqual([d(2027, 4, 9), '']); // no weather, nothing typed
    expect(feb.rows[1]?.[11]).toBe('');
    expect([feb.firstRow, feb.headerChanged]).toEqual([3, false]);
    const april = layoutHistoryBlock(grid, entry('2027-04'));
    expect(april.rows.map((r) => r[0])).toEqual(['2027-04', '2027-03', '2027-01']);
    const again = layoutHistoryBlock(grid, entry('2027-03', { signauxRouges: 0 }));
    expect(again.rows.map((r) => [r[0], r[3]])).toEqual([['2027-03', 0], ['2027-01', 3]]);
  });

  it('finds moved columns by header, appends missing ones and moves extra columns with their rows', () => {
    const grid = [['Note', 'Météo', 'Mois'], ['à revoir', 'Variable', '2027-01']];
    const b = layoutHistoryBlock(grid, entry('2027-02'));
    expect(b.headers.slice(0, 4)).toEqual(['Note', 'Météo', 'Mois', 'Généré le']);
    expect(b.headers).toHaveLength(13);
    expect(b.headerChanged).toBe(true);
    expect(b.rows.map((r) => r.slice(0, 3))).toEqual([['', '⛈️ Orageux', '2027-02'], ['à revoir', 'Variable', '2027-01']]);
  });
});

describe('layoutSnapshotBlock', () => {
  const lines = [
    { id: 'A-001', mois: '2027-03', echeance: d(2027, 3, 25), statut: 'En cours' as const },
    { id: 'A-002', mois: null, echeance: null, statut: 'À faire' as const },
  ];

  it('replaces the month’s rows only and blanks the rows left over when the snapshot shrinks', () => {
    const header = ['Mois du rapport', 'ID', 'Mois', 'Échéance', 'Statut'];
    const grid = [header, ['2027-03', 'A-001', '2027-03', '', 'À faire'], ['2027-03', 'A-002', '', '', 'À faire'], ['2027-03', 'A-003', '', '', 'Fait'],
      ['2027-02', 'A-001', '2027-02', '', 'À faire']];
    const b = layoutSnapshotBlock(grid, '2027-03', lines.slice(0, 1));
    expect(b.rows).toEqual([
      ['2027-03', 'A-001', '2027-03', d(2027, 3, 25), 'En cours'],
      ['2027-02', 'A-001', '2027-02', '', 'À faire'],
      ['', '', '', '', ''], ['', '', '', '', ''],
    ]);
    expect([b.firstRow, b.lastRow, b.headerChanged]).toEqual([2, 2, false]);
    expect(b.formats).toMatchObject({ 'Mois du rapport': '@', 'Mois': '@', 'Échéance': 'dd/mm/yyyy', 'Statut': '@' });
  });

  it('puts a later month first and an earlier month last', () => {
    const april = layoutSnapshotBlock([['Mois du rapport', 'ID', 'Mois', 'Échéance', 'Statut'], ['2027-03', 'A-001', '', '', 'Fait']], '2027-04', lines);
    expect(april.rows.map((r) => [r[0], r[1]])).toEqual([['2027-04', 'A-001'], ['2027-04', 'A-002'], ['2027-03', 'A-001']]);
    expect([april.firstRow, april.lastRow]).toEqual([2, 3]);
    const jan = layoutSnapshotBlock([], '2027-01', lines);
    expect(jan.headers).toEqual(['Mois du rapport', 'ID', 'Mois', 'Échéance', 'Statut']);
    expect(jan.rows.map((r) => r[0])).toEqual(['2027-01', '2027-01']);
  });
});
