// Domain rows as plain data: what the tolerant reader (src/workbook) produces from the tabs
// and what every pure rule of src/core consumes. Each row remembers its sheet row number so
// messages and alerts can name cells in A1 notation.

import type { Decision, Horizon, Maturite, Meteo, Nature, Phase, Quadrant, Sens, Statut, TypeAction } from '../contract';

/** A calendar month, `AAAA-MM`. */
export type MonthKey = string;

/** A cell address known to the reader: the 1-based sheet row and the column letter per header. */
export interface RowRef {
  /** 1-based row number in its sheet. */
  readonly row: number;
}

/** The answers of `Cadrage`, parsed; `rows` gives the sheet row of each question found. */
export interface Cadrage {
  entreprise: string;
  projet: string;
  probleme: string;
  utilisateurs: string;
  minimumUtile: string;
  dateButoir: Date | null;
  vision: string;
  maturite: Maturite | null;
  budgetAnnuel: number | null;
  debutFeuilleDeRoute: Date | null;
  emailConsultant: string;
  /** Fraction, default 0.5. */
  seuilAlerte: number;
  achatsParAn: number | null;
  dureeRelation: number | null;
  /** Fraction, default 1. */
  margeBrute: number;
  /** (v2) The one person whose job is to move the project forward. */
  pilote: string;
  /** (v2) The day the minimum utile went into use; null while it is not. */
  minimumUtileLivre: Date | null;
  /** (v2) Optional: the competitive advantage aimed at (PEAK vision). */
  avantage: string;
  /** (v2) Optional: the processes that frustrate value today (PEAK diagnostic). */
  douleurs: string;
  /** (v2) Optional: the business champions, split on commas. */
  champions: string[];
  /** 1-based sheet row of each question that was found, for A1 references (`Cadrage!B5`). */
  rows: Partial<Record<string, number>>;
}

/** One row of `Objectifs`. */
export interface Objective extends RowRef {
  indicateur: string;
  /** '' means all channels (also for `Tous`). */
  canal: string;
  sens: Sens;
  depart: number | null;
  cible: number | null;
  echeance: Date | null;
  responsable: string;
}

/** One row of `Mesures`: a week, a channel, and its figures by header. */
export interface Measure extends RowRef {
  semaine: Date;
  canal: string;
  /** Every numeric column by its header as typed (`Dépenses`, `Leads`, extra columns…). */
  valeurs: Record<string, number>;
}

/** One row of `Backlog`. */
export interface BacklogIdea extends RowRef {
  id: string;
  idee: string;
  demandeur: string;
  ajouteeLe: Date | null;
  valeur: number | null;
  complexite: number | null;
  urgence: number | null;
  impact: number | null;
  faisabilite: number | null;
  /** As computed by the sheet's array formula, or recomputed when absent. */
  score: number | null;
  quadrant: Quadrant | null;
  decision: Decision | null;
  moisPrevu: MonthKey | null;
}

/** One row of `Plan`. */
export interface Action extends RowRef {
  id: string;
  mois: MonthKey | null;
  phase: Phase | null;
  action: string;
  type: TypeAction | null;
  responsable: string;
  statut: Statut;
  echeance: Date | null;
  faitLe: Date | null;
  budgetPrevu: number | null;
  budgetReel: number | null;
  poste: string;
  resultat: string;
  origine: string;
  /** (v2) The objective the action serves, as typed (`Indicateur` or `Indicateur — Canal`); '' when none. */
  objectif: string;
}

/** One row of `Budget`. */
export interface BudgetPoste extends RowRef {
  poste: string;
  horizon: Horizon | null;
  nature: Nature | null;
  experimentation: boolean;
  montantPrevu: number | null;
  /** As typed; null when empty (then summed from Plan). */
  reel: number | null;
}

/** One row of the RACI table in `Gouvernance`. */
export interface RaciRow extends RowRef {
  chantier: string;
  r: string[];
  a: string[];
  c: string[];
  i: string[];
}

/** One row of the rituals table in `Gouvernance`. */
export interface Ritual extends RowRef {
  rituel: string;
  frequence: string;
  duree: number | null;
  participants: string[];
  prochaineDate: Date | null;
}

/** One row of `Journal`. */
export interface JournalEntry extends RowRef {
  date: Date;
  rituel: string;
  meteo: string;
  decisions: string;
  blocages: string;
  participants: string;
  /** (v2) `Moral de l'équipe`, a 1–5 note; null when empty or unreadable. */
  moral: number | null;
  /** (v2) The week's feedback (ce qui marche / coince / manque). */
  retours: string;
}

/** (v2) One row of the hidden snapshot tab: an action as it stood when a month's report was generated. */
export interface PlanSnapshotRow extends RowRef {
  /** The month of the report that took the snapshot. */
  moisRapport: MonthKey;
  /** The action's ID in Plan. */
  id: string;
  mois: MonthKey | null;
  echeance: Date | null;
  statut: Statut | null;
}

/** A problem found while reading: French, with tab, A1 cell and expected value. */
export interface Problem {
  readonly onglet: string;
  /** A1 notation without the sheet, e.g. `G12`. */
  readonly cellule: string;
  readonly message: string;
  /** Rows this problem left out of the computation (0 when only one cell was blanked). */
  readonly lignesIgnorees?: number;
}

/** Everything the add-on knows about a classeur, read once. */
export interface Workbook {
  cadrage: Cadrage;
  objectifs: Objective[];
  mesures: Measure[];
  backlog: BacklogIdea[];
  plan: Action[];
  budget: BudgetPoste[];
  raci: RaciRow[];
  rituels: Ritual[];
  journal: JournalEntry[];
  /** (v2) The plan snapshots of the hidden tab (empty when the tab is absent). */
  instantanes: PlanSnapshotRow[];
  /** Column letter of each header per tab, for A1 references in alerts (`Plan` → `Statut` → `G`). */
  colonnes: Record<string, Record<string, string>>;
  problemes: Problem[];
}

/** One month of `Historique` (v2): what that month's report said when it was generated. */
export interface HistoryEntry {
  /** `AAAA-MM`, stored as text. */
  mois: MonthKey;
  genereLe: Date | null;
  meteo: Meteo | null;
  signauxRouges: number | null;
  signauxOrange: number | null;
  /** Fait / (all − Abandonné) of the month; null when nothing counted. */
  tauxRealisation: number | null;
  actionsDuMois: number | null;
  /** Late actions of any month, as the Retard rule counts them. */
  enRetard: number | null;
  /** Blocked actions, as the Blocage rule counts them. */
  bloquees: number | null;
  /** Σ Budget prévu of Plan actions from Début's month to the report month. */
  budgetPrevuCumule: number | null;
  /** Actual to date when the report was generated. */
  reelCumule: number | null;
  budgetAnnuel: number | null;
}

/** A row of `Historique` as read back (v2). */
export interface HistoryRow extends HistoryEntry, RowRef {}
