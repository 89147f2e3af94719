// Calendar dates between Apps Script's two time zones: the script's (manifest, Europe/Paris),
// where the core's dates live as local midnights, and the spreadsheet's
// (`getSpreadsheetTimeZone()`), where a cell date is the instant of midnight in that zone. A
// 1 November action must stay 1 November in Martinique, Réunion and Nouméa alike.
// Intl with a `timeZone` option is part of the V8 runtime's ECMA-402 support (Apps Script V8).

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

/** True when `timeZone` is a zone this runtime knows. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** True when Intl can place `value` on a calendar (±8.64e15 ms, and no further than year 9999). */
function placeable(value: Date): boolean {
  const ms = value.getTime();
  return Number.isFinite(ms) && Math.abs(ms) < 253402300800000;
}

/**
 * The wall clock a cell shows for the instant `value` in the spreadsheet's zone, as the same wall
 * clock in the script's zone (the core's convention: a calendar day is a local midnight). A date
 * Intl cannot place (beyond year 9999) is returned as it is, for the reader to name as a problem.
 */
export function dayFromSheet(value: Date, sheetZone: string): Date {
  if (!placeable(value)) return value;
  const wall = new Date(wallClock(value, sheetZone) + (value.getTime() % 1000 + 1000) % 1000);
  return new Date(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds());
}

/**
 * The instant to write so the cell shows the wall clock of `day` (a local date, usually a
 * midnight) in the spreadsheet's zone (DST-safe: the offset is taken at that instant).
 */
export function dayToSheet(day: Date, sheetZone: string): Date {
  if (!placeable(day)) return day;
  const target = Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), day.getHours(), day.getMinutes(), day.getSeconds());
  let instant = target;
  for (let i = 0; i < 3; i += 1) {
    const wall = wallClock(new Date(instant), sheetZone);
    if (wall === target) break;
    instant += target - wall;
  }
  return new Date(instant + day.getMilliseconds());
}
