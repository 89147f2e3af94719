// Text comparison the way users type: case-, accent-, space- and apostrophe-insensitive.

/** Lower-case, accents stripped, typographic apostrophes unified, whitespace collapsed and trimmed. */
export function normalize(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when two user texts are the same once normalized. */
export function sameText(a: unknown, b: unknown): boolean {
  return normalize(a) === normalize(b);
}

/** Finds the canonical spelling of `value` in `allowed` (normalized match), or null. */
export function matchEnum<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const key = normalize(value);
  return allowed.find((candidate) => normalize(candidate) === key) ?? null;
}

/** A cell counts as empty when it is null, undefined or only whitespace. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Splits a comma-separated list of names, trimming and dropping empties. */
export function splitNames(value: unknown): string[] {
  return String(value ?? '')
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
