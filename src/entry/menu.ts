// The add-on menu of SPEC §3 (Extensions › Boussole), built in every auth mode, including NONE.
// Only actions that exist are listed; groups are separated as in the contract.

/** One menu entry: its French label and the global function it calls. */
export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

/** Menu groups in SPEC §3 order; a separator goes between two non-empty groups. */
export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [
    { label: 'Ouvrir le panneau de pilotage', functionName: 'boussoleOuvrirPanneau' },
    { label: 'Générer le rapport mensuel', functionName: 'boussoleGenererRapport' },
    { label: 'Actualiser le tableau de bord', functionName: 'boussoleActualiserTableauDeBord' },
    { label: 'Préparer le point hebdo', functionName: 'boussolePointHebdo' },
    { label: 'Préparer le comité trimestriel', functionName: 'boussoleComiteTrimestriel' },
    { label: 'Vérifier les signaux d\'alerte', functionName: 'boussoleVerifierSignaux' },
  ],
  [
    { label: 'Prioriser le backlog', functionName: 'boussolePrioriserBacklog' },
    { label: 'Répartir le budget selon la maturité', functionName: 'boussoleRepartirBudget' },
    { label: 'Ajouter la feuille de route 12 mois type', functionName: 'boussoleFeuilleDeRouteType' },
    { label: 'Lancer un plan de relance 8 semaines', functionName: 'boussolePlanRelance' },
  ],
  [
    { label: 'Initialiser le classeur', functionName: 'boussoleInitialiser' },
    { label: 'Charger un exemple', functionName: 'boussoleChargerExemple' },
    { label: 'Partager avec mon consultant', functionName: 'boussolePartagerConsultant' },
    { label: 'Créer un portefeuille consultant', functionName: 'boussolePortefeuille' },
    { label: 'Aide et mini-formation', functionName: 'boussoleAide' },
  ],
];

/** Adds the Boussole menu. Touches nothing but the menu, so it is safe in AuthMode.NONE. */
export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  let needsSeparator = false;
  for (const group of MENU_GROUPS) {
    if (group.length === 0) continue;
    if (needsSeparator) menu.addSeparator();
    for (const item of group) menu.addItem(item.label, item.functionName);
    needsSeparator = true;
  }
  menu.addToUi();
}
