// SPEC §3 acceptance: the add-on menu exactly (labels, order, separators), onOpen in AuthMode.NONE,
// every item's global exists and does something visible, no internal global, scriptable variants.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example, textOf } from './support';
import { loadedEmulator } from '../support/bundle';

// SPEC §3 table, copied literally; '—' is a separator.
const SPEC_MENU: Array<[string, string] | '—'> = [
  ['Ouvrir le panneau de pilotage', 'boussoleOuvrirPanneau'],
  ['Générer le rapport mensuel', 'boussoleGenererRapport'],
  ['Actualiser le tableau de bord', 'boussoleActualiserTableauDeBord'],
  ['Préparer le point hebdo', 'boussolePointHebdo'],
  ['Préparer le comité trimestriel', 'boussoleComiteTrimestriel'],
  ["Vérifier les signaux d'alerte", 'boussoleVerifierSignaux'],
  '—',
  ['Prioriser le backlog', 'boussolePrioriserBacklog'],
  ['Répartir le budget selon la maturité', 'boussoleRepartirBudget'],
  ['Ajouter la feuille de route 12 mois type', 'boussoleFeuilleDeRouteType'],
  ['Lancer un plan de relance 8 semaines', 'boussolePlanRelance'],
  '—',
  ['Initialiser le classeur', 'boussoleInitialiser'],
  ['Charger un exemple', 'boussoleChargerExemple'],
  ['Partager avec mon consultant', 'boussolePartagerConsultant'],
  ['Créer un portefeuille consultant', 'boussolePortefeuille'],
  ['Aide et mini-formation', 'boussoleAide'],
];
const expectedItems = SPEC_MENU.map((m) => (m === '—' ? { separator: true } : { caption: m[0], functionName: m[1] }));

describe('SPEC §3 — menu', () => {
  it('onOpen in AuthMode.NONE adds exactly the add-on menu of §3 and touches nothing else', () => {
    const emu = loadedEmulator();
    emu.calls.reset();
    emu.trigger('onOpen', 'NONE'); // the emulator throws on any other service in NONE
    expect(emu.ui.menus).toEqual([{ title: 'Boussole', addon: true, items: expectedItems }]);
    expect(emu.book.sheetNames()).toHaveLength(1);
    expect(Object.keys(emu.calls.byMethod()).every((m) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m))).toBe(true);
  });

  it('onInstall adds the same menu', () => {
    const emu = loadedEmulator();
    emu.trigger('onInstall', 'FULL');
    expect(emu.ui.menus[0]?.items).toEqual(expectedItems);
  });

  it('every contract name is a top-level function; scriptable variants and formulas too; nothing ends with _', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    const names = [...SPEC_MENU.flatMap((m) => (m === '—' ? [] : [m[1]])), 'onOpen', 'onInstall', 'boussoleGenererRapportPour', 'boussoleComiteTrimestrielPour',
      'boussoleDonneesPanneau', 'BOUSSOLE_SCORE', 'BOUSSOLE_QUADRANT', 'BOUSSOLE_BUDGET', 'BOUSSOLE_ECART', 'BOUSSOLE_PROGRESSION',
      'BOUSSOLE_CAC', 'BOUSSOLE_ROAS', 'BOUSSOLE_CONVERSION', 'BOUSSOLE_CLV', 'BOUSSOLE_METEO'];
    for (const name of names) expect(code, name).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const emu = loadedEmulator();
    const globals = emu.globalNames().filter((n) => typeof (emu.context as Record<string, unknown>)[n] === 'function');
    expect(globals.filter((n) => n.endsWith('_'))).toEqual([]);
    // Only contract names, sidebar/dialog RPCs (boussole…) and formulas are globals.
    expect(globals.filter((n) => !/^(boussole[A-Z]\w*|BOUSSOLE_[A-Z]+|onOpen|onInstall)$/.test(n))).toEqual([]);
  });

  it('every menu item does something the user sees (dialog, sidebar, prompt, toast or alert)', () => {
    const seen: Record<string, string> = {};
    for (const m of SPEC_MENU) {
      if (m === '—') continue;
      const emu = example();
      emu.user.answerPrompt(m[1] === 'boussoleComiteTrimestriel' ? '2026-T3' : '2026-10', 'OK');
      emu.user.answerAlert('NO');
      emu.run(m[1]);
      const ui = emu.ui;
      const shown = [...ui.dialogs.map((d) => `dialog:${d.title}`), ...ui.sidebars.map((s) => `sidebar:${s.title}`),
        ...ui.toasts.map((t) => `toast:${t.message}`), ...ui.alerts.map((a) => `alert:${a.prompt}`)];
      expect(shown.length, m[0]).toBeGreaterThan(0);
      seen[m[1]] = shown.join(' / ');
    }
    expect(seen.boussoleOuvrirPanneau).toMatch(/^sidebar:/);
    expect(seen.boussoleAide).toMatch(/^sidebar:/);
    expect(seen.boussoleGenererRapport).toContain('dialog:Rapport prêt');
    expect(seen.boussolePointHebdo).toContain('dialog:Préparer le point hebdo');
    expect(seen.boussoleComiteTrimestriel).toContain('dialog:Comité prêt');
    expect(seen.boussoleVerifierSignaux).toMatch(/dialog:Signaux d’alerte — \d/);
    expect(seen.boussolePartagerConsultant).toContain('dialog:Partager avec mon consultant');
    expect(seen.boussoleActualiserTableauDeBord).toMatch(/toast:Tableau de bord actualisé/);
    expect(seen.boussolePortefeuille).toMatch(/toast:Portefeuille prêt : 200 lignes/);
    // On the example: the classeur is not empty, so the example is refused with a message.
    expect(seen.boussoleChargerExemple).toMatch(/^alert:Le classeur contient déjà des données/);
  }, 240_000); // 16 example classeurs, each with its dashboard and BOUSSOLE_SYNTHESE named range (costly in the emulator)

  it('boussoleGenererRapportPour returns exactly { feuille, meteo, alertes }', () => {
    const emu = example();
    const result = emu.run('boussoleGenererRapportPour', '2026-10') as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['alertes', 'feuille', 'meteo']);
    expect(result.feuille).toBe('Rapport 2026-10');
    expect(['☀️ Ensoleillé', '🌤️ Variable', '🌧️ Pluvieux', '⛈️ Orageux']).toContain(result.meteo);
    expect(Number.isInteger(result.alertes)).toBe(true);
    expect(emu.ui.dialogs).toHaveLength(0);
  });

  it('boussoleDonneesPanneau returns a JSON-safe snapshot (no Date, survives JSON round trip)', () => {
    const emu = example();
    const data = emu.run('boussoleDonneesPanneau');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const hasDate = (v: unknown): boolean => v instanceof Date || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
    expect(hasDate(data)).toBe(false);
    expect(textOf('<p>x</p>')).toBe('x');
  });
});
