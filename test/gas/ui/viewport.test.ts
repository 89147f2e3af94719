// Apps Script ignores <meta> tags written inside HtmlService pages: the viewport is set with
// HtmlOutput.addMetaTag on every sidebar and dialog Boussole serves (item 5 of the fidelity issue).
import { describe, expect, it } from 'vitest';
import { example } from '../../acceptance/support';

const VIEWPORT = { name: 'viewport', content: 'width=device-width, initial-scale=1' };

describe('viewport of every page served', () => {
  it('the two sidebars and the dialogs carry it through addMetaTag', () => {
    const emu = example();
    emu.run('boussoleOuvrirPanneau');
    emu.run('boussoleAide');
    emu.run('boussoleVerifierSignaux');
    emu.run('boussolePointHebdo');
    expect(emu.ui.sidebars.map((s) => s.meta)).toEqual([[VIEWPORT], [VIEWPORT]]);
    expect(emu.ui.dialogs.length).toBeGreaterThanOrEqual(2);
    for (const dialog of emu.ui.dialogs) expect(dialog.meta, dialog.title).toEqual([VIEWPORT]);
  });
});
