// Public API of the local Apps Script emulator: load dist/Code.js into a vm with Apps Script globals only,
// run its top-level functions like Google does, and expose the workbook, UI log and call counts to tests.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { Book } from './book.js';
import { Books, urlOf } from './books.js';
import { Runtime } from './counting.js';
import type { AuthMode } from './counting.js';
import type { ButtonName, Ctx, UiLog } from './ctx.js';
import { makeHtmlService } from './html.js';
import { createInspector } from './inspector.js';
import type { BookInspector } from './inspector.js';
import { createRealm, fromRealm, toRealm } from './realm.js';
import { makeSpreadsheetApp, RangeListImpl, SpreadsheetImpl } from './spreadsheet.js';
import { ENUM_KEYS, makeCharts, makeLockService, makeLogger, makePropertiesService, makeScriptApp, makeSession, makeUtilities } from './services.js';
import { isValidTimeZone } from './tz.js';
import { loadXlsx, saveXlsx } from './xlsx.js';
import './range.js';

export type { BookInspector } from './inspector.js';

/** One spreadsheet of the emulator, seen from the test: its inspector plus its id, URL, name and zone. */
export interface BookHandle extends BookInspector {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface BookOptions {
  name?: string;
  /** The spreadsheet's zone (default: the script's). */
  spreadsheetTimeZone?: string;
  /** A fixed id (default: a fresh one). */
  id?: string;
}
export type { UiLog, MenuItem, ButtonName } from './ctx.js';

export interface EmulatorOptions {
  now?: Date;
  userEmail?: string;
  distDir?: string;
  spreadsheetName?: string;
  /** The spreadsheet's zone (getSpreadsheetTimeZone): what cells show, typed dates, TODAY(). Default: the script's. */
  spreadsheetTimeZone?: string;
  /** Former name of spreadsheetTimeZone. */
  timeZone?: string;
  /** The script's zone (Session.getScriptTimeZone, Date local methods in the bundle). Default: the manifest's
   *  timeZone (dist/appsscript.json, else appsscript/appsscript.json), else Europe/Paris. Sets process.env.TZ. */
  scriptTimeZone?: string;
}

export interface Emulator {
  loadBundle(code?: string): void;
  run(fnName: string, ...args: unknown[]): unknown;
  /** Runs a simple trigger (onOpen, onInstall, onEdit…) in an authorization mode; `e.authMode` and, except in
   *  NONE, `e.source` are set, plus the fields of `event`. */
  trigger(name: string, authMode: 'NONE' | 'LIMITED' | 'FULL', event?: Record<string, unknown>): unknown;
  globalNames(): string[];
  calls: {
    total(): number;
    byMethod(): Record<string, number>;
    customFunctionRuns(): number;
    /** Service calls made by custom functions (their own executions, not counted in total()). */
    customFunctionCalls(): number;
    /** Calls that reach the spreadsheet: on SpreadsheetApp, Spreadsheet, Sheet, Range… but not builders. */
    spreadsheetCalls(): number;
    /** Reads that followed at least one pending write (each one makes Apps Script flush). */
    readAfterWrite(): number;
    /** Where each read-after-write happened: the last pending write and the read that flushed it. */
    alternations(): Array<{ after: string; read: string }>;
    /** Every flush forced before the end of an execution: readAfterWrite plus SpreadsheetApp.flush() with writes pending. */
    flushes(): number;
    reset(): void;
  };
  /** The scripted user. `whileOpen` runs while the alert is open, before its answer reaches the script
   *  (e.g. a collaborator typing in the sheet meanwhile: use `book.setValues` there). */
  user: { answerPrompt(text: string, button?: ButtonName): void; answerAlert(button: ButtonName, whileOpen?: () => void): void };
  ui: UiLog;
  /** The active spreadsheet (the one the script runs in). */
  readonly book: BookHandle;
  /** A new, empty spreadsheet (one sheet, 'Feuille 1'); the active one stays active. */
  createBook(opts?: BookOptions): BookHandle;
  /** Every spreadsheet, the first-created first. */
  books(): BookHandle[];
  /** Makes a spreadsheet (a handle, id or URL) the active one: the next run and trigger happen in it. */
  activate(book: BookHandle | string): BookHandle;
  /** Lets `consumer` IMPORTRANGE from `source` (Sheets' "Allow access"). */
  allowImport(consumer: BookHandle | string, source: BookHandle | string): void;
  /** Evaluates every IMPORTRANGE again (they also are at the next read after another spreadsheet changed). */
  recalculate(): void;
  /** Moves the frozen clock (new Date() in the script, TODAY()/NOW() in every book, which recalculate). */
  setNow(date: Date): void;
  lock: { writesWithoutLock(): number; acquisitions(): number };
  /** Sharing of the active spreadsheet. */
  readonly shares: { viewers: string[]; editors: string[] };
  saveXlsx(path: string, opts?: { cachedValues?: boolean }): Promise<void>;
  loadXlsx(path: string): Promise<void>;
  context: vm.Context;
  /** Logger.log output of the script (extension). */
  logs: string[];
}

const CUSTOM = /^BOUSSOLE_[A-Z_]+$/;
let seq = 0;

/** The manifest's timeZone (the script's zone in Apps Script). */
function manifestTimeZone(distDir: string): string {
  for (const file of [resolve(distDir, 'appsscript.json'), resolve(process.cwd(), 'appsscript/appsscript.json')]) {
    if (!existsSync(file)) continue;
    const zone = (JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: unknown }).timeZone;
    if (typeof zone === 'string' && zone !== '') return zone;
  }
  return 'Europe/Paris';
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const distDir = resolve(process.cwd(), opts.distDir ?? 'dist');
  const scriptTimeZone = opts.scriptTimeZone ?? manifestTimeZone(distDir);
  const timeZone = opts.spreadsheetTimeZone ?? opts.timeZone ?? scriptTimeZone;
  for (const z of [scriptTimeZone, timeZone]) if (!isValidTimeZone(z)) throw new Error(`Unknown time zone: ${z}`);
  // Apps Script runs local-time Date methods in the script's zone; the vm shares the process's zone, so TZ is the
  // script's. The spreadsheet's zone is applied by the workbook itself (values.ts, display.ts, tz.ts).
  if (process.env.TZ !== scriptTimeZone) process.env.TZ = scriptTimeZone;
  const rt = new Runtime();
  const realm = createRealm(opts.now);
  rt.realm = realm;
  const enums: Record<string, Record<string, object>> = {};
  for (const [k, keys] of Object.entries(ENUM_KEYS)) enums[k] = realm.makeEnum(keys);
  const now = (): Date => opts.now ?? new Date();
  const books = new Books();
  const newBook = (o: BookOptions): Book => {
    const id = o.id ?? `1EmuL${(++seq).toString().padStart(4, '0')}BoussoleSpreadsheetIdXXXXXXXXXXXXXXXX`.slice(0, 44);
    const zone = o.spreadsheetTimeZone ?? scriptTimeZone;
    if (!isValidTimeZone(zone)) throw new Error(`Unknown time zone: ${zone}`);
    const b = new Book(id, o.name ?? 'Classeur sans titre', zone, now);
    books.add(b);
    return b;
  };
  newBook({ name: opts.spreadsheetName ?? 'Pilotage projet digital', spreadsheetTimeZone: timeZone });
  const ui: UiLog = { menus: [], alerts: [], prompts: [], toasts: [], sidebars: [], dialogs: [] };
  const userProps = new Map<string, string>(), scriptProps = new Map<string, string>();
  const ctx: Ctx = {
    rt, realm, distDir, scriptTimeZone, userEmail: opts.userEmail ?? 'gerante@exemple.fr',
    get book() { return books.active; },
    get shares() { return books.active.shares; },
    addonName: 'Boussole', ui, alertAnswers: [], promptAnswers: [],
    properties: { get document() { return books.active.documentProperties; }, user: userProps, script: scriptProps },
    logs: [], enums,
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
  let bundleSource: string | undefined;
  /** Apps Script evaluates the whole script file at the start of every execution (menu item, RPC,
   *  trigger, each custom-function call), so nothing a module keeps survives from one execution to
   *  the next: the bundle is evaluated again before each one (module scope makes no service call). */
  const freshModules = (): void => {
    if (bundleSource !== undefined) vm.runInContext(bundleSource, realm.context, { filename: 'Code.js' });
  };


  /** Runs one execution: mode enforced, document lock released at the end like Apps Script does. */
  const execute = (mode: AuthMode, fn: () => unknown): unknown => {
    try {
      return fromRealm(rt.withMode(mode, fn));
    } finally {
      rt.docLockHeld = false;
      rt.endExecution();
    }
  };
  const fnOf = (name: string): ((...a: unknown[]) => unknown) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...a: unknown[]) => unknown;
  };
  /** Runs a custom function for a workbook's engine (already inside a run: no lock release, its own auth mode;
   *  the workbook is the active spreadsheet while it runs). */
  const invokerFor = (b: Book) => (name: string, args: unknown[]): unknown => {
    freshModules();
    const fn = fnOf(name);
    rt.customRuns++;
    const prev = books.active;
    books.active = b;
    try {
      return rt.withMode('CUSTOM_FUNCTION', () => fromRealm(fn.apply(undefined, args.map((a) => toRealm(realm, a)))));
    } finally {
      books.active = prev;
    }
  };
  const registerCustom = (b: Book): void => {
    b.engine.invoker = invokerFor(b);
    b.engine.setCustomFunctions(loaded.filter((n) => CUSTOM.test(n) && typeof context[n] === 'function'));
  };
  const handles = new WeakMap<Book, BookHandle>();
  const handleOf = (b: Book): BookHandle => {
    let h = handles.get(b);
    if (!h) {
      h = Object.defineProperties(createInspector(b), {
        id: { get: () => b.id, enumerable: true },
        url: { get: () => urlOf(b.id), enumerable: true },
        name: { get: () => b.name, enumerable: true },
        timeZone: { get: () => b.timeZone, enumerable: true },
      }) as BookHandle;
      handles.set(b, h);
    }
    return h;
  };
  const bookOf = (ref: BookHandle | string): Book => {
    const b = typeof ref === 'string' ? books.find(ref) : books.list.find((x) => handles.get(x) === ref);
    if (!b) throw new Error(`No spreadsheet ${typeof ref === 'string' ? ref : ref.id} in this emulator`);
    return b;
  };

  const emu: Emulator = {
    context: realm.context,
    ui,
    get shares() { return books.active.shares; },
    logs: ctx.logs,
    get book() { return handleOf(books.active); },
    createBook(o = {}) {
      const b = newBook(o);
      if (loaded.length > 0) registerCustom(b);
      return handleOf(b);
    },
    books: () => books.list.map(handleOf),
    activate(ref) {
      books.active = bookOf(ref);
      return handleOf(books.active);
    },
    allowImport: (consumer, source) => books.allow(bookOf(consumer), bookOf(source)),
    recalculate: () => books.touch(),
    setNow(date: Date) {
      if (!opts.now) throw new Error('setNow needs an emulator created with a frozen clock (options.now)');
      opts.now = new Date(date.getTime());
      realm.setClock(date.getTime());
      for (const b of books.list) b.engine.clockMoved();
    },
    loadBundle(code?: string) {
      const src = code ?? readFileSync(resolve(ctx.distDir, 'Code.js'), 'utf8');
      execute('FULL', () => vm.runInContext(src, realm.context, { filename: 'Code.js' }));
      bundleSource = src;
      loaded = Object.getOwnPropertyNames(context).filter((n) => !baseline.has(n));
      for (const b of books.list) registerCustom(b);
    },
    run(fnName, ...args) {
      freshModules();
      const fn = fnOf(fnName);
      return execute('FULL', () => fn.apply(undefined, args.map((a) => toRealm(realm, a))));
    },
    trigger(name, authMode, extra = {}) {
      freshModules();
      const fn = fnOf(name);
      if (!['NONE', 'LIMITED', 'FULL'].includes(authMode)) throw new Error(`Unknown AuthMode for a trigger: ${String(authMode)}`);
      const event = toRealm(realm, extra) as Record<string, unknown>;
      event.authMode = enums.AuthMode?.[authMode];
      if (authMode !== 'NONE') event.source = ctx.spreadsheet();
      return execute(authMode, () => fn.call(undefined, event));
    },
    globalNames: () => [...loaded],
    calls: {
      total: () => [...rt.counts.values()].reduce((a, b) => a + b, 0),
      byMethod: () => Object.fromEntries([...rt.counts].sort((a, b) => a[0].localeCompare(b[0]))),
      customFunctionRuns: () => rt.customRuns,
      customFunctionCalls: () => rt.customCalls,
      spreadsheetCalls: () => rt.spreadsheetCalls,
      readAfterWrite: () => rt.alternations.length,
      alternations: () => rt.alternations.map((a) => ({ ...a })),
      flushes: () => rt.alternations.length + rt.explicitFlushes,
      reset: () => rt.resetCounts(),
    },
    user: {
      answerPrompt: (text, button = 'OK') => void ctx.promptAnswers.push({ text, button }),
      answerAlert: (button, whileOpen) => void ctx.alertAnswers.push(whileOpen ? { button, whileOpen } : { button }),
    },
    lock: { writesWithoutLock: () => rt.writesWithoutLock, acquisitions: () => rt.lockAcquisitions },
    saveXlsx: (path, o) => saveXlsx(books.active, path, o?.cachedValues !== false),
    loadXlsx: (path) => loadXlsx(books.active, path),
  };
  return emu;
}
