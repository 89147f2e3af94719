// Issue 7.6: a user-typed name is quoted cut to 200 characters (`…`), so a report built on actions
// and postes named with 60 000 characters (late, blocked, over budget) keeps every cell ≤ 50 000.
import { describe, expect, it } from 'vitest';
import { exampleGrids } from '../../../src/core/example/workbook';
import { computeAlerts } from '../../../src/core/alerts/all';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { layoutReport } from '../../../src/core/report/layout';
import { readClasseur } from '../../../src/workbook/reader';

const NOW = new Date(2026, 10, 23, 10, 0, 0);
const LONG = 'x'.repeat(60_000);

/** The example with every Plan action and every Budget poste (and the Plan's references to it) named with 60 000 characters. */
function longNamedGrids(): Record<string, unknown[][]> {
  const grids = exampleGrids(NOW, 1);
  const plan = grids['Plan'] ?? [];
  const budget = grids['Budget'] ?? [];
  const col = (grid: unknown[][], header: string) => (grid[0] ?? []).indexOf(header);
  const [action, poste, postePlan] = [col(plan, 'Action'), col(budget, 'Poste'), col(plan, 'Poste budgétaire')];
  const renamed = new Map<unknown, string>();
  budget.slice(1).forEach((row, i) => { renamed.set(row[poste], `${LONG}${i}`); row[poste] = `${LONG}${i}`; });
  plan.slice(1).forEach((row, i) => {
    row[action] = `${LONG}${i}`;
    if (renamed.has(row[postePlan])) row[postePlan] = renamed.get(row[postePlan]);
  });
  return grids;
}

describe('names of 60 000 characters in the report and the alerts', () => {
  const classeur = readClasseur(longNamedGrids());
  const report = buildMonthlyReport(classeur, '2026-10', NOW);
  const cells = layoutReport(report).values.flat().filter((v): v is string => typeof v === 'string');
  const messages = computeAlerts(classeur, '2026-10', NOW).flatMap((a) => Object.values(a).filter((v): v is string => typeof v === 'string'));

  it('late, blocked and over-budget alerts are raised on these names', () => {
    const text = messages.join('\n');
    expect(text).toMatch(/En retard|en retard/);
    expect(text).toMatch(/[Bb]loqu/);
    expect(text).toMatch(/Poste « x+… »/);
  });

  it('every report cell and alert text stays within 50 000 characters', () => {
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => c.length > 50_000).map((c) => c.slice(0, 40) + '…' + c.slice(-60))).toEqual([]);
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(50_000);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThanOrEqual(50_000);
  });

  it('quotes each name cut to 200 characters, ending with …', () => {
    const quoted = [...[...cells, ...messages].join('\n').matchAll(/« (x+…?) »/g)].map((m) => m[1] ?? '');
    expect(quoted.length).toBeGreaterThan(2);
    expect(quoted.every((q) => q === `${'x'.repeat(199)}…`)).toBe(true);
  });
});
