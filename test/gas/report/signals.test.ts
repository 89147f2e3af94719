// boussoleSignaux (SPEC §3 v2) run through the built bundle in the emulator: the example's alert
// lines of October 2026 as plain JSON, rouge first then the §6 table order, no dialog, no write, and
// as many lines as boussoleGenererRapportPour counts.
import { describe, expect, it } from 'vitest';
import { exampleBook, inputSnapshot, MOIS } from './support';

type Line = { signal: string; niveau: string; message: string; cellules: string[] };

describe('boussoleSignaux', () => {
  it('returns every alert line of the month as plain JSON, and writes nothing', () => {
    const emu = exampleBook();
    const before = inputSnapshot(emu);
    const sheets = emu.book.sheetNames();
    const shown = () => [emu.ui.dialogs.length, emu.ui.toasts.length, emu.ui.alerts.length, emu.ui.sidebars.length];
    const shownBefore = shown();
    emu.calls.reset();
    const lines = emu.run('boussoleSignaux', MOIS) as Line[];
    const methods = Object.keys(emu.calls.byMethod());
    // the example of October: two rouge lines (2 blocked actions, the trade show 57,8 % over budget), then in table order
    expect(lines.map((l) => [l.signal, l.niveau])).toEqual([
      ['Blocage', 'rouge'], ['Dépassement budgétaire', 'rouge'], ['Retard', 'orange'], ['Gouvernance floue', 'orange'], ['Idées en attente', 'orange'],
    ]);
    expect(lines[0]).toEqual({
      signal: 'Blocage', niveau: 'rouge', cellules: ['Plan!G24', 'Plan!G25'],
      message: '2 actions bloquées : « Intégrer les formulaires du site au CRM » (Karim Haddad), « Importer l\'historique des devis » (Nadia Benali).',
    });
    expect(JSON.parse(JSON.stringify(lines))).toEqual(lines);
    expect(lines.every((l) => Object.keys(l).sort().join() === 'cellules,message,niveau,signal')).toBe(true);
    // read only: no write, no lock, no dialog, no toast; one read per tab present
    expect(emu.lock.writesWithoutLock()).toBe(0);
    expect(methods.filter((m) => /\.(set|insert|clear|delete|activate|append)/.test(m))).toEqual([]);
    expect(emu.calls.byMethod()['Sheet.getSheetValues']).toBe(9); // the eight input tabs and the snapshot tab
    expect(shown()).toEqual(shownBefore);
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.book.sheetNames()).toEqual(sheets);
  });

  it('has as many lines as the report counts', () => {
    const emu = exampleBook();
    for (const mois of [MOIS, '2026-11', '2026-06']) {
      const lines = emu.run('boussoleSignaux', mois) as Line[];
      expect((emu.run('boussoleGenererRapportPour', mois) as { alertes: number }).alertes, mois).toBe(lines.length);
    }
  });

  it('refuses a bad month with a French error', () => {
    const emu = exampleBook();
    expect(() => emu.run('boussoleSignaux', '2026-13')).toThrow(/« 2026-13 » n’est pas un mois valide.*AAAA-MM/);
    expect(() => emu.run('boussoleSignaux', 42)).toThrow(/Le mois n’est pas un mois valide/);
  });
});
