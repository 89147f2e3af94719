// The vm realm: a context with Apps Script globals only, a frozen clock, and copies of values across realms.
import vm from 'node:vm';
import { isDateObject } from './values.js';

/** Constructors and helpers that live inside the vm realm. */
export interface Realm {
  context: vm.Context;
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
  makeEnum(keys: string[]): Record<string, object>;
  /** Moves the frozen clock (a frozen realm only). */
  setClock(ms: number): void;
}

const PRELUDE = `(function (fixed) {
  var RealDate = Date;
  var clock = { fixed: fixed };
  if (fixed !== null) {
    var FrozenDate = function Date() {
      var a = Array.prototype.slice.call(arguments);
      if (!new.target) return new RealDate(clock.fixed).toString();
      if (a.length === 0) return new RealDate(clock.fixed);
      return new (Function.prototype.bind.apply(RealDate, [null].concat(a)))();
    };
    FrozenDate.prototype = RealDate.prototype;
    FrozenDate.now = function () { return clock.fixed; };
    FrozenDate.UTC = RealDate.UTC;
    FrozenDate.parse = RealDate.parse;
    globalThis.Date = FrozenDate;
  }
  function makeEnum(keys) {
    var e = {};
    keys.forEach(function (k, i) {
      e[k] = Object.freeze({ toString: function () { return k; }, name: function () { return k; },
        toJSON: function () { return k; }, ordinal: function () { return i; } });
    });
    return Object.freeze(e);
  }
  function setClock(ms) { clock.fixed = ms; }
  return { Date: globalThis.Date, Array: Array, Object: Object, Error: Error, makeEnum: makeEnum, setClock: setClock };
})`;

/** Creates the vm context (the caller installs the globals). `now` freezes new Date()/Date.now() inside it. */
export function createRealm(now: Date | undefined): Realm {
  const context = vm.createContext({}, { name: 'Apps Script (emulated)', codeGeneration: { strings: true, wasm: false } });
  const fn = vm.runInContext(PRELUDE, context) as (fixed: number | null) => Omit<Realm, 'context'>;
  const helpers = fn(now ? now.getTime() : null);
  return { context, ...helpers };
}

/** Deep-copies a Node value into the vm realm (arrays, plain objects, Dates). */
export function toRealm(realm: Realm, v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (isDateObject(v)) return new realm.Date(v.getTime());
  if (Array.isArray(v)) {
    const out = new realm.Array() as unknown[];
    for (const x of v) out.push(toRealm(realm, x));
    return out;
  }
  const o = new realm.Object() as Record<string, unknown>;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = toRealm(realm, x);
  return o;
}

/** A vm-realm array of `items` as they are (script-facing objects, scalars): no deep copy. */
export function realmArray(realm: Realm, items: Iterable<unknown>): unknown[] {
  const out = new realm.Array() as unknown[];
  for (const x of items) out.push(x);
  return out;
}

/** 2D rows of scalars/Dates into the vm realm, fast path for getValues. */
export function rowsToRealm(realm: Realm, rows: unknown[][]): unknown[][] {
  const out = new realm.Array() as unknown[][];
  for (const r of rows) {
    const row = new realm.Array() as unknown[];
    for (const x of r) row.push(isDateObject(x) ? new realm.Date(x.getTime()) : x);
    out.push(row);
  }
  return out;
}

/** Deep-copies a vm value out into Node's realm. */
export function fromRealm(v: unknown, seen = new Set<unknown>()): unknown {
  if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
  if (isDateObject(v)) return new Date(v.getTime());
  if (seen.has(v)) return undefined;
  seen.add(v);
  if (Array.isArray(v)) return Array.from(v as unknown[], (x) => fromRealm(x, seen));
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const c = fromRealm(x, seen);
    if (c !== undefined || x === undefined) o[k] = c;
  }
  return o;
}
