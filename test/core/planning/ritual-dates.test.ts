// SPEC §4 v2: saving a meeting moves its ritual's Prochaine date to the next occurrence after the
// meeting — hebdomadaire + 7 days (same weekday), mensuelle + 1 month, trimestrielle + 3 months
// (day kept, clamped to the month's end), unique unchanged. Dates computed by hand on a calendar.
import { describe, expect, it } from 'vitest';
import { nextOccurrence, planNextDate, ritualPeriod, stepDate } from '../../../src/core/planning/ritual-dates';
import { d } from './fixtures';

const moved = (to: Date, from: Date | null) => ({ kind: 'move', from, to });

describe('ritualPeriod', () => {
  it('reads the four frequencies case- and accent-insensitively; empty or unknown is undefined', () => {
    expect(ritualPeriod('hebdomadaire')).toEqual({ unit: 'days', count: 7 });
    expect(ritualPeriod(' Mensuelle ')).toEqual({ unit: 'months', count: 1 });
    expect(ritualPeriod('TRIMESTRIELLE')).toEqual({ unit: 'months', count: 3 });
    expect(ritualPeriod('unique')).toBeNull();
    expect(ritualPeriod('')).toBeUndefined();
    expect(ritualPeriod('bimensuelle')).toBeUndefined();
    expect(ritualPeriod(42)).toBeUndefined();
  });
});

describe('stepDate', () => {
  it('clamps a day past the month’s end and keeps the anchor day afterwards', () => {
    const monthly = { unit: 'months', count: 1 } as const;
    expect(stepDate(d(2027, 1, 31), monthly, 1)).toEqual(d(2027, 2, 28));
    expect(stepDate(d(2027, 1, 31), monthly, 2)).toEqual(d(2027, 3, 31));
    expect(stepDate(d(2028, 1, 31), monthly, 1)).toEqual(d(2028, 2, 29)); // leap year
    expect(stepDate(d(2026, 11, 30), { unit: 'months', count: 3 }, 1)).toEqual(d(2027, 2, 28));
  });

  it('crosses the summer-time change without losing a day', () => {
    expect(stepDate(d(2027, 3, 22), { unit: 'days', count: 7 }, 1)).toEqual(d(2027, 3, 29));
  });
});

describe('planNextDate (meeting on the Prochaine date itself, the usual case)', () => {
  it('hebdomadaire: + 7 days, same weekday (Monday 23/11 → Monday 30/11)', () => {
    expect(planNextDate('hebdomadaire', d(2026, 11, 23), d(2026, 11, 23))).toEqual(moved(d(2026, 11, 30), d(2026, 11, 23)));
    expect(d(2026, 11, 30).getDay()).toBe(1);
  });

  it('mensuelle: 31 January → 28 February (29 in a leap year), 31 October → 30 November', () => {
    expect(planNextDate('mensuelle', d(2027, 1, 31), d(2027, 1, 31))).toEqual(moved(d(2027, 2, 28), d(2027, 1, 31)));
    expect(planNextDate('mensuelle', d(2028, 1, 31), d(2028, 1, 31))).toEqual(moved(d(2028, 2, 29), d(2028, 1, 31)));
    expect(planNextDate('mensuelle', d(2026, 10, 31), d(2026, 10, 31))).toEqual(moved(d(2026, 11, 30), d(2026, 10, 31)));
  });

  it('trimestrielle: + 3 months (15/12/2026 → 15/03/2027)', () => {
    expect(planNextDate('trimestrielle', d(2026, 12, 15), d(2026, 12, 15))).toEqual(moved(d(2027, 3, 15), d(2026, 12, 15)));
  });

  it('unique: unchanged, with the reason', () => {
    expect(planNextDate('unique', d(2027, 1, 29), d(2027, 1, 29))).toEqual({ kind: 'keep', date: d(2027, 1, 29), cause: 'unique', reason: 'rituel unique : sa date ne change pas' });
  });
});

describe('planNextDate (a meeting held late, early, or with an empty date)', () => {
  it('held 2 days late: the next occurrence keeps the schedule’s weekday (Wed 25/11 → Mon 30/11)', () => {
    expect(planNextDate('hebdomadaire', d(2026, 11, 23), d(2026, 11, 25))).toEqual(moved(d(2026, 11, 30), d(2026, 11, 23)));
  });

  it('weeks missed: as many periods as needed, strictly after the meeting (Mon 2/11, meeting Mon 23/11 → 30/11)', () => {
    expect(planNextDate('hebdomadaire', d(2026, 11, 2), d(2026, 11, 23))).toEqual(moved(d(2026, 11, 30), d(2026, 11, 2)));
    expect(planNextDate('hebdomadaire', d(2026, 11, 2), d(2026, 11, 22))).toEqual(moved(d(2026, 11, 23), d(2026, 11, 2)));
  });

  it('months missed on the 31st: the anchor day comes back (31/01, meeting 15/03 → 31/03)', () => {
    expect(planNextDate('mensuelle', d(2027, 1, 31), d(2027, 3, 15))).toEqual(moved(d(2027, 3, 31), d(2027, 1, 31)));
    expect(nextOccurrence(d(2027, 1, 31), { unit: 'months', count: 1 }, d(2027, 3, 31))).toEqual(d(2027, 4, 30));
  });

  it('a date already after the meeting stays (meeting held early), one day after is enough', () => {
    expect(planNextDate('hebdomadaire', d(2026, 11, 30), d(2026, 11, 27))).toEqual({ kind: 'keep', date: d(2026, 11, 30), cause: 'apres', reason: 'le 30/11/2026 est déjà après la réunion' });
    expect(planNextDate('mensuelle', d(2026, 11, 24), d(2026, 11, 23))).toMatchObject({ kind: 'keep', cause: 'apres' });
  });

  it('an empty date: the meeting + one period', () => {
    expect(planNextDate('hebdomadaire', '', d(2026, 11, 25))).toEqual(moved(d(2026, 12, 2), null));
    expect(planNextDate('mensuelle', null, d(2027, 1, 31))).toEqual(moved(d(2027, 2, 28), null));
    expect(planNextDate('trimestrielle', undefined, d(2026, 11, 30))).toEqual(moved(d(2027, 2, 28), null));
  });

  it('a date typed as a French text date is read; text that is no date stays as typed', () => {
    expect(planNextDate('hebdomadaire', '23/11/2026', d(2026, 11, 23))).toEqual(moved(d(2026, 11, 30), d(2026, 11, 23)));
    expect(planNextDate('hebdomadaire', 'lundi prochain', d(2026, 11, 23))).toEqual({
      kind: 'keep', date: null, cause: 'texte', reason: '« lundi prochain » n’est pas une date (attendu : JJ/MM/AAAA) : elle reste telle quelle',
    });
  });

  it('an empty or unknown Fréquence keeps the date, naming what is expected', () => {
    expect(planNextDate('', d(2026, 11, 23), d(2026, 11, 23))).toEqual({
      kind: 'keep', date: d(2026, 11, 23), cause: 'frequence',
      reason: 'Fréquence vide (attendu : hebdomadaire, mensuelle, trimestrielle, unique) : la date reste telle quelle',
    });
    expect(planNextDate('bimensuelle', '', d(2026, 11, 23))).toMatchObject({ kind: 'keep', cause: 'frequence', reason: expect.stringMatching(/^Fréquence « bimensuelle » inconnue/) });
  });
});
