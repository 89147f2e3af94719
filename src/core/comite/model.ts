// The comité trimestriel as a pure model (SPEC §4 v2): objectives vs target and trajectory at the
// quarter's last month, the three months' weather from `Historique`, the quarter's budget, done and
// abandoned actions, backlog ideas to prepare or decide, and the *Réorientations à décider*.

import type { Meteo } from '../../contract';
import { alertsOfContext, weatherOfContext } from '../alerts/all';
import { buildMonthContext } from '../alerts/context';
import { waitingIdeas } from '../alerts/backlog';
import type { Alert } from '../alerts/types';
import { overBudgetPostes, type Overrun } from '../budget/tracking';
import { expectedProgress } from '../indicators/trajectory';
import { indicatorsOfMonth, type MonthIndicator } from '../indicators/objectives';
import { isoDate, monthKey } from '../months';
import { capList, summariseAction, type ActionSummary, type CappedList } from '../report/actions';
import { continueOrStop, type ContinueOrStop } from '../report/decision';
import { historyOf, monthShortFr } from '../report/history';
import { skippedRows } from '../report/model';
import { channelReallocation, quadrantOf, scoreOf, type Reallocation } from '../report/recommendations';
import type { BacklogIdea, HistoryRow, MonthKey, Problem, Workbook } from '../types';
import { buildComiteBudget, type ComiteBudget } from './budget';
import { quarterLabelFr, quarterMonths, type QuarterKey } from './quarter';

/** Progress more than this many points below the expected one is off trajectory (as the §6 rule). */
export const OFF_TRAJECTORY_POINTS = 0.2;

/** One objective at the quarter's last month. */
export interface ComiteObjective extends MonthIndicator {
  /** Expected progress for the last month (§6 v2), null when it cannot be computed. */
  attendu: number | null;
  /** True when the progression is more than 20 points below `attendu`; null when either is unknown. */
  horsTrajectoire: boolean | null;
}

/** A month of the quarter and its weather in `Historique` (null: no report). */
export interface ComiteMonth { mois: MonthKey; libelle: string; meteo: Meteo | null }

/** A backlog idea as the comité lists it. */
export interface ComiteIdea { id: string; idee: string; score: number | null; ajouteeLe: Date | null; ligne: number }

/** *Réorientations à décider*. */
export interface Reorientations {
  /** The « Objectif hors trajectoire » alert lines of the quarter's last month. */
  objectifs: Alert[];
  reallocation: Reallocation | null;
  /** Postes whose actual exceeds Montant prévu × 1.10 (orange) or × (1 + seuil) (rouge). */
  postes: Overrun[];
  seuil: number;
  poursuivre: ContinueOrStop | null;
}

/** The whole comité page. */
export interface Comite {
  trimestre: QuarterKey;
  libelle: string;
  titre: string;
  mois: [MonthKey, MonthKey, MonthKey];
  entreprise: string;
  genereLe: Date;
  genereLeIso: string;
  /** R of the quarter's last month: the earlier of today and the day after the quarter. */
  reference: Date;
  meteos: ComiteMonth[];
  objectifs: ComiteObjective[];
  budget: ComiteBudget;
  faites: CappedList<ActionSummary>;
  abandonnees: CappedList<ActionSummary>;
  aPreparer: CappedList<ComiteIdea>;
  enAttente: CappedList<ComiteIdea>;
  reorientations: Reorientations;
  lignesIgnorees: number;
  problemes: readonly Problem[];
}

const ideaOf = (i: BacklogIdea): ComiteIdea => ({ id: i.id, idee: i.idee, score: scoreOf(i), ajouteeLe: i.ajouteeLe, ligne: i.row });

/** Ideas to prepare: `Décision` `Préparer`, or Quadrant `Préparer` with no Décision; highest Score first (ties: sheet order). */
export function ideasToPrepare(backlog: readonly BacklogIdea[]): BacklogIdea[] {
  return backlog
    .filter((i) => i.decision === 'Préparer' || (i.decision === null && quadrantOf(i) === 'Préparer'))
    .map((i) => ({ i, score: scoreOf(i) ?? -1 }))
    .sort((a, b) => b.score - a.score || a.i.row - b.i.row)
    .map(({ i }) => i);
}

/** Ideas waiting for a decision on R (empty Décision), oldest first, except those already listed to prepare. */
export function ideasAwaitingDecision(backlog: readonly BacklogIdea[], reference: Date): BacklogIdea[] {
  return waitingIdeas(backlog, reference).filter((i) => quadrantOf(i) !== 'Préparer');
}

function objectiveOf(i: MonthIndicator, attendu: number | null): ComiteObjective {
  const horsTrajectoire = attendu === null || i.progression === null ? null : attendu - i.progression > OFF_TRAJECTORY_POINTS + 1e-9;
  return { ...i, attendu, horsTrajectoire };
}

/**
 * Builds the comité of `trimestre` as of `today`. The last month's context (R, alerts, weather) is
 * the one its monthly report would use, so the off-trajectory lines and the decision block match it.
 */
export function buildComite(classeur: Workbook, trimestre: QuarterKey, today: Date, history: readonly HistoryRow[] = []): Comite {
  const mois = quarterMonths(trimestre);
  const last = mois[2];
  const ctx = buildMonthContext(classeur, last, today);
  const alertes = alertsOfContext(ctx);
  const meteo = weatherOfContext(ctx, alertes);
  const { cadrage, plan } = classeur;
  const objectifs = indicatorsOfMonth(classeur, last, ctx.mesures)
    .map((i, k) => objectiveOf(i, expectedProgress(classeur.objectifs[k] ?? { depart: null, cible: null, echeance: null }, ctx.debut, last, ctx.reference)));
  const duTrimestre = plan.filter((a) => a.mois !== null && mois.includes(a.mois));
  const list = (statut: string) => capList(duTrimestre.filter((a) => a.statut === statut).map((a) => summariseAction(ctx, a)));
  const libelle = quarterLabelFr(trimestre);
  return {
    trimestre, libelle, titre: `Comité trimestriel — ${cadrage.projet || 'Projet'} — ${libelle}`, mois,
    entreprise: cadrage.entreprise, genereLe: today, genereLeIso: isoDate(today), reference: ctx.reference,
    meteos: mois.map((m) => ({ mois: m, libelle: monthShortFr(m), meteo: historyOf(history, m)?.meteo ?? null })),
    objectifs,
    budget: buildComiteBudget(classeur, mois, ctx.debut ? monthKey(ctx.debut) : null, ctx.parPoste),
    faites: list('Fait'), abandonnees: list('Abandonné'),
    aPreparer: capList(ideasToPrepare(classeur.backlog).map(ideaOf)),
    enAttente: capList(ideasAwaitingDecision(classeur.backlog, ctx.reference).map(ideaOf)),
    reorientations: {
      objectifs: alertes.filter((a) => a.signal === 'Objectif hors trajectoire'),
      reallocation: channelReallocation(ctx.mesures, last),
      postes: overBudgetPostes(classeur.budget, ctx.parPoste, cadrage.seuilAlerte),
      seuil: cadrage.seuilAlerte,
      poursuivre: continueOrStop({ month: last, reference: ctx.reference, meteo, alertes, history, cadrage, reelADate: ctx.reelADate }),
    },
    lignesIgnorees: skippedRows(classeur),
    problemes: classeur.problemes,
  };
}
