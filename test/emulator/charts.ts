// Embedded charts: Sheet.newChart() builder, insert/update/remove/getCharts, EmbeddedChart, ChartOptions.
import type { ChartData, SheetModel } from './book.js';
import { nextChartId } from './book.js';
import type { Ctx } from './ctx.js';
import { enumName, mismatch } from './ctx.js';
import { ScriptError } from './counting.js';
import { fromRealm, realmArray, toRealm } from './realm.js';
import { rangeOf, rangesIn } from './range-base.js';

function cloneChart(d: ChartData): ChartData {
  return { ...d, ranges: d.ranges.map((r) => ({ ...r, rect: { ...r.rect } })), options: new Map(d.options), position: { ...d.position } };
}

export class EmbeddedChartImpl {
  constructor(readonly _c: Ctx, readonly _s: SheetModel, readonly _d: ChartData) {}
  getChartId(): number { return this._d.id; }
  getId(): string { return `u${this._d.id}`; }
  getRanges(): unknown { return rangesIn(this._c, this._d.ranges); }
  getOptions(): object {
    const opts = this._d.options;
    const c = this._c;
    return c.rt.wrap('ChartOptions', { get: (k: string) => toRealm(c.realm, opts.get(String(k)) ?? null) });
  }
  getContainerInfo(): object {
    const p = this._d.position;
    return this._c.rt.wrap('ContainerInfo', {
      getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY,
    });
  }
  modify(): object {
    return this._c.rt.wrap('EmbeddedChartBuilder', new EmbeddedChartBuilderImpl(this._c, this._s, cloneChart(this._d)));
  }
}

export class EmbeddedChartBuilderImpl {
  constructor(readonly _c: Ctx, readonly _s: SheetModel, readonly _d: ChartData) {}
  private _self(): object { return this._c.rt.wrap('EmbeddedChartBuilder', this); }
  setChartType(t: unknown): object { this._d.type = enumName(t); return this._self(); }
  getChartType(): object { return this._c.enums.ChartType?.[this._d.type] ?? {}; }
  addRange(range: unknown): object {
    const r = rangeOf(this._c, range, 'SpreadsheetApp.EmbeddedChartBuilder.addRange');
    this._d.ranges.push({ sheetId: r.sheet.id, rect: r.rect });
    return this._self();
  }
  removeRange(range: unknown): object {
    const r = rangeOf(this._c, range, 'SpreadsheetApp.EmbeddedChartBuilder.removeRange');
    this._d.ranges = this._d.ranges.filter((x) => !(x.sheetId === r.sheet.id && JSON.stringify(x.rect) === JSON.stringify(r.rect)));
    return this._self();
  }
  clearRanges(): object { this._d.ranges = []; return this._self(); }
  getRanges(): unknown { return new EmbeddedChartImpl(this._c, this._s, this._d).getRanges(); }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): object {
    this._d.position = { row, column, offsetX, offsetY };
    return this._self();
  }
  setOption(key: string, value: unknown): object { this._d.options.set(String(key), fromRealm(value)); return this._self(); }
  setNumHeaders(n: number): object { return this.setOption('numHeaders', n); }
  setTitle(t: string): object { return this.setOption('title', t); }
  asBarChart(): object { this._d.type = 'BAR'; return this._self(); }
  asColumnChart(): object { this._d.type = 'COLUMN'; return this._self(); }
  asPieChart(): object { this._d.type = 'PIE'; return this._self(); }
  asLineChart(): object { this._d.type = 'LINE'; return this._self(); }
  build(): object {
    return this._c.rt.wrap('EmbeddedChart', new EmbeddedChartImpl(this._c, this._s, cloneChart(this._d)));
  }
}

type SheetThis = { _c: Ctx; _s: SheetModel };

function chartOf(c: Ctx, chart: unknown): EmbeddedChartImpl {
  const impl = c.rt.unwrap<EmbeddedChartImpl>(chart);
  if (!(impl instanceof EmbeddedChartImpl)) throw mismatch('SpreadsheetApp.Sheet.insertChart', 'Object');
  return impl;
}

/** Chart methods mixed into SheetImpl. */
export const chartMethods = {
  newChart(this: SheetThis): object {
    const d: ChartData = { id: 0, type: 'COLUMN', ranges: [], options: new Map(), position: { row: 1, column: 1, offsetX: 0, offsetY: 0 } };
    return this._c.rt.wrap('EmbeddedChartBuilder', new EmbeddedChartBuilderImpl(this._c, this._s, d));
  },
  insertChart(this: SheetThis, chart: unknown): void {
    const d = cloneChart(chartOf(this._c, chart)._d);
    d.id = nextChartId();
    this._s.charts.push(d);
  },
  updateChart(this: SheetThis, chart: unknown): void {
    const d = chartOf(this._c, chart)._d;
    const i = this._s.charts.findIndex((x) => x.id === d.id);
    if (i < 0) throw new ScriptError('Chart not found.');
    this._s.charts[i] = cloneChart(d);
  },
  removeChart(this: SheetThis, chart: unknown): void {
    const d = chartOf(this._c, chart)._d;
    this._s.charts = this._s.charts.filter((x) => x.id !== d.id);
  },
  getCharts(this: SheetThis): unknown {
    return realmArray(this._c.realm, this._s.charts.map((d) => this._c.rt.wrap('EmbeddedChart', new EmbeddedChartImpl(this._c, this._s, d))));
  },
};
