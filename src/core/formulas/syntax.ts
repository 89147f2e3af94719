// Formulas as Google Sheets parses them in every locale: argument separators written as `;`.
// A French sheet (fr_FR, decimal comma) rejects `,` between arguments, while `;` is accepted by all
// locales; formulas are built with `,` (the .xlsx/HyperFormula syntax) and converted on writing.

/** Replaces every `,` outside double-quoted strings by `;`. Formulas must not hold decimal numbers. */
export function localeSafeFormula(formula: string): string {
  let inString = false;
  let out = '';
  for (const char of formula) {
    if (char === '"') inString = !inString;
    out += !inString && char === ',' ? ';' : char;
  }
  return out;
}
