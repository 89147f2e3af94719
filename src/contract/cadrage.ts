// The `Cadrage` page of SPEC §2: two columns (Question, Réponse), one row per question, found
// by the exact text of column A.

import { MATURITES, type ColumnKind } from './enums';

/** `Cadrage` is a two-column page. */
export const CADRAGE_HEADERS = ['Question', 'Réponse'] as const;

/** One Cadrage row: its key in the Cadrage model, its text in column A, its kind and help note. */
export interface CadrageQuestion {
  readonly key: string;
  readonly question: string;
  readonly kind: ColumnKind;
  readonly note: string;
}
const q = (key: string, question: string, kind: ColumnKind, note: string): CadrageQuestion => ({ key, question, kind, note });

/** Rows of `Cadrage`, by the exact text of column A (SPEC §2). */
export const CADRAGE_QUESTIONS = [
  q('entreprise', 'Entreprise', 'text', 'Le nom de l’entreprise.'),
  q('projet', 'Projet', 'text', 'Le nom court du projet (ex. CRM, nouveau site).'),
  q('probleme', 'Problème résolu (en une phrase)', 'text', 'Quel problème le projet résout-il ? Une phrase.'),
  q('utilisateurs', 'Utilisateurs au quotidien', 'text', 'Les 2 ou 3 personnes qui l’utiliseront chaque jour.'),
  q('minimumUtile', 'Minimum utile', 'text', 'La version la plus simple qui apporte déjà de la valeur.'),
  q('dateButoir', 'Date butoir', 'date', 'La date à laquelle le minimum utile doit tourner.'),
  q('vision', 'Vision à 3 ans', 'text', 'Où en sera l’entreprise dans 3 ans ? 100 mots au plus.'),
  q('maturite', 'Maturité digitale', { enum: MATURITES }, 'Débutante, Intermédiaire ou Mature : fixe la répartition du budget.'),
  q('budgetAnnuel', 'Budget annuel (€)', 'euro', 'Le budget digital de l’année, en euros.'),
  q('debutFeuilleDeRoute', 'Début de la feuille de route', 'date', 'Le premier jour du mois 1 de la feuille de route.'),
  q('emailConsultant', 'E-mail du consultant', 'email', 'Facultatif : pour partager le classeur et envoyer le rapport.'),
  q('seuilAlerte', 'Seuil d\'alerte dépassement budget', 'percent', 'Au-delà de ce dépassement, l’alerte budget passe au rouge (50 % par défaut).'),
  q('achatsParAn', 'Achats par client et par an', 'number', 'Facultatif : pour la valeur vie client (CLV).'),
  q('dureeRelation', 'Durée de la relation client (années)', 'number', 'Facultatif : pour la valeur vie client (CLV).'),
  q('margeBrute', 'Marge brute', 'percent', 'Facultatif : pour la valeur vie client (100 % par défaut).'),
  q('pilote', 'Pilote du projet', 'text', 'La personne dont le rôle est de faire avancer le projet (v2).'),
  q('minimumUtileLivre', 'Minimum utile livré le', 'date', 'À remplir quand le minimum utile est en service.'),
  q('avantage', 'Avantage concurrentiel visé', 'text', 'Facultatif : ce qui vous distinguera de vos concurrents.'),
  q('douleurs', 'Points de douleur', 'text', 'Facultatif : les processus qui font perdre du temps ou des clients aujourd’hui.'),
  q('champions', 'Champions métier', 'text', 'Facultatif : les personnes qui porteront l’outil dans les équipes, séparées par des virgules.'),
] as const;
/** Key of a Cadrage question in the Cadrage model. */
export type CadrageKey = (typeof CADRAGE_QUESTIONS)[number]['key'];

/** The Cadrage rows added by version 2 (appended by Initialiser to an existing Cadrage). */
export const CADRAGE_V2_KEYS: readonly CadrageKey[] = ['pilote', 'minimumUtileLivre', 'avantage', 'douleurs', 'champions'];

/** Answers Initialiser writes on a new `Cadrage`, also the reader's defaults when empty. */
export const CADRAGE_DEFAULTS = { seuilAlerte: 0.5, margeBrute: 1 } as const;

/** The four questions of the *cadrage express* (SPEC §2). */
export const CADRAGE_EXPRESS: readonly CadrageKey[] = ['probleme', 'utilisateurs', 'minimumUtile', 'dateButoir'];
