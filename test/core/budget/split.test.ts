// Budget split by digital maturity (SPEC §2 Budget) and the tolerant maturity parser.
import { describe, expect, it } from 'vitest';
import { MATURITY_SHARES, parseMaturity, EXPERIMENTATION_SHARE_MAX, EXPERIMENTATION_SHARE_MIN, HUMAN_SHARE_MIN, budgetSplit } from '../../../src/core/budget/split';

describe('repartitionBudget', () => {
  it('splits 5 000 € for a Débutante 40/40/20 with the two guide rows', () => {
    expect(budgetSplit(5000, 'Débutante')).toEqual([
      { libelle: 'Long terme', part: 0.4, montant: 2000 },
      { libelle: 'Résultats rapides', part: 0.4, montant: 2000 },
      { libelle: 'Optimisation & imprévus', part: 0.2, montant: 1000 },
      { libelle: 'dont montée en compétences (min.)', part: 0.25, montant: 1250 },
      { libelle: 'dont expérimentation (min.)', part: 0.1, montant: 500 },
    ]);
  });

  it('splits 1 000 € for an Intermédiaire 50/30/20', () => {
    expect(budgetSplit(1000, 'Intermédiaire').map((l) => l.montant)).toEqual([500, 300, 200, 250, 100]);
  });

  it('rounds a Mature split of 3 333 € to cents', () => {
    // 60 % = 1999.80, 20 % = 666.60, 20 % = 666.60, 25 % = 833.25, 10 % = 333.30
    expect(budgetSplit(3333, 'Mature').map((l) => l.montant)).toEqual([1999.8, 666.6, 666.6, 833.25, 333.3]);
  });

  it('has shares summing to 100 % for every maturity', () => {
    for (const parts of Object.values(MATURITY_SHARES)) {
      expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('exposes the guide thresholds', () => {
    expect([HUMAN_SHARE_MIN, EXPERIMENTATION_SHARE_MIN, EXPERIMENTATION_SHARE_MAX]).toEqual([0.25, 0.1, 0.15]);
  });
});

describe('parseMaturite', () => {
  it('accepts any case and accents', () => {
    expect(parseMaturity('MATURE')).toBe('Mature');
    expect(parseMaturity('debutante')).toBe('Débutante');
    expect(parseMaturity('  intermediaire ')).toBe('Intermédiaire');
  });
  it('rejects an unknown maturity', () => {
    expect(parseMaturity('experte')).toBeNull();
    expect(parseMaturity('')).toBeNull();
  });
});
