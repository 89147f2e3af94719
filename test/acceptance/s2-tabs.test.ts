// SPEC §2/§4 acceptance for Initialiser: the tabs, the Gouvernance second table, idempotence on a
// filled classeur, and a user's reordered Plan kept as is with missing headers appended at the end.
import { describe, expect, it } from 'vitest';
import { example, inputSnapshot } from './support';
import { loadedEmulator } from '../support/bundle';

describe('SPEC §2 — Initialiser', () => {
  it('creates the tabs and the rituals table of Gouvernance with the five rituals of §2', () => {
    const emu = loadedEmulator();
    emu.run('boussoleInitialiser');
    for (const tab of ['Cadrage', 'Objectifs', 'Mesures', 'Backlog', 'Plan', 'Budget', 'Gouvernance', 'Journal', 'Tableau de bord']) {
      expect(emu.book.hasSheet(tab), tab).toBe(true);
    }
    const g = emu.book.values('Gouvernance');
    expect(g[0]?.slice(0, 5)).toEqual(['Chantier', 'R', 'A', 'C', 'I']);
    const at = g.findIndex((r) => r[0] === 'Rituel');
    expect(g[at]?.slice(0, 5)).toEqual(['Rituel', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date']);
    expect(g.slice(at + 1, at + 6).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Point hebdo', 'hebdomadaire', 30], ['Revue mensuelle', 'mensuelle', 60], ['Comité trimestriel', 'trimestrielle', 120],
      ["Point d'information équipe", 'trimestrielle', 15], ["Contrôle d'adoption J+30", 'unique', 30],
    ]);
  });

  it('on a filled classeur, a second run changes nothing', () => {
    const emu = example();
    const before = emu.book.snapshot();
    emu.run('boussoleInitialiser');
    expect(emu.book.snapshot()).toEqual(before);
  });

  it('keeps a user Plan with shuffled and extra columns, appending the missing headers at the right end', () => {
    const emu = loadedEmulator();
    emu.book.setValues('Plan', 'A1', [['Statut ', 'action', 'Mon commentaire', 'MOIS'], ['Fait', 'Mon action', 'à garder', '2026-11']]);
    emu.run('boussoleInitialiser');
    const plan = emu.book.values('Plan');
    expect(plan[0]?.slice(0, 4)).toEqual(['Statut ', 'action', 'Mon commentaire', 'MOIS']);
    expect(plan[0]?.slice(4)).toEqual(['ID', 'Phase', 'Type', 'Responsable', 'Échéance', 'Fait le', 'Budget prévu', 'Budget réel', 'Poste budgétaire', 'Résultat', 'Origine', 'Objectif']);
    expect(plan[1]?.slice(0, 3)).toEqual(['Fait', 'Mon action', 'à garder']);
    expect(inputSnapshot(emu)).toBeDefined();
  });
});
