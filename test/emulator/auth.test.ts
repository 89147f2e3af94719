// Strictness: AuthMode.NONE, custom-function mode, unimplemented methods, call counting, the vm's globals, locks.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
var __boussole = (function () { return { x: 1 }; })();
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Initialiser', 'init');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Mode ' + e.authMode, 'init');
  menu.addToUi();
}
function onInstall(e) { onOpen(e); SpreadsheetApp.getActiveSpreadsheet().getName(); }
function badOpen() { SpreadsheetApp.getActiveSpreadsheet(); }
function init() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }
function unknown() { return SpreadsheetApp.getActiveSheet().getRange('A1').getFormulasR1C1(); }
function count() { var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1').setValue(1); s.getRange('A2').getValue(); return s.getMaxRows(); }
function globals() { return [typeof require, typeof process, typeof module, typeof exports, typeof Buffer, typeof setTimeout, typeof fetch, typeof globalThis.require, typeof SpreadsheetApp, typeof Logger]; }
function enums() { return [String(SpreadsheetApp.ProtectionType.RANGE), ScriptApp.AuthMode.FULL.toString(), SpreadsheetApp.getUi().ButtonSet.YES_NO === SpreadsheetApp.getUi().ButtonSet.YES_NO]; }
function writeLocked() { var l = LockService.getDocumentLock(); l.waitLock(10000); SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); var h = l.hasLock(); l.releaseLock(); return h; }
function writeUnlocked() { SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([[1, 2]]); }
function lockForgotten() { LockService.getDocumentLock().waitLock(1000); }
function hasLock() { return LockService.getDocumentLock().hasLock(); }
function BOUSSOLE_SPY(x) { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue() + x; }
function BOUSSOLE_WRITE(x) { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(x); return x; }
function BOUSSOLE_UI() { SpreadsheetApp.getUi(); return 1; }
function BOUSSOLE_EMAIL() { return Session.getActiveUser().getEmail(); }
function internals() { var s = SpreadsheetApp.getActiveSheet(); var out = [typeof s._c, typeof s._s, typeof s.getName];
  try { s.self(); } catch (e) { out.push(e.message); } return out; }
function errorKind() { try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; } }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('AuthMode', () => {
  it('lets onOpen build the add-on menu in NONE and passes the mode in the event', () => {
    const e = emu();
    e.trigger('onOpen', 'NONE');
    expect(e.ui.menus).toEqual([{ title: 'Boussole', addon: true, items: [{ caption: 'Initialiser', functionName: 'init' }] }]);
    e.trigger('onOpen', 'FULL');
    expect(e.ui.menus[0]?.items).toEqual([{ caption: 'Initialiser', functionName: 'init' }, { caption: 'Mode FULL', functionName: 'init' }]);
  });
  it('throws on any other service call in NONE', () => {
    const e = emu();
    e.context.onOpen = (e as unknown as { context: Record<string, unknown> }).context.badOpen;
    expect(() => e.trigger('onOpen', 'NONE')).toThrow(/^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(() => e.trigger('onInstall', 'NONE')).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    expect(e.trigger('onInstall', 'FULL')).toBeUndefined();
  });
  it('gives custom functions read-only access and no UI, as Sheets does', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:B4', [[10, '=BOUSSOLE_SPY(5)'], ['', '=BOUSSOLE_WRITE(3)'], ['', '=BOUSSOLE_UI()'], ['', '=BOUSSOLE_EMAIL()']]);
    expect(e.book.values('Feuille 1', 'B1:B4')).toEqual([[15], ['#ERROR!'], ['#ERROR!'], ['']]);
    expect(e.calls.customFunctionRuns()).toBe(4);
  });
});

describe('strict services', () => {
  it('throws for methods the emulator does not implement', () => {
    expect(() => emu().run('unknown')).toThrow('Range.getFormulasR1C1 not implemented in emulator');
  });
  it('hides the emulator internals from the script', () => {
    expect(emu().run('internals')).toEqual(['undefined', 'undefined', 'function', 'Sheet.self not implemented in emulator']);
  });
  it('throws vm-realm Errors with Apps Script messages', () => {
    expect(emu().run('errorKind')).toEqual([true, 'The starting row of the range is too small.']);
  });
  it('counts every service call by Class.method, not enum reads', () => {
    const e = emu();
    expect(e.calls.total()).toBe(0);
    e.run('count');
    expect(e.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 2, 'Range.setValue': 1, 'Range.getValue': 1, 'Sheet.getMaxRows': 1,
    });
    expect(e.calls.total()).toBe(6);
    e.run('enums');
    expect(e.calls.total()).toBe(8);
    e.calls.reset();
    expect(e.calls.total()).toBe(0);
  });
  it('exposes only Apps Script globals in the vm', () => {
    const e = emu();
    expect(e.run('globals')).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'object', 'object']);
    expect(e.run('enums')).toEqual(['RANGE', 'FULL', true]);
    expect(e.globalNames()).toContain('__boussole');
    expect(e.globalNames()).toContain('onOpen');
    expect(e.globalNames()).not.toContain('SpreadsheetApp');
  });
  it('throws when running a missing global function', () => {
    expect(() => emu().run('nope')).toThrow('Script function not found: nope');
  });
});

describe('LockService', () => {
  it('tracks writes made without the document lock and releases it after each run', () => {
    const e = emu();
    expect(e.run('writeLocked')).toBe(true);
    expect(e.lock.writesWithoutLock()).toBe(0);
    expect(e.lock.acquisitions()).toBe(1);
    e.run('writeUnlocked');
    expect(e.lock.writesWithoutLock()).toBe(1);
    e.run('lockForgotten');
    expect(e.run('hasLock')).toBe(false);
  });
});
