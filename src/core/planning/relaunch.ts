// The 8-week relaunch plan of SPEC §9, from the Monday of the current week. Each fortnight ends
// on its second Sunday (Monday + 13 days), which is the échéance of its actions; the action's
// Mois is the month of that échéance. The adoption check is 30 days after the deployment ends.

import { RELAUNCH_ORIGIN, type Phase } from '../../contract';
import { addDays, monthKey, mondayOf, startOfDay } from '../months';
import { sameText } from '../text';
import type { Action } from '../types';
import { formatId, maxIdNumber } from './ids';
import type { NewAction } from './new-action';

/** Name of the ritual whose `Prochaine date` the relaunch fills (SPEC §2). */
export const ADOPTION_RITUAL = 'Contrôle d\'adoption J+30';
/** Days between the end of the deployment and the adoption check. */
export const ADOPTION_DAYS = 30;

/** One action of the template; `quinzaine` 1–4 covers weeks 2q−1 and 2q. */
export interface RelaunchStep {
  quinzaine: 1 | 2 | 3 | 4;
  action: string;
}

/** Every bullet of SPEC §9 « Plan de relance 8 semaines ». */
export const RELAUNCH_TEMPLATE: readonly RelaunchStep[] = [
  { quinzaine: 1, action: 'S1–S2 Cadrage express : répondre sur une page aux quatre questions (problème, utilisateurs, minimum utile, date butoir)' },
  { quinzaine: 2, action: 'S3–S4 Choix et configuration : choisir l’outil' },
  { quinzaine: 2, action: 'S3–S4 Choix et configuration : configurer l’outil avec des données réelles (aucune personnalisation de plus de 2 heures)' },
  { quinzaine: 3, action: 'S5–S6 Test avec l’équipe : 2 à 3 personnes utilisent l’outil à la place de l’ancien système' },
  { quinzaine: 4, action: 'S7–S8 Ajustements : corriger ce que le test a révélé' },
  { quinzaine: 4, action: 'S7–S8 Déploiement : déployer l’outil à toute l’équipe' },
  { quinzaine: 4, action: 'S7–S8 Déploiement : former l’équipe en 30 minutes' },
];

/** Phase given to relaunch actions (a relaunch rebuilds the foundations). */
const PHASE_RELANCE: Phase = 'Fondations';

/** Result: the rows and the adoption check date, or the relaunch already under way. */
export type RelaunchPlan =
  | { ok: true; lundi: Date; finDeploiement: Date; controleAdoption: Date; actions: NewAction[] }
  | { ok: false; enCours: Action[] };

/** Sunday ending fortnight `q` (1–4) of a plan starting on `lundi`. */
export function endOfFortnight(lundi: Date, q: number): Date {
  return addDays(lundi, 14 * q - 1);
}

/**
 * The relaunch from the Monday of `today`'s week; refused while an earlier relaunch still has
 * an action due today or later.
 */
export function buildRelaunchPlan(today: Date, plan: readonly Action[], planIdCells: readonly unknown[]): RelaunchPlan {
  const jour = startOfDay(today).getTime();
  const enCours = plan.filter((a) => sameText(a.origine, RELAUNCH_ORIGIN) && a.echeance !== null && a.echeance.getTime() >= jour);
  if (enCours.length > 0) return { ok: false, enCours };
  const lundi = mondayOf(today);
  const finDeploiement = endOfFortnight(lundi, 4);
  const controleAdoption = addDays(finDeploiement, ADOPTION_DAYS);
  const start = maxIdNumber(planIdCells, 'A');
  const row = (action: string, echeance: Date, i: number): NewAction => ({
    id: formatId('A', start + i + 1), mois: monthKey(echeance), phase: PHASE_RELANCE, action, type: 'Ponctuelle',
    statut: 'À faire', echeance, origine: RELAUNCH_ORIGIN,
  });
  const actions = RELAUNCH_TEMPLATE.map((step, i) => row(step.action, endOfFortnight(lundi, step.quinzaine), i));
  actions.push(row(`${ADOPTION_RITUAL} : vérifier que l’équipe utilise l’outil`, controleAdoption, actions.length));
  return { ok: true, lundi, finDeploiement, controleAdoption, actions };
}
