// The runtime every service object goes through: a Proxy that counts calls, enforces the authorization mode,
// tracks writes made without the document lock, and throws for methods the emulator does not implement.
import type { Realm } from './realm.js';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** Error raised by emulated services; converted into a vm-realm Error when it reaches the script. */
export class ScriptError extends Error {}

const SPREADSHEET_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection', 'NamedRange', 'EmbeddedChart']);
const WRITE = /^(set(?!Active)|insert|delete|clear|merge|breakApart|protect|append|sort|remove|update|hide|show|move|autoResize|copyTo|uncheck|check|trim|add(?!Viewer|Editor))/;
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const NOT_METHODS = new Set(['then', 'toJSON', 'constructor', 'valueOf', 'inspect', 'asymmetricMatch', 'nodeType', 'tagName', 'length']);
const SCOPES: Record<string, string> = {
  Ui: 'https://www.googleapis.com/auth/script.container.ui',
  Menu: 'https://www.googleapis.com/auth/script.container.ui',
  Session: 'https://www.googleapis.com/auth/userinfo.email',
  User: 'https://www.googleapis.com/auth/userinfo.email',
  LockService: 'https://www.googleapis.com/auth/script.scriptapp',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
};

/** True when `Class.method` changes the document. */
export function isWrite(cls: string, method: string): boolean {
  return SPREADSHEET_CLASSES.has(cls) && WRITE.test(method);
}

/** Calls that stay in the script although they are made on SpreadsheetApp or a sheet: building rules, charts and
 *  rich text (the builders' own methods are on classes outside SPREADSHEET_CLASSES), the Ui. */
const LOCAL_METHODS = new Set(['SpreadsheetApp.newDataValidation', 'SpreadsheetApp.newConditionalFormatRule',
  'SpreadsheetApp.newRichTextValue', 'SpreadsheetApp.newTextStyle', 'SpreadsheetApp.newColor', 'SpreadsheetApp.newFilterCriteria',
  'SpreadsheetApp.newCellImage', 'SpreadsheetApp.getUi', 'Sheet.newChart', 'EmbeddedChart.modify']);

/** True when `Class.method` reaches the spreadsheet (a call on a spreadsheet object other than building something). */
export function reachesSpreadsheet(cls: string, method: string): boolean {
  return (cls === 'SpreadsheetApp' || SPREADSHEET_CLASSES.has(cls)) && !LOCAL_METHODS.has(`${cls}.${method}`);
}

/** Getters that need no spreadsheet state: a range's own geometry, handles (the active sheet and selection are the
 *  user's, not the file's), ids, and sharing (Drive, not cells). */
const NOT_READS = new Set(['Range.getRow', 'Range.getRowIndex', 'Range.getColumn', 'Range.getColumnIndex', 'Range.getLastRow',
  'Range.getLastColumn', 'Range.getNumRows', 'Range.getNumColumns', 'Range.getHeight', 'Range.getWidth', 'Range.getGridId',
  'Range.getA1Notation', 'Range.getCell', 'Range.getSheet', 'Sheet.getRange', 'Sheet.getRangeList', 'Sheet.getParent',
  'Sheet.getSheetId', 'Spreadsheet.getRange', 'Spreadsheet.getRangeList', 'Spreadsheet.getId', 'Spreadsheet.getUrl',
  'Spreadsheet.getEditors', 'Spreadsheet.getViewers', 'Spreadsheet.getOwner', 'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive', 'SpreadsheetApp.getActiveSheet', 'SpreadsheetApp.getActiveRange', 'Spreadsheet.getActiveSheet',
  'Spreadsheet.getActiveRange', 'Spreadsheet.getActiveCell', 'RangeList.getRanges', 'Protection.getRange']);

/** True when `Class.method` reads spreadsheet state, so that Apps Script must first flush pending writes. */
export function isRead(cls: string, method: string): boolean {
  return reachesSpreadsheet(cls, method) && /^(get|is|has)[A-Z]/.test(method) && !NOT_READS.has(`${cls}.${method}`);
}

export class Runtime {
  readonly counts = new Map<string, number>();
  customRuns = 0;
  /** Calls that reached the spreadsheet (see reachesSpreadsheet). */
  spreadsheetCalls = 0;
  /** A write was made and nothing has flushed it yet (a read or SpreadsheetApp.flush). */
  pendingWrite: string | null = null;
  /** Each read that had to flush pending writes: the last write before it and the read. */
  readonly alternations: Array<{ after: string; read: string }> = [];
  /** SpreadsheetApp.flush() calls that had writes to flush. */
  explicitFlushes = 0;
  mode: AuthMode = 'FULL';
  docLockHeld = false;
  lockAcquisitions = 0;
  writesWithoutLock = 0;
  realm!: Realm;
  private readonly impls = new WeakMap<object, object>();

