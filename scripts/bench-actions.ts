// The actions `npm run bench` measures, each with the scripted answers it needs.
import type { Emulator } from '../test/emulator';
import { ACTIONS as PLANNING, seedBacklog, seedPlan } from '../test/gas/planning/scenarios';

/** One action the bench times: its name, the data it runs on, and how to run it. */
export interface BenchAction {
  readonly name: string;
  /** Runs on an empty classeur (no example) — then 1× and 10× are the same run. */
  readonly empty?: boolean;
  /** Own data instead of the example: fills the classeur at `scale` × its rows. */
  readonly seed?: (emu: Emulator, scale: number) => void;
  readonly run: (emu: Emulator, lastMonth: string) => unknown;
  /** A global another branch may not have built yet: the bench prints `"absent"` when dist/Code.js lacks it. */
  readonly requires?: string;
}

/** Client rows pasted in the consultant's `Portefeuille` at scale 1 (×10 at scale 10: 200 rows). */
const PORTFOLIO_CLIENTS = 20;

/** A consultant's Sheet whose `Portefeuille` holds client links (never allowed: calls do not depend on what they import). */
function portfolioSeed(emu: Emulator, scale: number): void {
  emu.run('boussolePortefeuille');
  const links = Array.from({ length: PORTFOLIO_CLIENTS * scale }, (_, i) => [`https://docs.google.com/spreadsheets/d/1Client${String(i).padStart(4, '0')}XXXXXXXXXXXXXXXXXXXX/edit`]);
  emu.book.setValues('Portefeuille', `A2:A${links.length + 1}`, links);
}

/** Plan and Backlog at `scale` × the planning example, 10 × `scale` past Journal rows, and the Point hebdo due today. */
function meetingSeed(emu: Emulator, scale: number): void {
  seedPlan(emu, scale);
  seedBacklog(emu, scale);
  const journal = Array.from({ length: 10 * scale }, (_, i) => [new Date(2026, 8, 1 + (i % 28)), 'Point hebdo', '', `Décision ${i}`, '', '']);
  emu.book.setValues('Journal', 'A2', journal);
  emu.book.setValues('Gouvernance', 'E14', [[new Date(2026, 10, 23)]]);
}

/** The meeting dialog's v2 save: weather, mood, two "coince" lines and one "manque" line sent to the Backlog, date moved. */
const MEETING_V2 = { rituel: 'Point hebdo', date: '2026-11-23', meteo: '🌤️ Variable', moral: 4, decisions: 'Go', blocages: '', participants: 'Léa', coince: 'a\nb', manque: 'c', ajouterAuBacklog: true };

const planning: BenchAction[] = Object.entries(PLANNING).map(([name, scenario]) => ({
  name, seed: (emu, scale) => scenario.prepare(emu, scale), run: (emu) => scenario.run(emu),
}));

/** Every menu action, trigger and sidebar RPC the bench measures, in menu order. */
export const BENCH_ACTIONS: readonly BenchAction[] = [
  { name: 'onOpen (AuthMode.NONE)', empty: true, run: (emu) => emu.trigger('onOpen', 'NONE') },
  { name: 'onOpen (AuthMode.LIMITED, greeting)', run: (emu) => emu.trigger('onOpen', 'LIMITED') },
  { name: 'boussoleInitialiser (new classeur)', empty: true, run: (emu) => emu.run('boussoleInitialiser') },
  { name: 'boussoleInitialiser (existing classeur)', run: (emu) => emu.run('boussoleInitialiser') },
  { name: 'boussoleChargerExemple', empty: true, run: (emu) => { emu.run('boussoleInitialiser'); emu.calls.reset(); return emu.run('boussoleChargerExemple'); } },
  { name: 'boussoleGenererRapportPour', run: (emu, month) => emu.run('boussoleGenererRapportPour', month) },
  { name: 'boussoleGenererRapportPour (regeneration)', run: (emu, month) => { emu.run('boussoleGenererRapportPour', month); emu.calls.reset(); return emu.run('boussoleGenererRapportPour', month); } },
  { name: 'boussoleComiteTrimestrielPour', run: (emu) => emu.run('boussoleComiteTrimestrielPour', '2026-T3') },
  { name: 'boussoleVerifierSignaux', run: (emu) => emu.run('boussoleVerifierSignaux') },
  { name: 'boussoleSignaux', run: (emu, month) => emu.run('boussoleSignaux', month) },
  { name: 'boussoleActualiserTableauDeBord', run: (emu) => emu.run('boussoleActualiserTableauDeBord') },
  { name: 'boussoleDonneesPanneau', run: (emu) => emu.run('boussoleDonneesPanneau') },
  { name: 'boussoleOuvrirPanneau', run: (emu) => emu.run('boussoleOuvrirPanneau') },
  { name: 'boussoleChangerStatut', run: (emu) => emu.run('boussoleChangerStatut', { id: 'A-003', ligne: 4, statut: 'Fait' }) },
  { name: 'boussoleAjouterAction', run: (emu) => emu.run('boussoleAjouterAction', { action: 'Publier 4 articles', mois: '2026-12', responsable: 'Marie', echeance: '2026-12-15', budgetPrevu: '1 200,50', poste: '' }) },
  { name: 'boussoleSelectionnerCellules', run: (emu) => emu.run('boussoleSelectionnerCellules', ['Plan!H4', 'Plan!G4']) },
  { name: 'boussolePartagerAvecConsultant', run: (emu) => emu.run('boussolePartagerAvecConsultant', 'lecteur') },
  { name: 'boussolePortefeuille (new tab)', empty: true, run: (emu) => emu.run('boussolePortefeuille') },
  { name: 'boussolePortefeuille (20 / 200 client rows)', seed: portfolioSeed, run: (emu) => emu.run('boussolePortefeuille') },
  ...planning,
  { name: 'boussoleEnregistrerPointHebdo (v2 dialog: 3 ideas, date moved)', seed: meetingSeed, run: (emu) => emu.run('boussoleEnregistrerPointHebdo', MEETING_V2) },
  { name: 'boussoleOuvrirRituel (Revue mensuelle)', run: (emu) => emu.run('boussoleOuvrirRituel', 'Revue mensuelle') },
  { name: 'boussoleComiteTrimestrielPour (2026-T4)', requires: 'boussoleComiteTrimestrielPour', run: (emu) => emu.run('boussoleComiteTrimestrielPour', '2026-T4') },
];
