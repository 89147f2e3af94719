// Shape of an alert (SPEC §6): one line per fired rule, with the cells concerned and advice, and
// the one order of the §6 alerts table that every view shares.

/** Level of an alert: rouge lines count for the weather. */
export type AlertLevel = 'rouge' | 'orange';

/** Exact signal names of SPEC §6, in the order of the rows of the §6 alerts table (v2). */
export const SIGNALS = [
  'Retard', 'Blocage', 'Dépassement budgétaire', 'Dérive du projet', 'Budget non aligné',
  'Répartition déséquilibrée', 'Tableau de bord abandonné', 'Rituels non tenus', 'Adoption non vérifiée',
  'Cadrage incomplet', 'Pilote absent', 'Actions à clarifier', 'Charge concentrée', 'Humain sous-investi',
  'Expérimentation', 'Trop de chantiers', 'Gouvernance floue', 'Objectif hors trajectoire',
  'Idées en attente', 'Périmètre instable', 'Moral en baisse', 'Rentabilité client',
] as const;
/** One signal name of SPEC §6. */
export type Signal = (typeof SIGNALS)[number];

/** One fired rule: one line of the report, the dialog, the sidebar and `boussoleSignaux`. */
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

/** Rouge lines first, then the order of the §6 table (SIGNALS); lines of one signal keep their order. */
export function sortAlerts(alertes: readonly Alert[]): Alert[] {
  const rank = (a: Alert) => (a.niveau === 'rouge' ? 0 : SIGNALS.length) + SIGNALS.indexOf(a.signal);
  return alertes.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i).map(({ a }) => a);
}
