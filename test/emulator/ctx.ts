// Shared state of one emulator instance, handed to every service implementation.
import type { Book } from './book.js';
import type { Runtime } from './counting.js';
import type { Realm } from './realm.js';
import { ScriptError } from './counting.js';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type MenuItem = { caption: string; functionName: string } | { separator: true } | { caption: string; submenu: MenuItem[] };

export interface UiLog {
  menus: Array<{ title: string; addon: boolean; items: MenuItem[] }>;
  alerts: Array<{ title: string; prompt: string; buttons: string; answer: string }>;
  prompts: Array<{ title: string; prompt: string; buttons: string; answer: string; text: string }>;
  toasts: Array<{ message: string; title: string; timeoutSeconds: number | undefined }>;
  sidebars: Array<{ title: string; html: string; width: number | undefined }>;
  dialogs: Array<{ title: string; html: string; width: number | undefined; height: number | undefined; modal: boolean }>;
}

export interface Ctx {
  rt: Runtime;
  book: Book;
  realm: Realm;
  distDir: string;
  /** The manifest's zone (Session.getScriptTimeZone); process.env.TZ is set to it. */
  scriptTimeZone: string;
  userEmail: string;
  addonName: string;
  ui: UiLog;
  alertAnswers: ButtonName[];
  promptAnswers: Array<{ text: string; button: ButtonName }>;
  shares: { viewers: string[]; editors: string[] };
  properties: { document: Map<string, string>; user: Map<string, string>; script: Map<string, string> };
  logs: string[];
  enums: Record<string, Record<string, object>>;
  /** The script-facing active Spreadsheet. */
  spreadsheet(): object;
  /** A script-facing RangeList. */
  rangeList(items: Array<{ sheet: import('./book.js').SheetModel; rect: import('./a1.js').Rect }>): object;
}

/** The enum key of a value passed by the script (enum object or its name). */
export function enumName(v: unknown): string {
  return String(v);
}

/** Apps Script's error for arguments that fit no signature of `method`; `types` lists them as it does ("String,number"). */
export function mismatch(method: string, types?: string): ScriptError {
  return new ScriptError(`The parameters ${types === undefined ? '' : `(${types}) `}don't match the method signature for ${method}.`);
}

/** The type name Apps Script shows for an argument in a signature error. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'number[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}
