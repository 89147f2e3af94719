// Calendar dates between Apps Script's two time zones: the script's (manifest, Europe/Paris),
// where the core's dates live as local midnights, and the spreadsheet's
// (`getSpreadsheetTimeZone()`), where a cell date is the instant of midnight in that zone. A
// 1 November action must stay 1 November in Martinique, Réunion and Nouméa alike.
// Intl with a `timeZone` option is part of the V8 runtime's ECMA-402 support (Apps Script V8).

/** Calendar fields of an instant seen in `timeZone`. */
interface Civil { year: number; month: number; day: number }

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of `instant` in `timeZone`, as the epoch ms of those fields read in UTC. */
function wallClock(instant: Date, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) p[part.type] = Number(part.value);
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, (p.hour ?? 0) % 24, p.minute ?? 0, p.second ?? 0);
}

function civilOf(instant: Date, timeZone: string): Civil {
  const wall = new Date(wallClock(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** True when `timeZone` is a zone this runtime knows. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day a cell shows for the instant `value` in the spreadsheet's zone, as a local
 * midnight (the core's convention).
 */
export function dayFromSheet(value: Date, sheetZone: string): Date {
  const c = civilOf(value, sheetZone);
  return new Date(c.year, c.month - 1, c.day);
}

/**
 * The instant to write so the cell shows the calendar day of `day` (a local midnight) in the
 * spreadsheet's zone: midnight of that day there (DST-safe: the offset is taken at that instant).
 */
export function dayToSheet(day: Date, sheetZone: string): Date {
  const target = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate());
  let instant = target;
  for (let i = 0; i < 3; i += 1) {
    const wall = wallClock(new Date(instant), sheetZone);
    if (wall === target) break;
    instant += target - wall;
  }
  return new Date(instant);
}
