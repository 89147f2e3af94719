// Header matching (SPEC §2: case-, accent- and whitespace-insensitive, any order, extras kept).
import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../src/workbook/headers';
import { TABLES } from '../../src/contract';

describe('matchHeaders', () => {
  it('matches shuffled headers regardless of case, accents and spaces', () => {
    const m = matchHeaders(['STATUT', ' echeance ', 'Mois', 'budget  PREVU', 'Notes perso'], TABLES.plan);
    expect(m.index).toMatchObject({ Statut: 0, 'Échéance': 1, Mois: 2, 'Budget prévu': 3 });
    expect(m.extras).toEqual([4]);
    // the 14 headers of Plan minus the 4 found, in contract order
    expect(m.missing).toEqual(['ID', 'Phase', 'Action', 'Type', 'Responsable', 'Fait le', 'Budget réel', 'Poste budgétaire', 'Résultat', 'Origine', 'Objectif']);
  });

  it('accepts a header typed with a trailing space and typographic apostrophes', () => {
    const m = matchHeaders(['statut ', 'Chiffre d’affaires'], ['Statut', 'Chiffre d\'affaires']);
    expect(m.index).toEqual({ Statut: 0, 'Chiffre d\'affaires': 1 });
    expect(m.missing).toEqual([]);
  });

  it('ignores empty header cells and treats a duplicate as an extra', () => {
    const m = matchHeaders(['', 'Poste', null, 'poste', 'Réel'], TABLES.budget);
    expect(m.index).toMatchObject({ Poste: 1, 'Réel': 4 });
    expect(m.extras).toEqual([3]);
  });

  it('reports every header as missing on an empty row', () => {
    expect(matchHeaders([], ['A', 'B']).missing).toEqual(['A', 'B']);
  });
});
