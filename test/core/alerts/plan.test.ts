// The Plan alert rules of SPEC §6 (Retard, Blocage, Trop de chantiers), on hand-built actions.
// v2: Retard is also rouge beyond 60 days and names the oldest delay; Trop de chantiers watches the
// report month when it is one of the first 6 months from Début (v1: any of months 1–3).
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Action } from '../../../src/core/types';
import { action, calmWorkbook, cadrage, d, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const only = (plan: Action[], signal: string, month = '2026-11', today = TODAY, over = {}) =>
  computeAlerts(calmWorkbook({ plan, ...over }), month, today).filter((a) => a.signal === signal);
const todo = (n: number, over: Partial<Action> = {}) => Array.from({ length: n }, () => action(over));
const PEOPLE = ['Claire', 'Marc', 'Léa'];

describe('the calm classeur', () => {
  it('fires no alert with 5 dated actions shared by three people', () => {
    const plan = Array.from({ length: 5 }, (_, i) => action({ echeance: d('2026-11-30'), responsable: PEOPLE[i % 3] ?? '' }));
    expect(computeAlerts(calmWorkbook({ plan }), '2026-11', TODAY)).toEqual([]);
  });
});

describe('Retard', () => {
  it('exactly 3 late actions among 20 is rouge (by count)', () => {
    const [a] = only([...todo(3, { echeance: d('2026-11-10') }), ...todo(17)], 'Retard');
    expect(a?.niveau).toBe('rouge');
    expect(a?.message).toMatch(/^3 actions en retard \(15 % des 20 actions du mois\), la plus ancienne de 10 jours : /);
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
  it('(v2) one action 61 days late is rouge « retards de plusieurs mois »; 60 days is orange', () => {
    // R = 20/11/2026: 20/09 is 61 days before, 21/09 is 60 days before; 1 late among 10 = 10 %
    const [a] = only([action({ echeance: d('2026-09-20'), action: 'Audit' }), ...todo(9)], 'Retard');
    expect(a?.niveau).toBe('rouge');
    expect(a?.message).toBe('1 action en retard (10 % des 10 actions du mois), de 61 jours — retards de plusieurs mois : « Audit » (échéance 20/09/2026, Claire).');
    resetRows();
    const [b] = only([action({ echeance: d('2026-09-21') }), ...todo(9)], 'Retard');
    expect(b?.niveau).toBe('orange');
    expect(b?.message).toContain('de 60 jours : ');
    expect(b?.message).not.toContain('plusieurs mois');
  });
  it('(v2) names the oldest delay among several', () => {
    const [a] = only([action({ echeance: d('2026-11-10') }), action({ echeance: d('2026-10-31') }), ...todo(18)], 'Retard');
    expect(a?.message).toMatch(/^2 actions en retard \(10 % des 20 actions du mois\), la plus ancienne de 20 jours : /);
    expect(a?.niveau).toBe('orange');
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
    const [a] = only(plan, 'Retard'); // 1 late vs 9 actions of November = 11,1 %, 51 days late → orange
    expect(a?.niveau).toBe('orange');
    expect(a?.message).toBe('1 action en retard (11,1 % des 9 actions du mois), de 51 jours : « Audit » (échéance 30/09/2026, Claire).');
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

describe('Trop de chantiers (v2: the report month, one of the first 6 months from Début)', () => {
  // Début = 2026-09-01: months 1–6 are September 2026 to February 2027
  it('fires above 3 En cours in the report month when it is month 3', () => {
    const [a] = only([...todo(4, { statut: 'En cours' }), ...todo(2)], 'Trop de chantiers');
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Plan!G2', 'Plan!G3', 'Plan!G4', 'Plan!G5'] });
    expect(a?.message).toBe('4 actions « En cours » en même temps en novembre 2026 (mois 3 de la feuille de route) — 3 au plus pendant les 6 premiers mois.');
  });
  it('still fires in month 6 (February 2027), not in month 7 (March 2027)', () => {
    const at = (mois: string) => only(todo(4, { mois, statut: 'En cours' }), 'Trop de chantiers', mois, d('2027-04-10'));
    expect(at('2027-02')).toHaveLength(1);
    resetRows();
    expect(at('2027-03')).toEqual([]);
  });
  it('does not fire at exactly 3, nor for another month than the report month', () => {
    expect(only(todo(3, { statut: 'En cours' }), 'Trop de chantiers')).toEqual([]);
    resetRows();
    expect(only(todo(4, { mois: '2026-10', statut: 'En cours' }), 'Trop de chantiers')).toEqual([]);
  });
  it('is not judged before Début nor without Début', () => {
    expect(only(todo(4, { mois: '2026-08', statut: 'En cours' }), 'Trop de chantiers', '2026-08')).toEqual([]);
    resetRows();
    const over = { cadrage: cadrage({ debutFeuilleDeRoute: null }) };
    expect(only(todo(4, { statut: 'En cours' }), 'Trop de chantiers', '2026-11', TODAY, over)).toEqual([]);
  });
  it('takes Début as the first day of the month of « Début de la feuille de route »', () => {
    // Début typed 2026-06-15 → month 1 = June; November is month 6
    const over = { cadrage: cadrage({ debutFeuilleDeRoute: d('2026-06-15') }) };
    expect(only(todo(4, { statut: 'En cours' }), 'Trop de chantiers', '2026-11', TODAY, over)[0]?.message).toContain('(mois 6 de la feuille de route)');
  });
});
