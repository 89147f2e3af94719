// Deferred construction for module-level values that cost work (zod schemas): every Apps Script
// execution, custom-formula recalculations included, evaluates the whole bundle, so module scope
// only declares; the value is built on first use and reused for the rest of the execution.

/** Returns a function that builds the value on its first call and returns the same value after. */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
