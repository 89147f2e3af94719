// The monthly report as a pure model (SPEC §6): the eight sections in order, the five-line
// synthesis of the e-mail, the count of skipped rows and (v2) the month's `Historique` entry.
// Rendering lives elsewhere.

import type { Meteo } from '../../contract';
import { alertsOfContext, weatherOfContext } from '../alerts/all';
import { blockedActions } from '../alerts/plan';
import type { Alert } from '../alerts/types';
import { budgetByHorizon, experimentationShare, humanShare, overBudgetPostes, totalPlanned, type BudgetHorizon, type Overrun } from '../budget/tracking';
import { buildMonthContext, type MonthContext } from '../alerts/context';
import { isoDate, monthLabelFr } from '../months';
import { roundCents } from '../numbers';
import { indicatorsOfMonth, type MonthIndicator } from '../indicators/objectives';
import { quickWins, channelReallocation, scoreOf, type Reallocation } from './recommendations';
import { sectionActions, nextMonthSection, type SectionActions, type NextMonthSection } from './actions';
import { decisionsToTake, synthesis } from './synthesis';
import { actualToDate } from '../budget/actual-to-date';
import { capOf, signalsShown, type SignalsShown } from './headlines';
import { buildHistoryEntry, buildTrend, type Trend } from './history';
import { continueOrStop, type ContinueOrStop } from './decision';
import { buildPlanSnapshot, type PlanSnapshotLine } from './plan-snapshot';
import type { HistoryEntry, HistoryRow, Workbook, MonthKey, Problem } from '../types';

/** Section 4. */
export interface SectionBudget {
  horizons: BudgetHorizon[];
  /** Totals of every line (horizon `null`). */
  total: BudgetHorizon;
  partHumain: number | null;
  partExperimentation: number | null;
  /** Every poste over Montant prévu × 1.10 (orange) or × (1 + seuil) (rouge). */
  depassements: Overrun[];
  /** The postes over the alert threshold (rouge), the list SPEC asks for in section 4. */
  postesAuDelaDuSeuil: Overrun[];
  seuil: number;
}

/** A quick win of section 6. */
export interface QuickWin { id: string; idee: string; score: number | null; ligne: number }

/** The whole report model; Dates are doubled by ISO strings for JSON payloads. */
export interface MonthlyReport {
  mois: MonthKey;
  moisLibelle: string;
  titre: string;
  projet: string;
  entreprise: string;
  genereLe: Date;
  genereLeIso: string;
  /** R, the reference date the month is judged on. */
  reference: Date;
  referenceIso: string;
  meteo: Meteo;
  /** (v2) `Cap :` — the first 20 words of `Vision à 3 ans` (`…` when cut); null when empty. */
  cap: string | null;
  /** (v2) The weather of the two calendar months before (from Historique), then this month's. */
  tendance: Trend;
  actions: SectionActions;
  indicateurs: MonthIndicator[];
  budget: SectionBudget;
  /** Every alert line (the count `boussoleGenererRapportPour` returns). */
  alertes: Alert[];
  /** (v2) The lines section 5 prints. */
  signaux: SignalsShown;
  recommandations: { reallocation: Reallocation | null; quickWins: QuickWin[] };
  moisProchain: NextMonthSection;
  /** (v2) « Poursuivre, recadrer ou arrêter ? », null when neither trigger holds. */
  poursuivre: ContinueOrStop | null;
  decisions: string[];
  /** (v2) The row this report writes in `Historique`. */
  historique: HistoryEntry;
  /** (v2) The plan snapshot this report keeps in `Boussole instantanés`. */
  instantane: PlanSnapshotLine[];
  /** Exactly five lines for the e-mail body. */
  synthese: string[];
  /** Rows the reader left out, and the reading problems to mention (tab, cell, French message). */
  lignesIgnorees: number;
  problemes: readonly Problem[];
}

function sumRows(lines: readonly BudgetHorizon[], total: number): BudgetHorizon {
  const sum = (pick: (l: BudgetHorizon) => number) => roundCents(lines.reduce((s, l) => s + pick(l), 0));
  return { horizon: null, montantPrevu: sum((l) => l.montantPrevu), reel: sum((l) => l.reel), part: total > 0 ? 1 : null,
    prevuMois: sum((l) => l.prevuMois), reelMois: sum((l) => l.reelMois), prevuCumul: sum((l) => l.prevuCumul), reelCumul: sum((l) => l.reelCumul) };
}

function sectionBudget(ctx: MonthContext): SectionBudget {
  const { classeur, month } = ctx;
  const horizons = budgetByHorizon(classeur, month, ctx.parPoste);
  const seuil = classeur.cadrage.seuilAlerte;
  const depassements = overBudgetPostes(classeur.budget, ctx.parPoste, seuil);
  return {
    horizons, total: sumRows(horizons, totalPlanned(classeur.budget)),
    partHumain: humanShare(classeur.budget), partExperimentation: experimentationShare(classeur.budget),
    depassements, postesAuDelaDuSeuil: depassements.filter((d) => d.niveau === 'rouge'), seuil,
  };
}

/** Number of rows the reader left out because of a problem (for « N lignes ignorées »). */
export function skippedRows(classeur: Workbook): number {
  return classeur.problemes.reduce((count, p) => count + (p.lignesIgnorees ?? 0), 0);
}

/**
 * Builds the report of `month` as of `today` (R = the earlier of today and the next month's first
 * day). `history` is `Historique` as read: the trend and the decision block use the months before
 * `month` only, so regenerating a month gives the same report.
 */
export function buildMonthlyReport(classeur: Workbook, month: MonthKey, today: Date, history: readonly HistoryRow[] = []): MonthlyReport {
  const ctx = buildMonthContext(classeur, month, today);
  const { cadrage } = classeur;
  const alertes = alertsOfContext(ctx);
  const meteo = weatherOfContext(ctx, alertes);
  const actions = sectionActions(ctx);
  const indicateurs = indicatorsOfMonth(classeur, month, ctx.mesures);
  const budget = sectionBudget(ctx);
  const moisLibelle = monthLabelFr(month);
  const reel = actualToDate(classeur.budget, classeur.plan, ctx.parPoste);
  return {
    mois: month, moisLibelle, titre: `Rapport mensuel — ${cadrage.projet || 'Projet'} — ${moisLibelle}`,
    projet: cadrage.projet, entreprise: cadrage.entreprise,
    genereLe: today, genereLeIso: isoDate(today), reference: ctx.reference, referenceIso: isoDate(ctx.reference),
    meteo, cap: capOf(cadrage.vision), tendance: buildTrend(history, month, meteo),
    actions, indicateurs, budget, alertes, signaux: signalsShown(alertes),
    recommandations: {
      reallocation: channelReallocation(ctx.mesures, month),
      quickWins: quickWins(classeur.backlog).map((i) => ({ id: i.id, idee: i.idee, score: scoreOf(i), ligne: i.row })),
    },
    moisProchain: nextMonthSection(ctx),
    poursuivre: continueOrStop({ month, reference: ctx.reference, meteo, alertes, history, cadrage, reelADate: reel }),
    decisions: decisionsToTake(blockedActions(classeur.plan, month), budget.depassements),
    historique: buildHistoryEntry(ctx, meteo, alertes, actions.completion, reel),
    instantane: buildPlanSnapshot(classeur.plan),
    synthese: synthesis(meteo, actions, indicateurs, { consomme: budget.total.reel, prevu: totalPlanned(classeur.budget) }, alertes),
    lignesIgnorees: skippedRows(classeur),
    problemes: classeur.problemes,
  };
}
