// Writes the synthesis block of `Tableau de bord` and names it BOUSSOLE_SYNTHESE (SPEC §2 v2, §10):
// one setValues, one call per format kind, and the named range pointed again at its fixed address.
// Called by every dashboard rebuild and by Initialiser on a classeur older than v2.

import { SYNTHESE_RANGE_NAME } from '../contract';
import { SYNTHESIS_PLACE, SYNTHESIS_WIDTH, SYNTHESIS_LAST_COLUMN, synthesisBlock } from '../core/dashboard/synthesis';
import { localeSafeFormula } from '../core/formulas/syntax';
import type { Workbook } from '../core/types';
import { ensureSize } from './cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOOKS = {
  section: { weight: 'bold', color: '#1a3d6d', background: null },
  entete: { weight: 'bold', color: '#202124', background: '#e8eef7' },
  normal: { weight: 'normal', color: '#202124', background: null },
  aide: { weight: 'normal', color: '#888888', background: null },
} as const;

/** Column width of the block (French labels such as « Taux de réalisation du mois » wrap on two lines). */
const WIDTH = 130;

/** Points the named range at the values block, replacing an older definition (Apps Script refuses duplicates). */
function nameRange(ss: Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range, named: boolean): void {
  if (named) ss.removeNamedRange(SYNTHESE_RANGE_NAME);
  ss.setNamedRange(SYNTHESE_RANGE_NAME, range);
}

/**
 * Writes the block at its fixed address (the sheet must be wide enough: see SYNTHESIS_LAST_COLUMN)
 * and names its labels and values rows. Formulas are written with `;` separators (every locale).
 * `named`: whether the name already exists (it is then removed first; Apps Script keeps names unique).
 */
export function writeSynthesis(ss: Spreadsheet, sheet: Sheet, classeur: Workbook, named = ss.getRangeByName(SYNTHESE_RANGE_NAME) !== null): void {
  const block = synthesisBlock(classeur);
  const { firstColumn, titleRow, labelsRow } = SYNTHESIS_PLACE;
  const range = sheet.getRange(titleRow, firstColumn, block.valeurs.length, SYNTHESIS_WIDTH);
  range.setValues(block.valeurs.map((row) => row.map((v) => (v.startsWith('=') ? localeSafeFormula(v) : v))));
  range.setNumberFormats(block.formats);
  range.setFontWeights(block.styles.map((row) => row.map((s) => LOOKS[s].weight)));
  range.setFontColors(block.styles.map((row) => row.map((s) => LOOKS[s].color)));
  range.setBackgrounds(block.styles.map((row) => row.map((s) => LOOKS[s].background)));
  sheet.setColumnWidths(firstColumn, SYNTHESIS_WIDTH, WIDTH);
  nameRange(ss, sheet.getRange(labelsRow, firstColumn, 2, SYNTHESIS_WIDTH), named);
}

/**
 * For a classeur older than v2 (Initialiser): adds the block when the named range is missing, reading
 * the classeur only then. Returns true when it was added.
 */
export function addSynthesisIfMissing(ss: Spreadsheet, sheet: Sheet, read: () => Workbook): boolean {
  if (ss.getRangeByName(SYNTHESE_RANGE_NAME)) return false;
  ensureSize(sheet, SYNTHESIS_PLACE.criteriaRow, SYNTHESIS_LAST_COLUMN);
  // Leftovers of a block whose name was deleted are replaced as a whole.
  sheet.getRange(SYNTHESIS_PLACE.titleRow, SYNTHESIS_PLACE.firstColumn, SYNTHESIS_PLACE.criteriaRow, SYNTHESIS_WIDTH).clearContent();
  writeSynthesis(ss, sheet, read(), false);
  return true;
}
