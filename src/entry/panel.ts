// Entry points of the sidebars and of sharing (SPEC §3, §4, §8): menu handlers and the RPC
// globals called by google.script.run. Only entry functions live here (all re-exported by index.ts).

import type { PanneauDonnees, ResultatAjout, ResultatSimple } from '../core/panel';
import { aide, ouvrirOnglet } from '../gas/help';
import { donneesPanneau, ouvrirPanneau, selectionnerCellules } from '../gas/panel';
import { ajouterAction, changerStatut } from '../gas/panel-write';
import { partagerAvecConsultant, partagerConsultant } from '../gas/share';
import { rpc, runAction } from './run';

/** Menu: Ouvrir le panneau de pilotage. */
export function boussoleOuvrirPanneau(): void {
  runAction(() => ouvrirPanneau());
}

/** Sidebar RPC: the JSON snapshot of the current month (reads only). */
export function boussoleDonneesPanneau(): PanneauDonnees {
  return rpc(() => donneesPanneau());
}

/** Sidebar RPC: selects the cells of an alert (`['Plan!H12', …]`). */
export function boussoleSelectionnerCellules(cellules: unknown): ResultatSimple {
  return rpc(() => selectionnerCellules(cellules));
}

/** Sidebar RPC: `{ id, ligne, statut }` → sets that action's Statut. */
export function boussoleChangerStatut(changement: unknown): ResultatSimple {
  return rpc(() => changerStatut(changement));
}

/** Sidebar RPC: the quick-add form → one new Plan row, or field errors. */
export function boussoleAjouterAction(formulaire: unknown): ResultatAjout {
  return rpc(() => ajouterAction(formulaire));
}

/** Sidebar RPC: activates a Boussole tab. */
export function boussoleOuvrirOnglet(onglet: unknown): ResultatSimple {
  return rpc(() => ouvrirOnglet(onglet));
}

/** Menu: Partager avec mon consultant (checks the e-mail, then asks viewer or editor). */
export function boussolePartagerConsultant(): void {
  runAction(() => partagerConsultant());
}

/** Dialog RPC: shares as `lecteur` or `editeur`, then protects headers (warning only). */
export function boussolePartagerAvecConsultant(role: unknown): ResultatSimple {
  return rpc(() => partagerAvecConsultant(role));
}

/** Menu: Aide et mini-formation. */
export function boussoleAide(): void {
  runAction(() => aide());
}
