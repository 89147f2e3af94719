// The tables of SPEC.md §2 as data: tab names, headers (exact), column kinds (for formats and
// validation) and the one-line help note of each header.

import { DECISIONS, FREQUENCES, HORIZONS, METEOS, NATURES, OUI_NON, PHASES, QUADRANTS, SENS, STATUTS, TYPES_ACTION, type ColumnKind } from './enums';

/** Exact sheet names (SPEC §2). */
export const TAB = {
  cadrage: 'Cadrage',
  objectifs: 'Objectifs',
  mesures: 'Mesures',
  backlog: 'Backlog',
  plan: 'Plan',
  budget: 'Budget',
  gouvernance: 'Gouvernance',
  journal: 'Journal',
  tableau: 'Tableau de bord',
  historique: 'Historique',
  instantanes: 'Boussole instantanés',
  portefeuille: 'Portefeuille',
} as const;

/** Prefix of the monthly report tabs: `Rapport AAAA-MM`. */
export const REPORT_TAB_PREFIX = 'Rapport ';
/** Prefix of the quarterly committee tabs: `Comité AAAA-Tn` (v2). */
export const COMITE_TAB_PREFIX = 'Comité ';
/** Named range of the synthesis block on `Tableau de bord` (v2, SPEC §2, §10). */
export const SYNTHESE_RANGE_NAME = 'BOUSSOLE_SYNTHESE';
/** Labels of the synthesis block's first row, in order (v2, SPEC §2). */
export const SYNTHESE_LABELS = [
  'Entreprise', 'Projet', 'Météo du dernier rapport', 'Mois du dernier rapport', 'Actions en retard',
  'Actions bloquées', 'Taux de réalisation du mois', 'Budget consommé', 'Dernière mesure',
  'Dernier rituel', 'Signaux rouges du dernier rapport',
] as const;
/** Headers of `Portefeuille`, in the consultant's own Sheet (v2, SPEC §10). */
export const PORTEFEUILLE_HEADERS = ['Classeur client (lien)', ...SYNTHESE_LABELS, 'Jours sans nouvelles'] as const;
/** What each `Portefeuille` column says, in header order (header notes and the Aide). */
export const PORTEFEUILLE_NOTES: readonly string[] = [
  'Pour suivre un client : ouvrez son classeur Boussole, copiez l’adresse de la page (https://docs.google.com/spreadsheets/d/…) '
    + 'et collez-la dans une ligne libre de cette colonne. La ligne se remplit seule. La première fois, cliquez la cellule '
    + '« ⚠ Autorisez l’accès » de la colonne B puis « Autoriser l’accès ». Le client doit vous avoir partagé son classeur (Partager avec mon consultant).',
  'Le nom de l’entreprise (Cadrage du client), ou un message ⚠ si la ligne ne peut pas être lue.',
  'Le projet suivi (Cadrage du client).',
  'La météo du dernier rapport mensuel généré par le client (— : aucun rapport).',
  'Le mois de ce dernier rapport (AAAA-MM).',
  'Actions dont l’échéance est passée, ni faites ni abandonnées, tous mois confondus (en direct).',
  'Actions au statut Bloqué, tous mois confondus (en direct).',
  'Actions faites du mois en cours / actions du mois hors abandonnées (en direct).',
  'Dépensé à ce jour / Budget annuel du Cadrage (en direct).',
  'La semaine la plus récente saisie dans Mesures.',
  'La date la plus récente du Journal (point hebdo, revue, comité…).',
  'Nombre de signaux rouges du dernier rapport.',
  'Jours depuis la plus récente des deux dates précédentes : orange au-delà de 14 jours, rouge au-delà de 30.',
];

/** One header of a table: exact text, kind, help note, and whether Boussole computes it. */
export interface ColumnSpec {
  readonly header: string;
  readonly kind: ColumnKind;
  /** One-line help shown as a cell note on the header. */
  readonly note: string;
  /** Computed by the add-on (formula or ID): never typed by the user. */
  readonly computed?: boolean;
}

const col = (header: string, kind: ColumnKind, note: string, computed = false): ColumnSpec =>
  computed ? { header, kind, note, computed } : { header, kind, note };

