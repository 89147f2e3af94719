// The add-on menu of SPEC §3 (Extensions › Boussole), built in every auth mode, including NONE.
// Only actions that exist are listed; groups are separated as in the contract.

export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

/** Menu groups in SPEC §3 order; a separator goes between two non-empty groups. */
export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [
  ],
  [
  ],
  [
    { label: 'Initialiser le classeur', functionName: 'boussoleInitialiser' },
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
