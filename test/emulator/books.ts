// The emulator's spreadsheets: several workbooks known by id and URL, the one the script runs in, and IMPORTRANGE
// between them (only once the test has allowed a consumer to read a source, like Sheets' "Allow access").
import { parseA1, resolveA1, splitSheet } from './a1.js';
import type { Book } from './book.js';
import type { ImportHost } from './engine.js';
import { CellError, ErrorType } from 'hyperformula';
import type { ImportResult } from './formulas.js';
import { isDateObject } from './values.js';

/** The URL Sheets gives a spreadsheet. */
export const urlOf = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

const URL_KEY = /^https?:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:[/?#].*)?$/;
const BARE_KEY = /^[A-Za-z0-9_-]{20,}$/;

/** The key in a spreadsheet URL, or a bare key itself; null when the text is neither. */
export function keyOf(urlOrKey: string): string | null {
  const s = urlOrKey.trim();
  const m = URL_KEY.exec(s);
  if (m?.[1]) return m[1];
  return BARE_KEY.test(s) ? s : null;
}

const refError = (message: string): ImportResult => ({ ok: false, error: new CellError(ErrorType.REF, message) });

export class Books {
  readonly list: Book[] = [];
  active!: Book;
  private readonly allowed = new Set<string>();
  /** Changes to any workbook (and permissions), and each workbook's own share of them. */
  private version = 0;
  private readonly own = new Map<Book, number>();
  /** Workbooks whose IMPORTRANGE calls are being evaluated, innermost last (to stop recursion). */
  private readonly importing: Book[] = [];
  /** Which workbooks each one imports from, as last evaluated (to refuse cycles, which Sheets never resolves). */
  private readonly edges = new Map<Book, Set<Book>>();

  add(book: Book): void {
    if (this.find(book.id)) throw new Error(`A spreadsheet with id ${book.id} already exists`);
    this.list.push(book);
    book.engine.importHost = this.hostFor(book);
    this.version++;
    this.active ??= book;
  }

  /** A workbook by id or URL. */
  find(ref: string): Book | undefined {
    const key = keyOf(ref);
    return key === null ? undefined : this.list.find((b) => b.id === key);
  }

  /** Lets `consumer` import from `source`, as clicking "Allow access" in Sheets does. */
  allow(consumer: Book, source: Book): void {
    this.allowed.add(`${consumer.id}>${source.id}`);
    this.version++;
  }

  /** Marks every import stale (they are evaluated again at the next read). */
  touch(): void {
    this.version++;
  }

  private hostFor(book: Book): ImportHost {
    return {
      resolve: (url, range) => this.resolve(book, url, range),
      externalVersion: () => this.version - (this.own.get(book) ?? 0),
      refreshing: () => this.edges.delete(book),
      changed: () => {
        this.version++;
        this.own.set(book, (this.own.get(book) ?? 0) + 1);
      },
    };
  }

  /** IMPORTRANGE(url, range) evaluated in `consumer`, with Sheets' errors. */
  private resolve(consumer: Book, url: string, range: string): ImportResult {
    const key = keyOf(String(url));
    if (key === null) return refError('Unable to open the spreadsheet');
    const source = this.list.find((b) => b.id === key);
    if (!source) return refError('Spreadsheet not found');
    let out = this.edges.get(consumer);
    if (!out) this.edges.set(consumer, (out = new Set()));
    out.add(source);
    if (source === consumer || this.importing.includes(source) || this.reaches(source, consumer)) return refError('Circular dependency detected');
    if (!this.allowed.has(`${consumer.id}>${source.id}`)) return refError('You need to connect these sheets. Allow access');
    const target = rangeIn(source, String(range));
    if (!target) return refError(`Unable to parse range: ${range}`);
    this.importing.push(consumer);
    try {
      const values = source.engine.rawValues(target.sheet, target.rect);
      const dates = source.engine.values(target.sheet, target.rect).map((r) => r.map(isDateObject));
      return { ok: true, values, dates };
    } finally {
      this.importing.pop();
    }
  }

  /** True when `from` imports from `to`, directly or through other workbooks. */
  private reaches(from: Book, to: Book, seen = new Set<Book>()): boolean {
    if (seen.has(from)) return false;
    seen.add(from);
    for (const next of this.edges.get(from) ?? []) if (next === to || this.reaches(next, to, seen)) return true;
    return false;
  }
}

/** A range string as IMPORTRANGE reads it: a named range of the source, or [sheet!]A1 (the first sheet when no
 *  sheet is named, as Google's help says). */
function rangeIn(book: Book, range: string): { sheet: Book['sheets'][number]; rect: ReturnType<typeof resolveA1> } | null {
  const text = range.trim();
  if (!text.includes('!')) {
    const named = [...book.named].find(([n]) => n.toLowerCase() === text.toLowerCase())?.[1];
    const s = named ? book.byId(named.sheetId) : undefined;
    if (named && s) return { sheet: s, rect: named.rect };
  }
  const { sheet: name } = splitSheet(text);
  const sheet = name === undefined ? book.sheets[0] : book.byName(name);
  const p = parseA1(text);
  if (!sheet || !p) return null;
  const rect = resolveA1(p, sheet.maxRows, sheet.maxCols);
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) return null;
  return { sheet, rect };
}
