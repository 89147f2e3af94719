// The sidebar's two writing RPCs (SPEC §7, §8): change one action's status, append one action.
// Input validated first; then, under the document lock, one read of Plan and one write.

import type { AdditionResult, SimpleResult } from '../core/panel/snapshot';
import { nextIds } from '../core/planning/ids';
import { planCells } from '../core/planning/new-action';
import { TAB, TABLES } from '../contract';
import { validateAddition, validateStatusChange } from '../workbook/panel-input';
import { readClasseur } from '../workbook/reader';
import { columnValues, requiredColumns, grids, readTabs, requiredTab } from './actions/tabs';
import { appendRows } from './actions/write';
import { withDocumentLock } from './lock';

/** Origine written on rows added from the sidebar. */
const ORIGINE_PANNEAU = 'Panneau de pilotage';

/** Sets the Statut of one action, found by its ID (or by its row when it has no ID). */
export function changeStatus(input: unknown): SimpleResult {
  const check = validateStatusChange(input);
  if (!check.ok) return { ok: false, message: check.message };
  const { id, ligne, statut } = check.valeurs;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const plan = requiredTab(readTabs(ss, [TAB.plan]), TAB.plan);
    const grid = plan.values;
    const col = requiredColumns(plan, TABLES.plan, ['ID', 'Statut', 'Action']);
    const idOf = (r: number) => String(grid[r - 1]?.[col.ID] ?? '').trim();
    const rows = id === ''
      ? (ligne <= grid.length && idOf(ligne) === '' ? [ligne] : [])
      : grid.map((_, i) => i + 1).filter((r) => r > 1 && idOf(r) === id);
    if (rows.length !== 1) {
      const quoi = id === '' ? `la ligne ${ligne}` : `l’ID ${id}`;
      return { ok: false, message: `Plan : action introuvable par ${quoi}${rows.length > 1 ? ' (ID en double)' : ''} — actualisez le panneau.` };
    }
    const row = rows[0] as number;
    plan.sheet.getRange(row, col.Statut + 1).setValue(statut);
    const action = String(grid[row - 1]?.[col.Action] ?? '');
    return { ok: true, message: `« ${action} » : ${statut}.` };
  });
}

/** Appends one Plan row from the quick-add form, with the next A-xxx ID; field errors otherwise. */
export function addAction(input: unknown): AdditionResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const onglets = readTabs(ss, [TAB.plan, TAB.budget]);
    const classeur = readClasseur(grids(onglets));
    const check = validateAddition(input, classeur.budget.map((p) => p.poste));
    if (!check.ok) return { ok: false, erreurs: check.erreurs, message: 'Corrigez les champs signalés : rien n’a été ajouté.' };
    const plan = requiredTab(onglets, TAB.plan);
    const col = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Responsable', 'Statut']);
    const v = check.valeurs;
    const id = nextIds(columnValues(plan, col.ID), 'A', 1)[0] as string;
    const width = Math.max(plan.values[0]?.length ?? 0, 1);
    const cells = planCells({
      id, mois: v.mois, action: v.action, type: 'Ponctuelle', statut: 'À faire', origine: ORIGINE_PANNEAU,
      ...(v.echeance ? { echeance: v.echeance } : {}), ...(v.budgetPrevu !== null ? { budgetPrevu: v.budgetPrevu } : {}),
    }, col, width);
    cells[col.Responsable] = v.responsable;
    if (col['Poste budgétaire'] !== undefined) cells[col['Poste budgétaire']] = v.poste;
    const row = appendRows(plan, [cells]);
    return { ok: true, id, ligne: row, message: `Action ${id} ajoutée au Plan (ligne ${row}).` };
  });
}
