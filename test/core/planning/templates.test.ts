// The §9 templates: the 12-month roadmap from a November start, the 8-week relaunch from a Wednesday.
import { describe, expect, it } from 'vitest';
import { ROADMAP_TEMPLATE, buildRoadmap } from '../../../src/core/planning/roadmap';
import { buildRelaunchPlan } from '../../../src/core/planning/relaunch';
import { action, classeur, d, grid } from './fixtures';

describe('feuille de route 12 mois type', () => {
  const r = buildRoadmap(d(2026, 11, 15), [], ['A-003']);
  if (!r.ok) throw new Error('expected rows');

  it('counts months from the start month, crossing the year', () => {
    // M1 = 2026-11, M3 = 2027-01, M12 = 2027-10
    const byMonth = (m: number) => r.actions.filter((_, i) => ROADMAP_TEMPLATE[i]?.mois === m).map((a) => a.mois);
    expect(byMonth(1)).toEqual(['2026-11', '2026-11']);
    expect(byMonth(3)).toEqual(['2027-01']);
    expect(byMonth(12)).toEqual(['2027-10', '2027-10']);
    expect(r.actions).toHaveLength(25);
    expect(r.actions[0]).toEqual({
      id: 'A-004', mois: '2026-11', phase: 'Fondations', type: 'Ponctuelle', statut: 'À faire', echeance: d(2026, 11, 30),
      action: 'Auditer l’existant : site, référencement, parcours clients, ressources (2 à 4 semaines)', origine: 'Feuille de route type',
    });
    expect(r.actions[24]?.id).toBe('A-028');
  });

  it('puts the 1 000 € test budget in months 4–6 and the infrastructure over months 7–8', () => {
    const budget = r.actions.filter((a) => a.budgetPrevu !== undefined);
    expect(budget.map((a) => [a.mois, a.budgetPrevu, a.phase, a.type])).toEqual([
      ['2027-02', 1000, 'Tester', 'Récurrente'], ['2027-03', 1000, 'Amplifier', 'Récurrente'], ['2027-04', 1000, 'Amplifier', 'Récurrente'],
    ]);
    const infra = r.actions.find((a) => a.action.startsWith('Mettre en place l’infrastructure'));
    expect([infra?.mois, infra?.echeance]).toEqual(['2027-05', d(2027, 6, 30)]); // M7 = May, ends with M8 = June
  });

  it('holds every bullet of SPEC §9 with its phase', () => {
    const text = (m: number) => ROADMAP_TEMPLATE.filter((e) => e.mois === m).map((e) => `${e.phase}: ${e.action}`).join(' | ');
    expect(text(1)).toMatch(/Fondations: Auditer.*\| Fondations: Fixer des objectifs mesurables/);
    expect(`${text(2)} ${text(3)}`).toMatch(/3 à 5 personas.*RACI et les rituels.*Choisir 2 à 3 quick wins/);
    expect(text(4)).toMatch(/Réaliser 2 à 3 quick wins.*1 000 €.*4 articles de fond.*10 % du temps projet à la formation/);
    expect(text(5)).toMatch(/campagne multicanale avec suivi unifié/);
    expect(text(6)).toMatch(/automatisation marketing/);
    expect(`${text(7)} ${text(8)}`).toMatch(/CRM, refonte du site ou plateforme e-commerce \(6 à 8 semaines\).*8 à 12 contenus.*8 à 12 contenus.*tâches répétitives/);
    expect(`${text(9)} ${text(10)}`).toMatch(/Optimiser: Analyser les six mois.*audit mobile.*meilleur CAC/);
    expect(`${text(11)} ${text(12)}`).toMatch(/Bilan: Faire le bilan.*rétrospective.*année 2 \(10 jours\)/);
  });

  it('adds nothing the second time (same window)', () => {
    const g = grid('plan', r.actions.map((a) => action({ ID: a.id, Mois: a.mois, Action: a.action, Origine: a.origine })));
    const again = buildRoadmap(d(2026, 11, 1), classeur({ Plan: g }).plan, []);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.existantes).toHaveLength(25);
    expect(buildRoadmap(d(2027, 11, 1), classeur({ Plan: g }).plan, []).ok).toBe(true); // year 2 is allowed
  });
});

describe('plan de relance 8 semaines', () => {
  // Wednesday 25/11/2026 → Monday 23/11; fortnights end Sun 06/12, 20/12, 03/01, 17/01; J+30 = 16/02/2027
  const r = buildRelaunchPlan(d(2026, 11, 25), [], ['A-009']);
  if (!r.ok) throw new Error('expected rows');

  it('starts on this week’s Monday and ends each fortnight on its Sunday', () => {
    expect(r.lundi).toEqual(d(2026, 11, 23));
    expect(r.finDeploiement).toEqual(d(2027, 1, 17));
    expect(r.controleAdoption).toEqual(d(2027, 2, 16));
    expect(r.actions.map((a) => [a.id, a.mois, a.echeance])).toEqual([
      ['A-010', '2026-12', d(2026, 12, 6)],
      ['A-011', '2026-12', d(2026, 12, 20)],
      ['A-012', '2026-12', d(2026, 12, 20)],
      ['A-013', '2027-01', d(2027, 1, 3)],
      ['A-014', '2027-01', d(2027, 1, 17)],
      ['A-015', '2027-01', d(2027, 1, 17)],
      ['A-016', '2027-01', d(2027, 1, 17)],
      ['A-017', '2027-02', d(2027, 2, 16)],
    ]);
    expect(r.actions.every((a) => a.origine === 'Relance 8 semaines' && a.statut === 'À faire')).toBe(true);
    expect(r.actions.map((a) => a.action).join(' | ')).toMatch(/Cadrage express.*choisir l’outil.*plus de 2 heures.*2 à 3 personnes.*corriger.*déployer.*30 minutes.*Contrôle d'adoption J\+30/);
  });

  it('refuses while a relaunch is under way', () => {
    const g = grid('plan', r.actions.map((a) => action({ ID: a.id, Action: a.action, 'Échéance': a.echeance, Origine: a.origine })));
    const again = buildRelaunchPlan(d(2026, 11, 26), classeur({ Plan: g }).plan, []);
    expect(again.ok).toBe(false);
    expect(buildRelaunchPlan(d(2027, 2, 17), classeur({ Plan: g }).plan, []).ok).toBe(true);
  });
});
