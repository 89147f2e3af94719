// Répartir le budget on an empty Budget (SPEC §4 v2): the five starter postes in whole euros, checked
// against hand-computed amounts for 12 345 €, 999 €, 101 € and 100 € at each maturity.
import { describe, expect, it } from 'vitest';
import { buildStarterPostes } from '../../../src/core/planning/budget-postes';
import type { Maturite } from '../../../src/contract';

// [Formation, Tests, Long terme, Résultats rapides, Optimisation & imprévus], by hand:
// Formation = ⌈25 %⌉, Tests = ⌈10 %⌉, LT = ⌊share LT⌋ − Formation, RR = ⌊share RR⌋ − Tests, OI = ⌊share OI⌋,
// the difference to the largest horizon poste (Long terme on a tie).
const EXPECTED: Record<Maturite, Record<number, number[]>> = {
  // 40/40/20
  Débutante: {
    12345: [3087, 1235, 1851, 3703, 2469], // ⌊4 938⌋ − 3 087; ⌊4 938⌋ − 1 235; ⌊2 469⌋; difference 0
    999: [250, 100, 149, 301, 199], // 399 − 250; 399 − 100 = 299 (+2, largest); ⌊199,8⌋
    101: [26, 11, 14, 30, 20], // ⌈25,25⌉, ⌈10,1⌉; 40 − 26; 40 − 11 = 29 (+1); 20
    100: [25, 10, 15, 30, 20],
  },
  // 50/30/20
  Intermédiaire: {
    12345: [3087, 1235, 3086, 2468, 2469], // ⌊6 172,5⌋ − 3 087 = 3 085 (+1); ⌊3 703,5⌋ − 1 235; 2 469
    999: [250, 100, 251, 199, 199], // 499 − 250 = 249 (+2); 299 − 100; ⌊199,8⌋
    101: [26, 11, 25, 19, 20], // 50 − 26 = 24 (+1); 30 − 11; 20
    100: [25, 10, 25, 20, 20],
  },
  // 60/20/20
  Mature: {
    12345: [3087, 1235, 4320, 1234, 2469], // 7 407 − 3 087; 2 469 − 1 235; 2 469; difference 0
    999: [250, 100, 351, 99, 199], // 599 − 250 = 349 (+2); 199 − 100; 199
    101: [26, 11, 35, 9, 20], // 60 − 26 = 34 (+1); 20 − 11; 20
    100: [25, 10, 35, 10, 20],
  },
};

describe('buildStarterPostes', () => {
  for (const [maturite, cases] of Object.entries(EXPECTED) as Array<[Maturite, Record<number, number[]>]>) {
    for (const [total, amounts] of Object.entries(cases)) {
      it(`${total} € ${maturite}: ${amounts.join(' / ')}, exact sum, 25 % and 10 % rules pass`, () => {
        const postes = buildStarterPostes(Number(total), maturite);
        expect(postes.map((p) => p.montant)).toEqual(amounts);
        expect(postes.reduce((s, p) => s + p.montant, 0)).toBe(Number(total));
        const humain = postes.filter((p) => p.nature === 'Humain').reduce((s, p) => s + p.montant, 0);
        const oui = postes.filter((p) => p.experimentation === 'Oui').reduce((s, p) => s + p.montant, 0);
        expect(humain / Number(total)).toBeGreaterThanOrEqual(0.25);
        expect(oui / Number(total)).toBeGreaterThanOrEqual(0.1);
        expect(oui / Number(total)).toBeLessThanOrEqual(0.15);
      });
    }
  }

  it('names, horizons, natures and experimentation of the five postes', () => {
    expect(buildStarterPostes(1000, 'Débutante').map((p) => [p.poste, p.horizon, p.nature, p.experimentation])).toEqual([
      ['Formation et accompagnement', 'Long terme', 'Humain', 'Non'],
      ['Tests de nouveaux canaux', 'Résultats rapides', 'Tech', 'Oui'],
      ['Long terme', 'Long terme', 'Tech', 'Non'],
      ['Résultats rapides', 'Résultats rapides', 'Tech', 'Non'],
      ['Optimisation & imprévus', 'Optimisation & imprévus', 'Tech', 'Non'],
    ]);
  });

  it('a total with cents: the cents go to the largest horizon poste, the sum stays exact', () => {
    // 1 000,50 € Intermédiaire: ⌈250,125⌉ = 251, ⌈100,05⌉ = 101, ⌊500,25⌋ − 251 = 249, ⌊300,15⌋ − 101 = 199, ⌊200,1⌋ = 200
    // placed 1 000 → 0,50 € to Long terme (249 is the largest).
    expect(buildStarterPostes(1000.5, 'Intermédiaire').map((p) => p.montant)).toEqual([251, 101, 249.5, 199, 200]);
  });
});
