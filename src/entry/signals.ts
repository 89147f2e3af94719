// Entry point of the scriptable alerts (SPEC §3 v2): `boussoleSignaux(mois)`.

import { readSignals, type SignalLine } from '../gas/signals';
import { rpc } from './run';

/**
 * Every §6 alert line of `mois` (`AAAA-MM`) as `[{ signal, niveau, message, cellules }]`, rouge
 * first then in the order of the §6 table; no dialog, no write. A bad month throws a French error.
 * `boussoleGenererRapportPour(mois).alertes` is the length of this array.
 */
export function boussoleSignaux(mois: string): SignalLine[] {
  return rpc(() => readSignals(mois));
}
