// A tiny builder for the report tab: rows of styled cells → the matrices one batch call each
// writes (values, number formats, weights, colours, backgrounds, sizes, alignments, wraps). Pure.

import { isDate } from '../months';

/** Columns of the report: A is wide (long text, wrapped), B–E hold figures. */
export const PAGE_WIDTH = 5;
/** Pixel widths of report columns A–E. */
export const COLUMN_WIDTHS = [400, 115, 115, 115, 115];

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
}

const DEFAUT: Required<CellStyle> = { bold: false, color: COLOURS.texte, background: COLOURS.blanc, size: 10, format: FORMATS.auto, align: 'left', wrap: true };

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
    };
  }
}

/** Style of section headings and of table header rows. */
export const BANNER: CellStyle = { bold: true, size: 12, color: COLOURS.titre, background: COLOURS.bandeau };
/** Style of table header rows. */
export const HEADER_STYLE: CellStyle = { bold: true, size: 9, color: COLOURS.discret, background: COLOURS.entete };
/** Style of secondary text (notes, sources). */
export const SUBTLE: CellStyle = { color: COLOURS.discret, size: 9 };

/** A table header row: the first label left, the others right-aligned over figures. */
export function headerRow(g: ReportGrid, labels: readonly string[]): number {
  return g.ligne(labels.map((value, i) => ({ value, align: i === 0 ? 'left' : 'right', wrap: i !== 0 })), HEADER_STYLE);
}

/** A single grey line (« aucune… »). */
export function noteRow(g: ReportGrid, text: string, style: CellStyle = {}): number {
  return g.ligne([{ value: text }], { ...SUBTLE, ...style });
}

