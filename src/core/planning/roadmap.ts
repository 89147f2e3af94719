// The 12-month roadmap template of SPEC §9 as data, and the Plan rows it gives from the
// `Début de la feuille de route` month (month 1), with duplicate detection.

import { ROADMAP_ORIGIN, type Phase, type TypeAction } from '../../contract';
import { addMonths, lastDay, monthKey } from '../months';
import { sameText } from '../text';
import type { Action, MonthKey } from '../types';
import { formatId, maxIdNumber } from './ids';
import type { NewAction } from './new-action';

/** One action of the template; months are 1–12, `jusquAu` is the last month of a longer action. */
export interface TemplateStep {
  mois: number;
  jusquAu?: number;
  phase: Phase;
  action: string;
  type: TypeAction;
  budgetPrevu?: number;
}

/** Monthly acquisition test budget of months 4–6 (SPEC §9: 1 000 €/mois pendant 3 mois). */
export const MONTHLY_TEST_BUDGET = 1000;

const e = (mois: number, phase: Phase, action: string, type: TypeAction = 'Ponctuelle', extra: Partial<TemplateStep> = {}): TemplateStep =>
  ({ mois, phase, action, type, ...extra });
const testBudget = (mois: number, phase: Phase) =>
  e(mois, phase, `Budget test d’acquisition : 1 000 € ce mois-ci (mois ${mois - 3} sur 3)`, 'Récurrente', { budgetPrevu: MONTHLY_TEST_BUDGET });
const formation = (mois: number, phase: Phase) => e(mois, phase, 'Consacrer 10 % du temps projet à la formation', 'Récurrente');
const articles = (mois: number, phase: Phase) => e(mois, phase, 'Publier 4 articles de fond ce mois-ci', 'Récurrente');
const contentActions = (mois: number, phase: Phase) => e(mois, phase, 'Produire 8 à 12 contenus ce mois-ci', 'Récurrente');

/** Every bullet of SPEC §9 « Feuille de route 12 mois type » (v2), in month order. */
export const ROADMAP_TEMPLATE: readonly TemplateStep[] = [
  e(1, 'Fondations', 'Auditer l’existant : site, référencement, parcours clients, ressources, concurrence (2 à 4 semaines)'),
  e(1, 'Fondations', 'Fixer des objectifs mesurables (onglet Objectifs)'),
  e(1, 'Fondations', 'Partager le cap (Vision à 3 ans, 100 mots) avec les managers'),
  e(2, 'Fondations', 'Décrire 3 à 5 personas'),
  e(2, 'Fondations', 'Choisir 2 à 3 quick wins dans le backlog'),
  e(2, 'Fondations', 'Réaliser un premier quick win : un résultat visible avant les grands chantiers', 'Ponctuelle', { jusquAu: 3 }),
  e(3, 'Fondations', 'Établir la matrice RACI et les rituels (onglet Gouvernance)'),
  e(4, 'Tester', 'Réaliser 2 à 3 quick wins (impact fort, complexité faible)'),
  testBudget(4, 'Tester'),
  articles(4, 'Tester'),
  formation(4, 'Tester'),
  testBudget(5, 'Amplifier'),
  e(5, 'Amplifier', 'Lancer une campagne multicanale avec suivi unifié'),
  articles(5, 'Amplifier'),
  formation(5, 'Amplifier'),
  testBudget(6, 'Amplifier'),
  e(6, 'Amplifier', 'Mettre en place l’automatisation marketing'),
  articles(6, 'Amplifier'),
  formation(6, 'Amplifier'),
  e(7, 'Structurer', 'Infrastructure (CRM, refonte du site ou plateforme e-commerce ; 6 à 8 semaines) : rédiger le cahier des charges'),
  e(7, 'Structurer', 'Infrastructure : choisir le prestataire'),
  contentActions(7, 'Structurer'),
  formation(7, 'Structurer'),
  e(8, 'Structurer', 'Infrastructure : recette avant la mise en service'),
  contentActions(8, 'Structurer'),
  e(8, 'Structurer', 'Automatiser les tâches répétitives'),
  formation(8, 'Structurer'),
  e(9, 'Optimiser', 'Analyser les six mois de données'),
  e(9, 'Optimiser', 'Réaliser un audit mobile'),
  contentActions(9, 'Optimiser'),
  formation(9, 'Optimiser'),
  e(10, 'Optimiser', 'Réallouer le budget vers les canaux au meilleur CAC'),
  formation(10, 'Optimiser'),
  e(11, 'Bilan', 'Faire le bilan de l’année'),
  formation(11, 'Bilan'),
  e(12, 'Bilan', 'Tenir la rétrospective de l’année'),
  e(12, 'Bilan', 'Préparer la feuille de route de l’année 2 (10 jours)'),
  formation(12, 'Bilan'),
];

/** Result: the rows to append, or the roadmap actions already in Plan for that window. */
export type Roadmap =
  | { ok: true; debut: MonthKey; actions: NewAction[] }
  | { ok: false; debut: MonthKey; existantes: Action[] };

/**
 * The template from `debut` (any date of month 1): Mois = month n, Échéance = last day of its
 * (last) month, Statut `À faire`, Origine `Feuille de route type`, IDs after the highest `A-`.
 * Refused when Plan already holds a template action in months 1–12 of this start.
 */
export function buildRoadmap(debut: Date, plan: readonly Action[], planIdCells: readonly unknown[]): Roadmap {
  const first = monthKey(debut);
  const window = new Set(Array.from({ length: 12 }, (_, i) => addMonths(first, i)));
  const existantes = plan.filter((a) => sameText(a.origine, ROADMAP_ORIGIN) && a.mois !== null && window.has(a.mois));
  if (existantes.length > 0) return { ok: false, debut: first, existantes };
  const start = maxIdNumber(planIdCells, 'A');
  const actions = ROADMAP_TEMPLATE.map((step, i): NewAction => {
    const mois = addMonths(first, step.mois - 1);
    const action: NewAction = {
      id: formatId('A', start + i + 1), mois, phase: step.phase, action: step.action, type: step.type,
      statut: 'À faire', echeance: lastDay(addMonths(first, (step.jusquAu ?? step.mois) - 1)), origine: ROADMAP_ORIGIN,
    };
    if (step.budgetPrevu !== undefined) action.budgetPrevu = step.budgetPrevu;
    return action;
  });
  return { ok: true, debut: first, actions };
}
