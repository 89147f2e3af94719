// Actions à clarifier, Charge concentrée and Pilote absent (SPEC §6 v2), on the calm classeur
// judged on 20/11/2026 (report month November, next month December).
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Action, Workbook } from '../../../src/core/types';
import { action, cadrage, calmWorkbook, d, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
const DUE = d('2026-11-30');
beforeEach(resetRows);

const only = (signal: string, over: Partial<Workbook>) => computeAlerts(calmWorkbook(over), '2026-11', TODAY).filter((a) => a.signal === signal);
const clear = (n: number, over: Partial<Action> = {}) => Array.from({ length: n }, (_, i) => action({ echeance: DUE, responsable: ['Claire', 'Marc', 'Léa'][i % 3] ?? '', ...over }));

describe('Actions à clarifier', () => {
  it('is orange at exactly 30 % of the two months’ open actions', () => {
    // 10 open (5 in November, 5 in December), 3 without échéance
    const plan = [...clear(3, { echeance: null }), ...clear(2), ...clear(5, { mois: '2026-12' })];
    const [a] = only('Actions à clarifier', { plan });
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Plan!H2', 'Plan!H3', 'Plan!H4'] });
    expect(a?.message).toBe('3 actions ouvertes en novembre 2026 et décembre 2026 sans échéance ou sans responsable (30 % des 10 actions ouvertes) : '
      + '« Action 2 » (sans échéance), « Action 3 » (sans échéance), « Action 4 » (sans échéance).');
  });
  it('is rouge above 30 % with at least 3, naming each empty cell', () => {
    const plan = [...clear(6), action({ mois: '2026-12', echeance: null, responsable: '' }), ...clear(3, { mois: '2026-12', responsable: '  ' })];
    const [a] = only('Actions à clarifier', { plan }); // 4 of 10 = 40 %
    expect(a?.niveau).toBe('rouge');
    expect(a?.cellules).toEqual(['Plan!H8', 'Plan!F8', 'Plan!F9', 'Plan!F10', 'Plan!F11']);
    expect(a?.message).toContain('« Action 8 » (sans échéance ni responsable), « Action 9 » (sans responsable)');
  });
  it('stays orange under 3 actions even at 100 %', () => {
    expect(only('Actions à clarifier', { plan: clear(2, { echeance: null }) })[0]?.niveau).toBe('orange');
  });
  it('ignores done or dropped actions and other months', () => {
    const plan = [
      ...clear(2, { echeance: null, statut: 'Fait' }), action({ echeance: null, statut: 'Abandonné' }),
      ...clear(2, { mois: '2026-10', echeance: null }), ...clear(2, { mois: '2027-01', responsable: '' }), ...clear(4),
    ];
    expect(only('Actions à clarifier', { plan })).toEqual([]);
  });
});

describe('Charge concentrée', () => {
  const load = (responsables: string[], over: Partial<Action> = {}) => only('Charge concentrée', { plan: responsables.map((responsable) => action({ echeance: DUE, responsable, ...over })) });
  it('fires for one person holding more than half of at least 4 open actions', () => {
    const [a, ...rest] = load(['Claire', 'Marc', 'Claire', 'Claire']);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Plan!F2', 'Plan!F4', 'Plan!F5'] });
    expect(a?.message).toBe('Claire porte 3 des 4 actions ouvertes en novembre 2026 : « Action 2 », « Action 4 », « Action 5 ».');
  });
  it('does not fire at exactly half, nor under 4 open actions', () => {
    expect(load(['Claire', 'Marc', 'Claire', 'Marc'])).toEqual([]);
    expect(load(['Claire', 'Claire', 'Claire'])).toEqual([]);
    expect(load(['Claire', 'Claire', 'Claire', 'Claire'], { statut: 'Fait' })).toEqual([]);
  });
  it('counts a comma-separated Responsable for each person, one line per person', () => {
    // Claire 2, Marc 2, Léa 1 of 4 → exactly half: nothing
    expect(load(['Claire, Marc', 'Claire', 'Marc', 'Léa'])).toEqual([]);
    // Claire 3 of 5 → Claire only
    expect(load(['Claire, Marc', 'Claire', 'Marc', 'Léa', 'claire; Léa']).map((a) => a.message.split(' porte ')[0])).toEqual(['Claire']);
    // Claire and Marc 4 of 6 each → two lines
    expect(load(['Claire, Marc', 'Claire, Marc', 'Marc,Claire', 'Claire , Marc', 'Léa', 'Léa']).map((a) => a.message.slice(0, 20)))
      .toEqual(['Claire porte 4 des 6', 'Marc porte 4 des 6 a']);
  });
  it('fires above 6 actions even under half (7 of 14), not at 6 of 12', () => {
    const others = (n: number) => Array.from({ length: n }, (_, i) => `Personne ${i}`);
    expect(load([...Array(7).fill('Claire'), ...others(7)])[0]?.message).toMatch(/^Claire porte 7 des 14 actions ouvertes/);
    resetRows();
    expect(load([...Array(6).fill('Claire'), ...others(6)])).toEqual([]);
  });
});

describe('Pilote absent', () => {
  it('fires on an empty answer or a missing row, with the answer cell', () => {
    const [a] = only('Pilote absent', { cadrage: cadrage({ pilote: '  ' }) });
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Cadrage!B17'] }); // 16th question → row 17
    expect(a?.message).toBe('Aucun pilote du projet dans le Cadrage : ce n’est le travail de personne de faire avancer le projet.');
    const moved = { cadrage: cadrage({ pilote: '', rows: { pilote: 22 } }), colonnes: { Cadrage: { Réponse: 'C' } } };
    expect(only('Pilote absent', moved)[0]?.cellules).toEqual(['Cadrage!C22']);
  });
  it('stays quiet once a pilote is named', () => {
    expect(only('Pilote absent', { cadrage: cadrage({ pilote: 'Claire' }) })).toEqual([]);
  });
});
