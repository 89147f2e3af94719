// Identifiers assigned by Boussole (`B-001` in Backlog, `A-001` in Plan): the next number is
// always the highest one already used plus one, so an ID is never reused even after deletions.

import { normalize } from '../text';

/** Highest number used by IDs of the form `{prefix}-NNN` among raw cell values (0 when none). */
export function maxIdNumber(cells: readonly unknown[], prefix: string): number {
  const pattern = new RegExp(`^${normalize(prefix)}\\s*-\\s*(\\d+)$`);
  let max = 0;
  for (const cell of cells) {
    const match = pattern.exec(normalize(cell));
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max;
}

/** `B-007` for prefix `B` and number 7 (at least three digits). */
export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** `count` fresh IDs continuing after the highest one found in `cells`. */
export function nextIds(cells: readonly unknown[], prefix: string, count: number): string[] {
  const start = maxIdNumber(cells, prefix);
  return Array.from({ length: count }, (_, i) => formatId(prefix, start + i + 1));
}
