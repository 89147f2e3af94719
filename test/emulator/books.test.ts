// Several spreadsheets: ids and URLs, the active one the bundle runs in, openById/openByUrl refused (the add-on's
// scope is spreadsheets.currentonly), and IMPORTRANGE across them once access is allowed (README "Fidelity notes").
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }
function info() { return [ss().getId(), ss().getUrl(), ss().getName(), ss().getSpreadsheetTimeZone(), ss().getSheets().length]; }
function openUrl(url) { return SpreadsheetApp.openByUrl(url).getName(); }
function openId(id) { return SpreadsheetApp.openById(id).getName(); }
function nameRange(n, sheet, a1) { ss().setNamedRange(n, ss().getSheetByName(sheet).getRange(a1)); }
function addTab(n) { ss().insertSheet(n); }
function setF(a1, f) { ss().getActiveSheet().getRange(a1).setFormula(f); }
function read(a1) { return ss().getActiveSheet().getRange(a1).getValues(); }
function lastRow() { return ss().getActiveSheet().getLastRow(); }
function docProp(k, v) { var p = PropertiesService.getDocumentProperties(); if (v !== undefined) p.setProperty(k, v); return p.getProperty(k); }
`;

const emu = () => loadedEmulator({ now: new Date(2026, 10, 23, 10) }, BUNDLE);
const DASHBOARD = [['Projet', 'Avancement', 'Budget', 'Consommé', 'Reste', 'Actions', 'Faites', 'En retard', 'Bloquées', 'Prochaine étape', 'Mise à jour'],
  ['Refonte du site', 0.4, 12000, 4800, 7200, 20, 8, 2, 1, 'Maquettes', '20/11/2026']];
/** The row as getValues reads it: the typed date is still a date (the serial travels: midnight in the client's
 *  Martinique spreadsheet, midnight in Paris in the main book). */
const ROW = [...(DASHBOARD[1] as unknown[]).slice(0, 10), new Date(2026, 10, 20)];
const IMPORT_ROW = '=IMPORTRANGE(A2;"\'Tableau de bord\'!A2:K2")';
const PRODUCT = '=IF(A2="";"";IFERROR(IMPORTRANGE(A2;"\'Tableau de bord\'!A2:K2");"⚠ accès à autoriser"))';

/** A client's classeur with a 'Tableau de bord' tab, and the consultant's main book holding its URL in A2. */
function setup() {
  const e = emu();
  const main = e.book;
  const client = e.createBook({ name: 'Classeur client', spreadsheetTimeZone: 'America/Martinique' });
  e.activate(client);
  e.run('addTab', 'Tableau de bord');
  client.setValues('Tableau de bord', 'A1:K2', DASHBOARD);
  e.activate(main);
  e.book.setValues('Feuille 1', 'A1:A2', [['Classeur'], [client.url]]);
  return { e, client, main };
}

describe('several spreadsheets', () => {
  it('gives each an id and a docs.google.com URL, and runs the bundle in the active one', () => {
    const e = emu();
    const main = e.book;
    const other = e.createBook({ name: 'Autre', spreadsheetTimeZone: 'Pacific/Noumea' });
    expect(other.url).toBe(`https://docs.google.com/spreadsheets/d/${other.id}/edit`);
    expect(other.id).not.toBe(main.id);
    expect(e.run('info')).toEqual([main.id, main.url, 'Pilotage projet digital', 'Europe/Paris', 1]);
    expect(e.activate(other.url).name).toBe('Autre');
    expect(e.run('info')).toEqual([other.id, other.url, 'Autre', 'Pacific/Noumea', 1]);
    expect(e.book.id).toBe(other.id);
    expect(e.books().map((b) => b.name)).toEqual(['Pilotage projet digital', 'Autre']);
  });
  it('keeps document properties per spreadsheet', () => {
    const e = emu();
    e.run('docProp', 'k', 'principal');
    e.activate(e.createBook());
    expect(e.run('docProp', 'k')).toBeNull();
  });
  it('refuses openByUrl/openById: the add-on only has spreadsheets.currentonly', () => {
    const { e, client } = setup();
    expect(() => e.run('openUrl', client.url)).toThrow('You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    expect(() => e.run('openId', client.id)).toThrow('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  });
});

