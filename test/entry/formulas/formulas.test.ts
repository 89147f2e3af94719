// The ten custom formulas of SPEC §5, called as Google Sheets calls them (scalars or 2D ranges).
// Every expected value is computed by hand from the SPEC formula in the comment beside it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as F from '../../../src/entry/formulas';

const NOTE = '⚠ note attendue entre 1 et 5';
const DIV0 = '⚠ division par zéro';

describe('BOUSSOLE_SCORE — ROUND(100 × (2·(v−1) + (u−1) + (5−c)) / 16)', () => {
  it('computes scalars', () => {
    expect(F.BOUSSOLE_SCORE(5, 1, 5)).toBe(100); // 2·4 + 4 + 4 = 16 → 100
    expect(F.BOUSSOLE_SCORE(1, 5, 1)).toBe(0); // 0 + 0 + 0 → 0
    expect(F.BOUSSOLE_SCORE(3, 3, 3)).toBe(50); // 4 + 2 + 2 = 8 → 50
    expect(F.BOUSSOLE_SCORE(4, 2, 3)).toBe(69); // 6 + 2 + 3 = 11 → 68.75 → 69
    expect(F.BOUSSOLE_SCORE('2', ' 4 ', '1')).toBe(19); // 2 + 0 + 1 = 3 → 18.75 → 19
  });

  it('broadcasts a column, one ⚠ per bad cell, empty rows empty', () => {
    const valeur = [[5], [6], [''], [3], ['']];
    const complexite = [[1], [2], [''], ['x'], ['']];
    const urgence = [[5], [2], [''], [3], ['']];
    expect(F.BOUSSOLE_SCORE(valeur, complexite, urgence)).toEqual([[100], [NOTE], [null], [NOTE], [null]]); // all-empty rows: null, a truly blank cell
  });

  it('gives an empty cell while a note is still missing, ⚠ for 0', () => {
    expect(F.BOUSSOLE_SCORE(4, '', 3)).toBe('');
    expect(F.BOUSSOLE_SCORE('', '', '')).toBe('');
    expect(F.BOUSSOLE_SCORE(0, 2, 3)).toBe(NOTE);
  });
});

describe('BOUSSOLE_QUADRANT — impact/faisabilité vs seuil (3)', () => {
  it('computes scalars with the default and a given threshold', () => {
    expect(F.BOUSSOLE_QUADRANT(4, 4)).toBe('Démarrer'); // 4 ≥ 3 and 4 ≥ 3
    expect(F.BOUSSOLE_QUADRANT(3, 3)).toBe('Démarrer'); // ≥ is inclusive
    expect(F.BOUSSOLE_QUADRANT(4, 2)).toBe('Préparer'); // 4 ≥ 3, 2 < 3
    expect(F.BOUSSOLE_QUADRANT(2, 5)).toBe('Écarter'); // 2 < 3
    expect(F.BOUSSOLE_QUADRANT(4, 3, 4)).toBe('Préparer'); // 4 ≥ 4, 3 < 4
    expect(F.BOUSSOLE_QUADRANT(3, 5, '4')).toBe('Écarter'); // 3 < 4
    expect(F.BOUSSOLE_QUADRANT(4, 4, '')).toBe('Démarrer'); // empty seuil → 3
    expect(F.BOUSSOLE_QUADRANT(4, 4, 0)).toBe('⚠ seuil attendu entre 1 et 5');
  });

  it('broadcasts columns with a scalar threshold', () => {
    const impact = [[4], [2], [''], [6]];
    const faisabilite = [[4], [4], [''], [3]];
    expect(F.BOUSSOLE_QUADRANT(impact, faisabilite, 3)).toEqual([['Démarrer'], ['Écarter'], [null], [NOTE]]);
  });
});

