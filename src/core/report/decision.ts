// « Poursuivre, recadrer ou arrêter ? » (SPEC §6 section 8, v2): the block that opens the
// decisions when the project drifts (Dérive du projet rouge) or storms two months running.

import type { Meteo } from '../../contract';
import type { Alert } from '../alerts/types';
import { formatEuros } from '../format';
import { addMonths, daysBetween } from '../months';
import { roundCents } from '../numbers';
import type { Cadrage, HistoryRow, MonthKey } from '../types';
import { consecutiveStorms, historyOf, STORM } from './history';

/** Name of the project-level drift signal (SPEC §6 v2), matched in the alert list by name. */
export const DRIFT_SIGNAL = 'Dérive du projet';

/** The block's figures and questions. */
export interface ContinueOrStop {
  /** Why it shows: the drift signal, the storms, or both (French, for the report). */
  raisons: string[];
  budgetAnnuel: number | null;
  reelADate: number;
  /** Budget annuel − actual to date; null without a Budget annuel. */
  budgetRestant: number | null;
  dateButoir: Date | null;
  /** R − Date butoir in days (positive: days late); null without a Date butoir. */
  ecartButoirJours: number | null;
  /** This month and the ⛈️ months right before it in Historique (0 when this month is not ⛈️). */
  moisOrageux: number;
  /** The method's three questions. */
  questions: string[];
  conseil: string;
}

/** What the block is judged on. */
export interface ContinueOrStopInput {
  month: MonthKey;
  reference: Date;
  meteo: Meteo;
  alertes: readonly Alert[];
  history: readonly HistoryRow[];
  cadrage: Cadrage;
  reelADate: number;
}

/** True when a `Dérive du projet` line of the list is rouge. */
export function driftIsRed(alertes: readonly Alert[]): boolean {
  return alertes.some((a) => (a.signal as string) === DRIFT_SIGNAL && a.niveau === 'rouge');
}

/** The block, or null when neither trigger holds. */
export function continueOrStop(input: ContinueOrStopInput): ContinueOrStop | null {
  const derive = driftIsRed(input.alertes);
  const orages = input.meteo === STORM && historyOf(input.history, addMonths(input.month, -1))?.meteo === STORM;
  if (!derive && !orages) return null;
  const { budgetAnnuel, dateButoir } = input.cadrage;
  const budgetRestant = budgetAnnuel === null ? null : roundCents(budgetAnnuel - input.reelADate);
  const question = budgetRestant === null ? 'Coût : ce qu’il reste à dépenser vaut-il le bénéfice encore attendu ?'
    : budgetRestant < 0 ? `Coût : budget dépassé de ${formatEuros(-budgetRestant)}, ce qu’il reste à faire vaut-il le bénéfice encore attendu ?`
      : `Coût : les ${formatEuros(budgetRestant)} qu’il reste à dépenser valent-ils le bénéfice encore attendu ?`;
  return {
    raisons: [...(derive ? ['dérive du projet (signal rouge)'] : []), ...(orages ? ['orageux ce mois-ci et le mois précédent'] : [])],
    budgetAnnuel, reelADate: input.reelADate, budgetRestant, dateButoir,
    ecartButoirJours: dateButoir === null ? null : daysBetween(dateButoir, input.reference),
    moisOrageux: consecutiveStorms(input.history, input.month, input.meteo),
    questions: [
      question,
      'Alternatives : un outil standard, un périmètre réduit ?',
      'Annonce : qui le dit à l’équipe, et comment ?',
    ],
    conseil: 'Pour recadrer : menu Lancer un plan de relance 8 semaines.',
  };
}
