// The next `Prochaine date` of a Gouvernance ritual once a meeting of it is saved (SPEC §4 v2):
// hebdomadaire + 7 days, mensuelle + 1 month, trimestrielle + 3 months, unique unchanged. The
// schedule is anchored on the current Prochaine date: its next occurrence strictly after the
// meeting, stepping as many periods as needed (same weekday, same day of the month, clamped to
// the month's end: 31 January → 28/29 February). An empty date → the meeting + one period.

import { FREQUENCES } from '../../contract';
import { formatDateFr, parseDate, startOfDay } from '../months';
import { INVALID } from '../numbers';
import { matchEnum } from '../text';

/** One period of a recurring ritual. */
export type Period = { unit: 'days'; count: number } | { unit: 'months'; count: number };

/** What saving a meeting does to the ritual's Prochaine date. */
export type NextDate =
  | { kind: 'move'; from: Date | null; to: Date }
  | { kind: 'keep'; date: Date | null; cause: KeepCause; reason: string };

/** Why a date stays: a text date, `unique`, an empty or unknown frequency, already after the meeting, no column. */
export type KeepCause = 'texte' | 'unique' | 'frequence' | 'apres' | 'colonne';

/** Expected frequencies, for messages. */
const EXPECTED = `attendu : ${FREQUENCES.join(', ')}`;

/** The period of a frequency; `unique` → null; empty or unknown → undefined. */
export function ritualPeriod(frequence: unknown): Period | null | undefined {
  switch (matchEnum(frequence, FREQUENCES)) {
    case 'hebdomadaire': return { unit: 'days', count: 7 };
    case 'mensuelle': return { unit: 'months', count: 1 };
    case 'trimestrielle': return { unit: 'months', count: 3 };
    case 'unique': return null;
    default: return undefined;
  }
}

/** `base` plus `k` periods; months keep the day of `base`, clamped to the last day of the month. */
export function stepDate(base: Date, period: Period, k: number): Date {
  if (period.unit === 'days') return new Date(base.getFullYear(), base.getMonth(), base.getDate() + period.count * k);
  const monthIndex = base.getMonth() + period.count * k;
  const lastOfMonth = new Date(base.getFullYear(), monthIndex + 1, 0).getDate();
  return new Date(base.getFullYear(), monthIndex, Math.min(base.getDate(), lastOfMonth));
}

/** The first occurrence of the schedule anchored on `current` strictly after `meeting` (k ≥ 0). */
export function nextOccurrence(current: Date | null, period: Period, meeting: Date): Date {
  const day = startOfDay(meeting).getTime();
  if (current === null) return stepDate(startOfDay(meeting), period, 1);
  const base = startOfDay(current);
  if (base.getTime() > day) return base;
  // A first guess close to the answer, then whole periods until strictly after the meeting.
  const span = period.unit === 'days'
    ? Math.floor((day - base.getTime()) / (86_400_000 * period.count))
    : Math.floor(((meeting.getFullYear() - base.getFullYear()) * 12 + meeting.getMonth() - base.getMonth()) / period.count);
  let k = Math.max(0, span - 1);
  while (stepDate(base, period, k).getTime() <= day) k += 1;
  return stepDate(base, period, k);
}

/**
 * What saving a meeting held on `meeting` does to a ritual whose row reads `frequence` and
 * `prochaine` (raw cells). A date that is text, an empty or unknown frequency, and `unique` keep
 * the cell as typed, with the French reason the dialog and the toast show.
 */
export function planNextDate(frequence: unknown, prochaine: unknown, meeting: Date): NextDate {
  const parsed = parseDate(prochaine);
  const typed = String(prochaine ?? '').trim();
  if (parsed === INVALID) return { kind: 'keep', date: null, cause: 'texte', reason: `« ${typed} » n’est pas une date (attendu : JJ/MM/AAAA) : elle reste telle quelle` };
  const period = ritualPeriod(frequence);
  const freq = String(frequence ?? '').trim();
  if (period === null) return { kind: 'keep', date: parsed, cause: 'unique', reason: 'rituel unique : sa date ne change pas' };
  if (period === undefined) {
    const what = freq === '' ? 'Fréquence vide' : `Fréquence « ${freq} » inconnue`;
    return { kind: 'keep', date: parsed, cause: 'frequence', reason: `${what} (${EXPECTED}) : la date reste telle quelle` };
  }
  const to = nextOccurrence(parsed, period, meeting);
  if (parsed !== null && to.getTime() === parsed.getTime()) {
    return { kind: 'keep', date: parsed, cause: 'apres', reason: `le ${formatDateFr(parsed)} est déjà après la réunion` };
  }
  return { kind: 'move', from: parsed, to };
}
