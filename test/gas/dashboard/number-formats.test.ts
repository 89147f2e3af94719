// `Tableau de bord` as Sheets shows it (SPEC §2): no number format with optional decimals only
// (`#,##0.##`), which Sheets renders `12,` for a whole number — checked on every displayed cell.
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/core/cells';
import { example } from '../../acceptance/support';

describe('number formats as Sheets shows them', () => {
  const emu = example();
  emu.run('boussoleActualiserTableauDeBord');
  const rows = emu.book.values('Tableau de bord');
  const width = Math.max(...rows.map((r) => r.length));
  const shown = emu.book.displayValues('Tableau de bord', `A1:${columnLetter(width)}${rows.length}`);

  it('no displayed number ends with a decimal separator', () => {
    expect(shown.flat().filter((v) => /\d,$/.test(v))).toEqual([]);
  });

  it('an objective counted in Leads shows whole numbers', () => {
    const leads = rows.findIndex((r) => String(r[0]).startsWith('Leads — '));
    expect(leads).toBeGreaterThanOrEqual(0);
    expect(shown[leads]?.slice(2, 4).every((v) => /^\d[\d\u202f\u00a0]*$/.test(v))).toBe(true);
  });
});
