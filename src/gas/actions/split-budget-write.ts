// Répartir le budget, after the answer: Budget read again under the lock (a collaborator may have
// typed while the box was open), then the five starter postes appended if Budget is still empty,
// or the proposed amounts written only into the `Montant prévu` cells still empty — one RangeList
// per distinct amount (at most two per horizon), so nothing else of the column is rewritten.

import { TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { formatEuros, plural } from '../../core/format';
import { isBlank, normalize } from '../../core/text';
import { cellsUnderHeaders } from '../../core/planning/new-action';
import type { BudgetProposal, Fill } from '../../core/planning/budget-proposal';
import { columnLetter } from '../cells';
import { UserError } from '../lock';
import { grids, hasFormula, readTabs, requiredColumns, requiredTab, type TabData } from './tabs';
import { appendRows } from './write';

/** Appends the five starter postes, unless Budget got postes while the box was open. */
function writeStarterPostes(budget: TabData, p: BudgetProposal): string {
  const classeur = readClasseur(grids(new Map([[TAB.budget, budget]])));
  if (classeur.budget.length > 0) {
    throw new UserError('Budget : des postes ont été saisis pendant la question — rien n’a été écrit. Relancez « Répartir le budget selon la maturité ».');
  }
  const cols = requiredColumns(budget, TABLES.budget, ['Poste', 'Horizon', 'Montant prévu']);
  const width = budget.values[0]?.length ?? 0;
  appendRows(budget, p.nouveauxPostes.map((n) => cellsUnderHeaders({
    Poste: n.poste, Horizon: n.horizon, Nature: n.nature, Expérimentation: n.experimentation, 'Montant prévu': n.montant,
  }, cols, width)));
  return `Budget : ${p.nouveauxPostes.length} postes créés (${p.nouveauxPostes.map((n) => `${n.poste} ${formatEuros(n.montant)}`).join(', ')}).`;
}

/** The row of each fill on the fresh read: same row and poste, else the only row of that poste; null when gone. */
function rowNow(budget: TabData, fill: Fill, posteColumn: number): number | null {
  const posteAt = (row: number) => normalize(budget.values[row - 1]?.[posteColumn]);
  if (posteAt(fill.row) === normalize(fill.poste)) return fill.row;
  const rows = budget.values.map((_, i) => i + 1).filter((row) => row > 1 && posteAt(row) === normalize(fill.poste));
  return rows.length === 1 ? rows[0] ?? null : null;
}

/** Writes the fills whose cell is still empty; returns the closing message. */
function writeFills(budget: TabData, p: BudgetProposal): string {
  const cols = requiredColumns(budget, TABLES.budget, ['Poste', 'Montant prévu']);
  const montant = cols['Montant prévu'];
  const letter = columnLetter(montant + 1);
  const byAmount = new Map<number, string[]>();
  const left: string[] = [];
  let written = 0;
  let sum = 0;
  for (const fill of p.remplissages) {
    const row = rowNow(budget, fill, cols.Poste);
    if (row === null || !isBlank(budget.values[row - 1]?.[montant]) || hasFormula(budget, row, montant)) {
      left.push(`${TAB.budget}!${letter}${row ?? fill.row}`);
      continue;
    }
    byAmount.set(fill.montant, [...(byAmount.get(fill.montant) ?? []), `${letter}${row}`]);
    written += 1;
    sum += fill.montant;
  }
  for (const [amount, cells] of byAmount) budget.sheet.getRangeList(cells).setValue(amount);
  const kept = left.length === 0 ? '' : ` ; ${plural(left.length, 'cellule saisie', 'cellules saisies')} pendant la question, laissée${left.length > 1 ? 's' : ''} telle${left.length > 1 ? 's' : ''} quelle${left.length > 1 ? 's' : ''} (${left.join(', ')})`;
  if (written === 0) return `Budget : aucun montant prévu écrit${kept}.`;
  return `Budget : ${plural(written, 'montant prévu rempli', 'montants prévus remplis')} (${formatEuros(Math.round(sum * 100) / 100)})${kept}.`;
}

/** Under the lock, after Oui: Budget read again, then the postes or the still-empty cells written. */
export function writeProposal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, p: BudgetProposal): string {
  const budget = requiredTab(readTabs(ss, [TAB.budget], [TAB.budget]), TAB.budget);
  return p.nouveauxPostes.length > 0 ? writeStarterPostes(budget, p) : writeFills(budget, p);
}
