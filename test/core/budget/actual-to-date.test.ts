// Actual to date (SPEC §6 v2): every poste's actual plus the Plan spending on no known poste.
import { beforeEach, describe, expect, it } from 'vitest';
import { actualToDate } from '../../../src/core/budget/actual-to-date';
import { action, poste, resetRows } from '../fixtures';

beforeEach(resetRows);

describe('actualToDate', () => {
  it('adds Réel (it wins), the Plan sums of postes without Réel, and Plan rows on an empty or unknown poste', () => {
    const budget = [poste({ poste: 'Site', reel: 300 }), poste({ poste: 'Salon', reel: null })];
    const plan = [
      action({ poste: 'Site', budgetReel: 999 }), // ignored: Site has a Réel
      action({ poste: 'Salon', budgetReel: 100 }), action({ poste: ' salon ', budgetReel: 60.5 }),
      action({ poste: '', budgetReel: 20 }), action({ poste: 'Imprévu', budgetReel: 5 }), action({ poste: 'Salon', budgetReel: null }),
    ];
    expect(actualToDate(budget, plan)).toBe(485.5); // 300 + 160,5 + 20 + 5
  });
  it('sums a poste typed twice in Budget only once from Plan', () => {
    const budget = [poste({ poste: 'Salon' }), poste({ poste: 'SALON' })];
    expect(actualToDate(budget, [action({ poste: 'Salon', budgetReel: 100 })])).toBe(100);
  });
  it('is 0 with nothing spent', () => {
    expect(actualToDate([], [])).toBe(0);
  });
});
