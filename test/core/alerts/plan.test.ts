// The Plan alert rules of SPEC §6 (Retard, Blocage, Trop de chantiers), on hand-built actions.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Action } from '../../../src/core/types';
import { action, calmWorkbook, cadrage, d, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const only = (plan: Action[], signal: string, month = '2026-11', today = TODAY, over = {}) =>
  computeAlerts(calmWorkbook({ plan, ...over }), month, today).filter((a) => a.signal === signal);
const todo = (n: number, over: Partial<Action> = {}) => Array.from({ length: n }, () => action(over));

describe('the calm classeur', () => {
  it('fires no alert', () => {
    expect(computeAlerts(calmWorkbook({ plan: todo(5) }), '2026-11', TODAY)).toEqual([]);
  });
});

describe('Retard', () => {
  it('exactly 3 late actions among 20 is rouge (by count)', () => {
    const [a] = only([...todo(3, { echeance: d('2026-11-10') }), ...todo(17)], 'Retard');
    expect(a?.niveau).toBe('rouge');
    expect(a?.message).toMatch(/^3 actions en retard \(15 % des 20 actions du mois\)/);
    expect(a?.cellules).toEqual(['Plan!H2', 'Plan!H3', 'Plan!H4']);
  });
  it('2 late among 20 (10 %) is orange', () => {
    expect(only([...todo(2, { echeance: d('2026-11-10') }), ...todo(18)], 'Retard')[0]?.niveau).toBe('orange');
  });
  it('2 late among 10 (exactly 20 %) is rouge, 2 among 11 (18,2 %) orange', () => {
    expect(only([...todo(2, { echeance: d('2026-11-10') }), ...todo(8)], 'Retard')[0]?.niveau).toBe('rouge');
    resetRows();
    expect(only([...todo(2, { echeance: d('2026-11-10') }), ...todo(9)], 'Retard')[0]?.niveau).toBe('orange');
  });
  it('an action due on R itself is not late', () => {
    expect(only(todo(5, { echeance: d('2026-11-20') }), 'Retard')).toEqual([]);
  });
  it('counts late actions of any month, and not Fait / Abandonné', () => {
    const plan = [
      action({ mois: '2026-09', echeance: d('2026-09-30'), action: 'Audit' }),
      action({ mois: '2026-10', echeance: d('2026-10-15'), statut: 'Fait' }),
      action({ mois: '2026-10', echeance: d('2026-10-15'), statut: 'Abandonné' }),
      ...todo(9),
    ];
    const [a] = only(plan, 'Retard'); // 1 late vs 9 actions of November = 11,1 % → orange
    expect(a?.niveau).toBe('orange');
    expect(a?.message).toContain('« Audit » (échéance 30/09/2026, Claire)');
  });
  it('judges a past month at the first day of the next month', () => {
    // report of October on 2026-11-20: R = 2026-11-01
    const plan = [
      action({ mois: '2026-10', echeance: d('2026-10-31') }),
      action({ mois: '2026-10', echeance: d('2026-11-01') }),
      action({ mois: '2026-10', echeance: d('2026-11-10') }),
      ...todo(7, { mois: '2026-10' }),
    ];
    const over = { mesures: [], journal: [] };
    const late = computeAlerts(calmWorkbook({ plan, ...over }), '2026-10', TODAY).filter((a) => a.signal === 'Retard');
    expect(late[0]?.cellules).toEqual(['Plan!H2']); // only the 31/10 one
    // the same plan for the current month is judged today: 31/10 and 01/11 and 10/11 are late
    expect(only(plan, 'Retard', '2026-11')[0]?.cellules).toEqual(['Plan!H2', 'Plan!H3', 'Plan!H4']);
  });
  it('uses the column letters read from the sheet', () => {
    const colonnes = { Plan: { Échéance: 'K' } };
    expect(only(todo(1, { echeance: d('2026-11-01') }), 'Retard', '2026-11', TODAY, { colonnes })[0]?.cellules).toEqual(['Plan!K2']);
  });
});

describe('Blocage', () => {
  it('one blocked action is orange, two are rouge', () => {
    expect(only([action({ statut: 'Bloqué' })], 'Blocage')[0]?.niveau).toBe('orange');
    resetRows();
    const [a] = only([action({ statut: 'Bloqué', action: 'Choisir le CRM', responsable: 'Marc' }), action({ statut: 'Bloqué' })], 'Blocage');
    expect(a).toMatchObject({ niveau: 'rouge', cellules: ['Plan!G2', 'Plan!G3'] });
    expect(a?.message).toBe('2 actions bloquées : « Choisir le CRM » (Marc), « Action 3 » (Claire).');
  });
  it('ignores blocked actions of a later month', () => {
    expect(only([action({ statut: 'Bloqué', mois: '2026-12' })], 'Blocage')).toEqual([]);
  });
});

describe('Trop de chantiers', () => {
  it('fires above 3 En cours in one of months 1–3 of the roadmap', () => {
    // roadmap starts 2026-09: October is month 2
    const [a] = only(todo(4, { mois: '2026-10', statut: 'En cours' }), 'Trop de chantiers');
    expect(a?.niveau).toBe('orange');
    expect(a?.message).toContain('4 en octobre 2026 (mois 2)');
  });
  it('does not fire at exactly 3, nor in month 4', () => {
    expect(only(todo(3, { mois: '2026-10', statut: 'En cours' }), 'Trop de chantiers')).toEqual([]);
    expect(only(todo(4, { mois: '2026-12', statut: 'En cours' }), 'Trop de chantiers')).toEqual([]);
  });
  it('starts from the earliest Plan month without a roadmap start', () => {
    const over = { cadrage: cadrage({ debutFeuilleDeRoute: null }) };
    const plan = [action({ mois: '2026-11' }), ...todo(4, { mois: '2027-01', statut: 'En cours' })];
    expect(only(plan, 'Trop de chantiers', '2026-11', TODAY, over)).toHaveLength(1);
  });
});
