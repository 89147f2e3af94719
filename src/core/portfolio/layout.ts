// The `Portefeuille` tab as data (SPEC §10): headers and their notes, column widths for a 1080p
// screen, number formats, the weather and silence colours, and the client rows' formula columns.
// Pure: src/gas/portfolio.ts copies it to the consultant's Sheet in a few calls.

import { METEOS, PORTEFEUILLE_HEADERS, PORTEFEUILLE_NOTES } from '../../contract';
import { PORTFOLIO_ROWS, clientRowFormula, daysWithoutNewsFormula } from './formulas';

/** 1-based columns of the tab: the link, the imported block (B–L) and the days without news (M). */
export const PORTFOLIO_COLUMNS = { link: 1, firstImported: 2, daysWithoutNews: 13 } as const;
/** Number of columns of the tab. */
export const PORTFOLIO_WIDTH = PORTEFEUILLE_HEADERS.length;

/** Days without news from which the cell turns orange, then red (strictly more than). */
export const SILENCE_DAYS = { orange: 14, rouge: 30 } as const;

/** The note on A1: how to add a client. */
export const LINK_NOTE = PORTEFEUILLE_NOTES[0] ?? '';

/** One note per header (A1 says how to add a client; the others what the column says). */
export const HEADER_NOTES: readonly string[] = PORTEFEUILLE_NOTES;

/** Column widths in pixels (A–M: 1 575 px, so the 13 columns fit a 1 920-pixel-wide screen; equal widths from E on: one call). */
export const COLUMN_WIDTHS: readonly number[] = [280, 170, 150, 120, 95, 95, 95, 95, 95, 95, 95, 95, 95];

/** Number formats of the data columns B–M. */
export const DATA_FORMATS: readonly string[] = ['General', 'General', 'General', 'General', '0', '0', '0%', '0%', 'dd/mm/yyyy', 'dd/mm/yyyy', '0', '0'];

/** Background of each weather (same pastel family as the Plan statuses). */
export const WEATHER_COLOURS: Readonly<Record<(typeof METEOS)[number], string>> = {
  '☀️ Ensoleillé': '#fff2cc',
  '🌤️ Variable': '#e8f0fe',
  '🌧️ Pluvieux': '#d2e3fc',
  '⛈️ Orageux': '#f4c7c3',
};
/** Backgrounds of a long silence. */
export const SILENCE_COLOURS = { orange: '#fce8b2', rouge: '#f4c7c3' } as const;

/** Last sheet row that gets formulas: at least the 200 client rows, more if links were pasted lower. */
export function lastClientRow(links: readonly unknown[]): number {
  let last = 0;
  links.forEach((value, i) => {
    if (String(value ?? '').trim() !== '') last = i + 1;
  });
  return Math.max(PORTFOLIO_ROWS + 1, last);
}

/**
 * Header row: each empty cell gets its contract header; a cell the consultant typed is kept.
 */
export function headerRow(existing: readonly unknown[]): unknown[] {
  return PORTEFEUILLE_HEADERS.map((header, i) => {
    const typed = existing[i];
    return typed === undefined || typed === null || String(typed).trim() === '' ? header : typed;
  });
}

/**
 * One formula column (B or M) for rows 2…last: our formula where the cell is empty or holds a
 * formula (ours, maybe from an older version), the consultant's typed value kept elsewhere.
 */
export function formulaColumn(values: readonly unknown[], formulas: readonly string[], last: number, build: (row: number) => string): unknown[][] {
  return Array.from({ length: last - 1 }, (_, i) => {
    const row = i + 2;
    const value = values[row - 1];
    const typed = (formulas[row - 1] ?? '') === '' && value !== undefined && value !== null && value !== '';
    return [typed ? value : build(row)];
  });
}

/** Column B and column M of the client rows. */
export function portfolioColumns(values: readonly unknown[][], formulas: readonly string[][], last: number): { imported: unknown[][]; days: unknown[][] } {
  const column = (c: number) => ({ v: values.map((r) => r[c - 1]), f: formulas.map((r) => r[c - 1] ?? '') });
  const b = column(PORTFOLIO_COLUMNS.firstImported);
  const m = column(PORTFOLIO_COLUMNS.daysWithoutNews);
  return {
    imported: formulaColumn(b.v, b.f, last, clientRowFormula),
    days: formulaColumn(m.v, m.f, last, daysWithoutNewsFormula),
  };
}
