// The report's « Décisions à prendre » (section 8) and the five-line synthesis of the e-mail body.

import type { Meteo } from '../workbook/contract';
import type { Alerte } from './alertTypes';
import { phraseDepassement } from './alertsBudget';
import type { Depassement } from './budgetTracking';
import { formatEuros, formatNombre, formatPercent, pluriel } from './format';
import type { IndicateurDuMois } from './objectives';
import type { SectionActions } from './reportActions';
import type { Action } from './types';

/** Section 8: blocked actions and over-budget postes phrased as questions for the monthly review. */
export function decisionsAPrendre(bloquees: readonly Action[], depassements: readonly Depassement[]): string[] {
  return [
    ...bloquees.map((a) => `Comment débloquer « ${a.action || a.id} »${a.responsable ? ` (${a.responsable})` : ''} : quelle décision, et qui la prend ?`),
    ...depassements.map((d) => `Poste « ${d.poste.poste} » : ${phraseDepassement(d)} — accepter le dépassement, réallouer ou arrêter ?`),
  ];
}

/** Budget figures for the synthesis line. */
export interface BudgetSynthese {
  consomme: number;
  prevu: number;
}

function ligneIndicateur(indicateurs: readonly IndicateurDuMois[]): string {
  const cle = indicateurs.find((i) => i.progression !== null) ?? indicateurs.find((i) => i.valeur !== null);
  if (!cle || cle.valeur === null) return indicateurs.length === 0 ? 'Indicateurs : aucun objectif défini.' : 'Indicateurs : aucune mesure ce mois-ci.';
  const canal = cle.canal === 'Tous' ? '' : ` (${cle.canal})`;
  const cible = cle.cible === null ? '' : `, cible ${formatNombre(cle.cible)}`;
  const prog = cle.progression === null ? '' : `, progression ${formatPercent(cle.progression)}`;
  return `Indicateur clé : ${cle.indicateur}${canal} ${formatNombre(cle.valeur)}${cible}${prog}${cle.tendance ? ` ${cle.tendance}` : ''}.`;
}

/**
 * Exactly five short lines: weather and completion; done / blocked / late actions of the month;
 * the first objective with a progression; budget consumed (actual of the postes vs Montant prévu);
 * the top alert or « aucun signal ».
 */
export function synthese(meteo: Meteo, actions: SectionActions, indicateurs: readonly IndicateurDuMois[], budget: BudgetSynthese, alertes: readonly Alerte[]): string[] {
  const taux = actions.completion === null ? 'aucune action à réaliser ce mois-ci' : `${formatPercent(actions.completion)} des actions du mois réalisées`;
  const part = budget.prevu > 0 ? ` (${formatPercent(budget.consomme / budget.prevu)})` : '';
  const top = alertes[0];
  const autres = alertes.length > 1 ? ` (+ ${pluriel(alertes.length - 1, 'autre signal', 'autres signaux')})` : '';
  return [
    `Météo : ${meteo} — ${taux}.`,
    `Actions du mois : ${pluriel(actions.compteurs.Fait, 'faite')}, ${pluriel(actions.compteurs.Bloqué, 'bloquée')}, ${actions.enRetard.total} en retard.`,
    ligneIndicateur(indicateurs),
    `Budget : ${formatEuros(budget.consomme)} dépensés sur ${formatEuros(budget.prevu)} prévus${part}.`,
    top ? `Signal principal (${top.niveau}) : ${top.signal}${autres}.` : 'Signaux d’alerte : aucun signal.',
  ];
}
