// Re-anchoring a formula whose row moves (Prioriser's sort): relative row references in A1 shift by
// the row delta, as Sheets does when it sorts or moves a row; `$` rows, strings, function names and
// whole-column ranges stay as they are. A reference pushed above row 1 becomes `#REF!`, as in Sheets.

/** Cell reference (`B3`, `$B$3`, `B$3`) or whole-row range (`3:5`), with the text around it. */
const TOKEN = /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![\w(.])|(\$?)(\d+):(\$?)(\d+)(?![\w(.])/g;

/** True when the character before `at` makes the token part of a longer name (`LOG10`, `Feuil1`). */
function insideName(formula: string, at: number): boolean {
  return at > 0 && /[\w.$]/.test(formula.charAt(at - 1));
}

function shiftRow(dollar: string, digits: string, delta: number): string | null {
  if (dollar === '$') return `$${digits}`;
  const row = Number(digits) + delta;
  return row >= 1 ? String(row) : null;
}

/**
 * `formula` as it reads after its row moved by `delta` rows (positive: down). A value that is not a
 * formula (no leading `=`) is returned unchanged.
 */
export function shiftRowReferences(formula: string, delta: number): string {
  if (delta === 0 || !formula.startsWith('=')) return formula;
  return formula.replace(TOKEN, (match, text: string | undefined, sheet: string | undefined, column: string | undefined, rowDollar: string, rowDigits: string, fromDollar: string, from: string, toDollar: string, to: string, at: number) => {
    if (text !== undefined || sheet !== undefined) return match;
    if (insideName(formula, at)) return match;
    if (column !== undefined) {
      const row = shiftRow(rowDollar, rowDigits, delta);
      return row === null ? '#REF!' : `${column}${row}`;
    }
    const first = shiftRow(fromDollar, from, delta);
    const last = shiftRow(toDollar, to, delta);
    return first === null || last === null ? '#REF!' : `${first}:${last}`;
  });
}
