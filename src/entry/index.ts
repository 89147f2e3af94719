// The one manifest of entry points: every global the build exposes (triggers, menu actions,
// sidebar RPC, custom formulas). Module scope does no work.

import { buildDashboard, completeDashboard } from '../gas/dashboard';
import { initialise } from '../gas/initialise';
import { buildMenu } from './menu';
import { runAction } from './run';

export * from './formulas';
export { boussoleActualiserTableauDeBord } from './dashboard';
export { boussoleGenererRapport, boussoleGenererRapportPour, boussoleVerifierSignaux, boussoleChargerExemple } from './report';
export {
  boussoleOuvrirPanneau, boussoleDonneesPanneau, boussoleSelectionnerCellules, boussoleChangerStatut,
  boussoleAjouterAction, boussoleOuvrirOnglet, boussolePartagerConsultant, boussolePartagerAvecConsultant, boussoleAide,
} from './panel';
export {
  boussolePrioriserBacklog, boussoleRepartirBudget, boussoleFeuilleDeRouteType, boussolePlanRelance,
  boussolePointHebdo, boussoleEnregistrerPointHebdo,
} from './planning';

/** Simple trigger: adds the menu (works in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Add-on install trigger: same menu right away. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen();
}

/** Menu: Initialiser le classeur. */
export function boussoleInitialiser(): string | undefined {
  return runAction(() => initialise(buildDashboard, completeDashboard));
}
