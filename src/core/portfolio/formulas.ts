// The formulas of one client row of `Portefeuille` (SPEC §10): column B imports the values row of
// the client's synthesis (BOUSSOLE_SYNTHESE) and spills over C:L, or reads one ⚠ text, never an error
// code; column M counts the days without news. Native functions only, built with `,` (written `;`).
//
// IMPORTRANGE findings (support.google.com/docs/answer/3093340): the range string may be a named range
// ("You can use named range: IMPORTRANGE(url, "Sales_total")"); the sheet name is optional (first
// sheet). Every failure is `#REF!` (ERROR.TYPE 4) whatever the cause — "You need to connect these
// sheets. Allow access", an unknown or unshared file, a missing sheet or name — so the cause is found
// by probing: the link's shape, then one-cell imports of `Cadrage!A1` (any Boussole classeur) and `A1`
// (any spreadsheet once access is allowed).
// The values come from the fixed address of the block (`'Tableau de bord'!S3:AC3`, where every rebuild
// puts the named range's values row) after checking the named range exists and starts with its first
// label: extracting row 2 of the 2 × 11 name needs INDEX(…;2;0), which our test engine lacks.

import { SYNTHESE_LABELS, SYNTHESE_RANGE_NAME, TAB } from '../../contract';
import { columnLetter, sheetRef } from '../cells';
import { SYNTHESIS_A1, SYNTHESIS_PLACE } from '../dashboard/synthesis';

/** What a row reads when its import fails (SPEC §10, exact texts). */
export const PORTFOLIO_WARNINGS = {
  acces: '⚠ Autorisez l\'accès (cliquez la cellule)',
  lien: '⚠ lien invalide',
  version: '⚠ mettez à jour Boussole dans ce classeur',
} as const;

/** Client rows with formulas in place (rows 2–201): pasting a URL in column A is enough. */
export const PORTFOLIO_ROWS = 200;

/** Every Google Sheets URL holds this; anything else in column A is not a link to a classeur. */
const URL_MARK = 'docs.google.com/spreadsheets/d/';

/** A text literal inside a formula. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The values row of the block at its fixed address, and the first label cell above it. */
const dashboard = sheetRef(TAB.tableau);
const firstLabel = `${dashboard}!${columnLetter(SYNTHESIS_PLACE.firstColumn)}${SYNTHESIS_PLACE.labelsRow}`;
const valuesRow = `${dashboard}!${SYNTHESIS_A1.replace(/\d+:/, `${SYNTHESIS_PLACE.valuesRow}:`)}`;

/** Formula of column B for sheet row `row`: the client's values (11 cells), a ⚠ text, or blank. */
export function clientRowFormula(row: number): string {
  const url = `TRIM($A${row})`;
  const imp = (range: string) => `IMPORTRANGE(${url},${literal(range)})`;
  const first = (range: string) => `IFERROR(INDEX(${imp(range)},1,1),"")`;
  const label = literal(SYNTHESE_LABELS[0]);
  // Import failed: a Boussole classeur without the name is older than v2; a file whose A1 cannot be
  // read is not shared or not yet allowed; a readable file without Cadrage is not a Boussole classeur.
  const diagnose = `IF(NOT(ISERROR(${imp(`${TAB.cadrage}!A1`)})),${literal(PORTFOLIO_WARNINGS.version)},`
    + `IF(ISERROR(${imp('A1')}),${literal(PORTFOLIO_WARNINGS.acces)},${literal(PORTFOLIO_WARNINGS.lien)}))`;
  const values = `IF(${first(firstLabel)}<>${label},${literal(PORTFOLIO_WARNINGS.version)},`
    + `IFERROR(${imp(valuesRow)},${literal(PORTFOLIO_WARNINGS.acces)}))`;
  return `=IF(${url}="","",IF(ISERROR(SEARCH(${literal(URL_MARK)},$A${row})),${literal(PORTFOLIO_WARNINGS.lien)},`
    + `IF(${first(SYNTHESE_RANGE_NAME)}=${label},${values},${diagnose})))`;
}

/** Formula of column M: days since the later of Dernière mesure (J) and Dernier rituel (K); blank without them. */
export function daysWithoutNewsFormula(row: number): string {
  return `=IF(COUNT($J${row}:$K${row})=0,"",TODAY()-INT(MAX($J${row}:$K${row})))`;
}
