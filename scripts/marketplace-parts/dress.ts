// Dresses the preview page as the Sheet a user sees before a screenshot: the spreadsheet's name
// instead of the developer banner, no toast log, a close cross instead of the page selector, the
// cell fills and bold type the add-on set (read from the emulator), text running over empty cells.
// Every step is skipped when the page lacks what it changes.
import type { Page } from 'playwright-core';
import { columnLetter } from '../../src/core/cells';
import type { Emulator } from '../../test/emulator/index';

/** Rows and columns styled at most: more than a 1280 × 800 screen shows. */
const MAX_ROWS = 45;
const MAX_COLUMNS = 16;

/** Non-default fills and weights of the visible part of `tab`, as `[row, column, background, bold]`. */
function cellStyles(emu: Emulator, tab: string): Array<[number, number, string, boolean]> {
  const values = emu.book.values(tab);
  const rows = Math.min(MAX_ROWS, Math.max(1, values.length));
  const columns = Math.min(MAX_COLUMNS, Math.max(1, ...values.map((r) => r.length)));
  const a1 = `A1:${columnLetter(columns)}${rows}`;
  const fills = emu.book.backgrounds(tab, a1);
  const weights = emu.book.fontWeights(tab, a1);
  const styles: Array<[number, number, string, boolean]> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const fill = String(fills[r]?.[c] ?? '').toLowerCase();
      const bold = weights[r]?.[c] === 'bold';
      const background = fill === '' || fill === '#ffffff' || fill === 'white' ? '' : fill;
      if (background !== '' || bold) styles.push([r, c, background, bold]);
    }
  }
  return styles;
}

/** Once per page: the spreadsheet's name as title, no toast log, a close cross, the style sheet. */
async function dressOnce(page: Page, title: string): Promise<void> {
  await page.evaluate((title) => {
    if (document.body.hasAttribute('data-habille')) return;
    document.body.setAttribute('data-habille', '');
    const header = document.querySelector('header');
    if (header) {
      const h1 = document.createElement('h1');
      h1.textContent = title;
      header.replaceChildren(h1);
    }
    const journal = document.getElementById('journal');
    if (journal) journal.style.display = 'none';
    const select = document.querySelector('aside select');
    if (select instanceof HTMLElement) {
      select.style.display = 'none';
      const close = document.createElement('span');
      close.textContent = '✕';
      close.style.color = '#5f6368';
      select.after(close);
    }
    const sheet = document.createElement('style');
    sheet.textContent = 'th,td{max-width:340px}td.deborde{overflow:visible;text-overflow:clip}';
    document.head.append(sheet);
  }, title);
}

/** The shown tab's fills and weights; texts run over the empty cells to their right, as in Sheets. */
async function styleCells(page: Page, styles: Array<[number, number, string, boolean]>): Promise<void> {
  await page.evaluate((styles) => {
    const rows = Array.from(document.querySelectorAll('table[data-onglet] tbody tr'));
    for (const [r, c, background, bold] of styles) {
      const cell = rows[r]?.querySelectorAll('td')[c];
      if (!(cell instanceof HTMLElement)) continue;
      if (background) cell.style.background = background;
      cell.style.fontWeight = bold ? '700' : '400';
    }
    for (const row of rows) {
      const cells = Array.from(row.querySelectorAll('td'));
      cells.forEach((cell, i) => {
        if (cell.textContent !== '' && cells[i + 1]?.textContent === '') cell.classList.add('deborde');
      });
    }
  }, styles);
}

/** Dresses the page as it is drawn now (call it after the tab is shown, before the screenshot). */
export async function dressPage(page: Page, emu: Emulator, tab: string, title = 'Pilotage projet digital'): Promise<void> {
  await dressOnce(page, title);
  await styleCells(page, cellStyles(emu, tab));
}
