// Ready-made classeurs and scripted runs of the five planning actions in the emulator, shared by
// the end-to-end tests and by scripts/bench.ts (calls per action at 1× and 10× rows).
import type { Emulator } from '../../emulator/index';
import { loadedEmulator } from '../../support/bundle';

/** Monday 23/11/2026 10:00 Paris. */
export const LUNDI = new Date(2026, 10, 23, 10, 0, 0);

/** A fresh initialised classeur (the real bundle's Initialiser), at `now`. */
export function initialisedWorkbook(now: Date = LUNDI): Emulator {
  const emu = loadedEmulator({ now });
  emu.run('boussoleInitialiser');
  return emu;
}

/** Backlog rows A:I (ID … Faisabilité) and L:M (Décision, Mois prévu) of the 6-idea example, repeated `scale` times. */
export function backlogRows(scale = 1): { ai: unknown[][]; lm: unknown[][] } {
  const base: Array<[string, string, number, number, number, number, number, string]> = [
    ['', 'Refaire la page contact', 3, 3, 3, 4, 4, ''], // score 50, Démarrer
    ['B-003', 'Newsletter mensuelle', 4, 2, 3, 4, 4, ''], // 69, Démarrer
    ['', '=HYPERLINK("x")', 2, 4, 2, 4, 4, ''], // 25, Démarrer (text in a plain-text column that looks like a formula)
    ['', 'Chatbot', 5, 1, 5, 2, 4, ''], // 100, Écarter
    ['B-001', 'Fichier clients', 3, 3, 3, 3, 3, '2026-12'], // 50, Démarrer, already planned
    ['', 'Automatiser les devis', 4, 2, 3, 5, 5, ''], // 69, Démarrer
  ];
  // Copies after the first have no ID, so IDs stay unique.
  const flat = Array.from({ length: scale }, (_, k) => base.map((r): typeof r => (k === 0 ? r : ['', ...r.slice(1)] as typeof r))).flat();
  return {
    ai: flat.map(([id, idee, v, c, u, imp, f]) => [id, idee, 'Léa', '', v, c, u, imp, f]),
    lm: flat.map((r) => ['', r[7]]),
  };
}

/** Loads the Backlog example (scale × 6 ideas). */
export function seedBacklog(emu: Emulator, scale = 1): void {
  const { ai, lm } = backlogRows(scale);
  emu.book.setValues('Backlog', 'A2', ai);
  emu.book.setValues('Backlog', 'L2', lm);
}

/** Fills Cadrage answers B9 (maturité), B10 (budget), B11 (début). */
export function seedCadrage(emu: Emulator, maturite = 'Débutante', budget: unknown = 1000, debut: unknown = new Date(2026, 10, 1)): void {
  emu.book.setValues('Cadrage', 'B9', [[maturite], [budget], [debut]]);
}

/** `scale` × 7 Plan actions in November 2026: done, in progress, blocked, late… */
export function seedPlan(emu: Emulator, scale = 1): void {
  const d = (day: number) => new Date(2026, 10, day);
  const base = [
    ['Mettre à jour le site', 'Fait', d(20), d(19)], ['Choisir le CRM', 'En cours', d(27), ''], ['Importer les contacts', 'Bloqué', d(20), ''],
    ['Former l’équipe', 'À faire', d(16), ''], ['Publier l’article', 'À faire', d(30), ''], ['Relancer les devis', 'Abandonné', d(24), ''],
    ['Nettoyer le fichier', 'Fait', d(10), d(10)],
  ];
  const rows = Array.from({ length: scale }, () => base).flat().map(([action, statut, echeance, faitLe], i) =>
    [`A-${String(i + 1).padStart(3, '0')}`, d(1), 'Fondations', action, 'Ponctuelle', 'Léa', statut, echeance, faitLe]);
  emu.book.setValues('Plan', 'A2', rows);
}

/** Budget postes, `scale` × 3 (one empty Montant prévu per horizon, one typed). */
export function seedBudget(emu: Emulator, scale = 1): void {
  const base = [['Site', 'Long terme', 'Tech', 'Non', ''], ['Publicité', 'Résultats rapides', 'Tech', 'Oui', ''], ['Imprévus', 'Optimisation & imprévus', 'Tech', 'Non', 100]];
  emu.book.setValues('Budget', 'A2', Array.from({ length: scale }, () => base).flat().map((r, i) => [`${r[0]} ${i + 1}`, ...r.slice(1)]));
}

/** Participants of the Point hebdo ritual (Gouvernance rituals table starts at row 13). */
export function seedRituals(emu: Emulator): void {
  emu.book.setValues('Gouvernance', 'D14', [['Léa, Marc', new Date(2026, 10, 23)]]);
}

/** The five actions with their scripted answers, as the bench runs them. */
export const ACTIONS: Record<string, { prepare(emu: Emulator, scale: number): void; run(emu: Emulator): unknown }> = {
  boussolePrioriserBacklog: {
    prepare: (emu, scale) => { seedBacklog(emu, scale); seedPlan(emu, scale); },
    run: (emu) => { emu.user.answerAlert('YES'); return emu.run('boussolePrioriserBacklog'); },
  },
  boussoleRepartirBudget: {
    prepare: (emu, scale) => { seedCadrage(emu); seedBudget(emu, scale); seedPlan(emu, scale); },
    run: (emu) => { emu.user.answerAlert('YES'); return emu.run('boussoleRepartirBudget'); },
  },
  boussoleFeuilleDeRouteType: {
    prepare: (emu, scale) => { seedCadrage(emu); seedPlan(emu, scale); },
    run: (emu) => emu.run('boussoleFeuilleDeRouteType'),
  },
  boussolePlanRelance: {
    prepare: (emu, scale) => { seedPlan(emu, scale); },
    run: (emu) => emu.run('boussolePlanRelance'),
  },
  boussolePointHebdo: {
    prepare: (emu, scale) => { seedPlan(emu, scale); seedRituals(emu); seedBacklog(emu, scale); },
    run: (emu) => emu.run('boussolePointHebdo'),
  },
  boussoleEnregistrerPointHebdo: {
    prepare: (emu, scale) => { seedPlan(emu, scale); },
    run: (emu) => emu.run('boussoleEnregistrerPointHebdo', { date: '2026-11-23', meteo: '🌤️ Variable', decisions: 'Go', blocages: '', participants: 'Léa' }),
  },
};

/** Service calls made by one action on a classeur with `scale` × the example rows, and the number of
 *  distinct months of the Plan rows it added from the backlog (Origine `B-…`). */
export function callsFor(name: string, scale: number): { calls: number; monthsScheduled: number } {
  const scenario = ACTIONS[name];
  if (!scenario) throw new Error(`Unknown action ${name}`);
  const emu = initialisedWorkbook();
  scenario.prepare(emu, scale);
  emu.calls.reset();
  scenario.run(emu);
  const months = emu.book.values('Plan').slice(1).filter((r) => /^B-/.test(String(r[13]))).map((r) => String(r[1]));
  return { calls: emu.calls.total(), monthsScheduled: new Set(months).size };
}
