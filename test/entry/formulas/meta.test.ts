// The metadata table the build turns into `@customfunction` stubs must match the real formulas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as F from '../../../src/entry/formulas';
import { FORMULAS } from '../../../src/entry/formula-meta';

const SPEC_PARAMS: Record<string, string[]> = {
  BOUSSOLE_SCORE: ['valeur', 'complexite', 'urgence'],
  BOUSSOLE_QUADRANT: ['impact', 'faisabilite', 'seuil'],
  BOUSSOLE_BUDGET: ['total', 'maturite'],
  BOUSSOLE_ECART: ['prevu', 'reel'],
  BOUSSOLE_PROGRESSION: ['depart', 'actuel', 'cible'],
  BOUSSOLE_CAC: ['depenses', 'nouveaux_clients'],
  BOUSSOLE_ROAS: ['chiffre_affaires', 'depenses'],
  BOUSSOLE_CONVERSION: ['conversions', 'visites'],
  BOUSSOLE_CLV: ['panier_moyen', 'achats_par_an', 'duree_annees', 'marge'],
  BOUSSOLE_METEO: ['statuts', 'echeances', 'date'],
};
const OPTIONAL = ['seuil', 'marge', 'date'];

describe('formula metadata', () => {
  it('lists exactly the ten exported formulas with the SPEC parameter names', () => {
    expect(Object.keys(F).sort()).toEqual(Object.keys(SPEC_PARAMS).sort());
    expect(Object.fromEntries(FORMULAS.map((m) => [m.name, m.params.map((p) => p.name)]))).toEqual(SPEC_PARAMS);
  });

  it('matches each implementation’s parameter list, optional ones last', () => {
    for (const meta of FORMULAS) {
      const fn = (F as Record<string, (...args: unknown[]) => unknown>)[meta.name];
      const signature = /^function \w+\(([^)]*)\)/.exec(String(fn))?.[1] ?? '';
      expect(signature.split(',').map((p) => p.trim()), meta.name).toEqual(meta.params.map((p) => p.name));
      for (const p of meta.params) expect(p.optional === true, `${meta.name}.${p.name}`).toBe(OPTIONAL.includes(p.name));
    }
  });

  it('describes everything in French with a JSDoc type and a French-locale example', () => {
    for (const meta of FORMULAS) {
      expect(meta.description.length, meta.name).toBeGreaterThan(20);
      expect(meta.example).toMatch(new RegExp(`^=${meta.name}\\(.*\\)$`));
      expect(meta.example).not.toMatch(/,\s/); // arguments separated by ';' as in a French sheet
      expect(meta.returns).toMatch(/^[A-Za-z<>|, ]+$/);
      for (const p of meta.params) {
        expect(p.description.length).toBeGreaterThan(5);
        expect(p.type).toMatch(/^[A-Za-z<>|]+$/);
      }
    }
  });

  it('imports nothing (the build script loads it)', () => {
    expect(readFileSync('src/entry/formula-meta.ts', 'utf8')).not.toMatch(/^\s*import\s/m);
  });
});
