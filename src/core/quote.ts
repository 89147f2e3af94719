// User text quoted inside a message, a report line or a dashboard cell: at most 200 characters, so
// that no cell Boussole writes can reach Sheets' limit of 50 000 characters per cell (defect 7.6).

/** Longest user value quoted in a message, in characters (the ellipsis included). */
export const QUOTE_MAX = 200;

/** `value` cut to QUOTE_MAX characters, ending with `…` when it was longer (never inside a surrogate pair). */
export function clip(value: string, max = QUOTE_MAX): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
