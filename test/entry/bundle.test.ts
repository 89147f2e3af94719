// The built dist/Code.js as Apps Script sees it: top-level contract functions, custom-formula
// JSDoc, no module syntax, minimal scopes, and no service call while loading.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FORMULAS } from '../../src/entry/formula-meta';
import { MENU_GROUPS } from '../../src/entry/menu';
import { loadedEmulator } from '../support/bundle';

const code = readFileSync('dist/Code.js', 'utf8');
const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes: string[]; timeZone: string; runtimeVersion: string };

/** Global functions the bundle defines once evaluated (what Apps Script lists and calls). */
function topLevelFunctions(): string[] {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  return Object.keys(context).filter((name) => typeof (context as Record<string, unknown>)[name] === 'function');
}

const SPEC_FORMULAS = ['BOUSSOLE_SCORE', 'BOUSSOLE_QUADRANT', 'BOUSSOLE_BUDGET', 'BOUSSOLE_ECART', 'BOUSSOLE_PROGRESSION',
  'BOUSSOLE_CAC', 'BOUSSOLE_ROAS', 'BOUSSOLE_CONVERSION', 'BOUSSOLE_CLV', 'BOUSSOLE_METEO'];

describe('dist/Code.js', () => {
  it('declares every menu handler and trigger as a top-level function', () => {
    const names = topLevelFunctions();
    expect(names).toContain('onOpen');
    expect(names).toContain('onInstall');
    for (const item of MENU_GROUPS.flat()) expect(names).toContain(item.functionName);
  });

  it('declares the ten custom formulas with their French JSDoc and real parameter names', () => {
    expect(FORMULAS.map((f) => f.name).sort()).toEqual([...SPEC_FORMULAS].sort());
    for (const meta of FORMULAS) {
      const params = meta.params.map((p) => p.name).join(', ');
      const block = new RegExp(`/\\*\\*[^]*?@customfunction\\s*\\*/\\nfunction ${meta.name}\\(${params}\\)`);
      expect(code, meta.name).toMatch(block);
    }
    expect(code).toMatch(/@param \{[^}]+\} valeur /);
    expect(code).toMatch(/@param \{[^}]+\} \[seuil\] /);
  });

  it('exposes no internal helper and nothing ending with an underscore', () => {
    for (const name of topLevelFunctions()) {
      expect(name).toMatch(/^(onOpen|onInstall|boussole[A-Z][A-Za-z]*|BOUSSOLE_[A-Z_]+)$/);
    }
  });

  it('leaves no ES module syntax', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('does no work at module scope: loading touches no global service', () => {
    const touched: string[] = [];
    const trap = new Proxy({}, { get: (_t, key) => { touched.push(String(key)); throw new Error(`touched ${String(key)}`); } });
    const context = vm.createContext({ SpreadsheetApp: trap, HtmlService: trap, LockService: trap, PropertiesService: trap, Session: trap, Utilities: trap, ScriptApp: trap });
    vm.runInContext(code, context);
    expect(touched).toEqual([]);
  });

  it('loading it in the emulator (Apps Script globals only) counts zero service calls', () => {
    const emu = loadedEmulator();
    expect(emu.calls.total()).toBe(0);
    expect(emu.calls.byMethod()).toEqual({});
    expect(emu.book.sheetNames()).toEqual(['Feuille 1']);
  });

  it('asks exactly the two non-sensitive scopes, V8, Europe/Paris', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Paris');
  });
});
