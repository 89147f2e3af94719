// User feedback: toasts, alerts and HTML dialogs, all in French, with every user text escaped.

import { MULTI_ACCOUNT_ERROR, MULTI_ACCOUNT_MESSAGE } from '../contract';

/** Escapes text for HTML (element content and quoted attributes). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A toast in the bottom corner of the sheet. */
export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, seconds = 6): void {
  ss.toast(message, 'Boussole', seconds);
}

/** A simple message box with an OK button. */
export function inform(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks a yes/no question; true when the user answers Oui. */
export function confirm(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

// Google add-on look (Roboto/Arial 13 px, #1a73e8). Weights are 400/700: most computers have no
// local Roboto Medium, and a 500 heading would render as plain text in Arial.
const DIALOG_CSS = `*{box-sizing:border-box}
body{font:13px/1.45 Roboto,Arial,sans-serif;color:#202124;margin:0;padding:4px 8px 0;overflow-wrap:break-word}
h2{font-size:16px;font-weight:700;margin:8px 0 10px}h3{font-size:13px;font-weight:700;margin:16px 0 4px;color:#1a73e8}
h4{font-size:13px;font-weight:700;margin:10px 0 2px;color:#3c4043}p{margin:6px 0}
ul,ol{margin:4px 0;padding-left:20px}li{margin:3px 0}.rouge{color:#c5221f}.orange{color:#b06000}
.muted{color:#5f6368}.cells{font-family:Consolas,Menlo,monospace;font-size:12px;background:#f1f3f4;color:#3c4043;border-radius:3px;padding:0 4px}
.pastille{font-size:11px;font-weight:700;padding:1px 7px;border-radius:10px;margin-right:6px}
.pastille.rouge{background:#fce8e6;color:#c5221f}.pastille.orange{background:#fef7e0;color:#b06000}
.alertes{list-style:none;padding:0}.alertes>li{border-left:3px solid #f9ab00;padding:4px 0 4px 10px;margin:0 0 10px}.alertes>li.niveau-rouge{border-left-color:#d93025}
label{display:block;font-weight:700;color:#3c4043}
input,select,textarea{font:inherit;font-weight:400;color:#202124;width:100%;margin-top:4px;padding:6px 8px;border:1px solid #dadce0;border-radius:4px;background:#fff}
select{width:auto}textarea{resize:vertical}
input:focus,select:focus,textarea:focus{outline:2px solid #1a73e8;outline-offset:-1px;border-color:#1a73e8}
button,.button{font:inherit;font-weight:700;background:#1a73e8;color:#fff;border:1px solid #1a73e8;border-radius:4px;padding:7px 16px;cursor:pointer;text-decoration:none;display:inline-block;margin:8px 8px 0 0}
button:hover,.button:hover{background:#1765cc;box-shadow:0 1px 2px rgba(60,64,67,.3)}
button.secondary,.button.secondary{background:#fff;color:#1a73e8;border-color:#dadce0}
button.secondary:hover,.button.secondary:hover{background:#f8fbff}
button:focus-visible,.button:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
button:disabled,button:disabled:hover{background:#f1f3f4;color:#80868b;border-color:#f1f3f4;cursor:default;box-shadow:none}
.actions{position:sticky;bottom:0;background:#fff;border-top:1px solid #dadce0;margin-top:12px;padding:0 0 10px}
.statut{min-height:1.45em}.statut.succes{color:#137333}.statut.erreur{color:#c5221f}`;

const NBSP = '\u00a0';

/**
 * Escapes text for display and keeps French typography on one line: no break inside « … »,
 * before : ; ! ? % € », inside a number (1 234) or between a number and its unit (5 min).
 * Only for text shown in HTML, never for a form value (it would send no-break spaces back).
 */
export function textHtml(value: unknown): string {
  return escapeHtml(value)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ (?=[:;!?%€»])/g, NBSP)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/(\d) (?=(min|h|jours?|ans?|mois)\b)/g, `$1${NBSP}`);
}

/** « de novembre 2026 », « d’octobre 2026 » (elision before a vowel). */
export function ofMonthLabel(libelle: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(libelle) ? `d’${libelle}` : `de ${libelle}`;
}

/**
 * Client-side `boussoleErreur(e)` of every dialog: the text to show for a failed google.script.run
 * call — the French advice when several Google accounts are signed in (contract/rpc-errors.ts).
 */
export const RPC_ERROR_SCRIPT = `function boussoleErreur(e){var m=e&&e.message?String(e.message):String(e);`
  + `return new RegExp(${JSON.stringify(MULTI_ACCOUNT_ERROR.source)},'i').test(m)?${JSON.stringify(MULTI_ACCOUNT_MESSAGE)}:m;}`;

/** Wraps an HTML body (already escaped) into a styled page, with boussoleErreur for its scripts. */
export function page(body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><base target="_top"><style>${DIALOG_CSS}</style><script>${RPC_ERROR_SCRIPT}</script></head><body>${body}</body></html>`;
}

/**
 * The page's viewport, set the one way Apps Script honours: « Meta tags included directly in an Apps
 * Script HTML file are ignored » (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
 */
export function withViewport(output: GoogleAppsScript.HTML.HtmlOutput): GoogleAppsScript.HTML.HtmlOutput {
  return output.addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** Shows a modal dialog whose body is already-escaped HTML. */
export function showDialog(title: string, body: string, width = 520, height = 480): void {
  const output = withViewport(HtmlService.createHtmlOutput(page(body)).setWidth(width).setHeight(height));
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
