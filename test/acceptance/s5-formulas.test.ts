// SPEC §5 acceptance: the ten BOUSSOLE_* formulas typed in cells and computed by the engine, with
// the arithmetic of the SPEC done by hand, plus their autocomplete JSDoc in dist/Code.js.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const emu = loadedEmulator({ now: new Date(2026, 10, 23, 10) });
emu.book.addSheet('Calculs');
const cell = (formula: string, at = 'A1'): unknown => {
  emu.book.setValues('Calculs', at, [[formula]]);
  return emu.book.values('Calculs', at)[0]?.[0];
};

describe('SPEC §5 — formulas in cells', () => {
  it('BOUSSOLE_BUDGET(10000,"MATURE") spills 5 × 3: 60/20/20 then 25 % and 10 %', () => {
    emu.book.setValues('Calculs', 'E1', [['=BOUSSOLE_BUDGET(10000,"MATURE")']]);
    expect(emu.book.values('Calculs', 'E1:G5')).toEqual([
      ['Long terme', 0.6, 6000], ['Résultats rapides', 0.2, 2000], ['Optimisation & imprévus', 0.2, 2000],
      ['dont montée en compétences (min.)', 0.25, 2500], ['dont expérimentation (min.)', 0.1, 1000],
    ]);
    emu.book.setValues('Calculs', 'E1', [['=BOUSSOLE_BUDGET("3 000 €";"debutante")']]);
    // 3 000 × 40 % = 1 200 ; × 20 % = 600 ; 25 % = 750 ; 10 % = 300
    expect(emu.book.values('Calculs', 'G1:G5').flat()).toEqual([1200, 1200, 600, 750, 300]);
  });

  it('BOUSSOLE_SCORE corners and broadcasting over a column', () => {
    expect(cell('=BOUSSOLE_SCORE(5,1,5)')).toBe(100); // (8+4+4)/16
    expect(cell('=BOUSSOLE_SCORE(1,5,1)')).toBe(0);
    expect(cell('=BOUSSOLE_SCORE(4,2,1)')).toBe(56); // (6+0+3)/16 = 56.25
    expect(String(cell('=BOUSSOLE_SCORE(6,1,1)'))).toMatch(/^⚠/);
    expect(cell('=BOUSSOLE_SCORE("",1,1)')).toBe('');
    emu.book.setValues('Calculs', 'J1', [[5, 1, 5], [3, 3, 3], ['x', 2, 2]]);
    emu.book.setValues('Calculs', 'M1', [['=BOUSSOLE_SCORE(J1:J3;K1:K3;L1:L3)']]);
    expect(emu.book.values('Calculs', 'M1:M2').flat()).toEqual([100, 50]); // (4+2+2)/16 = 50
    expect(String(emu.book.values('Calculs', 'M3')[0]?.[0])).toMatch(/^⚠/); // one cell only
  });

  it('BOUSSOLE_QUADRANT at the threshold and with a custom seuil', () => {
    expect(cell('=BOUSSOLE_QUADRANT(3,3)')).toBe('Démarrer');
    expect(cell('=BOUSSOLE_QUADRANT(3,2)')).toBe('Préparer');
    expect(cell('=BOUSSOLE_QUADRANT(2,5)')).toBe('Écarter');
    expect(cell('=BOUSSOLE_QUADRANT(4,4,5)')).toBe('Écarter');
  });

  it('ratios: ECART, PROGRESSION (decreasing target), CAC, ROAS, CONVERSION, CLV, division by zero', () => {
    expect(cell('=BOUSSOLE_ECART(100,150)')).toBe(0.5);
    expect(cell('=BOUSSOLE_ECART(0,10)')).toBe('⚠ non budgété');
    expect(cell('=BOUSSOLE_PROGRESSION(100,70,40)')).toBe(0.5); // (70−100)/(40−100)
    expect(cell('=BOUSSOLE_CAC(1000,0)')).toBe('⚠ division par zéro');
    expect(cell('=BOUSSOLE_CAC("1 234,5",2)')).toBe(617.25);
    expect(cell('=BOUSSOLE_ROAS(500,100)')).toBe(5);
    expect(cell('=BOUSSOLE_CONVERSION(5,"200")')).toBe(0.025);
    expect(cell('=BOUSSOLE_CLV(100,2,3)')).toBe(600);
    expect(cell('=BOUSSOLE_CLV(100,2,3,"50 %")')).toBe(300);
  });

  it('BOUSSOLE_METEO of a set of actions', () => {
    expect(cell('=BOUSSOLE_METEO({"Fait";"Fait"},{"";""})')).toBe('☀️ Ensoleillé');
  });

  it('every formula has French JSDoc with @customfunction and its parameters (autocomplete)', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    const params: Record<string, string[]> = {
      BOUSSOLE_SCORE: ['valeur', 'complexite', 'urgence'], BOUSSOLE_QUADRANT: ['impact', 'faisabilite', 'seuil'],
      BOUSSOLE_BUDGET: ['total', 'maturite'], BOUSSOLE_ECART: ['prevu', 'reel'], BOUSSOLE_PROGRESSION: ['depart', 'actuel', 'cible'],
      BOUSSOLE_CAC: ['depenses', 'nouveaux_clients'], BOUSSOLE_ROAS: ['chiffre_affaires', 'depenses'],
      BOUSSOLE_CONVERSION: ['conversions', 'visites'], BOUSSOLE_CLV: ['panier_moyen', 'achats_par_an', 'duree_annees', 'marge'],
      BOUSSOLE_METEO: ['statuts', 'echeances', 'date'],
    };
    for (const [name, args] of Object.entries(params)) {
      const m = code.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`));
      expect(m, name).not.toBeNull();
      expect(m?.[1], name).toContain('@customfunction');
      expect(m?.[2]?.split(',').map((s) => s.trim()), name).toEqual(args);
      for (const a of args) expect(m?.[1], `${name} ${a}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${a}\\]? \\S`));
    }
  });
});
