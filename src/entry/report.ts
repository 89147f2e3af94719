// Entry points of the monthly report (SPEC §3, §4, §6): the report menu item and its scriptable
// variant, the alerts dialog, and Charger un exemple.

import { loadExample } from '../gas/load-example';
import { buildDashboard } from '../gas/dashboard';
import type { ReportResult } from '../gas/report';
import { generateReportFromMenu, generateReportFor, checkSignals } from '../gas/report-menu';
import { rpc, runAction } from './run';

/** Menu: Générer le rapport mensuel — asks the month, writes `Rapport AAAA-MM`, shows *Rapport prêt*. */
export function boussoleGenererRapport(): ReportResult | undefined {
  return runAction(() => generateReportFromMenu());
}

/**
 * Scriptable variant with no dialog (sidebar, tests): `mois` is `AAAA-MM`; returns
 * `{ feuille, meteo, alertes }`. An invalid month throws an error whose message is French.
 */
export function boussoleGenererRapportPour(mois: string): ReportResult {
  return rpc(() => generateReportFor(mois));
}

/** Menu: Vérifier les signaux d'alerte — the current month's alerts in a dialog. */
export function boussoleVerifierSignaux(): number | undefined {
  return runAction(() => checkSignals());
}

/** Menu: Charger un exemple — fills an empty classeur with a fictional PME. */
export function boussoleChargerExemple(): string | undefined {
  return runAction(() => loadExample(buildDashboard));
}
