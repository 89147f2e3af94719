// Entry point of the dashboard: the menu action that rebuilds `Tableau de bord` (SPEC §3).

import { refreshDashboard } from '../gas/dashboard';
import { runAction } from './run';

/** Menu: Actualiser le tableau de bord — rebuilds that tab only (live formulas and charts). */
export function boussoleActualiserTableauDeBord(): string | undefined {
  return runAction(() => refreshDashboard());
}
