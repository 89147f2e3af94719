// Répartir le budget: the split per maturity, the guide rows, which empty cells get what.
import { describe, expect, it } from 'vitest';
import { equalShares, buildBudgetProposal } from '../../../src/core/planning/budget-proposal';
import { missingAnswer } from '../../../src/core/planning/cadrage-check';
import { cadrage, classeur, grid } from './fixtures';

const vide = () => true;
const montants = (total: number, maturite: 'Débutante' | 'Intermédiaire' | 'Mature') =>
  buildBudgetProposal(total, maturite, [], vide).lignes.map((l) => l.montant);

describe('proposition de budget', () => {
  it('splits 1 000 € Débutante 40/40/20 with guide rows 25 % and 10 %', () => {
    const p = buildBudgetProposal(1000, 'Débutante', [], vide);
    expect(p.lignes.map((l) => [l.libelle, l.part, l.montant])).toEqual([
      ['Long terme', 0.4, 400], ['Résultats rapides', 0.4, 400], ['Optimisation & imprévus', 0.2, 200],
      ['dont montée en compétences (min.)', 0.25, 250], ['dont expérimentation (min.)', 0.1, 100],
    ]);
    // v2: the five starter postes (budget-postes.test.ts has the arithmetic)
    expect(p.nouveauxPostes.map((n) => [n.poste, n.montant])).toEqual([
      ['Formation et accompagnement', 250], ['Tests de nouveaux canaux', 100],
      ['Long terme', 150], ['Résultats rapides', 300], ['Optimisation & imprévus', 200],
    ]);
  });

  it('follows each maturity, for 200 000 € too', () => {
    expect(montants(200000, 'Intermédiaire')).toEqual([100000, 60000, 40000, 50000, 20000]); // 50/30/20
    expect(montants(200000, 'Mature')).toEqual([120000, 40000, 40000, 50000, 20000]); // 60/20/20
    expect(montants(3500, 'Débutante')).toEqual([1400, 1400, 700, 875, 350]);
  });

  it('fills only empty cells with what remains of each horizon', () => {
    const g = grid('budget', [
      { Poste: 'Site', Horizon: 'Long terme' }, // row 2, empty
      { Poste: 'CRM', Horizon: 'Long terme', 'Montant prévu': 30000 }, // row 3
      { Poste: 'Publicité', Horizon: 'Résultats rapides' }, // row 4, empty
      { Poste: 'Formation', Horizon: 'Résultats rapides', Nature: 'Humain' }, // row 5, empty
      { Poste: 'Imprévus', Horizon: 'Optimisation & imprévus', 'Montant prévu': 'abc' }, // row 6, unreadable
      { Poste: 'Divers' }, // row 7, no horizon
    ]);
    const c = classeur({ Budget: g });
    const p = buildBudgetProposal(200000, 'Intermédiaire', c.budget, (row) => g[row - 1]?.[4] === '');
    // LT 100 000 − 30 000 = 70 000 → Site; RR 60 000 / 2 = 30 000 each; OI cell not empty → untouched
    expect(p.remplissages).toEqual([
      { row: 2, poste: 'Site', horizon: 'Long terme', montant: 70000 },
      { row: 4, poste: 'Publicité', horizon: 'Résultats rapides', montant: 30000 },
      { row: 5, poste: 'Formation', horizon: 'Résultats rapides', montant: 30000 },
    ]);
    expect(p.sansHorizon.map((x) => x.poste)).toEqual(['Divers']);
    expect(p.nouveauxPostes).toEqual([]);
  });

  it('leaves a covered horizon alone and splits to the cent', () => {
    const g = grid('budget', [{ Poste: 'A', Horizon: 'Long terme', 'Montant prévu': 500 }, { Poste: 'B', Horizon: 'Long terme' }]);
    const p = buildBudgetProposal(1000, 'Débutante', classeur({ Budget: g }).budget, (row) => row === 3);
    expect(p.remplissages).toEqual([]);
    expect(p.couverts).toEqual(['Long terme']);
    expect(p.sansPoste).toEqual(['Résultats rapides', 'Optimisation & imprévus']);
    expect(equalShares(100, 3)).toEqual([33.33, 33.33, 33.34]);
  });
});

describe('Cadrage messages', () => {
  it('names the cell to fill', () => {
    const c = classeur({ Cadrage: cadrage({ 'Maturité digitale': 'Débutante' }) });
    expect(missingAnswer(c, 'budgetAnnuel', c.cadrage.budgetAnnuel !== null, 'un montant en euros'))
      .toBe('Cadrage!B10 : « Budget annuel (€) » est vide — attendu : un montant en euros');
    expect(missingAnswer(c, 'maturite', c.cadrage.maturite !== null, 'x')).toBeNull();
    const bad = classeur({ Cadrage: cadrage({ 'Budget annuel (€)': 'beaucoup' }) });
    expect(missingAnswer(bad, 'budgetAnnuel', false, 'un montant en euros')).toMatch(/^Cadrage!B10 : .*« beaucoup » illisible/);
    const none = classeur({ Cadrage: [['Question', 'Réponse']] });
    expect(missingAnswer(none, 'debutFeuilleDeRoute', false, 'une date')).toMatch(/^Cadrage : la question « Début de la feuille de route » est absente/);
  });
});
