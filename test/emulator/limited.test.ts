// AuthMode.LIMITED: the simple onOpen of a bound script (or of an add-on already used in the
// document) reaches the document, menus and toasts, but cannot open a sidebar or a dialog.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const SCRIPT = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Initialiser', 'init').addToUi();
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast('Onglets : ' + ss.getSheets().length);
  return String(e.authMode) + ' ' + (e.source ? 'source' : 'sans source');
}
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
function modal() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Titre'); }
function modeless() { SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Titre'); }
`;

const DENIED = 'Required permissions: https://www.googleapis.com/auth/script.container.ui';

describe('AuthMode.LIMITED', () => {
  it('reads the document, adds the menu and toasts, with the spreadsheet as the event source', () => {
    const emu = loadedEmulator({}, SCRIPT);
    expect(emu.trigger('onOpen', 'LIMITED')).toBe('LIMITED source');
    expect(emu.ui.menus).toEqual([{ title: 'Boussole', addon: true, items: [{ caption: 'Initialiser', functionName: 'init' }] }]);
    expect(emu.ui.toasts.map((t) => t.message)).toEqual(['Onglets : 1']);
  });

  it('refuses sidebars and dialogs with Apps Script’s message, and allows them once authorised (FULL)', () => {
    const emu = loadedEmulator({}, SCRIPT);
    for (const [fn, method] of [['sidebar', 'showSidebar'], ['modal', 'showModalDialog'], ['modeless', 'showModelessDialog']] as const) {
      emu.loadBundle(`${SCRIPT}\nonOpen = ${fn};`); // each execution evaluates the file again: swap in the source
      expect(() => emu.trigger('onOpen', 'LIMITED')).toThrow(`You do not have permission to call Ui.${method}. ${DENIED}`);
      expect(() => emu.trigger('onOpen', 'FULL')).not.toThrow();
    }
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.dialogs.map((d) => d.modal)).toEqual([true, false]);
  });
});
