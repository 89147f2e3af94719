// Defects 7.6 and 7.7 through the real bundle: a quoted user value is capped at 200 characters, so
// no report or dashboard cell nears Sheets' 50 000-character limit; an amount below one cent counts
// as « non budgété » instead of giving Infinity or NaN.
import { describe, expect, it } from 'vitest';
import { example, textOf } from '../../acceptance/support';

const LONG = `Finit${'x'.repeat(49_995)}`; // 50 000 characters
const longest = (rows: unknown[][]) => Math.max(...rows.flat().map((v) => String(v).length));

describe('a 50 000-character bad value (7.6)', () => {
  const emu = example();
  emu.book.setValues('Plan', 'G12', [[LONG]]);
  emu.run('boussoleGenererRapportPour', '2026-10');
  emu.run('boussoleActualiserTableauDeBord');
  emu.run('boussoleVerifierSignaux');

  it('is quoted in 200 characters ending with …, in the report and the alerts dialog', () => {
    const line = emu.book.values('Rapport 2026-10').flat().map(String).find((v) => v.includes('Plan!G12 : statut « Finit')) ?? '';
    const quoted = /Plan!G12 : statut « (.*?) »/.exec(line)?.[1] ?? '';
    expect(Array.from(quoted)).toHaveLength(200);
    expect(quoted.endsWith('x…')).toBe(true);
    expect(line).toContain('» inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné');
    expect(textOf(emu.ui.dialogs.at(-1)?.html)).toContain(`Plan!G12 : statut « Finit${'x'.repeat(194)}… » inconnu`);
  });

  it('leaves no report or dashboard cell near the 50 000-character limit', () => {
    expect(longest(emu.book.values('Rapport 2026-10'))).toBeLessThan(2000);
    expect(longest(emu.book.values('Tableau de bord'))).toBeLessThan(2000);
  });
});

describe('a Montant prévu of 1E-320 € (7.7)', () => {
  const emu = example();
  const row = emu.book.values('Budget').findIndex((r, i) => i > 0 && typeof r[4] === 'number') + 1;
  const poste = String(emu.book.values('Budget', `A${row}`)[0]?.[0]);
  emu.book.setValues('Budget', `E${row}:F${row}`, [[1e-320, 500]]);
  emu.run('boussoleGenererRapportPour', '2026-10');
  emu.run('boussoleVerifierSignaux');
  const report = emu.book.values('Rapport 2026-10').flat().map(String);

  it('counts as nothing planned: the overrun says « non budgété », no Infinity or NaN anywhere', () => {
    expect(report.filter((v) => /Infinity|NaN/.test(v))).toEqual([]);
    const dialog = textOf(emu.ui.dialogs.at(-1)?.html);
    expect(dialog).not.toMatch(/Infinity|NaN/);
    expect(dialog).toContain(`Poste « ${poste} » : 500 € dépensés pour 0 € prévus (non budgété)`);
  });
});
