// Service calls per planning action do not grow with rows: the same count at 1× and 10× the
// example rows (the figures scripts/bench.ts prints come from the same scenarios). One exception,
// measured exactly: Prioriser fills `Mois prévu` only in the cells still empty after its question,
// with one RangeList per month newly scheduled (getRangeList + setValue), so its calls grow with
// the months it schedules (3 ideas a month), never with the rows it sorts.
import { describe, expect, it } from 'vitest';
import { ACTIONS, callsFor } from './scenarios';

describe('calls per action', () => {
  for (const name of Object.keys(ACTIONS)) {
    it(`${name}: same calls at 1× and 10× rows`, () => {
      const one = callsFor(name, 1);
      const ten = callsFor(name, 10);
      console.log(`${name}: ${one.calls} calls at 1×, ${ten.calls} at 10×`);
      const perMonth = name === 'boussolePrioriserBacklog' ? 2 * (ten.monthsScheduled - one.monthsScheduled) : 0;
      if (name === 'boussolePrioriserBacklog') expect(ten.monthsScheduled).toBeGreaterThan(one.monthsScheduled);
      expect(ten.calls).toBe(one.calls + perMonth);
    });
  }
});
