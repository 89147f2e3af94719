// Small services: LockService, PropertiesService, Session, Utilities, ScriptApp, Charts, Logger, and enum keys.
import type { Ctx } from './ctx.js';
import { mismatch } from './ctx.js';
import { formatJava } from './display.js';
import { realmArray } from './realm.js';
import { isDateObject } from './values.js';

export const ENUM_KEYS: Record<string, string[]> = {
  ProtectionType: ['RANGE', 'SHEET'],
  DataValidationCriteria: ['DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX'],
  BooleanCriteria: ['CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'NUMBER_BETWEEN', 'NUMBER_EQ',
    'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQ', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_ENDS_WITH', 'TEXT_EQ', 'TEXT_STARTS_WITH', 'CUSTOM_FORMULA'],
  BorderStyle: ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'],
  WrapStrategy: ['WRAP', 'OVERFLOW', 'CLIP'],
  Dimension: ['COLUMNS', 'ROWS'],
  TextDirection: ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'],
  ChartType: ['AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR',
    'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL'],
  Button: ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'],
  ButtonSet: ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'],
  AuthMode: ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'],
  SandboxMode: ['EMULATED', 'IFRAME', 'NATIVE'],
  XFrameOptionsMode: ['ALLOWALL', 'DEFAULT'],
};

export function makeLockService(c: Ctx): object {
  const lock = (kind: 'document' | 'script' | 'user'): object => {
    let held = false;
    const acquire = (): boolean => {
      if (kind === 'document') {
        if (!c.rt.docLockHeld) c.rt.lockAcquisitions++;
        c.rt.docLockHeld = true;
      } else held = true;
      return true;
    };
    return c.rt.wrap('Lock', {
      waitLock: (ms: number): void => {
        if (typeof ms !== 'number') throw mismatch('LockService.Lock.waitLock', '');
        acquire();
      },
      tryLock: (ms: number): boolean => {
        if (typeof ms !== 'number') throw mismatch('LockService.Lock.tryLock', '');
        return acquire();
      },
      hasLock: (): boolean => (kind === 'document' ? c.rt.docLockHeld : held),
      releaseLock: (): void => {
        if (kind === 'document') c.rt.docLockHeld = false;
        else held = false;
      },
    });
  };
  return c.rt.wrap('LockService', {
    getDocumentLock: (): object => lock('document'),
    getScriptLock: (): object => lock('script'),
    getUserLock: (): object => lock('user'),
  });
}

export function makePropertiesService(c: Ctx): object {
  const props = (store: Map<string, string>): object => {
    const self: Record<string, unknown> = {
      getProperty: (k: string): string | null => store.get(String(k)) ?? null,
      setProperty: (k: string, v: unknown): object => { store.set(String(k), String(v)); return wrapped; },
      setProperties: (obj: Record<string, unknown>, deleteAllOthers?: boolean): object => {
        if (deleteAllOthers) store.clear();
        for (const [k, v] of Object.entries(obj)) store.set(k, String(v));
        return wrapped;
      },
      deleteProperty: (k: string): object => { store.delete(String(k)); return wrapped; },
      deleteAllProperties: (): object => { store.clear(); return wrapped; },
      getProperties: (): object => {
        const o = new c.realm.Object() as Record<string, string>;
        for (const [k, v] of store) o[k] = v;
        return o;
      },
      getKeys: (): unknown[] => realmArray(c.realm, store.keys()),
    };
    const wrapped = c.rt.wrap('Properties', self);
    return wrapped;
  };
  return c.rt.wrap('PropertiesService', {
    getDocumentProperties: (): object => props(c.properties.document),
    getUserProperties: (): object => props(c.properties.user),
    getScriptProperties: (): object => props(c.properties.script),
  });
}

export function makeSession(c: Ctx): object {
  // Custom functions get no identity; simple triggers "may or may not" (strict: they do not).
  const user = (): object => c.rt.wrap('User', { getEmail: (): string => (c.rt.mode === 'CUSTOM_FUNCTION' || c.rt.mode === 'LIMITED' ? '' : c.userEmail) });
  return c.rt.wrap('Session', {
    getActiveUser: user,
    getEffectiveUser: user,
    getScriptTimeZone: (): string => c.scriptTimeZone,
    getActiveUserLocale: (): string => 'fr',
    getTemporaryActiveUserKey: (): string => 'emulated-temporary-user-key',
  });
}

let uuidSeq = 0;
export function makeUtilities(c: Ctx): object {
  return c.rt.wrap('Utilities', {
    formatDate: (date: unknown, tz: string, pattern: string): string => {
      if (!isDateObject(date) || typeof tz !== 'string' || typeof pattern !== 'string') {
        throw mismatch('Utilities.formatDate');
      }
      return formatJava(date, tz, pattern);
    },
    sleep: (): void => undefined,
    getUuid: (): string => `00000000-0000-4000-8000-${(++uuidSeq).toString(16).padStart(12, '0')}`,
    formatString: (template: string, ...args: unknown[]): string => {
      let i = 0;
      return String(template).replace(/%(\.\d+)?([sdf%])/g, (_m, prec: string | undefined, t: string) => {
        if (t === '%') return '%';
        const v = args[i++];
        if (t === 'd') return String(Math.trunc(Number(v)));
        if (t === 'f') return Number(v).toFixed(prec ? Number(prec.slice(1)) : 6);
        return String(v);
      });
    },
    base64Encode: (s: string): string => Buffer.from(String(s), 'utf8').toString('base64'),
  });
}

export function makeScriptApp(c: Ctx): object {
  return c.rt.wrap('ScriptApp', { AuthMode: c.enums.AuthMode, getScriptId: (): string => 'emulated-script-id' });
}

export function makeCharts(c: Ctx): object {
  return c.rt.wrap('Charts', { ChartType: c.enums.ChartType });
}

/** Logger is not a counted service; its log is buffered for tests. */
export function makeLogger(c: Ctx): object {
  const logger = {
    log: (fmt: unknown, ...args: unknown[]): object => {
      let i = 0;
      const text = args.length ? String(fmt).replace(/%s|%d/g, () => String(args[i++])) : String(fmt);
      c.logs.push(text);
      return logger;
    },
    getLog: (): string => c.logs.join('\n'),
    clear: (): void => { c.logs.length = 0; },
  };
  return logger;
}
