// Time-zone arithmetic with Intl only: the wall clock of an instant in a zone and back. Apps Script has two zones
// (the script's, for Date local methods in the bundle, and the spreadsheet's, for cells); this module serves the
// spreadsheet side, whatever zone the process runs in.

/** Calendar and clock fields of an instant in a zone (M is 1-based, wd 0 = Sunday). */
export interface WallParts { y: number; M: number; d: number; H: number; m: number; s: number; S: number; wd: number }

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short', timeZoneName: 'short' });
    formats.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The process's own zone when set through TZ (local Date methods then give the answer without Intl). */
const localZone = (): string | undefined => process.env.TZ || undefined;

const offsets = new Map<string, number>();
const BUCKET = 15 * 60_000;

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (Paris in winter: +3 600 000; before 1911 Paris
 *  was 9 min 21 s ahead of UTC, hence no rounding to minutes). */
export function offsetMs(ms: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  if (timeZone === localZone()) {
    const d = new Date(ms);
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) - ms;
  }
  const key = `${timeZone}|${Math.floor(ms / BUCKET)}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const p = intlParts(ms, timeZone);
    off = Date.UTC(p.y, p.M - 1, p.d, p.H, p.m, p.s) - Math.floor(ms / 1000) * 1000;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/** The offset in whole minutes, as the Z and X pattern letters print it. */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetMs(ms, timeZone) / 60_000);
}

function intlParts(ms: number, timeZone: string): WallParts & { tzName: string } {
  const p: Record<string, string> = {};
  for (const x of formatter(timeZone).formatToParts(new Date(ms))) p[x.type] = x.value;
  return {
    y: Number(p.year), M: Number(p.month), d: Number(p.day), H: Number(p.hour) % 24, m: Number(p.minute), s: Number(p.second),
    S: ((ms % 1000) + 1000) % 1000, wd: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? 'Sun'), tzName: p.timeZoneName ?? timeZone,
  };
}

/** The wall clock of instant `ms` in `timeZone`, as epoch ms of the same fields read in UTC. */
export function wallMs(ms: number, timeZone: string): number {
  return ms + offsetMs(ms, timeZone);
}

/** The instant whose wall clock in `timeZone` reads `wall` (fields read in UTC); a time skipped by a DST change
 *  resolves to the instant just after the change, like java.time does. */
export function instantOf(wall: number, timeZone: string): number {
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  return offsetMs(second, timeZone) === offsetMs(first, timeZone) ? second : Math.max(first, second);
}

/** Calendar fields of instant `ms` in `timeZone`. */
export function wallParts(ms: number, timeZone: string): WallParts {
  const w = new Date(wallMs(ms, timeZone));
  return { y: w.getUTCFullYear(), M: w.getUTCMonth() + 1, d: w.getUTCDate(), H: w.getUTCHours(), m: w.getUTCMinutes(), s: w.getUTCSeconds(), S: w.getUTCMilliseconds(), wd: w.getUTCDay() };
}

/** The zone's short name at an instant (CET, GMT-4…), for the `z` pattern letter. */
export function zoneName(ms: number, timeZone: string): string {
  return intlParts(ms, timeZone).tzName;
}
