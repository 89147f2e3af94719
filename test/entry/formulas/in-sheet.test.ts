// The ten formulas computed in cells by the emulator's formula engine, through the real bundle:
// Backlog's array formulas placed by Initialiser, and each formula typed in a scratch sheet.
import { describe, expect, it } from 'vitest';
import { bundleEmulator } from '../../support/bundle';

describe('Backlog array formulas placed by Initialiser', () => {
  const emu = bundleEmulator();
  emu.run('boussoleInitialiser');
  // ID, Idée, Demandeur, Ajoutée le, Valeur, Complexité, Urgence, Impact, Faisabilité
  emu.book.setValues('Backlog', 'A2:I5', [
    ['', 'Devis en ligne', 'Léa', '', 5, 1, 5, 4, 4],
    ['', 'Newsletter', 'Marc', '', 3, 3, 3, 4, 2],
    ['', 'Chatbot', 'Marc', '', 1, 5, 1, 2, 5],
    ['', 'Appli mobile', 'Léa', '', 7, 2, 2, 3, 3],
  ]);

  it('computes Score and Quadrant for every row from one formula per column', () => {
    const rows = emu.book.values('Backlog', 'J2:K6');
    // 100 × (2·4 + 4 + 4) / 16 = 100 ; impact 4 ≥ 3 and faisabilité 4 ≥ 3 → Démarrer
    expect(rows[0]).toEqual([100, 'Démarrer']);
    // 100 × (2·2 + 2 + 2) / 16 = 50 ; impact 4 ≥ 3, faisabilité 2 < 3 → Préparer
    expect(rows[1]).toEqual([50, 'Préparer']);
    // 100 × (0 + 0 + 0) / 16 = 0 ; impact 2 < 3 → Écarter
    expect(rows[2]).toEqual([0, 'Écarter']);
    // a note of 7 gives a ⚠ text in that cell only; its quadrant (3, 3) still computes
    expect(String(rows[3]?.[0])).toMatch(/^⚠/);
    expect(rows[3]?.[1]).toBe('Démarrer');
    // empty row → empty cells
    expect(rows[4]).toEqual(['', '']);
  });

  it('costs one custom-function execution per column for a full 1 000-row sheet', () => {
    const big = bundleEmulator();
    big.run('boussoleInitialiser');
    big.book.values('Backlog', 'J2:K3');
    big.calls.reset();
    const rows = Array.from({ length: 999 }, (_, i) => ['', `Idée ${i + 1}`, '', '', (i % 5) + 1, 3, 3, 3, 3]);
    big.book.setValues('Backlog', 'A2:I1000', rows);
    const scores = big.book.values('Backlog', 'J2:J1000');
    // row i: valeur v = i % 5 + 1 → 100 × (2(v−1) + 2 + 2) / 16: v=1 → 25, v=5 → 75
    expect(scores[0]?.[0]).toBe(25);
    expect(scores[4]?.[0]).toBe(75);
    expect(big.calls.customFunctionRuns()).toBe(2);
  });
});

describe('each formula typed in a cell', () => {
  const emu = bundleEmulator();
  emu.book.setValues('Calculs', 'A1:A11', [
    ['=BOUSSOLE_BUDGET(10000,"MATURE")'],
    [''], [''], [''], [''],
    ['=BOUSSOLE_ECART(0,5)'],
    ['=BOUSSOLE_CAC(100,0)'],
    ['=BOUSSOLE_PROGRESSION(100,80,50)'],
    ['=BOUSSOLE_CONVERSION(3,120)'],
    ['=BOUSSOLE_ROAS(900,300)'],
    ['=BOUSSOLE_CLV(80,3,2,0.5)'],
  ]);
  emu.book.setValues('Calculs', 'E1:F3', [
    ['=BOUSSOLE_SCORE("4","2","3")', '=BOUSSOLE_QUADRANT(3,3)'],
    ['=BOUSSOLE_ECART(1000,"1 250 €")', '=BOUSSOLE_QUADRANT(2,5,2)'],
    ['=BOUSSOLE_METEO(H1:H3,I1:I3,DATE(2026,11,23))', ''],
  ]);
  emu.book.setValues('Calculs', 'H1:I3', [['Fait', new Date(2026, 10, 10)], ['En cours', new Date(2026, 10, 30)], ['Fait', new Date(2026, 10, 12)]]);

  it('BOUSSOLE_BUDGET spills a 5 × 3 range: Mature 60/20/20 and the two guide rows', () => {
    expect(emu.book.values('Calculs', 'A1:C5')).toEqual([
      ['Long terme', 0.6, 6000],
      ['Résultats rapides', 0.2, 2000],
      ['Optimisation & imprévus', 0.2, 2000],
      ['dont montée en compétences (min.)', 0.25, 2500],
      ['dont expérimentation (min.)', 0.1, 1000],
    ]);
  });

  it('the ratios, with ⚠ texts instead of errors', () => {
    const col = emu.book.values('Calculs', 'A6:A11').map((r) => r[0]);
    expect(col[0]).toBe('⚠ non budgété'); // prévu 0, réel 5
    expect(col[1]).toBe('⚠ division par zéro'); // 100 € / 0 client
    expect(col[2]).toBeCloseTo(0.4, 10); // (80 − 100) / (50 − 100)
    expect(col[3]).toBeCloseTo(0.025, 10); // 3 / 120
    expect(col[4]).toBe(3); // 900 / 300
    expect(col[5]).toBe(240); // 80 × 3 × 2 × 0,5
  });

  it('text numbers in French format, thresholds and the weather', () => {
    const cells = emu.book.values('Calculs', 'E1:F3');
    expect(cells[0]).toEqual([69, 'Démarrer']); // 100 × (2·3 + 2 + 3) / 16 = 68,75 → 69 ; 3 ≥ 3 and 3 ≥ 3
    expect(cells[1]?.[0]).toBeCloseTo(0.25, 10); // (1 250 − 1 000) / 1 000
    expect(cells[1]?.[1]).toBe('Démarrer'); // seuil 2: 2 ≥ 2 and 5 ≥ 2
    // 2 Fait of 3 (66 %), nothing late on 23/11 (En cours due 30/11), no block → no rouge, < 80 % → Variable
    expect(cells[2]?.[0]).toBe('🌤️ Variable');
  });
});
