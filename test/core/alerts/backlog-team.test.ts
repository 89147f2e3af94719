// Idées en attente and Moral en baisse (SPEC §6 v2), judged on R = 20/11/2026.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { BacklogIdea, JournalEntry, Workbook } from '../../../src/core/types';
import { calmWorkbook, d, idee, journal, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const only = (signal: string, over: Partial<Workbook>, month = '2026-11', today = TODAY) =>
  computeAlerts(calmWorkbook(over), month, today).filter((a) => a.signal === signal);
const waiting = (ideas: BacklogIdea[], month?: string, today?: Date) => only('Idées en attente', { backlog: ideas }, month, today);
const added = (date: string | null, over: Partial<BacklogIdea> = {}) => idee({ ajouteeLe: date === null ? null : d(date), ...over });

describe('Idées en attente', () => {
  it('fires for one idea waiting more than 45 days (05/10 is 46 days before R)', () => {
    const [a] = waiting([added('2026-10-05', { idee: 'Devis en ligne' })]);
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Backlog!L2'] });
    expect(a?.message).toBe('1 idée attend une décision dans le Backlog, dont 1 depuis plus de 45 jours ; la plus ancienne : « Devis en ligne » (ajoutée le 05/10/2026).');
  });
  it('does not fire at exactly 45 days, nor for a decided idea', () => {
    expect(waiting([added('2026-10-06')])).toEqual([]);
    expect(waiting([added('2026-01-01', { decision: 'Préparer' })])).toEqual([]);
  });
  it('fires for more than 8 waiting ideas, listing the 3 oldest (undated last)', () => {
    const nine = [added(null, { idee: 'Sans date' }), ...['11-10', '11-02', '11-15', '11-01', '11-12', '11-11', '11-13', '11-14'].map((md, i) => added(`2026-${md}`, { idee: `Idée ${i}` }))];
    const [a] = waiting(nine);
    expect(a?.message).toBe('9 idées attendent une décision dans le Backlog ; les plus anciennes : « Idée 3 » (ajoutée le 01/11/2026), '
      + '« Idée 1 » (ajoutée le 02/11/2026), « Idée 0 » (ajoutée le 10/11/2026).');
    expect(a?.cellules).toEqual(['Backlog!L6', 'Backlog!L4', 'Backlog!L3']);
    resetRows();
    expect(waiting(nine.slice(1))).toEqual([]); // 8 waiting, none older than 45 days
  });
  it('judges a past month at its end: ideas added after R do not count', () => {
    // October judged on R = 01/11: the idea of 10/11 did not exist yet; 16/09 is 46 days before
    expect(waiting([added('2026-11-10'), ...Array.from({ length: 8 }, () => added('2026-10-20'))], '2026-10')).toEqual([]);
    expect(waiting([added('2026-09-16')], '2026-10')).toHaveLength(1);
  });
});

describe('Moral en baisse', () => {
  const moral = (date: string, note: number | null, row?: number): JournalEntry => journal(date, row, { moral: note });
  const low = (entries: JournalEntry[]) => only('Moral en baisse', { journal: entries });
  it('fires when the last 3 rows before R carrying a morale average 2 or less', () => {
    const entries = [moral('2026-10-26', 5, 2), moral('2026-11-02', 1.5, 3), moral('2026-11-09', 2, 4), moral('2026-11-16', 2.5, 5), moral('2026-11-18', null, 6)];
    const [a] = low(entries);
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Journal!G5', 'Journal!G4', 'Journal!G3'] });
    expect(a?.message).toBe('Moral de l’équipe bas : 2 sur 5 en moyenne aux 3 dernières réunions notées (16/11/2026 : 2,5, 09/11/2026 : 2, 02/11/2026 : 1,5).');
  });
  it('does not fire just above 2, ignores a row on R, and needs 3 rows', () => {
    expect(low([moral('2026-11-02', 2, 2), moral('2026-11-09', 2, 3), moral('2026-11-16', 3, 4)])).toEqual([]); // 2,33
    expect(low([moral('2026-11-02', 3, 2), moral('2026-11-09', 2, 3), moral('2026-11-16', 2, 4), moral('2026-11-20', 1, 5)])).toEqual([]);
    expect(low([moral('2026-11-09', 1, 3), moral('2026-11-16', 1, 4)])).toEqual([]);
  });
});
