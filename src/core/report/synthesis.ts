// The report's « Décisions à prendre » (section 8) and the five-line synthesis of the e-mail body.

import type { Meteo } from '../../contract';
import type { Alert } from '../alerts/types';
import { overrunSentence } from '../alerts/budget';
import type { Overrun } from '../budget/tracking';
import { formatEuros, formatNumber, formatPercent, plural } from '../format';
import type { MonthIndicator } from '../indicators/objectives';
import type { SectionActions } from './actions';
import type { Action } from '../types';
import { clip } from '../quote';

/** Section 8: blocked actions and over-budget postes phrased as questions for the monthly review. */
export function decisionsToTake(bloquees: readonly Action[], depassements: readonly Overrun[]): string[] {
  return [
    ...bloquees.map((a) => `Débloquer « ${clip(a.action || a.id)} »${a.responsable ? ` (${clip(a.responsable)})` : ''} : quelle décision, qui la prend ?`),
    ...depassements.map((d) => `Poste « ${clip(d.poste.poste)} » : ${overrunSentence(d)} — accepter, réallouer ou arrêter ?`),
  ];
}

/** Budget figures for the synthesis line. */
export interface BudgetSummary {
  consomme: number;
  prevu: number;
}

function ligneIndicateur(indicateurs: readonly MonthIndicator[]): string {
  const cle = indicateurs.find((i) => i.progression !== null) ?? indicateurs.find((i) => i.valeur !== null);
  if (!cle || cle.valeur === null) return indicateurs.length === 0 ? 'Indicateurs : aucun objectif défini.' : 'Indicateurs : aucune mesure ce mois-ci.';
  const canal = cle.canal === 'Tous' ? '' : ` (${clip(cle.canal)})`;
  const cible = cle.cible === null ? '' : `, cible ${formatNumber(cle.cible)}`;
  const prog = cle.progression === null ? '' : `, progression ${formatPercent(cle.progression)}`;
  return `Indicateur clé : ${clip(cle.indicateur)}${canal} ${formatNumber(cle.valeur)}${cible}${prog}${cle.tendance ? ` ${cle.tendance}` : ''}.`;
}

/**
 * Exactly five short lines: weather and completion; done / blocked / late actions of the month;
 * the first objective with a progression; budget consumed (actual of the postes vs Montant prévu);
 * the top alert or « aucun signal ».
 */
export function synthesis(meteo: Meteo, actions: SectionActions, indicateurs: readonly MonthIndicator[], budget: BudgetSummary, alertes: readonly Alert[]): string[] {
  const taux = actions.completion === null ? 'aucune action à réaliser ce mois-ci' : `${formatPercent(actions.completion)} des actions du mois réalisées`;
  const part = budget.prevu > 0 ? ` (${formatPercent(budget.consomme / budget.prevu)})` : '';
  const top = alertes[0];
  const autres = alertes.length > 1 ? ` (+ ${plural(alertes.length - 1, 'autre signal', 'autres signaux')})` : '';
  return [
    `Météo : ${meteo} — ${taux}.`,
    `Actions du mois : ${plural(actions.compteurs.Fait, 'faite')}, ${plural(actions.compteurs.Bloqué, 'bloquée')}, ${actions.enRetard.total} en retard.`,
    ligneIndicateur(indicateurs),
    `Budget : ${formatEuros(budget.consomme)} dépensés sur ${formatEuros(budget.prevu)} prévus${part}.`,
    top ? `Signal principal (${top.niveau}) : ${top.signal}${autres}.` : 'Signaux d’alerte : aucun signal.',
  ];
}
