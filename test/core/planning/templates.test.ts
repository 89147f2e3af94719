// The §9 templates: the 12-month roadmap from a November start, the 8-week relaunch from a Wednesday.
import { describe, expect, it } from 'vitest';
import { ROADMAP_TEMPLATE, buildRoadmap } from '../../../src/core/planning/roadmap';
import { buildRelaunchPlan } from '../../../src/core/planning/relaunch';
import { action, classeur, d, grid } from './fixtures';

describe('feuille de route 12 mois type (v2)', () => {
  const r = buildRoadmap(d(2026, 11, 15), [], ['A-003']);
  if (!r.ok) throw new Error('expected rows');
  const monthOf = (m: number) => r.actions.filter((_, i) => ROADMAP_TEMPLATE[i]?.mois === m);

  it('counts months from the start month, crossing the year', () => {
    // M1 = 2026-11, M3 = 2027-01, M12 = 2027-10. Per month (SPEC §9 v2): M1 audit, objectifs, cap = 3;
    // M2 personas, choix des quick wins, premier quick win = 3; M3 RACI = 1; M4–M6 4 each (quick wins or
    // campaign or automation, test budget, articles, formation); M7 cahier des charges, prestataire,
    // contenus, formation = 4; M8 recette, contenus, tâches répétitives, formation = 4; M9 analyse,
    // audit mobile, contenus, formation = 4; M10 réallocation + formation = 2; M11 bilan + formation = 2;
    // M12 rétrospective, année 2, formation = 3 → 38 actions.
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => monthOf(m).length)).toEqual([3, 3, 1, 4, 4, 4, 4, 4, 4, 2, 2, 3]);
    expect(monthOf(1).map((a) => a.mois)).toEqual(['2026-11', '2026-11', '2026-11']);
    expect(monthOf(3).map((a) => a.mois)).toEqual(['2027-01']);
    expect(monthOf(12).map((a) => a.mois)).toEqual(['2027-10', '2027-10', '2027-10']);
    expect(r.actions).toHaveLength(38);
    expect(r.actions[0]).toEqual({
      id: 'A-004', mois: '2026-11', phase: 'Fondations', type: 'Ponctuelle', statut: 'À faire', echeance: d(2026, 11, 30),
      action: 'Auditer l’existant : site, référencement, parcours clients, ressources, concurrence (2 à 4 semaines)', origine: 'Feuille de route type',
    });
    expect(r.actions[37]?.id).toBe('A-041');
  });

  it('puts the 1 000 € test budget in months 4–6 and the infrastructure in three steps over months 7–8', () => {
    const budget = r.actions.filter((a) => a.budgetPrevu !== undefined);
    expect(budget.map((a) => [a.mois, a.budgetPrevu, a.phase, a.type])).toEqual([
      ['2027-02', 1000, 'Tester', 'Récurrente'], ['2027-03', 1000, 'Amplifier', 'Récurrente'], ['2027-04', 1000, 'Amplifier', 'Récurrente'],
    ]);
    // M7 = May 2027, M8 = June 2027
    const infra = r.actions.filter((a) => a.action.startsWith('Infrastructure'));
    expect(infra.map((a) => [a.mois, a.echeance, a.phase])).toEqual([
      ['2027-05', d(2027, 5, 31), 'Structurer'], ['2027-05', d(2027, 5, 31), 'Structurer'], ['2027-06', d(2027, 6, 30), 'Structurer'],
    ]);
    expect(infra.map((a) => a.action).join(' | ')).toMatch(/CRM, refonte du site ou plateforme e-commerce ; 6 à 8 semaines\) : rédiger le cahier des charges \| .*choisir le prestataire \| .*recette/);
  });

  it('gives the first quick win to months 2–3 and shares the cap in month 1', () => {
    const first = r.actions.find((a) => /premier quick win/.test(a.action));
    expect([first?.mois, first?.echeance]).toEqual(['2026-12', d(2027, 1, 31)]); // M2 = Dec 2026, due end of M3 = Jan 2027
    expect(monthOf(1).some((a) => /Partager le cap .*100 mots.* avec les managers/.test(a.action))).toBe(true);
  });

  it('repeats articles in M4–M6, contents in M7–M9 and 10 % formation in M4–M12, once a month each', () => {
    const months = (re: RegExp) => r.actions.filter((a) => re.test(a.action)).map((a) => a.mois);
    expect(months(/4 articles de fond/)).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(months(/8 à 12 contenus/)).toEqual(['2027-05', '2027-06', '2027-07']);
    expect(months(/10 % du temps projet à la formation/)).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10']);
    const recurring = r.actions.filter((a) => /4 articles|8 à 12 contenus|10 % du temps/.test(a.action));
    expect(recurring.every((a) => a.type === 'Récurrente')).toBe(true);
  });

  it('holds every bullet of SPEC §9 with its phase', () => {
    const text = (m: number) => ROADMAP_TEMPLATE.filter((e) => e.mois === m).map((e) => `${e.phase}: ${e.action}`).join(' | ');
    expect(text(1)).toMatch(/Fondations: Auditer.*concurrence.*\| Fondations: Fixer des objectifs mesurables.*\| Fondations: Partager le cap/);
    expect(`${text(2)} ${text(3)}`).toMatch(/3 à 5 personas.*Choisir 2 à 3 quick wins.*premier quick win.*RACI et les rituels/);
    expect(text(4)).toMatch(/Tester: Réaliser 2 à 3 quick wins.*1 000 €.*4 articles de fond.*10 % du temps projet à la formation/);
    expect(text(5)).toMatch(/Amplifier: .*campagne multicanale avec suivi unifié/);
    expect(text(6)).toMatch(/Amplifier: .*automatisation marketing/);
    expect(`${text(7)} ${text(8)}`).toMatch(/Structurer: Infrastructure.*8 à 12 contenus.*recette.*8 à 12 contenus.*tâches répétitives/);
    expect(`${text(9)} ${text(10)}`).toMatch(/Optimiser: Analyser les six mois.*audit mobile.*8 à 12 contenus.*meilleur CAC/);
    expect(`${text(11)} ${text(12)}`).toMatch(/Bilan: Faire le bilan.*rétrospective.*année 2 \(10 jours\)/);
  });

  it('adds nothing the second time (same window)', () => {
    const g = grid('plan', r.actions.map((a) => action({ ID: a.id, Mois: a.mois, Action: a.action, Origine: a.origine })));
    const again = buildRoadmap(d(2026, 11, 1), classeur({ Plan: g }).plan, []);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.existantes).toHaveLength(38);
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
