// The enumerations of SPEC §2 (dropdown values, exact spelling) and the column kinds built on them.

/** Plan › Statut. */
export const STATUTS = ['À faire', 'En cours', 'Bloqué', 'Fait', 'Abandonné'] as const;
/** One Plan status. */
export type Statut = (typeof STATUTS)[number];
/** Plan › Phase, in roadmap order. */
export const PHASES = ['Fondations', 'Tester', 'Amplifier', 'Structurer', 'Optimiser', 'Bilan'] as const;
/** One roadmap phase. */
export type Phase = (typeof PHASES)[number];
/** Plan › Type. */
export const TYPES_ACTION = ['Ponctuelle', 'Récurrente'] as const;
/** One Plan action type. */
export type TypeAction = (typeof TYPES_ACTION)[number];
/** Budget › Horizon. */
export const HORIZONS = ['Long terme', 'Résultats rapides', 'Optimisation & imprévus'] as const;
/** One budget horizon. */
export type Horizon = (typeof HORIZONS)[number];
/** Budget › Nature. */
export const NATURES = ['Tech', 'Humain'] as const;
/** One budget nature. */
export type Nature = (typeof NATURES)[number];
/** Budget › Expérimentation. */
export const OUI_NON = ['Oui', 'Non'] as const;
/** Backlog › Décision. */
export const DECISIONS = ['Démarrer', 'Préparer', 'Écarter'] as const;
/** One backlog decision. */
export type Decision = (typeof DECISIONS)[number];
/** Backlog › Quadrant (computed): the same three words as the decisions. */
export const QUADRANTS = DECISIONS;
/** One backlog quadrant. */
export type Quadrant = Decision;
/** Objectifs › Sens. */
export const SENS = ['Hausse', 'Baisse'] as const;
/** Which way an objective should move. */
export type Sens = (typeof SENS)[number];
/** Cadrage › Maturité digitale. */
export const MATURITES = ['Débutante', 'Intermédiaire', 'Mature'] as const;
/** One digital maturity level. */
export type Maturite = (typeof MATURITES)[number];
/** Journal › Météo, best to worst. */
export const METEOS = ['☀️ Ensoleillé', '🌤️ Variable', '🌧️ Pluvieux', '⛈️ Orageux'] as const;
/** One project weather. */
export type Meteo = (typeof METEOS)[number];
/** Indicators computed from Mesures columns, allowed in Objectifs › Indicateur. */
export const DERIVED_INDICATORS = ['CAC', 'Taux de conversion', 'ROAS', 'Panier moyen'] as const;
/** Gouvernance › Fréquence of a ritual. */
export const FREQUENCES = ['hebdomadaire', 'mensuelle', 'trimestrielle', 'unique'] as const;

/** How a column is formatted and validated. */
export type ColumnKind =
  | 'text' | 'number' | 'euro' | 'percent' | 'date' | 'month' | 'note15' | 'email'
  | { readonly enum: readonly string[] };
