// The emulator's clock: setNow moves new Date() in the script and TODAY() in the books; custom
// functions run again when TODAY() is among their arguments, and refuse NOW()/RAND() as Sheets does.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const SCRIPT = `
/** @customfunction */
function BOUSSOLE_JOUR_SUIVANT(d) { return d instanceof Date ? new Date(d.getTime() + 86400000) : '⚠'; }
function maintenant() { return new Date().toISOString(); }
`;

describe('the clock', () => {
  it('moves new Date() and TODAY(), and runs a custom function fed TODAY() again', () => {
    const emu = loadedEmulator({ now: new Date(2026, 10, 23, 10) }, SCRIPT);
    emu.book.setValues('Feuille 1', 'A1:C1', [['=TODAY()', '=BOUSSOLE_JOUR_SUIVANT(TODAY())', '=BOUSSOLE_JOUR_SUIVANT(DATE(2026;1;1))']]);
    expect(emu.book.displayValues('Feuille 1', 'A1:C1')).toEqual([['23/11/2026', '24/11/2026', '02/01/2026']]);
    const runs = emu.calls.customFunctionRuns();
    emu.setNow(new Date(2026, 10, 25, 10));
    expect(emu.run('maintenant')).toBe(new Date(2026, 10, 25, 10).toISOString());
    expect(emu.book.displayValues('Feuille 1', 'A1:C1')).toEqual([['25/11/2026', '26/11/2026', '02/01/2026']]);
    expect(emu.calls.customFunctionRuns()).toBe(runs + 1); // only the one fed TODAY()
  });

  it('gives #ERROR! to a custom function fed NOW() or RAND(), not TODAY()', () => {
    const emu = loadedEmulator({ now: new Date(2026, 10, 23, 10) }, SCRIPT);
    emu.book.setValues('Feuille 1', 'A1:B1', [['=BOUSSOLE_JOUR_SUIVANT(NOW())', '=BOUSSOLE_JOUR_SUIVANT(RAND())']]);
    expect(emu.book.values('Feuille 1', 'A1:B1')).toEqual([['#ERROR!', '#ERROR!']]);
  });
});
