// Menu « Lancer un plan de relance 8 semaines »: appends the SPEC §9 relaunch to Plan from this
// week's Monday and sets the `Contrôle d'adoption J+30` date in Gouvernance (an empty cell is
// filled, a missing ritual row is appended, a date already typed is kept).

import { DEFAULT_RITUALS, TAB, TABLES } from '../../contract';
import { readClasseur } from '../../workbook/reader';
import { ritualsHeaderAt } from '../../workbook/read-governance';
import { shown } from '../../workbook/messages';
import { formatDateFr } from '../../core/months';
import { isBlank, sameText } from '../../core/text';
import { plural } from '../../core/format';
import { buildRelaunchPlan, ADOPTION_RITUAL } from '../../core/planning/relaunch';
import { planCells } from '../../core/planning/new-action';
import { UserError, withDocumentLock } from '../lock';
import { inform, toast } from '../ui';
import { hasFormula, columnValues, requiredColumns, grids, readTabs, requiredTab, type TabData } from './tabs';
import { appendRows, writeColumns } from './write';
import { todayInSheet } from '../zone';

/** Where the adoption date goes: the ritual's empty cell, a new row, or nowhere (date kept). */
type Cible = { kind: 'cellule'; row: number } | { kind: 'ligne' } | { kind: 'garde'; date: string };

function adoptionTarget(gouvernance: TabData, headerAt: number, cols: Record<string, number>): Cible {
  const rituel = cols.Rituel ?? 0;
  const date = cols['Prochaine date'] ?? 0;
  const at = gouvernance.values.findIndex((row, i) => i > headerAt && sameText(row[rituel], ADOPTION_RITUAL));
  if (at < 0) return { kind: 'ligne' };
  const cell = gouvernance.values[at]?.[date];
  if (isBlank(cell) && !hasFormula(gouvernance, at + 1, date)) return { kind: 'cellule', row: at + 1 };
  return { kind: 'garde', date: shown(cell) };
}

function writeAdoption(gouvernance: TabData, cible: Cible, cols: Record<string, number>, date: Date): void {
  const column = cols['Prochaine date'] ?? 0;
  if (cible.kind === 'cellule') {
    const row: unknown[] = [];
    row[column] = date;
    writeColumns(gouvernance, cible.row, [row], [column]);
  } else if (cible.kind === 'ligne') {
    const defaut = DEFAULT_RITUALS.find((r) => r.rituel === ADOPTION_RITUAL);
    const row: unknown[] = Array.from({ length: gouvernance.values[0]?.length ?? 5 }, () => '');
    row[cols.Rituel ?? 0] = ADOPTION_RITUAL;
    if (cols['Fréquence'] !== undefined) row[cols['Fréquence']] = defaut?.frequence ?? 'unique';
    if (cols['Durée (min)'] !== undefined) row[cols['Durée (min)']] = defaut?.duree ?? 30;
    row[column] = date;
    appendRows(gouvernance, [row]);
  }
}

/** Menu action: Lancer un plan de relance 8 semaines. Returns the closing message. */
export function launchRelaunchPlan(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, [TAB.plan, TAB.gouvernance], [TAB.gouvernance]);
  const plan = requiredTab(onglets, TAB.plan);
  const gouvernance = requiredTab(onglets, TAB.gouvernance);
  const pCols = requiredColumns(plan, TABLES.plan, ['ID', 'Mois', 'Action', 'Statut', 'Échéance', 'Origine']);
  const headerAt = ritualsHeaderAt(gouvernance.values);
  if (headerAt < 0) throw new UserError('Gouvernance : tableau des rituels introuvable (aucune cellule « Rituel » en colonne A) — lancez « Initialiser le classeur ».');
  const gCols = requiredColumns(gouvernance, TABLES.rituels, ['Rituel', 'Prochaine date'], headerAt);
  const classeur = readClasseur(grids(onglets));
  const result = buildRelaunchPlan(todayInSheet(), classeur.plan, columnValues(plan, pCols.ID));
  if (!result.ok) {
    const message = `Un plan de relance est déjà en cours (${plural(result.enCours.length, 'action')} « Relance 8 semaines » à échéance future, dès la ligne ${result.enCours[0]?.row}) : rien n’a été ajouté.`;
    inform('Plan de relance 8 semaines', message);
    return message;
  }
  const cible = adoptionTarget(gouvernance, headerAt, gCols);
  const width = plan.values[0]?.length ?? 0;
  const first = withDocumentLock(() => {
    const row = appendRows(plan, result.actions.map((a) => planCells(a, pCols, width)));
    writeAdoption(gouvernance, cible, gCols, result.controleAdoption);
    return row;
  });
  const adoption = cible.kind === 'garde'
    ? `date du contrôle d’adoption déjà saisie (${cible.date}) conservée — proposée : ${formatDateFr(result.controleAdoption)}`
    : `contrôle d’adoption J+30 le ${formatDateFr(result.controleAdoption)} (Gouvernance)`;
  const message = `Plan de relance ajouté : ${plural(result.actions.length, 'action')} du ${formatDateFr(result.lundi)} au ${formatDateFr(result.finDeploiement)} (lignes ${first} à ${first + result.actions.length - 1}) ; ${adoption}.`;
  toast(ss, message, 10);
  return message;
}
