// SPEC §7 under chaos (seeds 1–15; the other half runs in chaos-b.test.ts, in parallel): the
// example classeur corrupted the way real users do (garbage cells, renamed, moved or duplicate
// headers, deleted rows, a renamed or deleted tab, blank Cadrage answers, no Rituel row), then every
// menu action and RPC: no crash, RPC shapes kept, no « NaN »/« Invalid Date » shown, every write
// under the lock, and a refusal makes no writing call. See run-actions.ts for the checks.
import { describe, expect, it } from 'vitest';
import { chaosSeed } from './run-actions';

const SEEDS = Array.from({ length: 15 }, (_, i) => i + 1);

describe('chaos: a corrupted classeur never crashes an action (SPEC §7)', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    expect(chaosSeed(seed).join('\n\n')).toBe('');
  });
});