  /** A vm-realm Error with Apps Script's message. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  unwrap<T extends object>(x: unknown): T | undefined {
    if (x === null || typeof x !== 'object') return undefined;
    return this.impls.get(x) as T | undefined;
  }

  /** Checks authorization and counts one call to `cls.method`. */
  enter(cls: string, method: string): void {
    const key = `${cls}.${method}`;
    this.checkMode(cls, method, key);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const write = isWrite(cls, method);
    if (write && !this.docLockHeld) this.writesWithoutLock++;
    if (!reachesSpreadsheet(cls, method)) return;
    this.spreadsheetCalls++;
    if (write) this.pendingWrite = key;
    else if (key === 'SpreadsheetApp.flush') {
      if (this.pendingWrite !== null) this.explicitFlushes++;
      this.pendingWrite = null;
    } else if (this.pendingWrite !== null && isRead(cls, method)) {
      this.alternations.push({ after: this.pendingWrite, read: key });
      this.pendingWrite = null;
    }
  }

  /** The end of an execution flushes whatever is pending. */
  endExecution(): void {
    this.pendingWrite = null;
  }

  resetCounts(): void {
    this.counts.clear();
    this.customRuns = 0;
    this.spreadsheetCalls = 0;
    this.alternations.length = 0;
    this.explicitFlushes = 0;
  }

  private checkMode(cls: string, method: string, key: string): void {
    if (this.mode === 'NONE') {
      if (NONE_ALLOWED.has(key) || cls === 'Menu' || cls === 'Utilities') return;
      // Real text: "… Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)".
      const scope = SCOPES[cls] ?? '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)';
      throw new ScriptError(`You do not have permission to call ${key}. Required permissions: ${scope}`);
    }
    if (this.mode === 'LIMITED') {
      // Simple triggers (Google's "Simple triggers" restrictions): the bound file and menus, no dialogs or sidebars.
      if (cls === 'Ui' && /^show(Sidebar|ModalDialog|ModelessDialog)$/.test(method)) {
        throw new ScriptError(`You do not have permission to call ${key}. Required permissions: https://www.googleapis.com/auth/script.container.ui`);
      }
    }
    if (this.mode === 'CUSTOM_FUNCTION') {
      if (key === 'SpreadsheetApp.getUi' || cls === 'Ui' || cls === 'Menu' || cls === 'PromptResponse') {
        throw new ScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
      }
      const denied = isWrite(cls, method) || method === 'toast' || /^(addViewer|addEditor|setActive|activate)/.test(method)
        || (cls === 'Properties' && /^(set|delete)/.test(method));
      if (denied) throw new ScriptError(`You do not have permission to call ${method}`);
    }
  }

  /** Wraps an implementation object into the counted, strict Proxy handed to the script. */
  wrap<T extends object>(cls: string, impl: T): T {
    const self = this;
    const proxy = new Proxy(impl, {
      get(target, prop, receiver) {
        if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
        if (prop === 'toString') return () => cls;
        const value = (target as Record<string, unknown>)[prop];
        if (typeof value === 'function' && !prop.startsWith('_')) {
          return function (this: unknown, ...args: unknown[]) {
            try {
              self.enter(cls, prop);
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            } catch (e) {
              throw self.toScriptError(e);
            }
          };
        }
        if (value !== undefined && !prop.startsWith('_')) return value; // enums and constants
        if (NOT_METHODS.has(prop) || !/^[a-z][A-Za-z0-9]*$/.test(prop)) return undefined;
        return () => {
          throw self.error(`${cls}.${prop} not implemented in emulator`);
        };
      },
      set() {
        return false;
      },
      has(target, prop) {
        return typeof prop === 'string' && !prop.startsWith('_') && prop in target;
      },
    });
    this.impls.set(proxy, impl);
    return proxy;
  }

  /** Converts Node-side errors into vm-realm errors (keeps vm errors thrown by nested script code). */
  toScriptError(e: unknown): unknown {
    if (e instanceof Error) return this.error(e.message); // ScriptError included
    return e;
  }

  /** Runs `fn` with an authorization mode, restoring the previous one. A custom function is an execution of its
   *  own: it neither sees nor flushes the writes pending in the execution that made Sheets recalculate. */
  withMode<T>(mode: AuthMode, fn: () => T): T {
    const prev = this.mode, pending = this.pendingWrite;
    this.mode = mode;
    if (mode === 'CUSTOM_FUNCTION') this.pendingWrite = null;
    try {
      return fn();
    } finally {
      this.mode = prev;
      if (mode === 'CUSTOM_FUNCTION') this.pendingWrite = pending;
    }
  }
}
