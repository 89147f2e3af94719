// User feedback: toasts, alerts and HTML dialogs, all in French, with every user text escaped.

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

const DIALOG_CSS = `body{font-family:Roboto,Arial,sans-serif;font-size:13px;color:#202124;margin:0;padding:4px 8px}
h2{font-size:15px;font-weight:500;margin:8px 0}h3{font-size:13px;font-weight:500;margin:12px 0 4px}
ul{margin:4px 0;padding-left:20px}li{margin:2px 0}.rouge{color:#c5221f}.orange{color:#b06000}
.muted{color:#5f6368}.cells{font-family:monospace;color:#1a73e8}
button,.button{background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 16px;font-size:13px;cursor:pointer;text-decoration:none;display:inline-block;margin:8px 8px 0 0}
button.secondary,.button.secondary{background:#fff;color:#1a73e8;border:1px solid #dadce0}`;

/** Wraps an HTML body (already escaped) into a styled page. */
export function page(body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><base target="_top"><style>${DIALOG_CSS}</style></head><body>${body}</body></html>`;
}

/** Shows a modal dialog whose body is already-escaped HTML. */
export function showDialog(title: string, body: string, width = 520, height = 480): void {
  const output = HtmlService.createHtmlOutput(page(body)).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
