// Public API of the local Apps Script emulator: load dist/Code.js into a vm with Apps Script globals only,
// run its top-level functions like Google does, and expose the workbook, UI log and call counts to tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { Book } from './book.js';
import { Runtime } from './counting.js';
import type { AuthMode } from './counting.js';
import type { ButtonName, Ctx, UiLog } from './ctx.js';
import { makeHtmlService } from './html.js';
import { createInspector } from './inspector.js';
import type { BookInspector } from './inspector.js';
import { createRealm, fromRealm, toRealm } from './realm.js';
import { makeSpreadsheetApp, RangeListImpl, SpreadsheetImpl } from './spreadsheet.js';
import { ENUM_KEYS, makeCharts, makeLockService, makeLogger, makePropertiesService, makeScriptApp, makeSession, makeUtilities } from './services.js';
import { loadXlsx, saveXlsx } from './xlsx.js';
import './range.js';

export type { BookInspector } from './inspector.js';
export type { UiLog, MenuItem, ButtonName } from './ctx.js';

export interface EmulatorOptions {
  now?: Date;
  userEmail?: string;
  distDir?: string;
  spreadsheetName?: string;
  timeZone?: string;
}

export interface Emulator {
  loadBundle(code?: string): void;
  run(fnName: string, ...args: unknown[]): unknown;
  trigger(name: 'onOpen' | 'onInstall', authMode: 'NONE' | 'LIMITED' | 'FULL'): unknown;
  globalNames(): string[];
  calls: { total(): number; byMethod(): Record<string, number>; customFunctionRuns(): number; reset(): void };
  /** The scripted user. `whileOpen` runs while the alert is open, before its answer reaches the script
   *  (e.g. a collaborator typing in the sheet meanwhile: use `book.setValues` there). */
  user: { answerPrompt(text: string, button?: ButtonName): void; answerAlert(button: ButtonName, whileOpen?: () => void): void };
  ui: UiLog;
  book: BookInspector;
  lock: { writesWithoutLock(): number; acquisitions(): number };
  shares: { viewers: string[]; editors: string[] };
  saveXlsx(path: string, opts?: { cachedValues?: boolean }): Promise<void>;
  loadXlsx(path: string): Promise<void>;
  context: vm.Context;
  /** Logger.log output of the script (extension). */
  logs: string[];
}

const CUSTOM = /^BOUSSOLE_[A-Z_]+$/;
let seq = 0;

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const timeZone = opts.timeZone ?? 'Europe/Paris';
  // Apps Script evaluates local-time Date methods in the script time zone; the vm shares the process clock zone.
  if (process.env.TZ !== timeZone) process.env.TZ = timeZone;
  const rt = new Runtime();
  const realm = createRealm(opts.now);
  rt.realm = realm;
  const enums: Record<string, Record<string, object>> = {};
  for (const [k, keys] of Object.entries(ENUM_KEYS)) enums[k] = realm.makeEnum(keys);
  const id = `1EmuL${(++seq).toString().padStart(4, '0')}BoussoleSpreadsheetIdXXXXXXXXXXXXXXXX`.slice(0, 44);
  const book = new Book(id, opts.spreadsheetName ?? 'Pilotage projet digital', timeZone, () => opts.now ?? new Date());
  const ui: UiLog = { menus: [], alerts: [], prompts: [], toasts: [], sidebars: [], dialogs: [] };
  const ctx: Ctx = {
    rt, book, realm, distDir: resolve(process.cwd(), opts.distDir ?? 'dist'), userEmail: opts.userEmail ?? 'gerante@exemple.fr',
    addonName: 'Boussole', ui, alertAnswers: [], promptAnswers: [], shares: { viewers: [], editors: [] },
    properties: { document: new Map(), user: new Map(), script: new Map() }, logs: [], enums,
    spreadsheet: () => rt.wrap('Spreadsheet', new SpreadsheetImpl(ctx)),
    rangeList: (items) => rt.wrap('RangeList', new RangeListImpl(ctx, items)),
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: makeSpreadsheetApp(ctx), HtmlService: makeHtmlService(ctx), LockService: makeLockService(ctx),
    PropertiesService: makePropertiesService(ctx), Session: makeSession(ctx), Utilities: makeUtilities(ctx),
    ScriptApp: makeScriptApp(ctx), Charts: makeCharts(ctx), Logger: makeLogger(ctx), console,
  };
  const context = realm.context as Record<string, unknown>;
  for (const [k, v] of Object.entries(globals)) context[k] = v;
  const baseline = new Set(Object.getOwnPropertyNames(context));
  let loaded: string[] = [];


  /** Runs one execution: mode enforced, document lock released at the end like Apps Script does. */
  const execute = (mode: AuthMode, fn: () => unknown): unknown => {
    try {
      return fromRealm(rt.withMode(mode, fn));
    } finally {
      rt.docLockHeld = false;
    }
  };
  const fnOf = (name: string): ((...a: unknown[]) => unknown) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...a: unknown[]) => unknown;
  };
  /** Runs a custom function for the engine (already inside a run: no lock release, its own auth mode). */
  const invoke = (name: string, args: unknown[]): unknown => {
    const fn = fnOf(name);
    rt.customRuns++;
    return rt.withMode('CUSTOM_FUNCTION', () => fromRealm(fn.apply(undefined, args.map((a) => toRealm(realm, a)))));
  };

  const emu: Emulator = {
    context: realm.context,
    ui,
    shares: ctx.shares,
    logs: ctx.logs,
    book: createInspector(book),
    loadBundle(code?: string) {
      const src = code ?? readFileSync(resolve(ctx.distDir, 'Code.js'), 'utf8');
      execute('FULL', () => vm.runInContext(src, realm.context, { filename: 'Code.js' }));
      loaded = Object.getOwnPropertyNames(context).filter((n) => !baseline.has(n));
      book.engine.invoker = invoke;
      book.engine.setCustomFunctions(loaded.filter((n) => CUSTOM.test(n) && typeof context[n] === 'function'));
    },
    run(fnName, ...args) {
      const fn = fnOf(fnName);
      return execute('FULL', () => fn.apply(undefined, args.map((a) => toRealm(realm, a))));
    },
    trigger(name, authMode) {
      const fn = fnOf(name);
      const event = new realm.Object() as Record<string, unknown>;
      event.authMode = enums.AuthMode?.[authMode];
      if (authMode !== 'NONE') event.source = ctx.spreadsheet();
      return execute(authMode, () => fn.call(undefined, event));
    },
    globalNames: () => [...loaded],
    calls: {
      total: () => [...rt.counts.values()].reduce((a, b) => a + b, 0),
      byMethod: () => Object.fromEntries([...rt.counts].sort((a, b) => a[0].localeCompare(b[0]))),
      customFunctionRuns: () => rt.customRuns,
      reset: () => {
        rt.counts.clear();
        rt.customRuns = 0;
      },
    },
    user: {
      answerPrompt: (text, button = 'OK') => void ctx.promptAnswers.push({ text, button }),
      answerAlert: (button, whileOpen) => void ctx.alertAnswers.push(whileOpen ? { button, whileOpen } : { button }),
    },
    lock: { writesWithoutLock: () => rt.writesWithoutLock, acquisitions: () => rt.lockAcquisitions },
    saveXlsx: (path, o) => saveXlsx(book, path, o?.cachedValues !== false),
    loadXlsx: (path) => loadXlsx(book, path),
  };
  return emu;
}
