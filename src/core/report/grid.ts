// A tiny builder for the report tab: rows of styled cells → the matrices one batch call each
// writes (values, number formats, weights, colours, backgrounds, sizes, alignments, wraps). Pure.

import { isDate } from '../months';

/** Columns of the report: A is wide (long text, wrapped), B–E hold figures. */
export const PAGE_WIDTH = 5;
/** Pixel widths of report columns A–E (860 px: one A4 page portrait, fit to width). */
export const COLUMN_WIDTHS = [460, 100, 100, 100, 100];
/**
 * Pixel height of every report row (v2, one call): small enough for the richest month to print on
 * one A4 page. Rows still grow with wrapped text: « By default, rows grow to fit cell contents »
 * (Apps Script reference, Sheet.setRowHeights; setRowHeightsForced is the fixed variant).
 */
export const ROW_HEIGHT = 15;

/** Report palette: title, text, muted text, section band, header row. */
export const COLOURS = {
  titre: '#1a3d7c', texte: '#202124', discret: '#5f6368', bandeau: '#e8eef7', entete: '#f1f3f4',
  rouge: '#c5221f', fondRouge: '#fce8e6', orange: '#b06000', fondOrange: '#fef7e0', vert: '#188038', blanc: '#ffffff',
} as const;

/** Number formats used in the report. */
export const FORMATS = {
  texte: '@', entier: '#,##0', euros: '#,##0 "€"', eurosCents: '#,##0.00 "€"', pourcent: '0%',
  pourcent1: '0.0%', pourcent2: '0.00%', decimal: '0.0', date: 'dd/mm/yyyy', auto: 'General',
} as const;

/** Style of a cell; unset fields take the defaults of the report body. */
export interface CellStyle {
  bold?: boolean;
  color?: string;
  background?: string;
  size?: number;
  format?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

/** One report cell: a value and its style. */
export interface ReportCell extends CellStyle {
  value: unknown;
}

/** Everything the writer sends, one matrix per batch call (all LARGEUR wide). */
export interface ReportLayout {
  values: unknown[][];
  numberFormats: string[][];
  fontWeights: ('bold' | 'normal')[][];
  fontColors: string[][];
  backgrounds: string[][];
  fontSizes: number[][];
  horizontalAlignments: ('left' | 'center' | 'right')[][];
  wraps: boolean[][];
  /** Merged ranges, 1-based (kept empty by default: text overflows into empty neighbours). */
  merges: { row: number; column: number; rows: number; columns: number }[];
  columnWidths: number[];
  /** Height of every row in pixels (rows with wrapped text grow beyond it). */
  rowHeight: number;
}

/** Font size of the report body (v2: 8 pt so that the richest month fits one A4 page). */
export const BODY_SIZE = 8;

const DEFAUT: Required<CellStyle> = { bold: false, color: COLOURS.texte, background: COLOURS.blanc, size: BODY_SIZE, format: FORMATS.auto, align: 'left', wrap: true };

function cellule(item: unknown): ReportCell {
  return item !== null && typeof item === 'object' && 'value' in item ? (item as ReportCell) : { value: item };
}

/** Rows appended in order; `ligne` returns the 1-based row number. */
export class ReportGrid {
  private readonly rows: Required<ReportCell>[][] = [];

  /** Appends a row: up to LARGEUR cells (plain values or styled cells), `style` applying to the whole row. */
  ligne(items: readonly unknown[], style: CellStyle = {}): number {
    const row = Array.from({ length: PAGE_WIDTH }, (_, i) => {
      const c = cellule(items[i] ?? '');
      const format = c.format ?? style.format ?? (typeof c.value === 'string' ? FORMATS.texte : DEFAUT.format);
      const figure = typeof c.value === 'number' || isDate(c.value);
      const align = c.align ?? style.align ?? (figure ? 'right' : 'left');
      return { ...DEFAUT, ...style, ...c, format, align, value: c.value ?? '' } as Required<ReportCell>;
    });
    this.rows.push(row);
    return this.rows.length;
  }

  /** A row whose text runs over the whole width (not wrapped: it overflows into the empty cells). */
  banner(text: string, style: CellStyle = {}): number {
    return this.ligne([{ value: text, wrap: false }], style);
  }

  /** An empty spacer row. */
  vide(): number {
    return this.ligne([]);
  }

  get length(): number {
    return this.rows.length;
  }

  /** The matrices for the writer. */
  build(): ReportLayout {
    const pick = <T>(f: (c: Required<ReportCell>) => T) => this.rows.map((row) => row.map(f));
    return {
      values: pick((c) => c.value),
      numberFormats: pick((c) => c.format),
      fontWeights: pick((c): 'bold' | 'normal' => (c.bold ? 'bold' : 'normal')),
      fontColors: pick((c) => c.color),
      backgrounds: pick((c) => c.background),
      fontSizes: pick((c) => c.size),
      horizontalAlignments: pick((c) => c.align),
      wraps: pick((c) => c.wrap),
      merges: [],
      columnWidths: [...COLUMN_WIDTHS],
      rowHeight: ROW_HEIGHT,
    };
  }
}

/** Style of section headings. */
export const BANNER: CellStyle = { bold: true, size: 10, color: COLOURS.titre, background: COLOURS.bandeau };
/** Style of table header rows. */
export const HEADER_STYLE: CellStyle = { bold: true, size: 7, color: COLOURS.discret, background: COLOURS.entete };
/** Style of secondary text (notes, sources). */
export const SUBTLE: CellStyle = { color: COLOURS.discret, size: 7 };

/** A table header row: the first label left, the others right-aligned over figures. */
export function headerRow(g: ReportGrid, labels: readonly string[]): number {
  return g.ligne(labels.map((value, i) => ({ value, align: i === 0 ? 'left' : 'right', wrap: i !== 0 })), HEADER_STYLE);
}

/** A section heading that is also its table's header row: the title in A, the column labels in B–E. */
export function bannerHeader(g: ReportGrid, title: string, labels: readonly string[]): number {
  const heads = labels.map((value) => ({ value, ...HEADER_STYLE, background: COLOURS.bandeau, align: 'right' as const, wrap: false }));
  return g.ligne([{ value: title, wrap: false }, ...heads], BANNER);
}

/**
 * Two lists side by side (v2, to keep one page): the left items in A (wrapped), the right items in B,
 * not wrapped so that they overflow over the empty C–E. Returns the rows written.
 */
export function twoLists(g: ReportGrid, left: readonly string[], right: readonly string[], style: CellStyle = {}): number {
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i += 1) g.ligne([left[i] ?? '', { value: right[i] ?? '', wrap: false }], style);
  return n;
}

/** A single grey line (« aucune… »). */
export function noteRow(g: ReportGrid, text: string, style: CellStyle = {}): number {
  return g.ligne([{ value: text }], { ...SUBTLE, ...style });
}

