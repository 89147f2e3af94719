// The tolerant reader: every input tab's grid (as `getSheetValues`/`getValues` return it) to
// typed, validated rows plus French problems with A1 cells (SPEC §2, §7). Pure: no Apps Script.

import { TAB } from '../contract';
import type { Action, Workbook, BudgetPoste } from '../core/types';
import { problem, unknownValue, type ReadProblem } from './messages';
import { matchEnum } from '../core/text';
import { readCadrage } from './read-cadrage';
import { readBudget, readPlan } from './read-plan';
import { readBacklog } from './read-backlog';
import { readMesures, readObjectifs } from './read-measures';
import { readGouvernance, readJournal } from './read-governance';
import { readSnapshots } from './read-snapshots';

/** Tab grids by sheet name; row 0 is the header row. A missing tab reads as empty. */
export type TabGrids = Partial<Record<string, unknown[][]>>;

/**
 * A Plan row's `Poste budgétaire` takes the spelling of the matching Budget poste; a poste that
 * Budget does not list is kept as typed, with a problem (only when Budget lists postes).
 */
function linkPostes(plan: Action[], budget: readonly BudgetPoste[], letter: string | undefined, problemes: ReadProblem[]): void {
  const postes = budget.map((b) => b.poste).filter((poste) => poste !== '');
  if (postes.length === 0 || letter === undefined) return;
  for (const action of plan) {
    if (action.poste === '') continue;
    const match = matchEnum(action.poste, postes);
    if (match !== null) action.poste = match;
    else problemes.push(problem(TAB.plan, `${letter}${action.row}`, unknownValue('Poste budgétaire', action.poste, { enum: postes })));
  }
}

/**
 * Reads the whole classeur (the input tabs, and the hidden snapshot tab when its grid is given).
 * One bad cell never discards the other rows: see each tab reader for
 * which fields skip their row (Plan Statut, Mesures Semaine, Objectifs Indicateur, RACI Chantier,
 * Rituel, Journal Date) and which are blanked with a problem (all others).
 * Problems carry `lignesIgnorees`: how many rows each one left out.
 */
export function readClasseur(grids: TabGrids): Workbook {
  const problemes: ReadProblem[] = [];
  const cadrage = readCadrage(grids[TAB.cadrage], problemes);
  const mesures = readMesures(grids[TAB.mesures], problemes);
  const objectifs = readObjectifs(grids[TAB.objectifs], problemes, mesures.indicateurs, mesures.canaux);
  const backlog = readBacklog(grids[TAB.backlog], problemes);
  const plan = readPlan(grids[TAB.plan], problemes);
  const budget = readBudget(grids[TAB.budget], problemes);
  const gouvernance = readGouvernance(grids[TAB.gouvernance], problemes);
  const journal = readJournal(grids[TAB.journal], problemes);
  const instantanes = readSnapshots(grids[TAB.instantanes], problemes);
  linkPostes(plan.rows, budget.rows, plan.colonnes['Poste budgétaire'], problemes);
  return {
    cadrage: cadrage.cadrage,
    objectifs: objectifs.rows,
    mesures: mesures.rows,
    backlog: backlog.rows,
    plan: plan.rows,
    budget: budget.rows,
    raci: gouvernance.raci,
    rituels: gouvernance.rituels,
    journal: journal.rows,
    instantanes: instantanes.rows,
    colonnes: {
      [TAB.cadrage]: cadrage.colonnes,
      [TAB.objectifs]: objectifs.colonnes,
      [TAB.mesures]: mesures.colonnes,
      [TAB.backlog]: backlog.colonnes,
      [TAB.plan]: plan.colonnes,
      [TAB.budget]: budget.colonnes,
      [TAB.gouvernance]: gouvernance.colonnes,
      [TAB.journal]: journal.colonnes,
      [TAB.instantanes]: instantanes.colonnes,
    },
    problemes,
  };
}

/** Re-exported for the callers that read the classeur without building a report. */
export { skippedRows as lignesIgnorees } from '../core/report/model';
