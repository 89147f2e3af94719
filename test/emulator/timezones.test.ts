// Two time zones, as in Apps Script: the script's (manifest, Europe/Paris) for new Date() and local Date methods in the
// bundle, the spreadsheet's for what cells show, typed dates, date serials and TODAY(). Sources: README "Fidelity notes".
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function writeLocalMidnight(a1, fmt) { var r = sh().getRange(a1); if (fmt) r.setNumberFormat(fmt); r.setValue(new Date(2026, 10, 1)); return r.getDisplayValue(); }
function writeInstant(a1, iso) { var r = sh().getRange(a1); r.setValue(new Date(iso)); return [r.getDisplayValue(), r.getNumberFormat()]; }
function typed(a1, text) { var r = sh().getRange(a1); r.setValue(text); var v = r.getValue(); return [v instanceof Date ? v.toISOString() : v, r.getDisplayValue()]; }
function read(a1) { var v = sh().getRange(a1).getValue(); return v instanceof Date ? v.toISOString() : v; }
function zones() { return [Session.getScriptTimeZone(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
  new Date(2026, 10, 1).getTimezoneOffset(), new Date(2026, 6, 1).getTimezoneOffset(), new Date(2026, 10, 1).toISOString()]; }
function setZone(z) { SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone(z); return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(); }
function format(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
function formatInSpreadsheetZone(a1) { var ss = SpreadsheetApp.getActiveSpreadsheet();
  return Utilities.formatDate(sh().getRange(a1).getValue(), ss.getSpreadsheetTimeZone(), 'dd/MM/yyyy'); }
function BOUSSOLE_DAY(d) { return d instanceof Date ? d.getDate() : 'not a date'; }
`;

const NOW = new Date('2026-11-23T22:30:00Z'); // 23:30 in Paris, 18:30 in Martinique, 02:30 (24th) in Réunion, 09:30 (24th) in Nouméa
const emu = (spreadsheetTimeZone?: string) => loadedEmulator({ now: NOW, ...(spreadsheetTimeZone ? { spreadsheetTimeZone } : {}) }, BUNDLE);

describe('script zone and spreadsheet zone', () => {
  it('keeps them apart: Session and Date local methods follow the manifest, the spreadsheet has its own', () => {
    // Paris is UTC+1 on 1 Nov and UTC+2 on 1 July, whatever the spreadsheet's zone.
    expect(emu('America/Martinique').run('zones')).toEqual(['Europe/Paris', 'America/Martinique', -60, -120, '2026-10-31T23:00:00.000Z']);
    expect(emu().run('zones')).toEqual(['Europe/Paris', 'Europe/Paris', -60, -120, '2026-10-31T23:00:00.000Z']);
  });
  it('stores new Date(2026, 10, 1) of a Paris script as 31 Oct in a Martinique spreadsheet (the bug to avoid)', () => {
    const e = emu('America/Martinique');
    expect(e.run('writeLocalMidnight', 'A1', 'dd/MM/yyyy')).toBe('31/10/2026');
    // Without a date format Sheets keeps the time of day it received: 19:00 in Fort-de-France.
    expect(e.run('writeLocalMidnight', 'A2')).toBe('31/10/2026 19:00:00');
    expect(e.book.displayValues('Feuille 1', 'A1:A2')).toEqual([['31/10/2026'], ['31/10/2026 19:00:00']]);
    expect(e.book.formulas('Feuille 1', 'A1')).toEqual([['']]);
  });
  it('shows 01/11/2026 for the instant of 1 Nov 00:00 in Martinique (04:00 UTC), as a whole day', () => {
    expect(emu('America/Martinique').run('writeInstant', 'A1', '2026-11-01T04:00:00Z')).toEqual(['01/11/2026', 'dd/MM/yyyy']);
  });
  it('reads a typed 01/11/2026 in Nouméa as the instant 2026-10-31T13:00Z, and a Paris script sees 31 Oct', () => {
    const e = emu('Pacific/Noumea');
    expect(e.run('typed', 'A1', '01/11/2026')).toEqual(['2026-10-31T13:00:00.000Z', '01/11/2026']);
    e.book.setValues('Feuille 1', 'A2', [['01/11/2026']]); // typed by the user
    expect(e.run('read', 'A2')).toBe('2026-10-31T13:00:00.000Z');
    expect(e.run('formatInSpreadsheetZone', 'A2')).toBe('01/11/2026');
    e.book.setValues('Feuille 1', 'B2', [['=BOUSSOLE_DAY(A2)']]);
    expect(e.book.values('Feuille 1', 'B2')).toEqual([[31]]); // d.getDate() runs in the script's zone
  });
});

describe('the four zones Boussole supports', () => {
  const cases = [
    { zone: 'Europe/Paris', midnight: '2026-03-14T23:00:00.000Z', today: '23/11/2026' },
    { zone: 'America/Martinique', midnight: '2026-03-15T04:00:00.000Z', today: '23/11/2026' },
    { zone: 'Indian/Reunion', midnight: '2026-03-14T20:00:00.000Z', today: '24/11/2026' },
    { zone: 'Pacific/Noumea', midnight: '2026-03-14T13:00:00.000Z', today: '24/11/2026' },
  ];
  for (const c of cases) {
    it(`${c.zone}: typed dates, date serials, TODAY() and native date functions follow the spreadsheet`, () => {
      const e = emu(c.zone);
      expect(e.run('typed', 'A1', '15/03/2026')).toEqual([c.midnight, '15/03/2026']);
      e.book.setValues('Feuille 1', 'B1:E1', [['=DATE(2026;3;15)', '=MONTH(A1)', '=TODAY()', '=TEXT(TODAY();"dd/MM/yyyy")']]);
      expect(e.run('read', 'B1')).toBe(c.midnight);
      expect(e.book.values('Feuille 1', 'C1')).toEqual([[3]]);
      expect(e.book.displayValues('Feuille 1', 'D1:E1')).toEqual([[c.today, c.today]]);
      expect(e.run('format', c.midnight, c.zone, 'yyyy-MM-dd HH:mm')).toBe('2026-03-15 00:00');
    });
  }
});

describe('changing the spreadsheet zone', () => {
  it('keeps what cells show and moves the instants they mean', () => {
    const e = emu('Europe/Paris');
    e.run('typed', 'A1', '01/11/2026');
    expect(e.run('read', 'A1')).toBe('2026-10-31T23:00:00.000Z');
    expect(e.run('setZone', 'Pacific/Noumea')).toBe('Pacific/Noumea');
    expect(e.book.displayValues('Feuille 1', 'A1')).toEqual([['01/11/2026']]);
    expect(e.run('read', 'A1')).toBe('2026-10-31T13:00:00.000Z');
    expect(() => e.run('setZone', 'Mars/Olympus')).toThrow('Invalid argument: timeZone');
  });
});

describe('Utilities.formatDate', () => {
  it('renders the instant in the zone it is given, not the script zone', () => {
    const e = emu();
    expect(e.run('format', '2026-11-01T04:00:00Z', 'America/Martinique', 'dd/MM/yyyy HH:mm Z')).toBe('01/11/2026 00:00 -0400');
    expect(e.run('format', '2026-11-01T04:00:00Z', 'Pacific/Noumea', 'EEE d MMM yyyy HH:mm XXX')).toBe('Sun 1 Nov 2026 15:00 +11:00');
    expect(e.run('format', '2026-11-01T04:00:00Z', 'Europe/Paris', "yyyy-MM-dd'T'HH:mm")).toBe('2026-11-01T05:00');
  });
});
