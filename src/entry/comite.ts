// Entry points of the comité trimestriel (SPEC §3, §4 v2): the menu item and its scriptable variant.

import type { ComiteResult } from '../gas/comite';
import { generateComiteFor, generateComiteFromMenu } from '../gas/comite-menu';
import { rpc, runAction } from './run';

/** Menu: Préparer le comité trimestriel — asks the quarter, writes `Comité AAAA-Tn`, says it is ready. */
export function boussoleComiteTrimestriel(): ComiteResult | undefined {
  return runAction(() => generateComiteFromMenu());
}

/**
 * Scriptable variant with no dialog: `trimestre` is `AAAA-Tn` (e.g. `2026-T1`); writes
 * `Comité AAAA-Tn` and returns `{ feuille }`. An invalid quarter throws an error whose message is French.
 */
export function boussoleComiteTrimestrielPour(trimestre: string): ComiteResult {
  return rpc(() => generateComiteFor(trimestre));
}
