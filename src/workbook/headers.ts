// Tolerant header matching (SPEC §2): case-, accent- and whitespace-insensitive, any order,
// extra columns kept.

import type { ColumnSpec } from '../contract';
import { isBlank, normalize } from '../core/text';

/** Result of matching a header row against the expected headers. */
export interface HeaderMatch {
  /** 0-based column index of each expected header found, keyed by its canonical spelling. */
  index: Record<string, number>;
  /** Expected headers not found, in contract order (the Initialiser appends them at the right end). */
  missing: string[];
  /** 0-based indexes of non-empty header cells that match no expected header. */
  extras: number[];
}

/** Canonical header text of a spec or plain string. */
export function headerText(spec: ColumnSpec | string): string {
  return typeof spec === 'string' ? spec : spec.header;
}

/**
 * Finds each expected header in `headerRow`. The first matching cell wins when a header is
 * typed twice; the duplicate counts as an extra.
 */
export function matchHeaders(headerRow: unknown[], specs: readonly ColumnSpec[] | readonly string[]): HeaderMatch {
  const wanted = new Map<string, string>();
  for (const spec of specs) wanted.set(normalize(headerText(spec)), headerText(spec));
  const index: Record<string, number> = {};
  const extras: number[] = [];
  headerRow.forEach((cell, column) => {
    if (isBlank(cell)) return;
    const canonical = wanted.get(normalize(cell));
    if (canonical !== undefined && index[canonical] === undefined) index[canonical] = column;
    else extras.push(column);
  });
  const missing = specs.map(headerText).filter((header) => index[header] === undefined);
  return { index, missing, extras };
}

/** Header as typed in an extra column: trimmed, inner whitespace collapsed. */
export function typedHeader(cell: unknown): string {
  return String(cell ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
