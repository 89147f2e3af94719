// Wraps every menu action and sidebar/dialog RPC: a French message for any problem, never a
// raw crash (SPEC §7).

import { UserError } from '../gas/lock';

/** Runs a menu action; a UserError is shown as is, anything else as a French apology. */
export function runAction<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    if (error instanceof UserError) {
      ui.alert('Boussole', error.message, ui.ButtonSet.OK);
      return undefined;
    }
    console.error(error);
    const detail = error instanceof Error ? error.message : String(error);
    ui.alert('Boussole', `L’action n’a pas pu aboutir et le classeur n’a pas été modifié par cette étape.\n\nDétail technique : ${detail}`, ui.ButtonSet.OK);
    return undefined;
  }
}

/** Runs an RPC called by google.script.run: a UserError is rethrown as is, anything else as a French error. */
export function rpc<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) throw error;
    console.error(error);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`L’action n’a pas pu aboutir ; le classeur n’a pas été modifié. Détail technique : ${detail}`);
  }
}
