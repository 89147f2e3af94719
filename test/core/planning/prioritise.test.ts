// Prioriser le backlog, pure part: IDs, stable sort by Score, and scheduling 3 per month.
import { describe, expect, it } from 'vitest';
import { prioritise, sortByScore } from '../../../src/core/planning/prioritise';
import { maxIdNumber, nextIds } from '../../../src/core/planning/ids';
import { action, classeur, d, grid, idee } from './fixtures';

const backlogGrid = grid('backlog', [
  idee('B-002', 'Idée A', 50, 'Démarrer'), // row 2
  idee('', 'Idée B', 75, 'Démarrer'), // row 3
  idee('B-005', 'Idée C', 50, 'Préparer'), // row 4
  idee('', 'Idée D', 88, 'Démarrer', { 'Décision': 'Écarter' }), // row 5
  idee('B-001', 'Idée E', 75, 'Démarrer', { 'Mois prévu': '2026-12' }), // row 6
  idee('', 'Idée F', 50, 'Démarrer'), // row 7
]);
const planGrid = grid('plan', [action({ ID: 'A-004', Action: 'Existante' }), action({ ID: 'a-002', Action: 'Autre' })]);
const today = d(2026, 11, 25);

describe('IDs', () => {
  it('continue after the highest number, whatever the case or gaps', () => {
    expect(maxIdNumber(['B-002', 'b-010', 'x', '', null, 'B-7'], 'B')).toBe(10);
    expect(nextIds(['A-004', 'A-001'], 'A', 2)).toEqual(['A-005', 'A-006']);
    expect(nextIds([], 'B', 1)).toEqual(['B-001']);
  });
});

describe('prioritise', () => {
  const c = classeur({ Backlog: backlogGrid, Plan: planGrid });
  const ids = backlogGrid.slice(1).map((r) => r[0]);
  const p = prioritise(c.backlog, ids, c.plan, planGrid.slice(1).map((r) => r[0]), today);

  it('sorts by Score descending, ties keeping sheet order', () => {
    // 88 (row 5), 75 (rows 3, 6), 50 (rows 2, 4, 7)
    expect(sortByScore(c.backlog).map((i) => i.idee)).toEqual(['Idée D', 'Idée B', 'Idée E', 'Idée A', 'Idée C', 'Idée F']);
    expect([...p.deplacements]).toEqual([[2, 5], [3, 3], [4, 6], [5, 2], [6, 4], [7, 7]]);
    expect(p.change).toBe(true);
  });

  it('gives missing IDs in sheet order after the highest (B-005)', () => {
    expect([...p.nouveauxIds]).toEqual([[3, 'B-006'], [5, 'B-007'], [7, 'B-008']]);
  });

  it('schedules Démarrer ideas without decision nor month, by Score, from next month', () => {
    // D is Écarter, E has a month, C is Préparer → B (75), A (50), F (50)
    expect(p.planifiees).toEqual([
      { row: 3, id: 'B-006', idee: 'Idée B', score: 75, mois: '2026-12' },
      { row: 5, id: 'B-002', idee: 'Idée A', score: 50, mois: '2026-12' },
      { row: 7, id: 'B-008', idee: 'Idée F', score: 50, mois: '2026-12' },
    ]);
    expect(p.actions).toEqual([
      { id: 'A-005', mois: '2026-12', action: 'Idée B', statut: 'À faire', origine: 'B-006' },
      { id: 'A-006', mois: '2026-12', action: 'Idée A', statut: 'À faire', origine: 'B-002' },
      { id: 'A-007', mois: '2026-12', action: 'Idée F', statut: 'À faire', origine: 'B-008' },
    ]);
  });

  it('puts at most 3 new actions per month, across months and years', () => {
    const rows = Array.from({ length: 7 }, (_, i) => idee(`B-00${i + 1}`, `Idée ${i + 1}`, 90 - i, 'Démarrer'));
    const g = grid('backlog', rows);
    const c7 = classeur({ Backlog: g });
    const p7 = prioritise(c7.backlog, g.slice(1).map((r) => r[0]), [], [], d(2026, 11, 25));
    expect(p7.planifiees.map((i) => i.mois)).toEqual(['2026-12', '2026-12', '2026-12', '2027-01', '2027-01', '2027-01', '2027-02']);
    expect(p7.change).toBe(false); // already sorted, every ID present
    expect(p7.actions.map((a) => a.id)).toEqual(['A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-006', 'A-007']);
  });

  it('does not schedule an idea already in Plan, nor a Démarrer decision with a month', () => {
    const g = grid('backlog', [idee('B-001', 'Déjà', 80, 'Démarrer'), idee('B-002', 'Décidée', 70, 'Démarrer', { 'Décision': 'Démarrer' })]);
    const pg = grid('plan', [action({ ID: 'A-001', Action: 'Déjà', Origine: 'B-001' })]);
    const cc = classeur({ Backlog: g, Plan: pg });
    const pp = prioritise(cc.backlog, ['B-001', 'B-002'], cc.plan, ['A-001'], today);
    expect(pp.planifiees.map((i) => i.id)).toEqual(['B-002']);
    expect(pp.actions[0]).toEqual({ id: 'A-002', mois: '2026-12', action: 'Décidée', statut: 'À faire', origine: 'B-002' });
  });
});
