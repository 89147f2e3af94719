// Créer un portefeuille consultant (SPEC §10), end to end in the emulator with four spreadsheets:
// three client classeurs and the consultant's own Sheet importing their BOUSSOLE_SYNTHESE. Values
// equal each client's synthesis, ⚠ texts replace every error code, the tab follows the clients, and
// running it again changes nothing and never touches a link.
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PORTEFEUILLE_HEADERS, TAB } from '../../../src/contract';
import { PORTFOLIO_WARNINGS } from '../../../src/core/portfolio/formulas';
import { COLUMN_WIDTHS, LINK_NOTE } from '../../../src/core/portfolio/layout';
import type { BookHandle, Emulator } from '../../emulator';
import { bundleEmulator, TEST_NOW } from '../../support/bundle';
import { addClient, CLIENTS, SILENT_DAYS } from './clients';

const P = TAB.portefeuille;
const DAY = 86_400_000;

/** Days between two dates' calendar days. */
const daysSince = (d: Date) => Math.round((Date.UTC(TEST_NOW.getFullYear(), TEST_NOW.getMonth(), TEST_NOW.getDate()) - Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())) / DAY);

interface World { emu: Emulator; consultant: BookHandle; clients: BookHandle[] }

/** The consultant's Sheet (the emulator's first spreadsheet) and three client classeurs. */
function world(): World {
  const emu = bundleEmulator();
  vm.runInContext(`function __dropName() { SpreadsheetApp.getActiveSpreadsheet().removeNamedRange('BOUSSOLE_SYNTHESE'); }
`, emu.context);
  const consultant = emu.book;
  const clients = [CLIENTS.exemple, CLIENTS.soleil, CLIENTS.orage].map((v) => addClient(emu, v, TEST_NOW));
  emu.activate(consultant);
  return { emu, consultant, clients };
}

/** The values row of a client's synthesis, as the client's own spreadsheet computes it. */
const synthesisOf = (client: BookHandle) => client.values(TAB.tableau, 'S3:AC3')[0] ?? [];

