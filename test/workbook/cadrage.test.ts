// Cadrage: questions found by the text of column A, answers in column B, defaults and percents.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readClasseur } from '../../src/workbook/reader';

const messages = (c: ReturnType<typeof readClasseur>): string[] => c.problemes.map((p) => p.message);

describe('Cadrage', () => {
  it('gives the defaults (seuil 50 %, marge 100 %) on a missing or empty tab', () => {
    const { cadrage } = readClasseur({});
    expect(cadrage).toMatchObject({ entreprise: '', maturite: null, budgetAnnuel: null, seuilAlerte: 0.5, margeBrute: 1, rows: {} });
    expect(readClasseur({ Cadrage: [['Question', 'Réponse'], ['Seuil d\'alerte dépassement budget', '']] }).cadrage.seuilAlerte).toBe(0.5);
  });

  it('finds questions by their normalized text in any order and records their rows', () => {
    const grid = [
      ['Question', 'Réponse'],
      ['PROJET', 'Nouveau CRM'],
      ['Entreprise :', 'Menuiserie Roux'],
      ['Une ligne à moi', 'ignorée'],
      ['Maturité digitale', 'debutante'],
      ['Budget annuel (€)', '4 800 €'],
      ['date butoir', '15/03/2027'],
      ['Début de la feuille de route', vm.runInNewContext('new Date(2026, 10, 1)')],
      ['E-mail du consultant', 'conseil@cabinet.fr'],
      ['Achats par client et par an', '2,5'],
      ['Durée de la relation client (années)', 4],
    ];
    const c = readClasseur({ Cadrage: grid });
    expect(messages(c)).toEqual([]);
    expect(c.cadrage).toMatchObject({
      projet: 'Nouveau CRM', entreprise: 'Menuiserie Roux', maturite: 'Débutante', budgetAnnuel: 4800,
      dateButoir: new Date(2027, 2, 15), debutFeuilleDeRoute: new Date(2026, 10, 1), emailConsultant: 'conseil@cabinet.fr',
      achatsParAn: 2.5, dureeRelation: 4, seuilAlerte: 0.5, margeBrute: 1,
    });
    expect(c.cadrage.rows).toEqual({ projet: 2, entreprise: 3, maturite: 5, budgetAnnuel: 6, dateButoir: 7, debutFeuilleDeRoute: 8, emailConsultant: 9, achatsParAn: 10, dureeRelation: 11 });
    expect(c.colonnes.Cadrage).toEqual({ Question: 'A', Réponse: 'B' });
  });

  it.each([
    ['50 %', 0.5], ['0,5', 0.5], [50, 0.5], [0.3, 0.3], ['30', 0.3], ['150 %', 1.5],
  ])('reads the alert threshold %s as %s', (typed, fraction) => {
    const c = readClasseur({ Cadrage: [['Seuil d’alerte dépassement budget', typed], ['Marge brute', typed === '150 %' ? '' : typed]] });
    expect(c.cadrage.seuilAlerte).toBeCloseTo(fraction, 10);
    expect(c.cadrage.margeBrute).toBeCloseTo(typed === '150 %' ? 1 : fraction, 10);
  });

  it('keeps defaults and names the cell for bad answers', () => {
    const grid = [
      ['Question', 'Réponse'],
      ['Maturité digitale', 'Experte'],
      ['Seuil d\'alerte dépassement budget', 'la moitié'],
      ['Marge brute', '140 %'],
      ['E-mail du consultant', 'conseil@'],
      ['Date butoir', 'bientôt'],
    ];
    const c = readClasseur({ Cadrage: grid });
    expect(c.cadrage).toMatchObject({ maturite: null, seuilAlerte: 0.5, margeBrute: 1, emailConsultant: '', dateButoir: null });
    expect(messages(c)).toEqual([
      'Cadrage!B2 : maturité digitale « Experte » inconnue — attendu : Débutante, Intermédiaire, Mature',
      'Cadrage!B3 : seuil d\'alerte dépassement budget « la moitié » illisible — attendu : un pourcentage (ex. 50 %)',
      'Cadrage!B4 : marge brute « 140 % » hors limites — attendu : un pourcentage de 1 à 100 % (ex. 40 %)',
      'Cadrage!B5 : e-mail du consultant « conseil@ » illisible — attendu : une adresse e-mail (ex. prenom.nom@cabinet.fr)',
      'Cadrage!B6 : date butoir « bientôt » illisible — attendu : une date (ex. 23/11/2026)',
    ]);
  });

  it('follows a Réponse column moved away from B', () => {
    const c = readClasseur({ Cadrage: [['Question', 'Aide', 'Réponse'], ['Projet', 'le nom court', 'Site vitrine']] });
    expect(c.cadrage.projet).toBe('Site vitrine');
    expect(c.colonnes.Cadrage).toEqual({ Question: 'A', Réponse: 'C' });
  });
});
