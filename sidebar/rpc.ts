// A typed promise wrapper over google.script.run: each server function the sidebars call, with
// its argument and answer types shared from src/ (so the payloads cannot drift apart).

import type { PanelSnapshot, AdditionResult, SimpleResult } from '../src/core/panel/snapshot';
import type { ReportResult } from '../src/gas/report';
import type { Checklist } from '../src/core/checklist/checklist';
import { rpcErrorMessage } from '../src/contract/rpc-errors';

/** The quick-add form as sent: every field is text. */
export interface FormulaireAjout {
  action: string; mois: string; responsable: string; echeance: string; budgetPrevu: string; poste: string;
}

/** Server globals called from the sidebars (src/entry/index.ts), by name. */
interface ServeurBoussole {
  boussoleDonneesPanneau(): PanelSnapshot;
  boussoleSelectionnerCellules(cellules: string[]): SimpleResult;
  boussoleChangerStatut(changement: { id: string; ligne: number; action: string; statut: string }): SimpleResult;
  boussoleAjouterAction(formulaire: FormulaireAjout): AdditionResult;
  boussoleGenererRapportPour(mois: string): ReportResult;
  boussoleOuvrirOnglet(onglet: string): SimpleResult;
  boussoleOuvrirRituel(rituel: string): SimpleResult;
  boussoleCheckListe(): Checklist;
}

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

/** Calls a server function; resolves with its answer, rejects with an Error whose message is French. */
export function callServer<K extends keyof ServeurBoussole>(
  name: K,
  ...args: Parameters<ServeurBoussole[K]>
): Promise<ReturnType<ServeurBoussole[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new Error('Ce panneau fonctionne dans Google Sheets (Extensions › Boussole).'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServeurBoussole[K]>))
      .withFailureHandler((error) => reject(new Error(rpcErrorMessage(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') reject(new Error(`Fonction serveur inconnue : ${name}.`));
    else fn.apply(runner, args);
  });
}
