// Service calls per planning action do not grow with rows: the same count at 1× and 10× the
// example rows (the figures scripts/bench.ts prints come from the same scenarios).
import { describe, expect, it } from 'vitest';
import { ACTIONS, callsFor } from './scenarios';

describe('calls per action', () => {
  for (const name of Object.keys(ACTIONS)) {
    it(`${name}: same calls at 1× and 10× rows`, () => {
      const one = callsFor(name, 1);
      const ten = callsFor(name, 10);
      console.log(`${name}: ${one} calls at 1×, ${ten} at 10×`);
      expect(ten).toBe(one);
    });
  }
});
