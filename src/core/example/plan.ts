// The example's 12-month action plan (Charger un exemple): 42 actions of a fictional joinery
// whose month 5 (the last complete month) holds a late action, two blocked actions and an
// over-budget trade show, and whose month 6 (the current month) holds the next actions.

import { ROADMAP_ORIGIN } from '../../contract';
import type { Phase, Statut, TypeAction } from '../../contract';

/** People of the fictional company (also used by the RACI, rituals and journal). */
export const PEOPLE = {
  gerante: 'Sophie Lambert',
  chefProjet: 'Julien Moreau',
  commerciale: 'Nadia Benali',
  communication: 'Léa Fontaine',
  atelier: 'Thomas Girard',
  agence: 'Karim Haddad',
  consultante: 'Claire Dubois',
} as const;
const P = PEOPLE;

/** Budget postes referred to by the plan (names of the Budget tab). */
export const EXAMPLE_POSTES = {
  crm: 'CRM (licences et paramétrage)',
  site: 'Refonte du site',
  formation: 'Formation de l\'équipe',
  ads: 'Google Ads',
  linkedin: 'Test LinkedIn Ads',
  salon: 'Salon de l\'habitat',
  conseil: 'Accompagnement consultant',
  imprevus: 'Imprévus',
} as const;

/**
 * One planned action. `mois` is the roadmap month (1 = Début de la feuille de route);
 * `echeance` is [roadmap month, day]; a done action was done 2 days before its deadline.
 */
export interface ExampleAction {
  mois: number;
  phase: Phase;
  action: string;
  type: TypeAction;
  responsable: string;
  statut: Statut;
  echeance: [number, number];
  prevu: number | '';
  reel: number | '';
  poste: string;
  resultat: string;
  origine: string;
}

type Row = [number, Phase, string, TypeAction, string, Statut, [number, number], number | '', number | '', string, string, string?];
const FR = ROADMAP_ORIGIN;

