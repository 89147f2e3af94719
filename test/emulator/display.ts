// Rendering of values through number formats (getDisplayValue) and Java-style date patterns (Utilities.formatDate).
import { wallParts, offsetMinutes, zoneName, type WallParts } from './tz.js';
import { DEFAULT_DATE_FORMAT, DEFAULT_NUMBER_FORMAT, isDateFormat, isDateObject, serialToWall } from './values.js';

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Java SimpleDateFormat subset, as Utilities.formatDate (English names, like Apps Script's server locale). */
export function formatJava(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const p = { ...wallParts(ms, timeZone), offsetMin: offsetMinutes(ms, timeZone) };
  return pattern.replace(/'([^']*)'|y+|M+|L+|d+|E+|H+|h+|k+|m+|s+|S+|a+|Z+|X+|z+|u+/g, (t, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = t.length;
    switch (t[0]) {
      case 'y': return n === 2 ? pad(p.y % 100, 2) : pad(p.y, n);
      case 'M': case 'L': return n >= 4 ? (EN_MONTHS[p.M - 1] ?? '') : n === 3 ? (EN_MONTHS[p.M - 1] ?? '').slice(0, 3) : pad(p.M, n);
      case 'd': return pad(p.d, n);
      case 'E': return n >= 4 ? (EN_DAYS[p.wd] ?? '') : (EN_DAYS[p.wd] ?? '').slice(0, 3);
      case 'u': return String(p.wd === 0 ? 7 : p.wd);
      case 'H': return pad(p.H, n);
      case 'k': return pad(p.H === 0 ? 24 : p.H, n);
      case 'h': return pad(p.H % 12 === 0 ? 12 : p.H % 12, n);
      case 'm': return pad(p.m, n);
      case 's': return pad(p.s, n);
      case 'S': return pad(p.S, 3).slice(0, n);
      case 'a': return p.H < 12 ? 'AM' : 'PM';
      case 'z': return zoneName(ms, timeZone);
      default: {
        const sign = p.offsetMin >= 0 ? '+' : '-';
        const o = Math.abs(p.offsetMin);
        return t[0] === 'X' && n >= 3 ? `${sign}${pad(Math.floor(o / 60), 2)}:${pad(o % 60, 2)}` : `${sign}${pad(Math.floor(o / 60), 2)}${pad(o % 60, 2)}`;
      }
    }
  });
}

/** Sheets date format (dd/MM/yyyy, mmmm yyyy, HH:mm…) of wall-clock fields, in French as a fr_FR spreadsheet shows it. */
function formatSheetDate(parts: WallParts, fmt: string): string {
  const tokens = fmt.match(/"[^"]*"|\\.|y+|M+|m+|d+|D+|H+|h+|s+|am\/pm|AM\/PM|[^"\\yMmdDHhs]+/g) ?? [];
  return tokens.map((t, i) => {
    if (t.startsWith('"')) return t.slice(1, -1);
    if (t.startsWith('\\')) return t.slice(1);
    const n = t.length;
    const prev = tokens.slice(0, i).reverse().find((x) => /^[hHs]/.test(x) || /^[yMmdD]/.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[hHsyMmdD]/.test(x));
    switch (t[0]) {
      case 'y': return n <= 2 ? pad(parts.y % 100, 2) : String(parts.y);
      case 'm': case 'M':
        if (t[0] === 'm' && n <= 2 && ((prev && /^[hH]/.test(prev)) || (next && /^s/.test(next)))) return pad(parts.m, n);
        return n >= 4 ? (FR_MONTHS[parts.M - 1] ?? '') : n === 3 ? `${(FR_MONTHS[parts.M - 1] ?? '').slice(0, 4).replace(/[aeiouy]$/, '')}.` : pad(parts.M, n);
      case 'd': case 'D': return n >= 4 ? (FR_DAYS[parts.wd] ?? '') : n === 3 ? `${(FR_DAYS[parts.wd] ?? '').slice(0, 3)}.` : pad(parts.d, n);
      case 'H': case 'h': return pad(parts.H, n);
      case 's': return pad(parts.s, n);
      default: return /am\/pm/i.test(t) ? (parts.H < 12 ? 'AM' : 'PM') : t;
    }
  }).join('');
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A fr-FR number formatter, built once per setting (building one costs far more than formatting a cell). */
function nf(min: number, max: number, grouping: boolean): Intl.NumberFormat {
  const key = `${min}|${max}|${grouping}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping })));
  return f;
}

/** A date serial rendered through a date format (TEXT()): its wall clock, no zone involved. */
export function displaySerial(serial: number, fmt: string): string {
  return formatSheetDate(wallParts(serialToWall(serial), 'UTC'), fmt);
}

/** getDisplayValue: the value rendered through the cell's number format, French locale; a Date shows its wall
 *  clock in the spreadsheet's zone `timeZone`. */
export function displayValue(v: unknown, fmt: string | undefined, timeZone: string): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateObject(v)) return formatSheetDate(wallParts(v.getTime(), timeZone), isDateFormat(fmt) ? (fmt as string) : DEFAULT_DATE_FORMAT);
  if (typeof v !== 'number') return String(v);
  if (!fmt || fmt === '@' || fmt === DEFAULT_NUMBER_FORMAT || /^general$/i.test(fmt)) return nf(0, 10, false).format(v);
  const section = fmt.split(';')[v < 0 && fmt.includes(';') ? 1 : 0] ?? fmt;
  const percent = section.includes('%');
  const num = percent ? v * 100 : v;
  const dec = /\.([0#]+)/.exec(section)?.[1] ?? '';
  const min = (dec.match(/0/g) ?? []).length;
  const body = nf(min, dec.length, section.includes(',')).format(v < 0 && fmt.includes(';') ? Math.abs(num) : num);
  const prefix = section.replace(/"([^"]*)"/g, '$1').split(/[#0]/)[0]?.replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1') ?? '';
  const suffix = section.replace(/"([^"]*)"/g, '$1').replace(/^.*[#0]/, '').replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1');
  return `${prefix.replace(/[,.]/g, '')}${body}${suffix}`;
}