describe('IMPORTRANGE', () => {
  it('gives #REF! "You need to connect these sheets" until access is allowed, then spills the values', () => {
    const { e, client, main } = setup();
    e.run('setF', 'B2', PRODUCT);
    e.run('setF', 'B3', IMPORT_ROW);
    expect(e.run('read', 'B2:C3')).toEqual([['⚠ accès à autoriser', ''], ['#REF!', '']]);
    expect(e.book.errorMessages('Feuille 1', 'B3')).toEqual([['You need to connect these sheets. Allow access']]);
    e.allowImport(main, client);
    expect(e.run('read', 'B2:L2')).toEqual([ROW]);
    expect(e.run('read', 'B3:L3')).toEqual([ROW]);
    expect(e.book.displayValues('Feuille 1', 'L3')).toEqual([['20/11/2026']]);
    expect(e.run('lastRow')).toBe(3);
  });
  it('recalculates when the source changes, without being asked', () => {
    const { e, client, main } = setup();
    e.allowImport(main, client);
    e.run('setF', 'B2', PRODUCT);
    expect(e.run('read', 'C2')).toEqual([[0.4]]);
    client.setValues('Tableau de bord', 'B2', [[0.55]]);
    expect(e.run('read', 'C2')).toEqual([[0.55]]);
  });
  it('accepts a bare key, Sheet!A1 without quotes, no sheet (the first one), a named range, a range in a cell', () => {
    const { e, client, main } = setup();
    e.allowImport(main, client);
    e.activate(client);
    e.run('addTab', 'Synthese');
    client.setValues('Synthese', 'A1:B2', [['Total', 12000], ['Reste', 7200]]);
    client.setValues('Feuille 1', 'A1', [['première feuille']]);
    e.run('nameRange', 'Budget_total', 'Synthese', 'B1:B2');
    e.activate(main);
    e.book.setValues('Feuille 1', 'E1', [['Synthese!B2']]);
    e.book.setValues('Feuille 1', 'C4:C10', [[`=IMPORTRANGE("${client.id}";"Synthese!A1:B2")`], [''], ['=IMPORTRANGE(A2;"A1")'],
      ['=IMPORTRANGE(A2;"budget_total")'], [''], ['=SUM(IMPORTRANGE(A2;"Budget_total"))'], ['=IMPORTRANGE(A2;E1)']]);
    expect(e.book.values('Feuille 1', 'C4:D10')).toEqual([['Total', 12000], ['Reste', 7200], ['première feuille', ''], [12000, ''], [7200, ''],
      [19200, ''], [7200, '']]);
  });
  it("answers Sheets' errors for a malformed URL, an unknown spreadsheet and an unknown sheet", () => {
    const { e, client, main } = setup();
    e.allowImport(main, client);
    e.book.setValues('Feuille 1', 'B1:B3', [['=IMPORTRANGE("pas une url";"A1")'],
      ['=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1inconnuXXXXXXXXXXXXXXXXXXXX/edit";"A1")'], ['=IMPORTRANGE(A2;"Nope!A1")']]);
    expect(e.book.values('Feuille 1', 'B1:B3')).toEqual([['#REF!'], ['#REF!'], ['#REF!']]);
    expect(e.book.errorMessages('Feuille 1', 'B1:B3')).toEqual([['Unable to open the spreadsheet'], ['Spreadsheet not found'], ['Unable to parse range: Nope!A1']]);
  });
  it('works inside ISERROR, ERROR.TYPE, IFERROR and INDEX', () => {
    const { e, client, main } = setup();
    const imp = 'IMPORTRANGE(A2;"\'Tableau de bord\'!A1:K2")';
    // A one-cell import, the usual access check (HyperFormula would spill ISERROR over a bigger import: see README).
    const one = 'IMPORTRANGE(A2;"\'Tableau de bord\'!A1")';
    e.book.setValues('Feuille 1', 'B4:B7', [[`=ISERROR(${one})`], [`=ERROR.TYPE(${one})`], [`=IFERROR(INDEX(${imp};2;3);"?")`], ['=ERROR.TYPE(1/0)']]);
    expect(e.book.values('Feuille 1', 'B4:B7')).toEqual([[true], [4], ['?'], [2]]);
    e.allowImport(main, client);
    expect(e.book.values('Feuille 1', 'B4:B7')).toEqual([[false], ['#N/A'], [12000], [2]]);
  });
  it('gives #REF! when the spill would overwrite typed data', () => {
    const { e, client, main } = setup();
    e.allowImport(main, client);
    e.book.setValues('Feuille 1', 'B2:D2', [[IMPORT_ROW, '', 'occupé']]);
    expect(e.book.values('Feuille 1', 'B2')).toEqual([['#REF!']]);
    e.book.setValues('Feuille 1', 'D2', [['']]);
    expect(e.book.values('Feuille 1', 'B2:C2')).toEqual([['Refonte du site', 0.4]]);
  });
  it('never resolves two spreadsheets importing from each other (Google: such a loop gives no data)', () => {
    const { e, client, main } = setup();
    e.allowImport(main, client);
    e.allowImport(client, main);
    e.book.setValues('Feuille 1', 'B5', [['=IMPORTRANGE(A2;"\'Tableau de bord\'!A5")']]);
    client.setValues('Tableau de bord', 'A5', [[`=IMPORTRANGE("${main.url}";"A1")`]]);
    expect(e.book.values('Feuille 1', 'B5')).toEqual([['#REF!']]);
    expect(client.values('Tableau de bord', 'A5')).toEqual([['#REF!']]);
    expect(client.errorMessages('Tableau de bord', 'A5')).toEqual([['Circular dependency detected']]);
  });
});
