// Conditional formats set by Initialiser: status colours and late rows in Plan, over-budget postes.
// Rules are only added to a tab that has none, so user rules survive and a second run changes nothing.

import { localeSafeFormula } from '../core/formulas/syntax';
import { columnLetter } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Background per status (Google's pastel palette). */
const STATUT_COLOURS: Record<string, string> = {
  'À faire': '#f1f3f4',
  'En cours': '#d2e3fc',
  'Bloqué': '#fad2cf',
  'Fait': '#ceead6',
  'Abandonné': '#e8eaed',
};
/** Background of late Plan rows. */
const LATE_COLOUR = '#fce8b2';
/** Background of over-budget Budget rows. */
const OVER_BUDGET_COLOUR = '#f4c7c3';

/** Late rows: an Échéance before today, status neither Fait nor Abandonné. */
function lateRowFormula(echeance: string, statut: string): string {
  return localeSafeFormula(`=AND($${echeance}2<>"",$${echeance}2<TODAY(),$${statut}2<>"Fait",$${statut}2<>"Abandonné")`);
}

/** Over budget: Réel above Montant prévu × 1.10 (SPEC §6 orange threshold), written 11/10: no decimal. */
function overBudgetFormula(prevu: string, reel: string): string {
  return localeSafeFormula(`=AND(N($${prevu}2)>0,N($${reel}2)>N($${prevu}2)*11/10)`);
}

/** Plan rules: one colour per status on the Statut column, and late rows on the whole table. */
export function planRules(sheet: Sheet, columnOf: Record<string, number>, width: number, rows: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const statut = columnOf['Statut'] ?? 1;
  const echeance = columnOf['Échéance'] ?? 1;
  const statusRange = sheet.getRange(2, statut, rows, 1);
  const rules = Object.entries(STATUT_COLOURS).map(([text, colour]) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(colour).setRanges([statusRange]).build());
  rules.push(SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(lateRowFormula(columnLetter(echeance), columnLetter(statut)))
    .setBackground(LATE_COLOUR).setRanges([sheet.getRange(2, 1, rows, width)]).build());
  return rules;
}

/** Budget rule: rows whose Réel exceeds Montant prévu by more than 10 %. */
export function budgetRules(sheet: Sheet, columnOf: Record<string, number>, width: number, rows: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const prevu = columnLetter(columnOf['Montant prévu'] ?? 1);
  const reel = columnLetter(columnOf['Réel'] ?? 1);
  return [SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(overBudgetFormula(prevu, reel))
    .setBackground(OVER_BUDGET_COLOUR).setFontColor('#a50e0e').setRanges([sheet.getRange(2, 1, rows, width)]).build()];
}

/** Adds `rules` only when the tab has no conditional format yet. Returns true when added. */
export function addRulesIfNone(sheet: Sheet, build: () => GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): boolean {
  if (sheet.getConditionalFormatRules().length > 0) return false;
  sheet.setConditionalFormatRules(build());
  return true;
}
