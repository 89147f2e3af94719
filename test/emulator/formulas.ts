// HyperFormula bridge: Sheets formula syntax → engine syntax, frozen TODAY/NOW, fr_FR TEXT(), custom-function
// plugins, and raw cells → engine content (the Engine itself is in engine.ts).
import { HyperFormula, FunctionPlugin, FunctionArgumentType, SimpleRangeValue, CellError, ErrorType, DetailedCellError, ArraySize, EmptyValue } from 'hyperformula';
import type { CellValue, RawCellContent } from 'hyperformula';
import { outsideStrings, splitSheet } from './a1.js';
import type { Raw } from './values.js';
import { dateToSerial, isDateFormat, isDateObject } from './values.js';
import { displaySerial, displayValue } from './display.js';

/** Replaces `;` argument separators by `,` (outside strings and array literals), as Sheets accepts both. */
export function canonicalFormula(formula: string): string {
  let out = '';
  let inStr = false;
  let braces = 0;
  for (const ch of formula) {
    if (ch === '"') inStr = !inStr;
    else if (!inStr && ch === '{') braces++;
    else if (!inStr && ch === '}') braces--;
    out += !inStr && braces === 0 && ch === ';' ? ',' : ch;
  }
  return out;
}

const OPEN_RANGE = /((?:'(?:[^']|'')+'|[A-Za-zÀ-ÿ_][\wÀ-ÿ.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w$(!])/g;

/** Sheets syntax → HyperFormula syntax: closes open ranges like E2:E at the referenced sheet's last row. */
export function toEngineFormula(formula: string, host: string, maxRowsOf: (sheet: string) => number): string {
  return outsideStrings(canonicalFormula(formula), (chunk) =>
    chunk.replace(/(^|[^\w.!'])(TRUE|FALSE)(?![\w.(!])/gi, '$1$2()').replace(OPEN_RANGE, (_all, prefix: string | undefined, start: string, endCol: string) => {
      const sheet = prefix ? (splitSheet(prefix + 'A1').sheet ?? host) : host;
      return `${prefix ?? ''}${start}:${endCol}${maxRowsOf(sheet)}`;
    }),
  );
}

const OPEN_RANGE_TEST = new RegExp(OPEN_RANGE.source); // no g flag: test() keeps no lastIndex

/** True when `pattern` (no g flag) matches a formula outside its strings. */
export function hasCall(formula: string, pattern: RegExp): boolean {
  let found = false;
  outsideStrings(formula, (c) => {
    found ||= pattern.test(c);
    return c;
  });
  return found;
}

/** True when a formula holds an open range such as E2:E outside its strings. */
export function hasOpenRange(formula: string): boolean {
  let found = false;
  outsideStrings(formula, (c) => {
    found ||= OPEN_RANGE_TEST.test(c);
    return c;
  });
  return found;
}

/** What IMPORTRANGE gets back: the imported values (engine values) or the error Sheets shows. */
export type ImportResult = { ok: true; values: CellValue[][]; dates: boolean[][] } | { ok: false; error: CellError };

/** Where an IMPORTRANGE call sits: the formula cell (engine sheet id, 0-based) and its arguments as parsed. */
export interface ImportSite { sheet: number; row: number; col: number; args: unknown }

/** What the plugins need from the engine evaluating a formula. */
export interface ActiveEngine {
  now(): Date;
  timeZone(): string;
  invokeNested(name: string, args: unknown[]): unknown;
  /** The size HyperFormula must reserve for an IMPORTRANGE call (decided when the formula is parsed). */
  importSize(site: ImportSite): { rows: number; cols: number };
  /** Evaluates an IMPORTRANGE call, with the size reserved for it (the engine re-parses the cell when the result
   *  needs another size). */
  importRange(site: ImportSite, url: string, range: string): { result: ImportResult; size: { rows: number; cols: number } };
}

/** The engine currently evaluating (set by every Engine entry point; all calls are synchronous). */
let active: ActiveEngine | null = null;
export function setActive(e: ActiveEngine | null): void {
  active = e;
}
export function getActive(): ActiveEngine | null {
  return active;
}

class ClockPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' as never },
    NOW: { method: 'nowFn', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' as never },
  };
  today(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never[] }).args, state, this.metadata('TODAY'), () => Math.floor(clockSerial()));
  }
  nowFn(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never[] }).args, state, this.metadata('NOW'), () => clockSerial());
  }
}
/** The frozen clock as a serial in the evaluating spreadsheet's zone (TODAY() is that zone's calendar day). */
function clockSerial(): number {
  return dateToSerial(active?.now() ?? new Date(), active?.timeZone() ?? 'UTC');
}
class TextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    TEXT: { method: 'text', parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }] },
  };
  text(ast: never, state: never): unknown {
    return this.runFunction((ast as { args: never[] }).args, state, this.metadata('TEXT'), (v: unknown, fmt: string) => {
      const x = fromInternal(v);
      if (typeof x !== 'number') return String(x);
      return isDateFormat(fmt) ? displaySerial(x, fmt) : displayValue(x, fmt, 'UTC');
    });
  }
}
/** IMPORTRANGE(spreadsheet_url, range_string): the values of a range of another known spreadsheet, spilled. */
class ImportPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    IMPORTRANGE: {
      method: 'importRange',
      sizeOfResultArrayMethod: 'importRangeSize',
      parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
      vectorizationForbidden: true,
    },
  };
  importRange(ast: { args: never[] }, state: { formulaAddress: { sheet: number; row: number; col: number } }): unknown {
    return this.runFunction(ast.args, state as never, this.metadata('IMPORTRANGE'), (url: string, range: string): never => {
      if (!active) return new CellError(ErrorType.REF, 'Spreadsheet not found') as never;
      const { result: r, size } = active.importRange({ ...state.formulaAddress, args: ast.args }, url, range);
      if (!r.ok) return r.error as never;
      // HyperFormula reserved `size` cells: fit the values to it (the engine re-parses the cell when they differ).
      const fitted = Array.from({ length: size.rows }, (_, i) => Array.from({ length: size.cols }, (_, j) => toEngineValue(r.values[i]?.[j] ?? null)));
      return (size.rows === 1 && size.cols === 1 ? fitted[0]?.[0] : SimpleRangeValue.onlyValues(fitted as never)) as never;
    });
  }
  importRangeSize(ast: { args: unknown }, state: { formulaAddress: { sheet: number; row: number; col: number } }): ArraySize {
    const size = active?.importSize({ ...state.formulaAddress, args: ast.args }) ?? { rows: 1, cols: 1 };
    return new ArraySize(size.cols, size.rows);
  }
}

