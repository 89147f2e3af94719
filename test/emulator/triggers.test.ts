// Simple triggers of a bound (non-add-on) script in each AuthMode, with e.authMode and e.source; what LIMITED allows
// (the bound file, menus, toasts) and refuses (dialogs, sidebars, other files, the user's identity). Google's "Simple
// triggers" restrictions are in the README "Fidelity notes".
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BOUND = `
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Outils').addItem('Préparer', 'prepare').addToUi();
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast('Classeur ' + ss.getName() + ' ouvert', 'Boussole', 5);
  PropertiesService.getDocumentProperties().setProperty('ouvert', 'oui');
  return [String(e.authMode), e.source.getName(), ss.getSheets().length, ss.getActiveSheet().getRange('A1').getValue(),
    Session.getActiveUser().getEmail()];
}
function onEdit(e) { return [String(e.authMode), e.value, e.range === undefined]; }
function sidebarOnOpen() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function otherFile() { SpreadsheetApp.openById('1AutreClasseurXXXXXXXXXXXXXXXXXXXX'); }
function alertOnOpen() { return String(SpreadsheetApp.getUi().alert('Bonjour')); }
function noneOpen(e) { SpreadsheetApp.getUi().createMenu('Outils').addItem('Préparer', 'prepare').addToUi(); return String(e.authMode); }
`;

const emu = () => {
  const e = loadedEmulator({}, BOUND);
  e.book.setValues('Feuille 1', 'A1', [['Objectif']]);
  return e;
};
const swap = (e: ReturnType<typeof emu>, name: string) => {
  (e.context as Record<string, unknown>).onOpen = (e.context as Record<string, unknown>)[name];
};

describe('simple triggers of a bound script', () => {
  it('run onOpen in LIMITED: the bound spreadsheet, a custom menu, a toast and document properties are allowed', () => {
    const e = emu();
    expect(e.trigger('onOpen', 'LIMITED')).toEqual(['LIMITED', 'Pilotage projet digital', 1, 'Objectif', '']);
    expect(e.ui.menus).toEqual([{ title: 'Outils', addon: false, items: [{ caption: 'Préparer', functionName: 'prepare' }] }]);
    expect(e.ui.toasts).toEqual([{ message: 'Classeur Pilotage projet digital ouvert', title: 'Boussole', timeoutSeconds: 5 }]);
  });
  it('run in FULL with the user known, and in NONE with the menu only', () => {
    const e = emu();
    expect(e.trigger('onOpen', 'FULL')).toEqual(['FULL', 'Pilotage projet digital', 1, 'Objectif', 'gerante@exemple.fr']);
    expect(() => e.trigger('onOpen', 'NONE')).toThrow(/^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
    swap(e, 'noneOpen');
    expect(e.trigger('onOpen', 'NONE')).toBe('NONE');
  });
  it('pass event fields for other triggers (onEdit)', () => {
    expect(emu().trigger('onEdit', 'LIMITED', { value: 'Fait' })).toEqual(['LIMITED', 'Fait', true]);
  });
  it('refuse sidebars and dialogs and other files in LIMITED, but not alerts', () => {
    const e = emu();
    swap(e, 'sidebarOnOpen');
    expect(() => e.trigger('onOpen', 'LIMITED')).toThrow('You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(() => e.trigger('onOpen', 'FULL')).not.toThrow();
    swap(e, 'otherFile');
    expect(() => e.trigger('onOpen', 'LIMITED')).toThrow('You do not have permission to call SpreadsheetApp.openById');
    swap(e, 'alertOnOpen');
    expect(e.trigger('onOpen', 'LIMITED')).toBe('OK');
  });
  it('refuse an AuthMode a trigger cannot have', () => {
    expect(() => emu().trigger('onOpen', 'CUSTOM_FUNCTION' as 'FULL')).toThrow('Unknown AuthMode for a trigger: CUSTOM_FUNCTION');
  });
});
