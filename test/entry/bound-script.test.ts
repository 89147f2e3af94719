// The template-copy path (README, « Installer par copie d'un modèle »): the same dist/ runs as a
// script bound to the template Sheet. A copy of the Sheet carries a copy of that script; its
// simple onOpen runs in AuthMode.LIMITED (Enum AuthMode: « a script bound to a document executes
// onOpen(e) »), and createAddonMenu puts the menu under Extensions with the script's name
// (Class Ui, createAddonMenu). A menu click then runs in FULL once the user has authorised.
import { describe, expect, it } from 'vitest';
import { INPUT_TABS, TAB } from '../../src/contract';
import { MENU_GROUPS } from '../../src/entry/menu';
import { bundleEmulator } from '../support/bundle';

/** The add-on menu as src/entry/menu.ts defines it: its groups, a separator between two of them. */
const MENU = MENU_GROUPS.filter((group) => group.length > 0).flatMap((group, i) => [
  ...(i > 0 ? [{ separator: true }] : []),
  ...group.map((item) => ({ caption: item.label, functionName: item.functionName })),
]);

describe('dist/Code.js as a script bound to the template Sheet', () => {
  it('builds the whole Boussole menu on onOpen in AuthMode.LIMITED, opening no window', () => {
    const emu = bundleEmulator();
    emu.trigger('onOpen', 'LIMITED');
    expect(emu.ui.menus).toEqual([{ title: 'Boussole', addon: true, items: MENU }]);
    expect(emu.ui.menus[0]?.items).toContainEqual({ caption: 'Initialiser le classeur', functionName: 'boussoleInitialiser' });
    expect(emu.ui.sidebars).toEqual([]);
    expect(emu.ui.dialogs).toEqual([]);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('runs Initialiser from that menu: every input tab and the dashboard exist, the next onOpen still works', () => {
    const emu = bundleEmulator();
    emu.trigger('onOpen', 'LIMITED');
    const item = emu.ui.menus[0]?.items.find((i) => 'caption' in i && i.caption === 'Initialiser le classeur');
    const fn = item && 'functionName' in item ? item.functionName : '';
    expect(fn).toBe('boussoleInitialiser');
    emu.run(fn);
    expect(emu.ui.alerts.map((a) => a.prompt)).toEqual([]);
    for (const tab of [...INPUT_TABS, TAB.tableau]) expect(emu.book.hasSheet(tab)).toBe(true);
    expect(emu.book.values(TAB.plan, 'A1:B1')).toEqual([['ID', 'Mois']]);
    emu.ui.menus.length = 0;
    expect(() => emu.trigger('onOpen', 'LIMITED')).not.toThrow();
    expect(emu.ui.menus[0]?.items).toEqual(MENU);
    expect(emu.ui.sidebars).toEqual([]);
  });
});