const ROWS: Row[] = [
  [1, 'Fondations', 'Auditer l\'existant : site, référencement, parcours clients', 'Ponctuelle', P.chefProjet, 'Fait', [1, 24], 300, 300, EXAMPLE_POSTES.conseil, 'Rapport d\'audit de 12 pages'],
  [1, 'Fondations', 'Fixer les objectifs mesurables de l\'année', 'Ponctuelle', P.gerante, 'Fait', [1, 26], '', '', '', '5 objectifs chiffrés'],
  [1, 'Fondations', 'Rédiger 3 personas clients', 'Ponctuelle', P.communication, 'Fait', [1, 28], '', '', '', '3 fiches personas'],
  [1, 'Fondations', 'Établir la matrice RACI et les rituels', 'Ponctuelle', P.chefProjet, 'Fait', [1, 30], '', '', '', 'RACI validé en comité'],
  [2, 'Fondations', 'Comparer 3 CRM et choisir', 'Ponctuelle', P.chefProjet, 'Fait', [2, 15], 300, 300, EXAMPLE_POSTES.conseil, 'CRM retenu'],
  [2, 'Fondations', 'Choisir 2 quick wins', 'Ponctuelle', P.gerante, 'Fait', [2, 20], '', '', '', 'Avis Google et fiche établissement'],
  [2, 'Fondations', 'Rédiger le cahier des charges du site', 'Ponctuelle', P.communication, 'Fait', [2, 25], '', '', '', 'Cahier des charges de 8 pages'],
  [2, 'Fondations', 'Nettoyer le fichier clients', 'Ponctuelle', P.commerciale, 'Fait', [2, 28], '', '', '', '1 850 contacts dédoublonnés'],
  [3, 'Fondations', 'Paramétrer le CRM avec les vraies données', 'Ponctuelle', P.chefProjet, 'Fait', [3, 20], 1200, 1150, EXAMPLE_POSTES.crm, 'CRM en service'],
  [3, 'Fondations', 'Former l\'équipe commerciale au CRM', 'Ponctuelle', P.commerciale, 'Fait', [3, 24], 600, 600, EXAMPLE_POSTES.formation, '6 personnes formées'],
  [3, 'Fondations', 'Mettre à jour la fiche Google Business Profile', 'Ponctuelle', P.communication, 'Fait', [3, 26], '', '', '', 'Fiche complète, 42 photos'],
  [3, 'Fondations', 'Choisir l\'agence web', 'Ponctuelle', P.gerante, 'Fait', [3, 28], '', '', '', 'Agence retenue'],
  [4, 'Tester', 'Lancer la campagne test Google Ads', 'Récurrente', P.communication, 'Fait', [4, 25], 300, 280, EXAMPLE_POSTES.ads, '21 leads'],
  [4, 'Tester', 'Lancer le test LinkedIn Ads', 'Récurrente', P.commerciale, 'Fait', [4, 25], 400, 380, EXAMPLE_POSTES.linkedin, '12 leads'],
  [4, 'Tester', 'Publier 4 articles de fond', 'Récurrente', P.communication, 'Fait', [4, 28], '', '', '', '4 articles en ligne'],
  [4, 'Tester', 'Valider les maquettes du nouveau site', 'Ponctuelle', P.agence, 'Fait', [4, 28], 800, 800, EXAMPLE_POSTES.site, 'Maquettes validées'],
  [4, 'Tester', 'Relier le formulaire de devis au CRM', 'Ponctuelle', P.chefProjet, 'Fait', [4, 29], 200, 200, EXAMPLE_POSTES.crm, 'Devis saisis automatiquement'],
  [5, 'Amplifier', 'Poursuivre la campagne Google Ads', 'Récurrente', P.communication, 'Fait', [5, 25], 300, 310, EXAMPLE_POSTES.ads, '24 leads'],
  [5, 'Amplifier', 'Poursuivre le test LinkedIn Ads', 'Récurrente', P.commerciale, 'Fait', [5, 25], 400, 420, EXAMPLE_POSTES.linkedin, '10 leads'],
  [5, 'Amplifier', 'Tenir un stand au Salon de l\'habitat', 'Ponctuelle', P.gerante, 'Fait', [5, 12], 900, 1420, EXAMPLE_POSTES.salon, '64 contacts, stand plus cher que prévu'],
  [5, 'Amplifier', 'Publier 4 articles de fond', 'Récurrente', P.communication, 'Fait', [5, 28], '', '', '', '4 articles en ligne'],
  [5, 'Amplifier', 'Automatiser les relances de devis dans le CRM', 'Ponctuelle', P.chefProjet, 'En cours', [5, 20], 300, '', EXAMPLE_POSTES.crm, '', 'B-009'],
  [5, 'Amplifier', 'Intégrer les formulaires du site au CRM', 'Ponctuelle', P.agence, 'Bloqué', [6, 12], 600, '', EXAMPLE_POSTES.site, 'Accès hébergeur non transmis'],
  [5, 'Amplifier', 'Importer l\'historique des devis', 'Ponctuelle', P.commerciale, 'Bloqué', [6, 8], '', '', '', 'Export de l\'ancien logiciel impossible'],
  [5, 'Amplifier', 'Lancer une newsletter mensuelle', 'Récurrente', P.communication, 'Abandonné', [5, 30], '', '', '', 'Remplacée par les e-mails de relance'],
  [6, 'Amplifier', 'Campagne multicanale avec suivi unifié', 'Ponctuelle', P.communication, 'En cours', [6, 26], 300, '', EXAMPLE_POSTES.ads, ''],
  [6, 'Amplifier', 'Faire le bilan du test LinkedIn Ads', 'Ponctuelle', P.commerciale, 'À faire', [6, 27], 400, '', EXAMPLE_POSTES.linkedin, ''],
  [6, 'Amplifier', 'Mettre en ligne le nouveau site', 'Ponctuelle', P.agence, 'À faire', [6, 28], 600, '', EXAMPLE_POSTES.site, ''],
  [6, 'Amplifier', 'Créer le tableau de bord commercial du CRM', 'Ponctuelle', P.chefProjet, 'En cours', [6, 27], '', '', '', ''],
  [6, 'Amplifier', 'Atelier : le CRM au quotidien', 'Ponctuelle', P.chefProjet, 'À faire', [6, 29], 450, '', EXAMPLE_POSTES.formation, ''],
  [7, 'Amplifier', 'Automatiser la séquence de bienvenue', 'Ponctuelle', P.communication, 'À faire', [7, 25], 200, '', EXAMPLE_POSTES.crm, ''],
  [7, 'Amplifier', 'Consacrer 10 % du temps projet à la formation', 'Récurrente', P.chefProjet, 'À faire', [7, 28], 450, '', EXAMPLE_POSTES.formation, ''],
  [7, 'Amplifier', 'Revue à mi-parcours avec la consultante', 'Ponctuelle', P.gerante, 'À faire', [7, 20], 300, '', EXAMPLE_POSTES.conseil, ''],
  [8, 'Structurer', 'Publier le catalogue des réalisations', 'Ponctuelle', P.communication, 'À faire', [8, 25], '', '', '', ''],
  [8, 'Structurer', 'Automatiser les relances de factures', 'Ponctuelle', P.chefProjet, 'À faire', [8, 28], 300, '', EXAMPLE_POSTES.crm, ''],
  [9, 'Structurer', 'Produire 8 contenus par mois', 'Récurrente', P.communication, 'À faire', [9, 28], '', '', '', ''],
  [9, 'Structurer', 'Ouvrir la prise de rendez-vous en ligne', 'Ponctuelle', P.agence, 'À faire', [9, 25], 250, '', EXAMPLE_POSTES.site, '', 'B-001'],
  [10, 'Optimiser', 'Analyser les six mois de données', 'Ponctuelle', P.chefProjet, 'À faire', [10, 20], 300, '', EXAMPLE_POSTES.conseil, ''],
  [10, 'Optimiser', 'Réallouer le budget vers les canaux au meilleur CAC', 'Ponctuelle', P.gerante, 'À faire', [10, 28], '', '', '', ''],
  [11, 'Optimiser', 'Faire l\'audit mobile du site', 'Ponctuelle', P.agence, 'À faire', [11, 25], 300, '', EXAMPLE_POSTES.imprevus, ''],
  [12, 'Bilan', 'Faire le bilan de l\'année et la rétrospective', 'Ponctuelle', P.gerante, 'À faire', [12, 15], 300, '', EXAMPLE_POSTES.conseil, ''],
  [12, 'Bilan', 'Préparer la feuille de route de l\'année 2', 'Ponctuelle', P.chefProjet, 'À faire', [12, 28], '', '', '', ''],
];

/** The 42 actions of the example, in sheet order (built on call: module scope does no work). */
export function exampleActions(): ExampleAction[] {
  return ROWS.map(([mois, phase, action, type, responsable, statut, echeance, prevu, reel, poste, resultat, origine]) =>
    ({ mois, phase, action, type, responsable, statut, echeance, prevu, reel, poste, resultat, origine: origine ?? FR }));
}
