// The actions `npm run bench` measures, each with the scripted answers it needs.
import type { Emulator } from '../test/emulator';

export interface BenchAction {
  readonly name: string;
  /** Runs on an empty classeur (no example) — then 1× and 10× are the same run. */
  readonly empty?: boolean;
  readonly prepare?: (emu: Emulator) => void;
  readonly run: (emu: Emulator, lastMonth: string) => unknown;
}

export const BENCH_ACTIONS: readonly BenchAction[] = [
  { name: 'onOpen (AuthMode.NONE)', empty: true, run: (emu) => emu.trigger('onOpen', 'NONE') },
  { name: 'boussoleInitialiser (new classeur)', empty: true, run: (emu) => emu.run('boussoleInitialiser') },
  { name: 'boussoleInitialiser (existing classeur)', run: (emu) => emu.run('boussoleInitialiser') },
  { name: 'boussoleDonneesPanneau (sidebar snapshot)', run: (emu) => emu.run('boussoleDonneesPanneau') },
  { name: 'boussoleChangerStatut', run: (emu) => emu.run('boussoleChangerStatut', { id: 'A-026', ligne: 27, statut: 'Fait' }) },
  { name: 'boussoleAjouterAction', run: (emu) => emu.run('boussoleAjouterAction', { action: 'Publier 4 articles', mois: '2026-12', responsable: 'Léa Fontaine', echeance: '2026-12-15', budgetPrevu: '350', poste: '' }) },
  { name: 'boussoleSelectionnerCellules', run: (emu) => emu.run('boussoleSelectionnerCellules', ['Plan!H23', 'Plan!H24']) },
  { name: 'boussolePartagerAvecConsultant', prepare: (emu) => emu.book.setValues('Cadrage', 'B12', [['claire.martin@cabinet-conseil.fr']]), run: (emu) => emu.run('boussolePartagerAvecConsultant', 'lecteur') },
];