describe('the portfolio of three clients', () => {
  let w: World;
  beforeAll(() => {
    w = world();
    w.emu.run('boussolePortefeuille');
    w.consultant.setValues(P, 'A2:A4', w.clients.map((c) => [c.url]));
  }, 300_000);

  it('shows « ⚠ Autorisez l’accès » on each row until access is allowed, never an error code', () => {
    expect(w.consultant.values(P, 'B2:M4')).toEqual(w.clients.map(() => [PORTFOLIO_WARNINGS.acces, ...Array(11).fill('')]));
  });

  it('then equals each client’s synthesis, value by value, and counts the days without news', () => {
    for (const c of w.clients) w.emu.allowImport(w.consultant, c);
    const rows = w.consultant.values(P, 'B2:M4');
    w.clients.forEach((client, i) => {
      const synthesis = synthesisOf(client);
      expect(rows[i]?.slice(0, 11), client.name).toEqual(synthesis);
      const latest = new Date(Math.max((synthesis[8] as Date).getTime(), (synthesis[9] as Date).getTime()));
      expect(rows[i]?.[11], client.name).toBe(daysSince(latest));
    });
    // By hand: the example is stormy (its October report), 3 late and 2 blocked; the sunny one has
    // everything done; the stormy one has 3 blocked and nothing noted for 40 days.
    expect(rows.map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual([
      ['Menuiserie Lambert & Fils', '⛈️ Orageux', 3, 2, 0],
      ['Boulangerie Martin', '☀️ Ensoleillé', 0, 0, 1],
      ['Transports Girard', '⛈️ Orageux', 3, 3, 0],
    ]);
    expect(rows[2]?.[11]).toBe(SILENT_DAYS);
    expect(w.consultant.displayValues(P, 'H3:I3')[0]).toEqual(['100%', '53%']);
  });

  it('follows a client that changes its data, after recalculation', () => {
    const [exemple] = w.clients as [BookHandle];
    const plan = exemple.values('Plan');
    const row = plan.findIndex((r) => r[6] === 'En cours') + 1;
    exemple.setValues('Plan', `G${row}`, [['Bloqué']]);
    w.emu.recalculate();
    expect(w.consultant.values(P, 'G2')[0]?.[0]).toBe(3);
    expect(w.consultant.values(P, 'B2:L2')[0]).toEqual(synthesisOf(exemple));
  });

  it('says how many client rows it found; running it again changes nothing and keeps the links', () => {
    const before = w.consultant.snapshot(P);
    w.emu.run('boussolePortefeuille');
    expect(w.emu.ui.toasts.at(-1)?.message).toBe('Portefeuille : 3 classeurs clients, tous lus ; les lignes se mettent à jour seules.');
    expect(w.consultant.snapshot(P)).toEqual(before);
    expect(w.consultant.values(P, 'A2:A4')).toEqual(w.clients.map((c) => [c.url]));
    expect(w.emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('the Portefeuille tab', () => {
  let w: World;
  beforeAll(() => {
    const emu = bundleEmulator();
    vm.runInContext(`function __rules() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Portefeuille').getConditionalFormatRules().map(function (r) {
      var c = r.getBooleanCondition(); return [r.getRanges()[0].getA1Notation(), String(c.getCriteriaType()), c.getCriteriaValues()[0], c.getBackground()]; }); }`, emu.context);
    emu.run('boussolePortefeuille');
    w = { emu, consultant: emu.book, clients: [] };
  }, 120_000);

  it('has the contract headers, a frozen header, widths for a 1080p screen and a note on A1', () => {
    expect(w.consultant.values(P, 'A1:M1')[0]).toEqual([...PORTEFEUILLE_HEADERS]);
    expect((w.consultant.snapshot(P) as { frozenRows: number }).frozenRows).toBe(1);
    expect(w.consultant.notes(P, 'A1')[0]?.[0]).toBe(LINK_NOTE);
    expect(COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1850);
  });

  it('has formulas on 200 client rows, blank while column A is empty, and says so', () => {
    const formulas = w.consultant.formulas(P, 'B2:B202').map((r) => r[0]);
    expect(formulas.slice(0, 200).every((f) => f?.startsWith('=IF(TRIM($A'))).toBe(true);
    expect(formulas[200]).toBe('');
    expect(w.consultant.formulas(P, 'M201')[0]?.[0]).toBe('=IF(COUNT($J201:$K201)=0,"",TODAY()-INT(MAX($J201:$K201)))');
    expect(w.consultant.values(P, 'B2:M201').flat().every((v) => v === '')).toBe(true);
    expect(w.emu.ui.toasts.at(-1)?.message).toMatch(/^Portefeuille prêt : 200 lignes attendent/);
  });

  it('opens from the help sidebar, and says how to create it where it is missing', () => {
    expect(w.emu.run('boussoleOuvrirOnglet', P)).toEqual({ ok: true, message: 'Onglet « Portefeuille » ouvert.' });
    const fresh = bundleEmulator();
    expect(() => fresh.run('boussoleOuvrirOnglet', P)).toThrow('L’onglet « Portefeuille » n’existe pas encore : lancez Extensions › Boussole › Créer un portefeuille consultant.');
  });

  it('colours the weather cell by weather and the days without news above 14 and 30', () => {
    const rules = w.emu.run('__rules') as Array<[string, string, unknown, string]>;
    expect(rules.filter((r) => r[0] === 'D2:D201').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['TEXT_CONTAINS', 'Ensoleillé', '#fff2cc'], ['TEXT_CONTAINS', 'Variable', '#e8f0fe'], ['TEXT_CONTAINS', 'Pluvieux', '#d2e3fc'],
      ['TEXT_CONTAINS', 'Orageux', '#f4c7c3']]);
    // Sheets applies the first rule that matches: red (> 30) is checked before orange (> 14).
    expect(rules.filter((r) => r[0] === 'M2:M201').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['NUMBER_GREATER_THAN', 30, '#f4c7c3'], ['NUMBER_GREATER_THAN', 14, '#fce8b2']]);
  });
});

describe('bad input in the portfolio: a clear ⚠ in that row, the others unaffected', () => {
  let w: World;
  let stranger: BookHandle;
  let old: BookHandle;
  beforeAll(() => {
    w = world();
    const { emu, consultant, clients } = w;
    stranger = emu.createBook({ name: 'Budget perso' });
    old = addClient(emu, { ...CLIENTS.soleil, name: 'Ancien client' }, TEST_NOW);
    emu.activate(old);
    emu.run('__dropName'); // a classeur older than v2: no BOUSSOLE_SYNTHESE
    emu.activate(consultant);
    for (const b of [...clients, stranger, old]) emu.allowImport(consultant, b);
    consultant.setValues(P, 'A1:A2', [['Mes clients'], [clients[0]?.url]]); // a header the consultant renamed
    emu.run('boussolePortefeuille');
    consultant.setValues(P, 'A3:A9', [
      [`${clients[1]?.url}?usp=sharing#gid=0`], // extra query text
      [''], // an empty row in the middle
      ['www.boulangerie-martin.fr'], // not a spreadsheet link
      [stranger.url], // a spreadsheet that is not a Boussole classeur
      [old.url], // a classeur older than v2
      ['https://docs.google.com/spreadsheets/d/1RevokedOrDeletedXXXXXXXXXXXXXXXX/edit'], // share revoked or file deleted
      [clients[2]?.url],
    ]);
  }, 300_000);

  it('reads each problem as its ⚠ text and imports the valid rows', () => {
    const b = w.consultant.values(P, 'B2:B9').map((r) => r[0]);
    expect(b).toEqual(['Menuiserie Lambert & Fils', 'Boulangerie Martin', '', PORTFOLIO_WARNINGS.lien, PORTFOLIO_WARNINGS.lien,
      PORTFOLIO_WARNINGS.version, PORTFOLIO_WARNINGS.acces, 'Transports Girard']);
    expect(w.consultant.values(P, 'B9:L9')[0]).toEqual(synthesisOf(w.clients[2] as BookHandle));
    expect(w.consultant.values(P, 'A1:M9').flat().filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);
  });

  it('keeps the renamed header and every link, and its toast names the rows to look at', () => {
    w.emu.run('boussolePortefeuille');
    expect(w.consultant.values(P, 'A1')[0]?.[0]).toBe('Mes clients');
    expect(w.consultant.values(P, 'A5')[0]?.[0]).toBe('www.boulangerie-martin.fr');
    expect(w.emu.ui.toasts.at(-1)?.message).toBe('Portefeuille : 7 classeurs clients, 3 lus. À autoriser (cliquez la cellule B de la ligne, puis « Autoriser l’accès ») : '
      + 'ligne 8. Lien invalide : lignes 5 et 6. Boussole à mettre à jour dans le classeur du client : ligne 7.');
  });

  it('keeps a value the consultant typed over a formula cell of column B or M', () => {
    w.consultant.setValues(P, 'B5', [['client perdu']]);
    w.emu.run('boussolePortefeuille');
    expect(w.consultant.values(P, 'B5')[0]?.[0]).toBe('client perdu');
    expect(w.consultant.formulas(P, 'B6')[0]?.[0]).toMatch(/^=IF\(TRIM\(\$A6\)/);
  });
});

describe('the portfolio at scale', () => {
  it('makes the same calls for no client, 3 clients and 200 client rows, and extends to a 201st link', () => {
    const w = world();
    const count = () => {
      w.emu.calls.reset();
      w.emu.run('boussolePortefeuille');
      return w.emu.calls.total();
    };
    const created = count();
    const none = count();
    w.consultant.setValues(P, 'A2:A4', w.clients.map((c) => [c.url]));
    const three = count();
    w.consultant.setValues(P, 'A2:A201', Array.from({ length: 200 }, (_, i) => [w.clients[i % 3]?.url]));
    const all = count();
    expect([three, all]).toEqual([none, none]);
    w.consultant.setValues(P, 'A202', [[w.clients[0]?.url]]);
    count();
    expect(w.consultant.formulas(P, 'B202')[0]?.[0]).toMatch(/^=IF\(TRIM\(\$A202\)/);
    expect(w.emu.ui.toasts.at(-1)?.message).toMatch(/^Portefeuille : 201 classeurs clients, 0 lu\. À autoriser .* : lignes 2, 3, 4, 5, 6, 7, 8 et 9 … \(201 en tout\)\.$/);
    console.log(`boussolePortefeuille: ${created} Apps Script calls when it creates the tab, ${none} when it completes it with 0, 3 or 200 client rows`);
  }, 300_000);
});