describe('BOUSSOLE_BUDGET — 5 × 3 [libellé, part, montant]', () => {
  it('splits 10 000 € for a Débutante company 40/40/20 plus the guide rows', () => {
    expect(F.BOUSSOLE_BUDGET(10000, 'Débutante')).toEqual([
      ['Long terme', 0.4, 4000], // 10 000 × 40 %
      ['Résultats rapides', 0.4, 4000], // × 40 %
      ['Optimisation & imprévus', 0.2, 2000], // × 20 %
      ['dont montée en compétences (min.)', 0.25, 2500], // × 25 %
      ['dont expérimentation (min.)', 0.1, 1000], // × 10 %
    ]);
  });

  it('splits 50/30/20 (Intermédiaire) and 60/20/20 (MATURE typed in capitals, text amount)', () => {
    // 3 333 × 50 % = 1 666,5 ; × 30 % = 999,9 ; × 20 % = 666,6 ; × 25 % = 833,25 ; × 10 % = 333,3
    expect((F.BOUSSOLE_BUDGET([['3 333 €']], 'intermediaire') as unknown[][]).map((r) => r[2])).toEqual([1666.5, 999.9, 666.6, 833.25, 333.3]);
    // 4 800 × 60 % = 2 880 ; × 20 % = 960 ; × 20 % = 960 ; × 25 % = 1 200 ; × 10 % = 480
    expect((F.BOUSSOLE_BUDGET('4 800', 'MATURE') as unknown[][]).map((r) => [r[1], r[2]])).toEqual([[0.6, 2880], [0.2, 960], [0.2, 960], [0.25, 1200], [0.1, 480]]);
  });

  it('says what is wrong instead of throwing', () => {
    expect(F.BOUSSOLE_BUDGET(10000, 'Experte')).toBe('⚠ maturité attendue : Débutante, Intermédiaire ou Mature');
    expect(F.BOUSSOLE_BUDGET('beaucoup', 'Mature')).toBe('⚠ « beaucoup » n’est pas un nombre');
    expect(F.BOUSSOLE_BUDGET(-5, 'Mature')).toBe('⚠ total attendu : un montant positif');
    expect(F.BOUSSOLE_BUDGET([[1], [2]], 'Mature')).toBe('⚠ une seule cellule attendue pour le total et la maturité');
    expect(F.BOUSSOLE_BUDGET('', '')).toBe('');
  });
});

describe('BOUSSOLE_ECART — (reel − prevu) / prevu', () => {
  it('computes scalars and the zero-planned cases', () => {
    expect(F.BOUSSOLE_ECART(1000, 1200)).toBeCloseTo(0.2, 12); // 200 / 1000
    expect(F.BOUSSOLE_ECART(1000, 800)).toBeCloseTo(-0.2, 12); // −200 / 1000
    expect(F.BOUSSOLE_ECART('1 000 €', '1 500 €')).toBe(0.5); // 500 / 1000
    expect(F.BOUSSOLE_ECART(0, 50)).toBe('⚠ non budgété'); // prevu 0, reel > 0
    expect(F.BOUSSOLE_ECART(0, 0)).toBe(DIV0); // 0 / 0
    expect(F.BOUSSOLE_ECART(500, '')).toBe('');
    // Below one cent counts as nothing planned (defect 7.7); one cent is an amount.
    expect(F.BOUSSOLE_ECART(1e-320, 500)).toBe('⚠ non budgété');
    expect(F.BOUSSOLE_ECART(0.009, 500)).toBe('⚠ non budgété');
    expect(F.BOUSSOLE_ECART(0.01, 0.02)).toBeCloseTo(1, 12); // 0,01 / 0,01
  });

  it('broadcasts with one ⚠ per cell', () => {
    expect(F.BOUSSOLE_ECART([[400], [0], [200], ['']], [[600], [90], ['n/a'], ['']])).toEqual([[0.5], ['⚠ non budgété'], ['⚠ « n/a » n’est pas un nombre'], [null]]);
  });
});

