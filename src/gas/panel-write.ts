// The sidebar's two writing RPCs (SPEC §7, §8): change one action's status, append one action.
// Input validated first; then, under the document lock, one read of Plan and one write.

import type { ResultatAjout, ResultatSimple } from '../core/panel';
import { nextIds } from '../core/planning/ids';
import { planCells } from '../core/planning/new-action';
import { TAB, TABLES } from '../workbook/contract';
import { validerAjout, validerChangementStatut } from '../workbook/panel-input';
import { readClasseur } from '../workbook/reader';
import { colonne, colonnesRequises, grilles, lireOnglets, ongletRequis } from './actions/tabs';
import { ajouterLignes } from './actions/write';
import { withDocumentLock } from './lock';

/** Origine written on rows added from the sidebar. */
const ORIGINE_PANNEAU = 'Panneau de pilotage';

/** Sets the Statut of one action, found by its ID (or by its row when it has no ID). */
export function changerStatut(input: unknown): ResultatSimple {
  const check = validerChangementStatut(input);
  if (!check.ok) return { ok: false, message: check.message };
  const { id, ligne, statut } = check.valeurs;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const plan = ongletRequis(lireOnglets(ss, [TAB.plan]), TAB.plan);
    const grid = plan.values;
    const col = colonnesRequises(plan, TABLES.plan, ['ID', 'Statut', 'Action']);
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
export function ajouterAction(input: unknown): ResultatAjout {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const onglets = lireOnglets(ss, [TAB.plan, TAB.budget]);
    const classeur = readClasseur(grilles(onglets));
    const check = validerAjout(input, classeur.budget.map((p) => p.poste));
    if (!check.ok) return { ok: false, erreurs: check.erreurs, message: 'Corrigez les champs signalés : rien n’a été ajouté.' };
    const plan = ongletRequis(onglets, TAB.plan);
    const col = colonnesRequises(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Responsable', 'Statut']);
    const v = check.valeurs;
    const id = nextIds(colonne(plan, col.ID), 'A', 1)[0] as string;
    const width = Math.max(plan.values[0]?.length ?? 0, 1);
    const cells = planCells({
      id, mois: v.mois, action: v.action, type: 'Ponctuelle', statut: 'À faire', origine: ORIGINE_PANNEAU,
      ...(v.echeance ? { echeance: v.echeance } : {}), ...(v.budgetPrevu !== null ? { budgetPrevu: v.budgetPrevu } : {}),
    }, col, width);
    cells[col.Responsable] = v.responsable;
    if (col['Poste budgétaire'] !== undefined) cells[col['Poste budgétaire']] = v.poste;
    const row = ajouterLignes(plan, [cells]);
    return { ok: true, id, ligne: row, message: `Action ${id} ajoutée au Plan (ligne ${row}).` };
  });
}
