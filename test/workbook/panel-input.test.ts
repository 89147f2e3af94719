// Validation of what the sidebar sends (zod/mini, French field-level messages).
import { describe, expect, it } from 'vitest';
import { bottomRight, cellsSchema, shareRoleSchema, splitReference, validateAddition, validateStatusChange } from '../../src/workbook/panel-input';
import { isMonthKey } from '../../src/core/months';

const POSTES = ['Site web', 'Formation'];
const VALIDE = { action: ' Publier 4 articles ', mois: '2026-11', responsable: 'Marie', echeance: '2026-11-30', budgetPrevu: '1 200,50', poste: 'site WEB' };

describe('validateAddition', () => {
  it('accepts a complete form and canonicalises its values', () => {
    const r = validateAddition(VALIDE, POSTES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.valeurs).toMatchObject({ action: 'Publier 4 articles', mois: '2026-11', responsable: 'Marie', budgetPrevu: 1200.5, poste: 'Site web' });
    expect(r.valeurs.echeance?.getFullYear()).toBe(2026);
    expect([r.valeurs.echeance?.getMonth(), r.valeurs.echeance?.getDate()]).toEqual([10, 30]);
  });

  it('accepts optional fields left empty and French month spellings', () => {
    const r = validateAddition({ action: 'Former l’équipe', mois: 'décembre 2026', responsable: 'Paul', echeance: '', budgetPrevu: '', poste: '' }, POSTES);
    expect(r).toMatchObject({ ok: true, valeurs: { mois: '2026-12', echeance: null, budgetPrevu: null, poste: '' } });
  });

  it('names every invalid field in French', () => {
    const r = validateAddition({ action: '  ', mois: 'novembre', responsable: '', echeance: '31/02/2026', budgetPrevu: 'abc', poste: 'Salon' }, POSTES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs.action).toMatch(/Indiquez l’action/);
    expect(r.erreurs.responsable).toMatch(/responsable/);
    expect(r.erreurs.mois).toBe('« novembre » n’est pas un mois — attendu : AAAA-MM, ex. 2026-11.');
    expect(r.erreurs.echeance).toMatch(/« 31\/02\/2026 » n’est pas une date/);
    expect(r.erreurs.budgetPrevu).toMatch(/« abc » n’est pas un montant/);
    expect(r.erreurs.poste).toBe('Poste « Salon » inconnu de l’onglet Budget — attendu : Site web, Formation.');
  });

  it('refuses a negative budget, accepts any poste when Budget is empty', () => {
    expect(validateAddition({ ...VALIDE, budgetPrevu: '-5' }, POSTES)).toMatchObject({ ok: false, erreurs: { budgetPrevu: 'Le budget prévu ne peut pas être négatif.' } });
    expect(validateAddition({ ...VALIDE, poste: 'Salon' }, [])).toMatchObject({ ok: true, valeurs: { poste: 'Salon' } });
  });

  it('answers an unreadable payload without throwing', () => {
    expect(validateAddition(null, POSTES)).toMatchObject({ ok: false, erreurs: { action: 'Formulaire illisible : rechargez le panneau.' } });
    expect(validateAddition({ ...VALIDE, action: 42 }, POSTES)).toMatchObject({ ok: false, erreurs: { action: 'Texte attendu.' } });
  });
});

describe('validateStatusChange', () => {
  it('accepts a known status whatever its case and accents', () => {
    expect(validateStatusChange({ id: 'A-001', ligne: 5, statut: 'a faire' })).toEqual({ ok: true, valeurs: { id: 'A-001', ligne: 5, action: '', statut: 'À faire' } });
    expect(validateStatusChange({ id: '', ligne: 5, action: 'Appeler', statut: 'Fait' })).toEqual({ ok: true, valeurs: { id: '', ligne: 5, action: 'Appeler', statut: 'Fait' } });
  });
  it('refuses an unknown status, a header row or a missing field', () => {
    expect(validateStatusChange({ id: 'A-001', ligne: 5, statut: 'Finit' })).toEqual({ ok: false, message: 'Statut inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné.' });
    expect(validateStatusChange({ id: 'A-001', ligne: 1, statut: 'Fait' }).ok).toBe(false);
    expect(validateStatusChange({ statut: 'Fait' }).ok).toBe(false);
  });
});

describe('cells, roles and months', () => {
  it('accepts sheet-qualified A1 references only', () => {
    expect(cellsSchema().safeParse(['Plan!H12', "'Tableau de bord'!A1:B3", 'Budget!$E$2']).success).toBe(true);
    expect(cellsSchema().safeParse(['H12']).success).toBe(false);
    expect(cellsSchema().safeParse([]).success).toBe(false);
    expect(cellsSchema().safeParse(['Plan!H12; =1']).success).toBe(false);
    expect(cellsSchema().safeParse(['Plan!A0']).success).toBe(false); // row 0 does not exist
    expect(cellsSchema().safeParse(['Plan!A1:B00']).success).toBe(false);
  });
  it('finds the last row and column a local reference reaches', () => {
    expect(bottomRight('G12')).toEqual({ row: 12, col: 7 });
    expect(bottomRight('B3:A9')).toEqual({ row: 9, col: 2 });
    expect(bottomRight('AA1')).toEqual({ row: 1, col: 27 }); // 1 × 26 + 1
    expect(bottomRight('ZZZ4')).toEqual({ row: 4, col: 18278 }); // (26 × 26 + 26) × 26 + 26
  });
  it('splits a reference into its sheet and local cell', () => {
    expect(splitReference("'L''onglet'!$A$1:B3")).toEqual({ sheet: "L'onglet", cell: 'A1:B3' });
    expect(splitReference('Plan!G12')).toEqual({ sheet: 'Plan', cell: 'G12' });
  });
  it('knows the two share roles and the report month format', () => {
    expect(shareRoleSchema().safeParse('lecteur').success).toBe(true);
    expect(shareRoleSchema().safeParse('commentateur').success).toBe(false);
    expect(isMonthKey('2026-11')).toBe(true); // the report month check the product uses (validateMonth)
    expect(isMonthKey('2026-13')).toBe(false);
  });
});
