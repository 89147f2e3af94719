// Tolerant reading of the v2 contract: the new Cadrage rows, Plan › Objectif, Journal › Moral de
// l'équipe and Retours, and the hidden snapshot tab `Boussole instantanés`.
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/contract';
import { readClasseur } from '../../src/workbook/reader';

const headers = (table: keyof typeof TABLES) => TABLES[table].map((c) => c.header);
const messages = (c: ReturnType<typeof readClasseur>): string[] => c.problemes.map((p) => p.message);

describe('Cadrage (v2 rows)', () => {
  it('reads Pilote, Minimum utile livré le, Avantage, Points de douleur and Champions métier (split on commas)', () => {
    const c = readClasseur({ Cadrage: [['Question', 'Réponse'],
      ['Pilote du projet', ' Julien Moreau '], ['Minimum utile livré le', '15/10/2026'], ['Avantage concurrentiel visé', 'Devis en 48 h'],
      ['Points de douleur', 'Devis perdus'], ['Champions métier', 'Nadia, Thomas ; Léa,']] });
    expect(c.cadrage).toMatchObject({ pilote: 'Julien Moreau', minimumUtileLivre: new Date(2026, 9, 15), avantage: 'Devis en 48 h',
      douleurs: 'Devis perdus', champions: ['Nadia', 'Thomas', 'Léa'] });
    expect(c.cadrage.rows).toMatchObject({ pilote: 2, minimumUtileLivre: 3, champions: 6 });
    expect(c.problemes).toEqual([]);
  });
  it('reads a missing row as an empty answer, and blanks an unreadable date with a problem naming the cell', () => {
    const c = readClasseur({ Cadrage: [['Question', 'Réponse'], ['Projet', 'CRM'], ['Minimum utile livré le', 'bientôt']] });
    expect(c.cadrage).toMatchObject({ pilote: '', minimumUtileLivre: null, avantage: '', douleurs: '', champions: [] });
    expect(messages(c)).toEqual(['Cadrage!B3 : minimum utile livré le « bientôt » illisible — attendu : une date (ex. 23/11/2026)']);
  });
});

describe('Plan › Objectif', () => {
  it('reads the objective an action serves, as typed; empty when the column is absent', () => {
    const row = (objectif: string) => ['A-001', '2026-11', '', 'Relancer', '', 'Nadia', 'À faire', '', '', '', '', '', '', '', objectif];
    expect(readClasseur({ Plan: [headers('plan'), row(' Leads — Site web ')] }).plan[0]?.objectif).toBe('Leads — Site web');
    expect(readClasseur({ Plan: [headers('plan').slice(0, 14), row('').slice(0, 14)] }).plan[0]?.objectif).toBe('');
  });
});

describe('Journal › Moral de l’équipe and Retours', () => {
  const row = (moral: unknown, retours = '') => ['16/11/2026', 'Point hebdo', '', '', '', '', moral, retours];
  const c = readClasseur({ Journal: [headers('journal'), row(4, 'Le CRM plaît'), row('7'), row('bof'), row(''), row('2,5')] });
  it('reads a 1–5 note and the feedback text', () => {
    expect(c.journal.map((j) => [j.row, j.moral, j.retours])).toEqual([[2, 4, 'Le CRM plaît'], [3, null, ''], [4, null, ''], [5, null, ''], [6, 2.5, '']]);
  });
  it('blanks a bad note with a French problem naming the cell, keeping the row', () => {
    expect(messages(c)).toEqual([
      'Journal!G3 : moral de l\'équipe « 7 » hors échelle — attendu : une note de 1 à 5',
      'Journal!G4 : moral de l\'équipe « bof » illisible — attendu : une note de 1 à 5',
    ]);
  });
});

describe('Boussole instantanés (hidden snapshot tab)', () => {
  const tab = 'Boussole instantanés';
  it('reads typed rows: report month as text or date, Mois, Échéance, Statut', () => {
    const c = readClasseur({ [tab]: [headers('instantanes'),
      ['2026-10', 'A-001', new Date(2026, 10, 1), new Date(2026, 10, 25), 'En cours'],
      [new Date(2026, 9, 1), 'A-002', '2026-12', '', 'fait']] });
    expect(c.instantanes).toEqual([
      { row: 2, moisRapport: '2026-10', id: 'A-001', mois: '2026-11', echeance: new Date(2026, 10, 25), statut: 'En cours' },
      { row: 3, moisRapport: '2026-10', id: 'A-002', mois: '2026-12', echeance: null, statut: 'Fait' },
    ]);
    expect(c.problemes).toEqual([]);
  });
  it('is empty when the tab is absent', () => {
    expect(readClasseur({}).instantanes).toEqual([]);
  });
  it('skips a row without a valid report month or ID, and blanks other bad cells, with problems', () => {
    const c = readClasseur({ [tab]: [headers('instantanes'),
      ['', 'A-001', '2026-11', '', 'À faire'], ['2026-10', '', '2026-11', '', 'À faire'], ['2026-13', 'A-003', '2026-11', '', 'À faire'],
      ['2026-10', 'A-004', 'bientôt', 'demain', 'Fini']] });
    expect(c.instantanes).toEqual([{ row: 5, moisRapport: '2026-10', id: 'A-004', mois: null, echeance: null, statut: null }]);
    expect(messages(c)).toEqual([
      'Boussole instantanés!A2 : mois du rapport manquant — attendu : un mois (ex. 2026-11, 11/2026 ou novembre 2026)',
      'Boussole instantanés!B3 : ID manquant — attendu : un texte',
      'Boussole instantanés!A4 : mois du rapport « 2026-13 » illisible — attendu : un mois (ex. 2026-11, 11/2026 ou novembre 2026)',
      'Boussole instantanés!C5 : mois « bientôt » illisible — attendu : un mois (ex. 2026-11, 11/2026 ou novembre 2026)',
      'Boussole instantanés!D5 : échéance « demain » illisible — attendu : une date (ex. 23/11/2026)',
      'Boussole instantanés!E5 : statut « Fini » inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné',
    ]);
  });
});