describe('BOUSSOLE_PROGRESSION — (actuel − depart) / (cible − depart), not clamped', () => {
  it('works for rising and decreasing targets', () => {
    expect(F.BOUSSOLE_PROGRESSION(10, 16, 25)).toBeCloseTo(0.4, 12); // 6 / 15
    expect(F.BOUSSOLE_PROGRESSION(100, 75, 50)).toBe(0.5); // −25 / −50: a CAC going down
    expect(F.BOUSSOLE_PROGRESSION(100, 40, 50)).toBeCloseTo(1.2, 12); // −60 / −50: beyond target
    expect(F.BOUSSOLE_PROGRESSION(10, 5, 20)).toBe(-0.5); // −5 / 10: went backwards
    expect(F.BOUSSOLE_PROGRESSION(10, 12, 10)).toBe(DIV0); // cible = depart
  });

  it('broadcasts', () => {
    expect(F.BOUSSOLE_PROGRESSION([[0], [80], ['']], [[5], [70], ['']], [[10], [60], ['']])).toEqual([[0.5], [0.5], [null]]);
  });
});

describe('BOUSSOLE_CAC, ROAS, CONVERSION — ratios', () => {
  it('computes scalars and divisions by zero', () => {
    expect(F.BOUSSOLE_CAC(1200, 3)).toBe(400); // 1200 / 3
    expect(F.BOUSSOLE_CAC('1 234,5', 2)).toBe(617.25); // 1234.5 / 2
    expect(F.BOUSSOLE_CAC(500, 0)).toBe(DIV0);
    expect(F.BOUSSOLE_ROAS(4500, 1500)).toBe(3); // 4500 / 1500
    expect(F.BOUSSOLE_ROAS(100, 0)).toBe(DIV0);
    expect(F.BOUSSOLE_CONVERSION(12, 400)).toBe(0.03); // 12 / 400
    expect(F.BOUSSOLE_CONVERSION(30, '1 200')).toBe(0.025); // 30 / 1200
    expect(F.BOUSSOLE_CONVERSION(0, 0)).toBe(DIV0);
  });

  it('broadcasts a CAC column where one bad cell does not blank the others', () => {
    const depenses = [[1200], ['300 €'], ['abc'], [90], [''], ['']];
    const clients = [[3], [0], [2], [3], [''], ['']];
    expect(F.BOUSSOLE_CAC(depenses, clients)).toEqual([[400], [DIV0], ['⚠ « abc » n’est pas un nombre'], [30], [null], [null]]);
    expect(F.BOUSSOLE_ROAS([[900, 100]], [[300, 50]])).toEqual([[3, 2]]); // 900/300, 100/50
    expect(F.BOUSSOLE_CONVERSION([[1], [2]], [[10], [20], [30]])).toBe('⚠ plages de tailles différentes');
  });
});

describe('BOUSSOLE_CLV — panier × achats × durée × marge', () => {
  it('multiplies, marge 100 % by default, marge typed as a percentage', () => {
    expect(F.BOUSSOLE_CLV(120, 3, 4)).toBe(1440); // 120 × 3 × 4 × 1
    expect(F.BOUSSOLE_CLV(120, 3, 4, '40 %')).toBeCloseTo(576, 9); // 1440 × 0.4
    expect(F.BOUSSOLE_CLV(120, 3, 4, 0.4)).toBeCloseTo(576, 9);
    expect(F.BOUSSOLE_CLV(120, 3, 4, 40)).toBeCloseTo(576, 9); // 40 read as 40 %
    expect(F.BOUSSOLE_CLV('85,50 €', '2', 3, '')).toBe(513); // 85.5 × 2 × 3 × 1
    expect(F.BOUSSOLE_CLV(120, 3, '', 0.4)).toBe('');
  });

  it('broadcasts over channels', () => {
    expect(F.BOUSSOLE_CLV([[100], [50]], 2, [[5], ['x']], 0.5)).toEqual([[500], ['⚠ « x » n’est pas un nombre']]); // 100 × 2 × 5 × 0.5
  });
});

