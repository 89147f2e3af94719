// Plan › Objectif (SPEC §2 v2): a dropdown of the current objectives (`Indicateur` or
// `Indicateur — Canal`), other values allowed with a warning. Refreshed by Initialiser; set again
// only when the list changed, so a second run writes nothing.

import { TAB, TABLES } from '../contract';
import { readObjectiveLabels } from '../workbook/objective-labels';
import { matchHeaders } from '../workbook/headers';
import { readSheetValues } from './read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** True when `rule` is already the dropdown of `labels` (other values allowed). */
function isDropdownOf(rule: DataValidation | null | undefined, labels: readonly string[]): boolean {
  if (!rule || rule.getCriteriaType() !== SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) return false;
  const list = rule.getCriteriaValues()[0] as unknown[] | undefined;
  return Array.isArray(list) && list.length === labels.length && list.every((v, i) => String(v) === labels[i]) && rule.getAllowInvalid();
}

/**
 * Sets the Objectif dropdown on rows 2 to 1 + `dataRows` of column `column` (1-based) of Plan, or
 * removes Boussole's old list when there is no objective; `current` is the rule of row 2 as read.
 */
export function writeObjectiveDropdown(plan: Sheet, column: number, dataRows: number, labels: readonly string[], current: DataValidation | null | undefined): void {
  if (dataRows < 1) return;
  if (labels.length === 0) {
    if (current && current.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) plan.getRange(2, column, dataRows, 1).setDataValidation(null);
    return;
  }
  if (isDropdownOf(current, labels)) return;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([...labels], true).setAllowInvalid(true)
    .setHelpText('Un objectif de l’onglet Objectifs, « Indicateur » ou « Indicateur — Canal ».').build();
  plan.getRange(2, column, dataRows, 1).setDataValidation(rule);
}

/**
 * For Actualiser le tableau de bord: reads Objectifs (unless its `objectifsGrid` is given) and Plan's
 * header now, and returns the write to run later under the lock (null when Plan, Objectifs or the
 * column is missing), so the action reads everything before its first write.
 */
export function prepareObjectiveDropdown(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, objectifsGrid?: unknown[][]): (() => void) | null {
  const plan = ss.getSheetByName(TAB.plan);
  const objectifs = objectifsGrid ? null : ss.getSheetByName(TAB.objectifs);
  if (!plan || (!objectifsGrid && !objectifs)) return null;
  const header = plan.getRange(1, 1, 1, Math.max(plan.getLastColumn(), 1)).getValues()[0] ?? [];
  const column = matchHeaders(header, TABLES.plan).index['Objectif'];
  if (column === undefined) return null;
  const rows = plan.getMaxRows() - 1;
  const labels = readObjectiveLabels(objectifsGrid ?? (objectifs ? readSheetValues(objectifs) : []));
  const current = rows > 0 ? plan.getRange(2, column + 1).getDataValidation() : null;
  return () => writeObjectiveDropdown(plan, column + 1, rows, labels, current);
}

/** Reads Objectifs and Plan's header, then refreshes the dropdown. */
export function refreshObjectiveDropdown(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  prepareObjectiveDropdown(ss)?.();
}
