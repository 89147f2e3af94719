// Menu « Ajouter la feuille de route 12 mois type »: appends the SPEC §9 template to Plan from
// the month of `Début de la feuille de route`; a second run for the same window adds nothing.

import { TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { addMonths, monthLabelFr } from '../../core/months';
import { plural } from '../../core/format';
import { missingAnswer } from '../../core/planning/cadrage-check';
import { buildRoadmap } from '../../core/planning/roadmap';
import { planCells } from '../../core/planning/new-action';
import { UserError, withDocumentLock } from '../lock';
import { inform, toast } from '../ui';
import { columnValues, requiredColumns, grids, readTabs, requiredTab } from './tabs';
import { appendRows } from './write';

/** Menu action: Ajouter la feuille de route 12 mois type. Returns the closing message. */
export function appendRoadmap(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, [TAB.cadrage, TAB.plan]);
  requiredTab(onglets, TAB.cadrage);
  const plan = requiredTab(onglets, TAB.plan);
  const cols = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Origine']);
  const classeur = readClasseur(grids(onglets));
  const debut = classeur.cadrage.debutFeuilleDeRoute;
  const erreur = missingAnswer(classeur, 'debutFeuilleDeRoute', debut !== null, 'une date (ex. 01/11/2026), le premier jour du mois 1');
  if (erreur || debut === null) throw new UserError(erreur ?? 'Cadrage incomplet.');
  const result = buildRoadmap(debut, classeur.plan, columnValues(plan, cols.ID));
  const periode = `${monthLabelFr(result.debut)} à ${monthLabelFr(addMonths(result.debut, 11))}`;
  if (!result.ok) {
    const message = `La feuille de route type est déjà dans le Plan pour ${periode} (${plural(result.existantes.length, 'action')}, dès la ligne ${result.existantes[0]?.row}) : rien n’a été ajouté.`;
    inform('Feuille de route 12 mois type', message);
    return message;
  }
  const width = plan.values[0]?.length ?? 0;
  const first = withDocumentLock(() => appendRows(plan, result.actions.map((a) => planCells(a, cols, width))));
  const message = `Feuille de route type ajoutée au Plan : ${plural(result.actions.length, 'action')} de ${periode} (lignes ${first} à ${first + result.actions.length - 1}).`;
  toast(ss, message, 10);
  return message;
}
