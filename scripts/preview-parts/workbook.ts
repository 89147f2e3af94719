// The emulated classeur as the preview page draws it: every tab's values as display text
// (dates, euros and percentages formatted the French way), the active tab and the last selection.

import { columnIndex, columnLetter } from '../../src/core/cells';
import { formatDateFr, isDate, monthKey, monthLabelFr } from '../../src/core/months';
import type { Emulator } from '../../test/emulator/index';

/** One emulated tab as the preview page draws it: values as displayed, cells to highlight. */
export interface OngletJson { nom: string; valeurs: string[][]; selection: string[] }
/** The whole emulated classeur sent to the preview page, with the active tab and the last toasts. */
export interface ClasseurJson { onglets: OngletJson[]; actif: string; journal: string[] }

/** A cell as Sheets would show it with its number format (close enough for a preview). */
export function cellText(value: unknown, format = ''): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) {
    if (/mmmm/i.test(format)) return monthLabelFr(monthKey(value));
    return formatDateFr(value);
  }
  if (typeof value === 'number') {
    if (format.includes('%')) return `${(value * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
    if (format.includes('€')) return `${value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
    return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  return String(value);
}

/** `B2:C3` → B2, B3, C2, C3 (capped so a whole-column reference stays cheap). */
export function cellulesDe(a1: string, maxRows: number): string[] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+)?)?$/.exec(a1.replace(/\$/g, ''));
  if (!m) return [];
  const [c1, r1] = [columnIndex(m[1] ?? 'A'), Number(m[2])];
  const [c2, r2] = [m[3] ? columnIndex(m[3]) : c1, m[4] ? Number(m[4]) : m[3] ? maxRows : r1];
  const out: string[] = [];
  for (let c = c1; c <= c2; c++) for (let r = r1; r <= Math.min(r2, maxRows); r++) out.push(`${columnLetter(c)}${r}`);
  return out;
}

/** Snapshot of the classeur for the page; `selection` = the A1 references last selected by an RPC. */
export function workbookJson(emu: Emulator, selection: readonly string[] = []): ClasseurJson {
  const onglets = emu.book.sheetNames().map((nom) => {
    const values = emu.book.values(nom);
    const width = Math.max(1, ...values.map((r) => r.length));
    const formats = emu.book.numberFormats(nom, `A1:${columnLetter(width)}${Math.max(1, values.length)}`);
    const valeurs = values.map((row, i) => row.map((v, j) => cellText(v, formats[i]?.[j] ?? '')));
    const propres = selection
      .map((ref) => /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref))
      .filter((m): m is RegExpExecArray => m !== null && (m[1]?.replace(/''/g, "'") ?? m[2]) === nom)
      .flatMap((m) => cellulesDe(m[3] ?? '', values.length));
    return { nom, valeurs, selection: propres };
  });
  const journal = emu.ui.toasts.slice(-3).map((t) => t.message);
  return { onglets, actif: emu.book.activeSheet(), journal };
}
