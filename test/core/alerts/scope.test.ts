// Périmètre instable (SPEC §6 v2): the November report compared, action by ID, with the snapshot of
// the latest earlier month that has one (October here).
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import { previousSnapshotMonth } from '../../../src/core/alerts/scope';
import type { Action, PlanSnapshotRow } from '../../../src/core/types';
import { action, calmWorkbook, d, instantane, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
const DUE = d('2026-11-25');
beforeEach(resetRows);

/** `n` actions promised for November in the October snapshot (open, Mois 2026-11, Échéance 25/11), unchanged since. */
function promised(n: number, snapshot: Partial<PlanSnapshotRow> = {}): { plan: Action[]; instantanes: PlanSnapshotRow[] } {
  const plan = Array.from({ length: n }, () => action({ echeance: DUE, responsable: 'Marc' }));
  return { plan, instantanes: plan.map((a) => instantane('2026-10', a.id, { mois: '2026-11', echeance: DUE, ...snapshot })) };
}
/** Moves `count` actions later: the first by Mois, the others by Échéance. */
function move(plan: Action[], count: number): void {
  plan.slice(0, count).forEach((a, i) => (i === 0 ? (a.mois = '2026-12') : (a.echeance = d('2026-12-10'))));
}
const unstable = (plan: Action[], instantanes: PlanSnapshotRow[]) =>
  computeAlerts(calmWorkbook({ plan, instantanes }), '2026-11', TODAY).filter((a) => a.signal === 'Périmètre instable');

describe('Périmètre instable', () => {
  it('is orange at exactly 20 % with 3 moved actions (3 of 15)', () => {
    const { plan, instantanes } = promised(15);
    move(plan, 3);
    const [a] = unstable(plan, instantanes);
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Plan!B2', 'Plan!H3', 'Plan!H4'] });
    expect(a?.message).toBe('3 des 15 actions promises pour novembre 2026 au rapport d’octobre 2026 ont été repoussées depuis (20 %) — les priorités changent sans arrêt : '
      + '« Action 2 » (mois novembre 2026 → décembre 2026), « Action 3 » (échéance 25/11/2026 → 10/12/2026), « Action 4 » (échéance 25/11/2026 → 10/12/2026).');
  });
  it('is rouge at 40 % (4 of 10)', () => {
    const { plan, instantanes } = promised(10);
    move(plan, 4);
    expect(unstable(plan, instantanes)[0]?.niveau).toBe('rouge');
  });
  it('needs 20 % and at least 3 moved actions', () => {
    let { plan, instantanes } = promised(16); // 3 of 16 = 18,75 %
    move(plan, 3);
    expect(unstable(plan, instantanes)).toEqual([]);
    resetRows();
    ({ plan, instantanes } = promised(5)); // 2 of 5 = 40 % but only 2
    move(plan, 2);
    expect(unstable(plan, instantanes)).toEqual([]);
  });
  it('does not count an action already Fait in the snapshot, nor one promised for a later month', () => {
    const { plan, instantanes } = promised(10);
    move(plan, 4);
    // the moved action 1 was already Fait in October: 3 of 9 promised remain moved = 33 % → orange
    instantanes[0] = { ...instantanes[0] as PlanSnapshotRow, statut: 'Fait' };
    expect(unstable(plan, instantanes).map((a) => [a.niveau, a.message.slice(0, 41)])).toEqual([['orange', '3 des 9 actions promises pour novembre 20']]);
    // and promised for December in the snapshot: not promised by November → 2 of 8 moved, under 3
    instantanes[1] = { ...instantanes[1] as PlanSnapshotRow, mois: '2026-12' };
    expect(unstable(plan, instantanes)).toEqual([]);
  });
  it('moving earlier, setting a first échéance or deleting the action is not moving later', () => {
    const { plan, instantanes } = promised(10, { echeance: null });
    plan[0]!.mois = '2026-10';
    plan.slice(1, 4).forEach((a) => (a.echeance = d('2026-12-10'))); // no échéance in the snapshot
    expect(unstable(plan.slice(0, 8), instantanes)).toEqual([]);
  });
  it('compares with the latest earlier month that has a snapshot, never the report month itself', () => {
    const { plan, instantanes } = promised(10);
    move(plan, 4);
    const september = plan.map((a) => instantane('2026-09', a.id, { mois: '2026-12', echeance: DUE }));
    const november = plan.map((a) => instantane('2026-11', a.id, { mois: a.mois, echeance: a.echeance }));
    expect(previousSnapshotMonth([...september, ...instantanes, ...november], '2026-11')).toBe('2026-10');
    expect(unstable(plan, [...september, ...instantanes, ...november])[0]?.niveau).toBe('rouge');
    expect(unstable(plan, [...september, ...november])).toEqual([]); // September promised nothing for November
    expect(unstable(plan, [])).toEqual([]);
  });
});
