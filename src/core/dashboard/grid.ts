// A small grid builder for `Tableau de bord`: rows of cells with a style and a number format,
// named row spans (marks) so a formula can point at a table placed further down, and charts.

/** How a cell looks; the writer turns it into font weights, colours and backgrounds. */
export type DashboardStyle = 'titre' | 'section' | 'entete' | 'aide' | 'total' | 'normal';

/** A formula, written as is (never escaped); a function is resolved once every table is placed. */
export class Formula {
  constructor(readonly texte: string | ((marks: Marks) => string)) {}
}

/** A cell value (user text is escaped by the writer) or a Formule. */
export type CellContent = unknown;

/** Shorthand for a formula cell content. */
export function formula(texte: string | ((marks: Marks) => string)): Formula {
  return new Formula(texte);
}

/** One dashboard cell: its content (value or formula), number format and style. */
export interface DashboardCell {
  contenu: CellContent;
  format?: string;
  style?: DashboardStyle;
}

/** First and last sheet rows (1-based) of a named table body. */
export type Marks = ReadonlyMap<string, { first: number; last: number }>;

/** A chart to insert (EmbeddedChartBuilder), with A1 ranges of this tab. */
export interface ChartSpec {
  type: 'BAR' | 'COLUMN';
  titre: string;
  plages: string[];
  /** 1-based anchor cell of the chart's top-left corner. */
  ligne: number;
  colonne: number;
}

/** Accumulates rows; `row` is the 1-based sheet row the next `add` writes. */
export class Grid {
  readonly lignes: DashboardCell[][] = [];
  readonly marks = new Map<string, { first: number; last: number }>();

  get row(): number {
    return this.lignes.length + 1;
  }

  /** Appends one row; `style` applies to every cell that has none. */
  add(cells: ReadonlyArray<DashboardCell | CellContent>, style: DashboardStyle = 'normal'): number {
    this.lignes.push(cells.map((c) => (isCellule(c) ? { style, ...c } : { contenu: c, style })));
    return this.lignes.length;
  }

  /** Appends an empty row (ends a table). */
  blank(): void {
    this.lignes.push([]);
  }

  /** Names the body rows of a table so formulas and charts placed elsewhere can point at it. */
  mark(name: string, first: number, last: number): void {
    this.marks.set(name, { first, last });
  }
}

function isCellule(value: unknown): value is DashboardCell {
  return typeof value === 'object' && value !== null && 'contenu' in value;
}

/** Shorthand for a cell with a number format. */
export function fmt(contenu: CellContent, format: string, style?: DashboardStyle): DashboardCell {
  return style ? { contenu, format, style } : { contenu, format };
}

/** Rows of a mark, or `[0, -1]` when the table is empty or absent. */
export function span(marks: Marks, name: string): { first: number; last: number } {
  return marks.get(name) ?? { first: 0, last: -1 };
}
