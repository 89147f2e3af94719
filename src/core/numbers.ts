// Numbers as users type them in a French sheet: `1 234,5`, `12 %`, `3 000 €`, non-breaking spaces.

/** Marker returned by the parsers for a value that is present but not understood. */
export const INVALID = 'invalide' as const;
/** Type of the INVALIDE marker. */
export type Invalid = typeof INVALID;

const FR_NUMBER = /^([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:[,.](\d+))?$/;

/**
 * Largest magnitude read as a number (a million billion): beyond it a figure is a typo, and sums
 * of such figures overflow to Infinity, which no message or report can show.
 */
export const MAX_NUMBER = 1e15;

const plausible = (n: number): number | Invalid => (Number.isFinite(n) && Math.abs(n) <= MAX_NUMBER ? n : INVALID);

/**
 * Parses a cell value as a number: numbers pass through, French or plain text numbers are read,
 * `%` divides by 100, `€` is ignored. Empty → null; anything else (or beyond NOMBRE_MAX) → INVALIDE.
 */
export function parseNumber(value: unknown): number | null | Invalid {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return plausible(value);
  if (typeof value === 'boolean' || typeof value !== 'string') return INVALID;
  let text = value.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (text === '') return null;
  let factor = 1;
  if (text.endsWith('%')) {
    factor = 0.01;
    text = text.slice(0, -1).trim();
  }
  text = text.replace(/€$/, '').replace(/^€/, '').replace(/\s*eur(os?)?$/i, '').trim();
  const match = FR_NUMBER.exec(text);
  if (!match) return INVALID;
  const [, sign = '', whole = '', decimals] = match;
  const integer = whole.replace(/ /g, '');
  const parsed = Number(`${sign}${integer}${decimals !== undefined ? `.${decimals}` : ''}`);
  return plausible(parsed * factor);
}

/** Parses a percentage: `12 %` → 0.12, a number above 1 typed without `%` (`12`) → 0.12. */
export function parsePercent(value: unknown): number | null | Invalid {
  const parsed = parseNumber(value);
  if (parsed === null || parsed === INVALID) return parsed;
  const typedAsPercent = typeof value === 'string' && value.includes('%');
  return !typedAsPercent && Math.abs(parsed) > 1 ? parsed / 100 : parsed;
}

/** Rounds to cents, avoiding binary noise such as 0.1 + 0.2. */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** Ratio that is null when the denominator is zero or a side is missing. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}
