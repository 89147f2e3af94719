// Ui, HtmlService, PropertiesService, Session and Utilities: scripted answers, captured HTML, formatted dates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function menus() { var ui = SpreadsheetApp.getUi();
  ui.createMenu('Outils').addItem('A', 'fa').addSubMenu(ui.createMenu('Plus').addItem('B', 'fb')).addToUi(); }
function info() { SpreadsheetApp.getUi().alert('Terminé'); return 'ok'; }
function confirm() { var ui = SpreadsheetApp.getUi(); var b = ui.alert('Boussole', 'Continuer ?', ui.ButtonSet.YES_NO); return [b === ui.Button.YES, String(b)]; }
function ask() { var ui = SpreadsheetApp.getUi(); var r = ui.prompt('Rapport', 'Mois (AAAA-MM) ?', ui.ButtonSet.OK_CANCEL);
  return [r.getResponseText(), r.getSelectedButton() === ui.Button.OK]; }
function toast() { SpreadsheetApp.getActiveSpreadsheet().toast('Fini', 'Boussole', 5); SpreadsheetApp.getActiveSpreadsheet().toast('Seul'); }
function sidebar() { var h = HtmlService.createHtmlOutputFromFile('Panneau').setTitle('Boussole').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(h); return h.getContent().length; }
function dialog() { var h = HtmlService.createHtmlOutput('<p>x</p>').append('<b>y</b>').setWidth(400).setHeight(200).addMetaTag('viewport', 'width=device-width');
  SpreadsheetApp.getUi().showModalDialog(h, 'Rapport prêt'); SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutput(''), 'Libre'); }
function badMeta() { HtmlService.createHtmlOutput('').addMetaTag('description', 'x'); }
function metaTags() { var t = HtmlService.createHtmlOutput('').addMetaTag('viewport', 'a').getMetaTags(); return [t.length, t[0].getName(), t[0].getContent()]; }
function whileOpen() { var ui = SpreadsheetApp.getUi(); var s = SpreadsheetApp.getActiveSheet(); var before = s.getRange('A1').getValue();
  ui.alert('Boussole', 'Continuer ?', ui.ButtonSet.YES_NO); return [before, s.getRange('A1').getValue()]; }
function missing() { return HtmlService.createHtmlOutputFromFile('Absent'); }
function props() { var p = PropertiesService.getDocumentProperties(); p.setProperty('a', 1); p.setProperties({ b: 'deux' });
  var u = PropertiesService.getUserProperties(); p.deleteProperty('zz');
  return [p.getProperty('a'), p.getProperty('b'), p.getProperty('nope'), p.getKeys().sort(), u.getProperty('a'), JSON.stringify(p.getProperties())]; }