describe('BOUSSOLE_METEO — one weather for the whole set', () => {
  afterEach(() => vi.useRealTimers());
  const R = new Date(2026, 10, 20);

  it('is sunny with no rouge and ≥ 80 % done', () => {
    // 4 Fait of 5 → 80 %, the En cours one is due after R → no Retard
    const statuts = [['Fait'], ['Fait'], ['fait'], ['FAIT'], ['En cours'], ['']];
    const echeances = [['01/11/2026'], [''], [''], [''], ['30/11/2026'], ['']];
    expect(F.BOUSSOLE_METEO(statuts, echeances, R)).toBe('☀️ Ensoleillé');
    // Abandonné does not count: 4 Fait / (5 − 1) = 100 %
    expect(F.BOUSSOLE_METEO([['Fait'], ['Fait'], ['Fait'], ['Fait'], ['Abandonné']], [[''], [''], [''], [''], ['']], R)).toBe('☀️ Ensoleillé');
  });

  it('is variable, rainy or stormy with 0, 1 or 2 rouge alerts', () => {
    // 1 late of 10 (< 3 and < 20 %) → orange only; 5 Fait / 10 = 50 % → Variable
    const ten = ['Fait', 'Fait', 'Fait', 'Fait', 'Fait', 'À faire', 'À faire', 'En cours', 'En cours', 'a faire'].map((s) => [s]);
    const due = ten.map((_, i) => [i === 9 ? '2026-11-19' : '']);
    expect(F.BOUSSOLE_METEO(ten, due, R)).toBe('🌤️ Variable');
    // 2 Bloqué → Blocage rouge → 1 rouge → Pluvieux
    expect(F.BOUSSOLE_METEO([['Bloqué'], ['bloque'], ['Fait']], [[''], [''], ['']], R)).toBe('🌧️ Pluvieux');
    // + 3 late (due before R, not done) → Retard rouge too → Orageux
    const five = [['Bloqué'], ['Bloqué'], ['À faire'], ['En cours'], ['À faire']];
    expect(F.BOUSSOLE_METEO(five, [[''], [''], ['2026-11-01'], ['2026-11-10'], [new Date(2026, 10, 19)]], R)).toBe('⛈️ Orageux');
    // an échéance on R itself is not late: 1 Bloqué, 0 late, 0 % done → Variable
    expect(F.BOUSSOLE_METEO([['Bloqué'], ['À faire']], [[''], ['20/11/2026']], R)).toBe('🌤️ Variable');
  });

  it('judges on today by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 20, 9, 0));
    // 1 action due 19/11 not done: 1 late of 1 = 100 % ≥ 20 % → rouge → Pluvieux
    expect(F.BOUSSOLE_METEO([['En cours']], [['19/11/2026']])).toBe('🌧️ Pluvieux');
    expect(F.BOUSSOLE_METEO('En cours', '21/11/2026')).toBe('🌤️ Variable');
  });

  it('says what is wrong, and gives an empty cell for no action', () => {
    expect(F.BOUSSOLE_METEO([['Fait'], ['Finit']], [[''], ['']], R)).toBe('⚠ statut « Finit » inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné');
    expect(F.BOUSSOLE_METEO([['Fait']], [['bientôt']], R)).toBe('⚠ échéance « bientôt » illisible — attendu : une date');
    expect(F.BOUSSOLE_METEO([['Fait'], ['Fait']], [['']], R)).toBe('⚠ plages de tailles différentes');
    expect(F.BOUSSOLE_METEO([['Fait']], [['']], 'hier')).toBe('⚠ date « hier » illisible — attendu : une date');
    expect(F.BOUSSOLE_METEO([[''], ['']], [[''], ['']], R)).toBe('');
  });
});