/** An engine value as a function result (an empty cell stays empty). */
function toEngineValue(v: CellValue): unknown {
  if (v === null) return EmptyValue;
  if (v instanceof DetailedCellError) return new CellError(errorTypeOf(v.value), v.message);
  return v;
}

const ERROR_TYPES: Record<string, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO, '#N/A': ErrorType.NA, '#NAME?': ErrorType.NAME, '#NUM!': ErrorType.NUM, '#REF!': ErrorType.REF,
  '#VALUE!': ErrorType.VALUE, '#ERROR!': ErrorType.ERROR,
};
function errorTypeOf(text: string): ErrorType {
  return ERROR_TYPES[text] ?? ErrorType.ERROR;
}

/** ERROR.TYPE(value), missing from HyperFormula: Sheets' codes 1..8 (#NULL! … #N/A, 8 for others), #N/A for a non-error. */
class ErrorTypePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    'ERROR.TYPE': { method: 'errorType', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  };
  errorType(ast: { args: never[] }, state: never): unknown {
    return this.runFunction(ast.args, state, this.metadata('ERROR.TYPE'), (v: unknown) => {
      if (!(v instanceof CellError)) return new CellError(ErrorType.NA, 'ERROR.TYPE: no error');
      const codes: Partial<Record<ErrorType, number>> = {
        [ErrorType.DIV_BY_ZERO]: 2, [ErrorType.VALUE]: 3, [ErrorType.REF]: 4, [ErrorType.NAME]: 5, [ErrorType.NUM]: 6, [ErrorType.NA]: 7,
      };
      return codes[v.type] ?? 8;
    });
  }
}

HyperFormula.registerFunction('IMPORTRANGE', ImportPlugin as never, { enGB: { IMPORTRANGE: 'IMPORTRANGE' } });
HyperFormula.registerFunction('ERROR.TYPE', ErrorTypePlugin as never, { enGB: { 'ERROR.TYPE': 'ERROR.TYPE' } });
HyperFormula.registerFunction('TEXT', TextPlugin);
HyperFormula.registerFunction('TODAY', ClockPlugin);
HyperFormula.registerFunction('NOW', ClockPlugin);

const registered = new Set<string>();

/** Registers `name` as a HyperFormula function calling the active emulator's bundle (used when nested). */
export function registerCustomFunction(name: string): boolean {
  if (registered.has(name)) return false;
  class P extends FunctionPlugin {
    static override implementedFunctions = {
      [name]: {
        method: 'run',
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    };
    run(ast: { args: never[] }, state: never): unknown {
      return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]): never => {
        const plain = args.map((a) => (a instanceof SimpleRangeValue ? a.rawData().map((r) => r.map(fromInternal)) : fromInternal(a)));
        return toInternal(active ? active.invokeNested(name, plain) : new CellError(ErrorType.NAME)) as never;
      });
    }
  }
  HyperFormula.registerFunction(name, P as never, { enGB: { [name]: name } });
  registered.add(name);
  return true;
}

function fromInternal(v: unknown): unknown {
  if (v === undefined || v === null) return '';
  if (v instanceof CellError) return `#${v.type}`;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: unknown }).val; // extended numbers
  return v;
}

function toInternal(v: unknown): unknown {
  if (v instanceof CellError) return v;
  if (Array.isArray(v)) return toInternal(Array.isArray(v[0]) ? v[0][0] : v[0]);
  if (isDateObject(v)) return dateToSerial(v, active?.timeZone() ?? 'UTC');
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export const ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  useArrayArithmetic: true,
  functionArgSeparator: ',',
  decimalSeparator: '.' as const,
  thousandSeparator: '' as const,
  accentSensitive: true,
  caseSensitive: false,
  useColumnIndex: true,
  maxRows: 1_000_000,
  dateFormats: ['DD/MM/YYYY', 'YYYY-MM-DD'],
};

/** Sheets' rendering of an engine error. */
export function errorText(e: DetailedCellError): string {
  if (e.type === ErrorType.CYCLE || e.type === ErrorType.SPILL) return '#REF!';
  if (e.type === ErrorType.LIC) return '#ERROR!';
  return e.value;
}

/** Converts a raw cell into engine content (strings are protected from re-parsing with an apostrophe). */
export function engineContent(raw: Raw | null | undefined, host: string, maxRowsOf: (s: string) => number): RawCellContent {
  if (!raw) return null;
  if (raw.kind === 'formula') return toEngineFormula(raw.formula, host, maxRowsOf);
  return engineScalar(raw.value);
}

/** A plain value as engine content: '' is an empty cell, other text is kept from re-parsing with an apostrophe. */
export function engineScalar(v: number | string | boolean | null): RawCellContent {
  if (typeof v === 'string') return v === '' ? null : `'${v}`;
  return v;
}

export { HyperFormula, DetailedCellError };
export type { CellValue, RawCellContent };
