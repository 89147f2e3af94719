// Budget split by digital maturity (SPEC §2 Budget) and the tolerant maturity parser.
import { describe, expect, it } from 'vitest';
import { MATURITE_PARTS, parseMaturite, PART_EXPERIMENTATION_MAX, PART_EXPERIMENTATION_MIN, PART_HUMAIN_MIN, repartitionBudget } from '../../src/core/budget';

describe('repartitionBudget', () => {
  it('splits 5 000 € for a Débutante 40/40/20 with the two guide rows', () => {
    expect(repartitionBudget(5000, 'Débutante')).toEqual([
      { libelle: 'Long terme', part: 0.4, montant: 2000 },
      { libelle: 'Résultats rapides', part: 0.4, montant: 2000 },
      { libelle: 'Optimisation & imprévus', part: 0.2, montant: 1000 },
      { libelle: 'dont montée en compétences (min.)', part: 0.25, montant: 1250 },
      { libelle: 'dont expérimentation (min.)', part: 0.1, montant: 500 },
    ]);
  });

  it('splits 1 000 € for an Intermédiaire 50/30/20', () => {
    expect(repartitionBudget(1000, 'Intermédiaire').map((l) => l.montant)).toEqual([500, 300, 200, 250, 100]);
  });

  it('rounds a Mature split of 3 333 € to cents', () => {
    // 60 % = 1999.80, 20 % = 666.60, 20 % = 666.60, 25 % = 833.25, 10 % = 333.30
    expect(repartitionBudget(3333, 'Mature').map((l) => l.montant)).toEqual([1999.8, 666.6, 666.6, 833.25, 333.3]);
  });

  it('has shares summing to 100 % for every maturity', () => {
    for (const parts of Object.values(MATURITE_PARTS)) {
      expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('exposes the guide thresholds', () => {
    expect([PART_HUMAIN_MIN, PART_EXPERIMENTATION_MIN, PART_EXPERIMENTATION_MAX]).toEqual([0.25, 0.1, 0.15]);
  });
});

describe('parseMaturite', () => {
  it('accepts any case and accents', () => {
    expect(parseMaturite('MATURE')).toBe('Mature');
    expect(parseMaturite('debutante')).toBe('Débutante');
    expect(parseMaturite('  intermediaire ')).toBe('Intermédiaire');
  });
  it('rejects an unknown maturity', () => {
    expect(parseMaturite('experte')).toBeNull();
    expect(parseMaturite('')).toBeNull();
  });
});
