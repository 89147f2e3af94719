// Cases where one emulator path used to behave unlike its siblings: columns vs rows, setWrapStrategies vs the
// other 2D setters, addEditor with a User vs with an email.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function insertNone(kind) {
  try { if (kind === 'rows') sh().insertRows(2, 0); else sh().insertColumns(2, 0); return 'ok'; } catch (e) { return e.message; }
}
function wraps() { sh().getRange('A1:B1').setWrapStrategies([[SpreadsheetApp.WrapStrategy.CLIP, null]]); }
function promote() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.addViewer('lea@exemple.fr');
  ss.addEditor(ss.getViewers()[0]);
  return [ss.getViewers().length, ss.getEditors().map(function (u) { return u.getEmail(); })];
}
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('rows and columns, setters, sharing', () => {
  it('refuses to insert zero columns as it refuses zero rows', () => {
    expect(emu().run('insertNone', 'rows')).toBe('The number of rows in the range must be at least 1.');
    expect(emu().run('insertNone', 'columns')).toBe('The number of columns in the range must be at least 1.');
  });
  it('clears a wrap strategy given as null, like every other 2D format setter', () => {
    const e = emu();
    e.run('wraps');
    expect((e.book.snapshot('Feuille 1') as { formats: unknown }).formats).toEqual({ A1: { wrapStrategy: 'CLIP' } });
  });
  it('moves a viewer given as a User to the editors', () => {
    expect(emu().run('promote')).toEqual([0, ['gerante@exemple.fr', 'lea@exemple.fr']]);
  });
});
