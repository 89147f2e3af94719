// The one manifest of entry points: every global the build exposes (triggers, menu actions,
// sidebar RPC, custom formulas). Module scope does no work.

import { buildDashboard, completeDashboard } from '../gas/dashboard';
import { greet } from '../gas/greeting';
import { initialise } from '../gas/initialise';
import { buildMenu } from './menu';
import { runAction } from './run';

export * from './formulas';
export { boussoleActualiserTableauDeBord } from './dashboard';
export { boussolePortefeuille } from './portfolio';
export { boussoleGenererRapport, boussoleGenererRapportPour, boussoleVerifierSignaux, boussoleChargerExemple } from './report';
export { boussoleSignaux } from './signals';
export { boussoleComiteTrimestriel, boussoleComiteTrimestrielPour } from './comite';
export {
  boussoleOuvrirPanneau, boussoleDonneesPanneau, boussoleSelectionnerCellules, boussoleChangerStatut,
  boussoleAjouterAction, boussoleOuvrirOnglet, boussolePartagerConsultant, boussolePartagerAvecConsultant, boussoleAide,
  boussoleCheckListe,
} from './panel';
export {
  boussolePrioriserBacklog, boussoleRepartirBudget, boussoleFeuilleDeRouteType, boussolePlanRelance,
  boussolePointHebdo, boussoleEnregistrerPointHebdo, boussoleOuvrirRituel,
} from './planning';

/**
 * Simple trigger: adds the menu (the only thing done in AuthMode.NONE); in LIMITED or FULL, greets
 * an initialised classeur with one toast (SPEC §3 v2). A simple trigger in LIMITED mode may read
 * and change the file it is bound to and show a toast, not reach other files
 * (developers.google.com/apps-script/guides/triggers#restrictions, reference/script/auth-mode).
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return;
  try {
    greet(e.source ?? SpreadsheetApp.getActiveSpreadsheet());
  } catch (error) {
    console.error(error);
  }
}

/** Add-on install trigger: same menu right away (and the greeting, in FULL mode). */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: Initialiser le classeur. */
export function boussoleInitialiser(): string | undefined {
  return runAction(() => initialise(buildDashboard, completeDashboard));
}
