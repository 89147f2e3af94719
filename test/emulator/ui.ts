// Ui service: add-on and custom menus (recorded), alerts and prompts answered by the scripted user,
// sidebars and dialogs (their HTML captured).
import type { ButtonName, Ctx, MenuItem } from './ctx.js';
import { enumName, mismatch, typeName } from './ctx.js';
import { ScriptError } from './counting.js';
import { HtmlOutputImpl } from './html.js';

const ALLOWED: Record<string, ButtonName[]> = {
  OK: ['OK', 'CLOSE'], OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'], YES_NO: ['YES', 'NO', 'CLOSE'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export class MenuImpl {
  readonly _items: MenuItem[] = [];
  constructor(readonly _c: Ctx, readonly _title: string, readonly _addon: boolean) {}
  private _self(): object { return this._c.rt.wrap('Menu', this); }
  addItem(caption: string, functionName: string): object {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw mismatch('Ui.Menu.addItem');
    }
    this._items.push({ caption, functionName });
    return this._self();
  }
  addSeparator(): object { this._items.push({ separator: true }); return this._self(); }
  addSubMenu(menu: unknown): object {
    const m = this._c.rt.unwrap<MenuImpl>(menu);
    if (!(m instanceof MenuImpl)) throw mismatch('Ui.Menu.addSubMenu');
    this._items.push({ caption: m._title, submenu: m._items });
    return this._self();
  }
  addToUi(): void {
    const menus = this._c.ui.menus;
    const i = menus.findIndex((m) => m.title === this._title && m.addon === this._addon);
    const entry = { title: this._title, addon: this._addon, items: [...this._items] };
    if (i >= 0) menus[i] = entry;
    else menus.push(entry);
  }
}

/** Splits alert/prompt arguments: (prompt) | (prompt, buttons) | (title, prompt, buttons), with Apps Script's
 *  signature check (texts are Strings, buttons a Ui.ButtonSet value — `alert('Titre', 'Message')` is refused). */
function dialogArgs(c: Ctx, kind: string, args: unknown[]): { title: string; prompt: string; buttons: string } {
  const sets = Object.values(c.enums.ButtonSet ?? {});
  const texts = args.length >= 3 ? args.slice(0, 2) : args.slice(0, 1);
  const set = args.length >= 2 ? args[args.length >= 3 ? 2 : 1] : undefined;
  if (args.length === 0 || args.length > 3 || texts.some((t) => typeof t !== 'string') || (set !== undefined && !sets.includes(set as object))) {
    throw mismatch(`Ui.${kind}`, args.map(typeName).join(','));
  }
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: enumName(args[2]) };
  if (args.length === 2) return { title: '', prompt: String(args[0]), buttons: enumName(args[1]) };
  return { title: '', prompt: String(args[0]), buttons: 'OK' };
}

function checkAnswer(kind: string, buttons: string, answer: string, prompt: string): void {
  const ok = ALLOWED[buttons];
  if (!ok) throw new ScriptError(`Invalid button set ${buttons} for ${kind}: ${prompt}`);
  if (!ok.includes(answer as ButtonName)) throw new ScriptError(`Scripted answer ${answer} is not a button of ${buttons} for ${kind}: ${prompt}`);
}

export class UiImpl {
  constructor(readonly _c: Ctx) {
    Object.assign(this, { Button: _c.enums.Button, ButtonSet: _c.enums.ButtonSet });
  }
  createAddonMenu(): object { return this._c.rt.wrap('Menu', new MenuImpl(this._c, this._c.addonName, true)); }
  createMenu(title: string): object { return this._c.rt.wrap('Menu', new MenuImpl(this._c, String(title), false)); }
  alert(...args: unknown[]): object {
    const { title, prompt, buttons } = dialogArgs(this._c, 'alert', args);
    let answer: string;
    if (buttons === 'OK') answer = 'OK';
    else {
      const a = this._c.alertAnswers.shift();
      if (a === undefined) throw new ScriptError(`No scripted answer for alert: ${prompt}`);
      answer = a.button;
      checkAnswer('alert', buttons, answer, prompt);
      a.whileOpen?.();
    }
    this._c.ui.alerts.push({ title, prompt, buttons, answer });
    return this._c.enums.Button?.[answer] ?? {};
  }
  prompt(...args: unknown[]): object {
    const { title, prompt, buttons } = dialogArgs(this._c, 'prompt', args);
    const a = this._c.promptAnswers.shift();
    if (a === undefined) throw new ScriptError(`No scripted answer for prompt: ${prompt}`);
    checkAnswer('prompt', buttons, a.button, prompt);
    this._c.ui.prompts.push({ title, prompt, buttons, answer: a.button, text: a.text });
    const button = this._c.enums.Button?.[a.button] ?? {};
    return this._c.rt.wrap('PromptResponse', { getResponseText: () => a.text, getSelectedButton: () => button });
  }
  private _html(h: unknown, method: string): HtmlOutputImpl {
    const impl = this._c.rt.unwrap<HtmlOutputImpl>(h);
    if (!(impl instanceof HtmlOutputImpl)) throw mismatch(`Ui.${method}`, typeof h);
    return impl;
  }
  showSidebar(h: unknown): void {
    const o = this._html(h, 'showSidebar');
    this._c.ui.sidebars.push({ title: o._title, html: o._content, width: o._width, meta: [...o._meta] });
  }
  showModalDialog(h: unknown, title: string): void { this._dialog(h, title, true); }
  showModelessDialog(h: unknown, title: string): void { this._dialog(h, title, false); }
  private _dialog(h: unknown, title: string, modal: boolean): void {
    const o = this._html(h, modal ? 'showModalDialog' : 'showModelessDialog');
    this._c.ui.dialogs.push({ title: String(title), html: o._content, width: o._width, height: o._height, modal, meta: [...o._meta] });
  }
}

export function makeUi(c: Ctx): object {
  return c.rt.wrap('Ui', new UiImpl(c));
}
