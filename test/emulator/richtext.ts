// Rich text: SpreadsheetApp.newRichTextValue()/newTextStyle() builders and the values they build. A rich-text value
// is always stored as its literal text (never parsed as a formula, number or date), whatever the cell's format.
import type { Ctx } from './ctx.js';
import { mismatch, typeName } from './ctx.js';
import { ScriptError } from './counting.js';
import { realmArray } from './realm.js';

/** What a TextStyle sets (null: not set). */
export interface TextStyleData {
  bold: boolean | null; italic: boolean | null; underline: boolean | null; strikethrough: boolean | null;
  fontSize: number | null; fontFamily: string | null; foregroundColor: string | null;
}
/** A styled or linked stretch of a rich text, [start, end) in characters. */
interface Run { start: number; end: number; style: TextStyleData | null; link: string | null }
/** A rich-text value: its text and the styles and links applied to parts of it. */
export interface RichTextData { text: string; runs: Run[] }

const EMPTY_STYLE: TextStyleData = { bold: null, italic: null, underline: null, strikethrough: null, fontSize: null, fontFamily: null, foregroundColor: null };

export class TextStyleImpl {
  constructor(readonly _c: Ctx, readonly _d: TextStyleData) {}
  isBold(): boolean | null { return this._d.bold; }
  isItalic(): boolean | null { return this._d.italic; }
  isUnderline(): boolean | null { return this._d.underline; }
  isStrikethrough(): boolean | null { return this._d.strikethrough; }
  getFontSize(): number | null { return this._d.fontSize; }
  getFontFamily(): string | null { return this._d.fontFamily; }
  getForegroundColor(): string | null { return this._d.foregroundColor; }
  copy(): object { return this._c.rt.wrap('TextStyleBuilder', new TextStyleBuilderImpl(this._c, { ...this._d })); }
}

export class TextStyleBuilderImpl extends TextStyleImpl {
  private _set<K extends keyof TextStyleData>(k: K, v: TextStyleData[K]): object {
    this._d[k] = v;
    return this._c.rt.wrap('TextStyleBuilder', this);
  }
  setBold(b: boolean): object { return this._set('bold', Boolean(b)); }
  setItalic(b: boolean): object { return this._set('italic', Boolean(b)); }
  setUnderline(b: boolean): object { return this._set('underline', Boolean(b)); }
  setStrikethrough(b: boolean): object { return this._set('strikethrough', Boolean(b)); }
  setFontSize(n: number): object { return this._set('fontSize', Number(n)); }
  setFontFamily(f: string | null): object { return this._set('fontFamily', f === null ? null : String(f)); }
  setForegroundColor(c: string | null): object { return this._set('foregroundColor', c === null ? null : String(c)); }
  build(): object { return this._c.rt.wrap('TextStyle', new TextStyleImpl(this._c, { ...this._d })); }
}

export class RichTextValueImpl {
  constructor(readonly _c: Ctx, readonly _d: RichTextData) {}
  getText(): string { return this._d.text; }
  getStartIndex(): number { return 0; }
  getEndIndex(): number { return this._d.text.length; }
  /** The style of [start, end), or of the whole text. */
  getTextStyle(start?: number, end?: number): object {
    const s = start ?? 0, e = end ?? this._d.text.length;
    const run = this._d.runs.find((r) => r.style && r.start <= s && r.end >= e);
    return this._c.rt.wrap('TextStyle', new TextStyleImpl(this._c, { ...(run?.style ?? EMPTY_STYLE) }));
  }
  getLinkUrl(start?: number, end?: number): string | null {
    const s = start ?? 0, e = end ?? this._d.text.length;
    return this._d.runs.find((r) => r.link && r.start <= s && r.end >= e)?.link ?? null;
  }
  /** One run for the whole text (the emulator does not split runs by style). */
  getRuns(): unknown[] {
    return realmArray(this._c.realm, this._d.text === '' ? [] : [this._c.rt.wrap('RichTextValue', new RichTextValueImpl(this._c, this._d))]);
  }
  copy(): object { return makeRichTextBuilder(this._c, { text: this._d.text, runs: this._d.runs.map((r) => ({ ...r })) }); }
}

export class RichTextValueBuilderImpl extends RichTextValueImpl {
  private _self(): object { return this._c.rt.wrap('RichTextValueBuilder', this); }
  setText(text: unknown): object {
    if (typeof text !== 'string') throw mismatch('SpreadsheetApp.RichTextValueBuilder.setText', typeName(text));
    this._d.text = text;
    this._d.runs = [];
    return this._self();
  }
  /** setTextStyle(style) or setTextStyle(start, end, style). */
  setTextStyle(...args: unknown[]): object {
    const [start, end, style] = args.length >= 3 ? args : [0, this._d.text.length, args[0]];
    const impl = style === null ? null : this._c.rt.unwrap<TextStyleImpl>(style);
    if (impl !== null && !(impl instanceof TextStyleImpl)) throw mismatch('SpreadsheetApp.RichTextValueBuilder.setTextStyle', typeName(style));
    this._run(start, end, { style: impl ? { ...impl._d } : null, link: null });
    return this._self();
  }
  /** setLinkUrl(url) or setLinkUrl(start, end, url). */
  setLinkUrl(...args: unknown[]): object {
    const [start, end, url] = args.length >= 3 ? args : [0, this._d.text.length, args[0]];
    this._run(start, end, { style: null, link: url === null ? null : String(url) });
    return this._self();
  }
  private _run(start: unknown, end: unknown, r: Omit<Run, 'start' | 'end'>): void {
    if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end > this._d.text.length || start > end) {
      throw new ScriptError('Invalid argument: offsets');
    }
    this._d.runs.push({ start, end, ...r });
  }
  build(): object { return this._c.rt.wrap('RichTextValue', new RichTextValueImpl(this._c, { text: this._d.text, runs: this._d.runs.map((r) => ({ ...r })) })); }
}

export function makeRichTextBuilder(c: Ctx, d?: RichTextData): object {
  return c.rt.wrap('RichTextValueBuilder', new RichTextValueBuilderImpl(c, d ?? { text: '', runs: [] }));
}

export function makeTextStyleBuilder(c: Ctx): object {
  return c.rt.wrap('TextStyleBuilder', new TextStyleBuilderImpl(c, { ...EMPTY_STYLE }));
}

/** The text of a RichTextValue handed back by the script (a signature error otherwise). */
export function richTextOf(c: Ctx, v: unknown, method: string): string {
  const impl = c.rt.unwrap<RichTextValueImpl>(v);
  if (!(impl instanceof RichTextValueImpl)) throw mismatch(`SpreadsheetApp.Range.${method}`, typeName(v));
  return impl._d.text;
}

/** The script-facing RichTextValue of a cell's text (plain: no styles). */
export function richTextFor(c: Ctx, text: string): object {
  return c.rt.wrap('RichTextValue', new RichTextValueImpl(c, { text, runs: [] }));
}
