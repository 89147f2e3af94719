// Entry points of the sidebars and of sharing (SPEC §3, §4, §8): menu handlers and the RPC
// globals called by google.script.run. Only entry functions live here (all re-exported by index.ts).

import type { PanelSnapshot, AdditionResult, SimpleResult } from '../core/panel/snapshot';
import type { Checklist } from '../core/checklist/checklist';
import { openHelp, openTab, readChecklist } from '../gas/help';
import { readPanelSnapshot, openPanel, selectCells } from '../gas/panel';
import { addAction, changeStatus } from '../gas/panel-write';
import { shareWithConsultant, shareWithConsultantMenu } from '../gas/share';
import { rpc, runAction } from './run';

/** Menu: Ouvrir le panneau de pilotage. */
export function boussoleOuvrirPanneau(): void {
  runAction(() => openPanel());
}

/** Sidebar RPC: the JSON snapshot of the current month (reads only). */
export function boussoleDonneesPanneau(): PanelSnapshot {
  return rpc(() => readPanelSnapshot());
}

/** Sidebar RPC: selects the cells of an alert (`['Plan!H12', …]`). */
export function boussoleSelectionnerCellules(cellules: unknown): SimpleResult {
  return rpc(() => selectCells(cellules));
}

/** Sidebar RPC: `{ id, ligne, statut }` → sets that action's Statut. */
export function boussoleChangerStatut(changement: unknown): SimpleResult {
  return rpc(() => changeStatus(changement));
}

/** Sidebar RPC: the quick-add form → one new Plan row, or field errors. */
export function boussoleAjouterAction(formulaire: unknown): AdditionResult {
  return rpc(() => addAction(formulaire));
}

/** Sidebar RPC: activates a Boussole tab. */
export function boussoleOuvrirOnglet(onglet: unknown): SimpleResult {
  return rpc(() => openTab(onglet));
}

/** Menu: Partager avec mon consultant (checks the e-mail, then asks viewer or editor). */
export function boussolePartagerConsultant(): void {
  runAction(() => shareWithConsultantMenu());
}

/** Dialog RPC: shares as `lecteur` or `editeur`, then protects headers (warning only). */
export function boussolePartagerAvecConsultant(role: unknown): SimpleResult {
  return rpc(() => shareWithConsultant(role));
}

/** Menu: Aide et mini-formation. */
export function boussoleAide(): void {
  runAction(() => openHelp());
}

/** Help sidebar RPC: the *Check-list stratégique* (reads only). */
export function boussoleCheckListe(): Checklist {
  return rpc(() => readChecklist());
}