function session() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()]; }
function fmt(iso, tz, p) { return Utilities.formatDate(new Date(iso), tz, p); }
function logIt() { Logger.log('x=%s', 3); }
`;

const emu = (distDir?: string) => loadedEmulator({ distDir }, BUNDLE);

describe('menus and dialogs', () => {
  it('records custom menus with sub-menus', () => {
    const e = emu();
    e.run('menus');
    expect(e.ui.menus).toEqual([{ title: 'Outils', addon: false, items: [
      { caption: 'A', functionName: 'fa' }, { caption: 'Plus', submenu: [{ caption: 'B', functionName: 'fb' }] }] }]);
  });
  it('auto-answers OK alerts and uses scripted answers for the others (FIFO)', () => {
    const e = emu();
    expect(e.run('info')).toBe('ok');
    e.user.answerAlert('YES');
    e.user.answerAlert('NO');
    expect(e.run('confirm')).toEqual([true, 'YES']);
    expect(e.run('confirm')).toEqual([false, 'NO']);
    expect(e.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ['', 'Terminé', 'OK', 'OK'], ['Boussole', 'Continuer ?', 'YES_NO', 'YES'], ['Boussole', 'Continuer ?', 'YES_NO', 'NO']]);
  });
  it('throws when a dialog needs an answer nobody scripted, or an impossible one', () => {
    const e = emu();
    expect(() => e.run('confirm')).toThrow('No scripted answer for alert: Continuer ?');
    expect(() => e.run('ask')).toThrow('No scripted answer for prompt: Mois (AAAA-MM) ?');
    e.user.answerAlert('OK');
    expect(() => e.run('confirm')).toThrow(/not a button of YES_NO/);
  });
  it('runs a collaborator\'s edit while an alert is open, before its answer returns', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1', [['avant']]);
    e.user.answerAlert('YES', () => e.book.setValues('Feuille 1', 'A1', [['pendant']]));
    expect(e.run('whileOpen')).toEqual(['avant', 'pendant']);
  });
  it('keeps meta tags added with addMetaTag, only the four names Apps Script allows', () => {
    const e = emu();
    expect(e.run('metaTags')).toEqual([1, 'viewport', 'a']);
    expect(() => e.run('badMeta')).toThrow(/description/);
  });
  it('answers prompts with text and button', () => {
    const e = emu();
    e.user.answerPrompt('2026-10');
    e.user.answerPrompt('', 'CANCEL');
    expect(e.run('ask')).toEqual(['2026-10', true]);
    expect(e.run('ask')).toEqual(['', false]);
    expect(e.ui.prompts[0]).toEqual({ title: 'Rapport', prompt: 'Mois (AAAA-MM) ?', buttons: 'OK_CANCEL', answer: 'OK', text: '2026-10' });
  });
  it('records toasts, sidebars and dialogs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    writeFileSync(join(dir, 'Panneau.html'), '<h1>Panneau</h1>');
    const e = emu(dir);
    e.run('toast');
    expect(e.ui.toasts).toEqual([{ message: 'Fini', title: 'Boussole', timeoutSeconds: 5 }, { message: 'Seul', title: '', timeoutSeconds: undefined }]);
    expect(e.run('sidebar')).toBe(16);
    expect(e.ui.sidebars).toEqual([{ title: 'Boussole', html: '<h1>Panneau</h1>', width: 300, meta: [] }]);
    e.run('dialog');
    expect(e.ui.dialogs).toEqual([
      { title: 'Rapport prêt', html: '<p>x</p><b>y</b>', width: 400, height: 200, modal: true, meta: [{ name: 'viewport', content: 'width=device-width' }] },
      { title: 'Libre', html: '', width: undefined, height: undefined, modal: false, meta: [] }]);
    expect(e.calls.byMethod()['HtmlOutput.addMetaTag']).toBe(1);
    expect(() => e.run('missing')).toThrow('No HTML file named Absent was found.');
  });
});

describe('other services', () => {
  it('stores properties as strings per store', () => {
    expect(emu().run('props')).toEqual(['1', 'deux', null, ['a', 'b'], null, '{"a":"1","b":"deux"}']);
  });
  it('reports the session user, zone and locale', () => {
    expect(emu().run('session')).toEqual(['gerante@exemple.fr', 'gerante@exemple.fr', 'Europe/Paris', 'fr']);
  });
  it('formats dates like Java SimpleDateFormat in the given zone', () => {
    const e = emu();
    expect(e.run('fmt', '2026-11-03T23:30:00Z', 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2026-11-04 00:30');
    expect(e.run('fmt', '2026-11-03T10:00:00Z', 'UTC', "EEEE d MMMM yy, EEE MMM 'à' ss")).toBe('Tuesday 3 November 26, Tue Nov à 00');
    expect(e.run('fmt', '2026-07-01T10:00:00Z', 'Europe/Paris', 'Z')).toBe('+0200');
  });
  it('buffers Logger output', () => {
    const e = emu();
    e.run('logIt');
    expect(e.logs).toEqual(['x=3']);
  });
});
