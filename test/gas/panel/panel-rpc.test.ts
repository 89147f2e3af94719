// The sidebar's RPCs in the emulator, on the real bundle: snapshot (read-only, constant calls),
// quick-add (field errors write nothing; valid → one row under the lock), status change, selection.
import { describe, expect, it } from 'vitest';
import { PLAN_ROWS, seededEmulator } from './seed';

describe('boussoleDonneesPanneau', () => {
  it('reads the month without writing, in a number of calls that does not grow with rows', () => {
    const emu = seededEmulator();
    const before = JSON.stringify(emu.book.snapshot());
    const snapshot = emu.run('boussoleDonneesPanneau') as { compteurs: unknown; semaine: Array<{ id: string }>; postes: string[] };
    // Today 23/11: A-003 due 20/11 is late and Bloqué; A-002 due 25/11 is this week (2 days).
    expect(snapshot.compteurs).toEqual({ aFaire: 0, enCours: 1, bloquees: 1, enRetard: 1, faites: 1, total: 3 });
    expect(snapshot.semaine.map((a) => a.id)).toEqual(['A-002']);
    expect(snapshot.postes).toEqual(['Site web', 'Formation']);
    expect(JSON.stringify(emu.book.snapshot())).toBe(before);
    const small = emu.calls.total();
    const many = Array.from({ length: 300 }, (_, i) => PLAN_ROWS[i % 3]?.map((v, j) => (j === 0 ? `A-${100 + i}` : v)) ?? []);
    emu.book.setValues('Plan', 'A5:N304', many);
    emu.calls.reset();
    emu.run('boussoleDonneesPanneau');
    expect(emu.calls.total()).toBe(small);
  });
});

describe('boussoleAjouterAction', () => {
  const form = { action: 'Publier 4 articles', mois: '2026-12', responsable: 'Marie', echeance: '2026-12-15', budgetPrevu: '1 200,50', poste: 'site web' };

  it('answers field errors in French and writes nothing', () => {
    const emu = seededEmulator();
    const before = emu.book.values('Plan');
    const r = emu.run('boussoleAjouterAction', { ...form, budgetPrevu: 'beaucoup', poste: 'Salon' }) as { ok: boolean; erreurs: Record<string, string> };
    expect(r.ok).toBe(false);
    expect(r.erreurs.budgetPrevu).toBe('« beaucoup » n’est pas un montant — attendu : des euros, ex. 1 200 ou 350,50.');
    expect(r.erreurs.poste).toBe('Poste « Salon » inconnu de l’onglet Budget — attendu : Site web, Formation.');
    expect(emu.book.values('Plan')).toEqual(before);
  });

  it('appends one row with the next ID, under the lock, user text kept as text', () => {
    const emu = seededEmulator();
    const r = emu.run('boussoleAjouterAction', { ...form, action: '=IMPORTXML("x")' }) as { ok: boolean; id: string; ligne: number };
    expect(r).toMatchObject({ ok: true, id: 'A-004', ligne: 5 });
    const row = emu.book.values('Plan', 'A5:N5')[0] ?? [];
    expect(row.slice(0, 8).map(String).slice(2)).toEqual(['', '=IMPORTXML("x")', 'Ponctuelle', 'Marie', 'À faire', String(new Date(2026, 11, 15))]);
    expect(row[0]).toBe('A-004');
    expect(String(row[1])).toBe(String(new Date(2026, 11, 1)));
    expect([row[9], row[11], row[13]]).toEqual([1200.5, 'Site web', 'Panneau de pilotage']);
    expect(emu.book.formulas('Plan', 'D5')).toEqual([['']]);
    expect(emu.lock.writesWithoutLock()).toBe(0);
    expect(emu.book.values('Plan').length).toBe(5);
  });
});

describe('boussoleChangerStatut', () => {
  it('writes the one Statut cell of the action found by ID', () => {
    const emu = seededEmulator();
    const r = emu.run('boussoleChangerStatut', { id: 'A-003', ligne: 4, statut: 'fait' });
    expect(r).toEqual({ ok: true, message: '« Importer les contacts » : Fait.' });
    expect(emu.book.values('Plan', 'G2:G4')).toEqual([['Fait'], ['En cours'], ['Fait']]);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('refuses an unknown status or ID without writing', () => {
    const emu = seededEmulator();
    const before = emu.book.values('Plan');
    expect(emu.run('boussoleChangerStatut', { id: 'A-003', ligne: 4, statut: 'Finit' })).toMatchObject({ ok: false, message: expect.stringMatching(/^Statut inconnu/) });
    expect(emu.run('boussoleChangerStatut', { id: 'A-999', ligne: 4, statut: 'Fait' })).toMatchObject({ ok: false, message: expect.stringMatching(/n’est plus sous l’ID A-999 .* actualisez le panneau/) });
    expect(emu.book.values('Plan')).toEqual(before);
  });
});

describe('selection, sidebars and tabs', () => {
  it('selects an alert’s cells and shows their tab', () => {
    const emu = seededEmulator();
    expect(emu.run('boussoleSelectionnerCellules', ['Plan!H4', 'Plan!G4'])).toEqual({ ok: true, message: '2 cellules sélectionnées dans Plan.' });
    expect(emu.book.activeSheet()).toBe('Plan');
    expect(() => emu.run('boussoleSelectionnerCellules', ['H4'])).toThrow(/Cellules illisibles/);
  });

  it('a cell past the grid (stale sidebar, shrunk tab) gets a French message, not a crash', () => {
    // Found by test/robustness: Apps Script throws « The coordinates of the range are outside the dimensions
    // of the sheet » for Plan!H99999 and « Range not found » for Plan!A0.
    const emu = seededEmulator();
    expect(() => emu.run('boussoleSelectionnerCellules', ['Plan!H99999'])).toThrow(/^Plan!H99999 est hors de l’onglet \(\d+ lignes, \d+ colonnes\) : actualisez le panneau\.$/);
    expect(() => emu.run('boussoleSelectionnerCellules', ['Plan!ZZZ4'])).toThrow(/^Plan!ZZZ4 est hors de l’onglet/);
    expect(() => emu.run('boussoleSelectionnerCellules', ['Plan!A0'])).toThrow(/^Cellules illisibles/);
    expect(emu.run('boussoleSelectionnerCellules', ['Plan!H99999', 'Plan!G4'])).toEqual({ ok: true, message: '1 cellule sélectionnée dans Plan.' });
  });

  it('opens the Panneau and the Aide as sidebars titled in French', () => {
    const emu = seededEmulator();
    emu.run('boussoleOuvrirPanneau');
    emu.run('boussoleAide');
    expect(emu.ui.sidebars.map((s) => s.title)).toEqual(['Boussole', 'Boussole — aide']);
    expect(emu.ui.sidebars[0]?.html).toContain('Ajouter une action');
    expect(emu.run('boussoleOuvrirOnglet', 'Budget')).toEqual({ ok: true, message: 'Onglet « Budget » ouvert.' });
    expect(emu.book.activeSheet()).toBe('Budget');
    expect(() => emu.run('boussoleOuvrirOnglet', 'Secret')).toThrow(/Onglet inconnu/);
  });
});
