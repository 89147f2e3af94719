// The sidebar's two writing RPCs (SPEC §7, §8): change one action's status (by its ID, defect 7.4),
// append one action. Input validated first; then, under the document lock, one read of Plan and
// its writes.

import type { AdditionResult, SimpleResult } from '../core/panel/snapshot';
import { nextIds } from '../core/planning/ids';
import { planCells } from '../core/planning/new-action';
import { TAB, TABLES } from '../contract';
import { validateAddition, validateStatusChange } from '../workbook/panel-input';
import { readClasseur } from '../workbook/reader';
import { columnValues, requiredColumns, grids, readTabs, requiredTab } from './actions/tabs';
import { appendRows } from './actions/write';
import { withDocumentLock } from './lock';
import { clip } from '../core/quote';
import { sameText } from '../core/text';

/** Origine written on rows added from the sidebar. */
const ORIGINE_PANNEAU = 'Panneau de pilotage';

/** « actualisez le panneau » message of an action that is not where the sidebar saw it. */
function moved(action: string, where: string): SimpleResult {
  const quoi = action === '' ? 'L’action' : `L’action « ${clip(action)} »`;
  return { ok: false, message: `Plan : ${quoi} n’est plus ${where} — le Plan a changé depuis l’affichage : actualisez le panneau, puis recommencez.` };
}

/**
 * Sets the Statut of one action, found by its ID; an action without ID is taken at its row only
 * if that row still holds it (same text, still no ID), and gets the next ID first (SPEC §7, §8).
 */
export function changeStatus(input: unknown): SimpleResult {
  const check = validateStatusChange(input);
  if (!check.ok) return { ok: false, message: check.message };
  const { id, ligne, action, statut } = check.valeurs;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const plan = requiredTab(readTabs(ss, [TAB.plan]), TAB.plan);
    const grid = plan.values;
    const col = requiredColumns(plan, TABLES.plan, ['ID', 'Statut', 'Action']);
    const idOf = (r: number) => String(grid[r - 1]?.[col.ID] ?? '').trim();
    const actionOf = (r: number) => String(grid[r - 1]?.[col.Action] ?? '');
    const holds = (r: number) => action === '' ? actionOf(r).trim() !== '' : sameText(actionOf(r), action);
    if (id !== '') {
      const rows = grid.map((_, i) => i + 1).filter((r) => r > 1 && idOf(r) === id);
      if (rows.length > 1) return { ok: false, message: `Plan : l’ID ${clip(id)} est en double — corrigez la colonne ID, puis actualisez le panneau.` };
      const row = rows[0];
      if (row === undefined || !holds(row)) return moved(action, `sous l’ID ${clip(id)}`);
      plan.sheet.getRange(row, col.Statut + 1).setValue(statut);
      return { ok: true, message: `« ${clip(actionOf(row))} » : ${statut}.` };
    }
    if (ligne > grid.length || idOf(ligne) !== '' || !holds(ligne) || action === '') return moved(action, `à la ligne ${ligne}`);
    const newId = nextIds(columnValues(plan, col.ID), 'A', 1)[0] as string;
    plan.sheet.getRange(ligne, col.ID + 1).setValue(newId);
    plan.sheet.getRange(ligne, col.Statut + 1).setValue(statut);
    return { ok: true, message: `« ${clip(actionOf(ligne))} » (${newId}) : ${statut}.` };
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