/** Tables with a header on row 1 (SPEC §2), in the exact header order of the contract. */
export const TABLES = {
  objectifs: [
    col('Indicateur', 'text', 'Une colonne de Mesures (ex. Leads) ou CAC, Taux de conversion, ROAS, Panier moyen.'),
    col('Canal', 'text', 'Nom du canal, ou vide / « Tous » pour tous les canaux additionnés.'),
    col('Sens', { enum: SENS }, 'Hausse : on veut que la valeur monte. Baisse : qu’elle descende (ex. CAC).'),
    col('Valeur de départ', 'number', 'La valeur au début du projet, pour mesurer la progression.'),
    col('Cible', 'number', 'La valeur visée à l’échéance.'),
    col('Échéance', 'date', 'Date à laquelle la cible doit être atteinte.'),
    col('Responsable', 'text', 'La personne qui suit cet indicateur.'),
  ],
  mesures: [
    col('Semaine', 'date', 'Une date de la semaine (n’importe quel jour). Une ligne par semaine et par canal.'),
    col('Canal', 'text', 'Le canal : site, réseaux sociaux, e-mailing, salon, publicité…'),
    col('Dépenses', 'euro', 'Dépenses de la semaine sur ce canal, en euros.'),
    col('Visites', 'number', 'Visites ou contacts générés dans la semaine.'),
    col('Leads', 'number', 'Demandes de contact ou de devis reçues.'),
    col('Conversions', 'number', 'Ventes ou rendez-vous obtenus.'),
    col('Nouveaux clients', 'number', 'Clients gagnés dans la semaine.'),
    col('Chiffre d\'affaires', 'euro', 'Chiffre d’affaires généré dans la semaine, en euros.'),
  ],
  backlog: [
    col('ID', 'text', 'Attribué par Boussole (B-001…) : ne pas modifier.', true),
    col('Idée', 'text', 'L’idée ou la demande, en une phrase.'),
    col('Demandeur', 'text', 'Qui a proposé l’idée.'),
    col('Ajoutée le', 'date', 'Date d’ajout au backlog.'),
    col('Valeur métier', 'note15', 'Note de 1 à 5 : ce que l’idée rapporte à l’entreprise.'),
    col('Complexité', 'note15', 'Note de 1 (simple) à 5 (très complexe).'),
    col('Urgence réelle', 'note15', 'Note de 1 à 5 : l’urgence réelle, pas ressentie.'),
    col('Impact', 'note15', 'Note de 1 à 5 : l’impact sur les clients ou l’équipe.'),
    col('Faisabilité', 'note15', 'Note de 1 (difficile) à 5 (facile) avec nos moyens.'),
    col('Score', 'number', 'Calculé : 0 à 100, la valeur compte double.', true),
    col('Quadrant', { enum: QUADRANTS }, 'Calculé : Démarrer, Préparer ou Écarter (matrice impact × faisabilité).', true),
    col('Décision', { enum: DECISIONS }, 'Votre décision : Démarrer, Préparer, Écarter (vide = à décider).'),
    col('Mois prévu', 'month', 'Le mois où l’idée entre dans le plan.'),
  ],
  plan: [
    col('ID', 'text', 'Attribué par Boussole (A-001…) : ne pas modifier.', true),
    col('Mois', 'month', 'Le mois de l’action (une date du mois, ou 2026-11).'),
    col('Phase', { enum: PHASES }, 'Fondations, Tester, Amplifier, Structurer, Optimiser ou Bilan.'),
    col('Action', 'text', 'Ce qu’il faut faire, avec un verbe.'),
    col('Type', { enum: TYPES_ACTION }, 'Ponctuelle ou Récurrente.'),
    col('Responsable', 'text', 'Une seule personne responsable.'),
    col('Statut', { enum: STATUTS }, 'À faire, En cours, Bloqué, Fait ou Abandonné.'),
    col('Échéance', 'date', 'Date limite : au-delà, l’action est en retard.'),
    col('Fait le', 'date', 'Date de réalisation.'),
    col('Budget prévu', 'euro', 'Montant prévu pour l’action, en euros.'),
    col('Budget réel', 'euro', 'Montant réellement dépensé, en euros.'),
    col('Poste budgétaire', 'text', 'Un poste de l’onglet Budget.'),
    col('Résultat', 'text', 'Ce que l’action a produit (chiffre, livrable).'),
    col('Origine', 'text', 'ID du backlog, « Feuille de route type », « Relance 8 semaines » ou texte libre.'),
    col('Objectif', 'text', 'Facultatif : l’objectif que sert l’action, « Indicateur » ou « Indicateur — Canal » comme dans Objectifs.'),
  ],
  budget: [
    col('Poste', 'text', 'Le nom du poste budgétaire (repris dans Plan).'),
    col('Horizon', { enum: HORIZONS }, 'Long terme, Résultats rapides ou Optimisation & imprévus.'),
    col('Nature', { enum: NATURES }, 'Tech, ou Humain (formation, accompagnement, communication interne).'),
    col('Expérimentation', { enum: OUI_NON }, 'Oui si ce poste sert à tester une idée nouvelle.'),
    col('Montant prévu', 'euro', 'Montant prévu sur l’année, en euros.'),
    col('Réel', 'euro', 'Dépensé à ce jour. Vide : somme des « Budget réel » du Plan pour ce poste.'),
  ],
  raci: [
    col('Chantier', 'text', 'Un chantier du projet. Une ligne par chantier.'),
    col('R', 'text', 'Réalise : une ou plusieurs personnes, séparées par des virgules.'),
    col('A', 'text', 'Approuve : exactement une personne.'),
    col('C', 'text', 'Consulté : personnes à consulter avant de décider.'),
    col('I', 'text', 'Informé : personnes tenues au courant.'),
  ],
  rituels: [
    col('Rituel', 'text', 'Le nom du rituel de gouvernance.'),
    col('Fréquence', { enum: FREQUENCES }, 'hebdomadaire, mensuelle, trimestrielle ou unique.'),
    col('Durée (min)', 'number', 'Durée en minutes : tenir le temps.'),
    col('Participants', 'text', 'Qui vient, séparés par des virgules.'),
    col('Prochaine date', 'date', 'La date de la prochaine séance.'),
  ],
  journal: [
    col('Date', 'date', 'Date de la réunion ou de la décision.'),
    col('Rituel', 'text', 'Point hebdo, Revue mensuelle, Comité trimestriel…'),
    col('Météo', { enum: METEOS }, 'La météo du projet ce jour-là.'),
    col('Décisions', 'text', 'Les décisions prises.'),
    col('Blocages', 'text', 'Les blocages à lever.'),
    col('Participants', 'text', 'Les personnes présentes.'),
    col('Moral de l\'équipe', 'note15', 'Facultatif : de 1 (équipe démotivée) à 5 (très motivée).'),
    col('Retours', 'text', 'Facultatif : ce qui marche, ce qui coince, ce qui manque cette semaine.'),
  ],
  historique: [
    col('Mois', 'text', 'Le mois du rapport (AAAA-MM).', true),
    col('Généré le', 'date', 'Date de génération du rapport.', true),
    col('Météo', { enum: METEOS }, 'La météo du rapport.', true),
    col('Signaux rouges', 'number', 'Nombre de signaux rouges du rapport.', true),
    col('Signaux orange', 'number', 'Nombre de signaux orange du rapport.', true),
    col('Taux de réalisation', 'percent', 'Fait / (toutes − Abandonné) pour le mois.', true),
    col('Actions du mois', 'number', 'Actions du Plan pour ce mois.', true),
    col('En retard', 'number', 'Actions en retard, tous mois confondus.', true),
    col('Bloquées', 'number', 'Actions bloquées, tous mois confondus.', true),
    col('Budget prévu cumulé', 'euro', 'Budget prévu du Plan du début de la feuille de route au mois du rapport.', true),
    col('Réel cumulé', 'euro', 'Dépensé à ce jour, au moment du rapport.', true),
    col('Budget annuel', 'euro', 'Le budget annuel du Cadrage au moment du rapport.', true),
  ],
  instantanes: [
    col('Mois du rapport', 'text', 'Le mois du rapport qui a pris l’instantané (AAAA-MM).', true),
    col('ID', 'text', 'L’ID de l’action dans le Plan.', true),
    col('Mois', 'month', 'Le mois de l’action à ce moment-là.', true),
    col('Échéance', 'date', 'L’échéance de l’action à ce moment-là.', true),
    col('Statut', { enum: STATUTS }, 'Le statut de l’action à ce moment-là.', true),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;
/** Key of a table in TABLES. */
export type TableKey = keyof typeof TABLES;

/** The table a tab holds from row 1, by sheet name (`Gouvernance`: its RACI table; Cadrage holds none). */
export const TABLE_OF_TAB: Readonly<Partial<Record<string, TableKey>>> = {
  [TAB.objectifs]: 'objectifs', [TAB.mesures]: 'mesures', [TAB.backlog]: 'backlog',
  [TAB.plan]: 'plan', [TAB.budget]: 'budget', [TAB.gouvernance]: 'raci', [TAB.journal]: 'journal',
};

/** Rituals pre-filled in `Gouvernance` (SPEC §2). */
export const DEFAULT_RITUALS = [
  { rituel: 'Point hebdo', frequence: 'hebdomadaire', duree: 30 },
  { rituel: 'Revue mensuelle', frequence: 'mensuelle', duree: 60 },
  { rituel: 'Comité trimestriel', frequence: 'trimestrielle', duree: 120 },
  { rituel: 'Point d\'information équipe', frequence: 'trimestrielle', duree: 15 },
  { rituel: 'Contrôle d\'adoption J+30', frequence: 'unique', duree: 30 },
] as const;

/** Input tabs: never written by reports, alerts, the dashboard or the sidebar snapshot. */
export const INPUT_TABS = [TAB.cadrage, TAB.objectifs, TAB.mesures, TAB.backlog, TAB.plan, TAB.budget, TAB.gouvernance, TAB.journal] as const;

/** Origine written on Plan rows added by « Feuille de route type » (SPEC §2, §9). */
export const ROADMAP_ORIGIN = 'Feuille de route type';
/** Origine written on Plan rows added by « Relance 8 semaines » (SPEC §2, §9). */
export const RELAUNCH_ORIGIN = 'Relance 8 semaines';
