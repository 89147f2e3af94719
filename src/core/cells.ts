// A1 references of the cells an alert or a report line points at: `Plan!H12`, `'Tableau de bord'!A1`.

import { TAB, TABLE_OF_TAB, TABLES } from '../contract';
import type { Workbook } from './types';

/** Sheet name as A1 notation needs it: quoted when it holds anything but letters, digits or `_`. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Column letter of a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column index of column letters (A → 1, AA → 27); the inverse of columnLetter. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((index, char) => index * 26 + (char.charCodeAt(0) - 64), 0);
}

/** Letter of `header` in `sheet`: as read by the reader, else its position in the contract. */
export function columnOf(classeur: Workbook, sheet: string, header: string): string {
  const known = classeur.colonnes[sheet]?.[header];
  if (known) return known;
  const table = TABLE_OF_TAB[sheet];
  const headers: readonly { header: string }[] = table ? TABLES[table] : [];
  let index = headers.findIndex((spec) => spec.header === header);
  // Gouvernance's second table (rituals) starts in column A too
  if (index < 0 && sheet === TAB.gouvernance) index = TABLES.rituels.findIndex((spec) => spec.header === header);
  return columnLetter(index < 0 ? 1 : index + 1);
}

/** `Plan!H12` for the `Échéance` of the action on row 12. */
export function cellRef(classeur: Workbook, sheet: string, header: string, row: number): string {
  return `${sheetRef(sheet)}!${columnOf(classeur, sheet, header)}${row}`;
}

/** `Budget!C2:C7`: a header's column over data rows (a single cell when first = last). */
export function columnRangeRef(classeur: Workbook, sheet: string, header: string, first: number, last: number): string {
  const letter = columnOf(classeur, sheet, header);
  return first === last ? `${sheetRef(sheet)}!${letter}${first}` : `${sheetRef(sheet)}!${letter}${first}:${letter}${last}`;
}
