// Shape of an alert (SPEC §6): one line per fired rule, with the cells concerned and advice.

/** Level of an alert: rouge lines count for the weather. */
export type AlertLevel = 'rouge' | 'orange';

/** Exact signal names of SPEC §6, in the order of the rule book. */
export const SIGNALS = [
  'Retard', 'Blocage', 'Dépassement budgétaire', 'Tableau de bord abandonné', 'Rituels non tenus',
  'Cadrage incomplet', 'Humain sous-investi', 'Expérimentation', 'Trop de chantiers',
  'Gouvernance floue', 'Rentabilité client',
] as const;
/** One signal name of SPEC §6. */
export type Signal = (typeof SIGNALS)[number];

/** One fired rule. */
export interface Alert {
  signal: Signal;
  niveau: AlertLevel;
  /** French, concrete: names and figures. */
  message: string;
  /** A1 references with the sheet, e.g. `Plan!H12`. */
  cellules: string[];
  /** What to do, in French. */
  conseil: string;
}
