// HtmlService and HtmlOutput: HTML built by the script or read from dist/*.html, captured for tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from './ctx.js';
import { enumName, mismatch, typeName } from './ctx.js';
import { ScriptError } from './counting.js';

export class HtmlOutputImpl {
  _title = '';
  _width: number | undefined = undefined;
  _height: number | undefined = undefined;
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  _meta: Array<{ name: string; content: string }> = [];
  constructor(readonly _c: Ctx, public _content: string) {}
  private _self(): object { return this._c.rt.wrap('HtmlOutput', this); }
  setTitle(t: string): object { this._title = String(t); return this._self(); }
  getTitle(): string { return this._title; }
  setWidth(w: number): object { this._width = size(w, 'setWidth'); return this._self(); }
  getWidth(): number | undefined { return this._width; }
  setHeight(h: number): object { this._height = size(h, 'setHeight'); return this._self(); }
  getHeight(): number | undefined { return this._height; }
  getContent(): string { return this._content; }
  setContent(html: string): object { this._content = String(html); return this._self(); }
  append(html: string): object { this._content += String(html); return this._self(); }
  appendUntrusted(text: string): object {
    this._content += String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return this._self();
  }
  clear(): object { this._content = ''; return this._self(); }
  setSandboxMode(m: unknown): object { this._sandbox = enumName(m); return this._self(); }
  setXFrameOptionsMode(m: unknown): object { this._xframe = enumName(m); return this._self(); }
  /** Only four names are allowed; `<meta>` tags written in the HTML itself are ignored by Apps Script
   *  (https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)).
   *  The error text for another name is not verified. */
  addMetaTag(name: string, content: string): object {
    if (typeof name !== 'string' || typeof content !== 'string') throw mismatch('HtmlService.HtmlOutput.addMetaTag', [name, content].map(typeName).join(','));
    if (!META_NAMES.includes(name)) throw new ScriptError(`Meta tag ${name} is not allowed (allowed: ${META_NAMES.join(', ')}).`);
    this._meta.push({ name, content });
    return this._self();
  }
  getMetaTags(): object[] {
    return this._meta.map((m) => this._c.rt.wrap('HtmlOutputMetaTag', { getName: () => m.name, getContent: () => m.content }));
  }
  setFaviconUrl(): object { return this._self(); }
}

/** The meta tags HtmlOutput.addMetaTag accepts. */
const META_NAMES = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** setWidth/setHeight take an Integer: a string or NaN is a signature mismatch, a fraction is truncated. */
function size(v: unknown, method: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw mismatch(`HtmlService.HtmlOutput.${method}`, typeName(v));
  }
  return Math.trunc(v);
}

export function makeHtmlService(c: Ctx): object {
  const svc = {
    SandboxMode: c.enums.SandboxMode,
    XFrameOptionsMode: c.enums.XFrameOptionsMode,
    createHtmlOutput: (html?: unknown): object => c.rt.wrap('HtmlOutput', new HtmlOutputImpl(c, html === undefined ? '' : String(html))),
    createHtmlOutputFromFile: (name: string): object => {
      const base = String(name).replace(/\.html$/, '');
      const file = join(c.distDir, `${base}.html`);
      if (!/^[\w\-. ]+$/.test(base) || !existsSync(file)) throw new ScriptError(`No HTML file named ${name} was found.`);
      return c.rt.wrap('HtmlOutput', new HtmlOutputImpl(c, readFileSync(file, 'utf8')));
    },
  };
  return c.rt.wrap('HtmlService', svc);
}
