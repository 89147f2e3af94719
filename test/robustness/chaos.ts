// Chaos helpers: a seeded pseudo-random generator, the garbage real users type, and the
// corruptions they inflict on a classeur (cells, headers, rows, tabs), applied to an emulator.
import vm from 'node:vm';
import type { Emulator } from '../emulator';
import { letter, TabEdit } from './tab-edit';

/** The eight input tabs of SPEC §2. */
export const INPUT_TABS = ['Cadrage', 'Objectifs', 'Mesures', 'Backlog', 'Plan', 'Budget', 'Gouvernance', 'Journal'];

/** Deterministic generator (mulberry32): same seed, same sequence, on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) { this.state = (seed * 0x9e3779b1) >>> 0; }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  /** True with probability p. */
  chance(p: number): boolean { return this.next() < p; }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T { return list[this.int(0, list.length - 1)] as T; }
}

/** What users really put in cells (never the words BROKEN_TEXT looks for, so any of them is the add-on's) ; typed input: `'` keeps the rest as text, `=` is a formula. */
export function garbage(rng: Rng): unknown {
  const values: Array<() => unknown> = [
    () => 'abc', () => '#N/A', () => '#REF!', () => '∞', () => '-',
    () => 1e308, () => -1e15, () => 9.99e20, () => -3, () => 0, () => 6, () => 2.5, () => -0.5,
    () => '31/02/2026', () => '2026/13/45', () => 'lundi prochain', () => '12.11.2026', () => '11-2026',
    () => 'nov. 2026', () => '0000-00-00', () => '🚀🔥', () => '☀️', () => "'=1/0", () => '=1/0', () => '=NA()',
    () => '', () => ' ', () => '   ', () => true, () => false, () => "'TRUE", () => 'Finit', () => 'oui ',
    () => '1 234,5 €', () => '50 %', () => '-12 %', () => "'+33 6 12", () => "'@Léa", () => '<b>x</b>',
    () => 'x'.repeat(3000), () => new Date(1899, 11, 30), () => new Date(9999, 0, 1), () => new Date(1970, 0, 1),
    () => 'B-001', () => 'A-001', () => 'Plan!G12', () => 'nul', () => '{}',
  ];
  return rng.pick(values)();
}

/** Text the add-on shows when a computation went wrong (JavaScript leaking into French messages). */
export const BROKEN_TEXT = /NaN|Infinity|Invalid Date|undefined|\[object Object\]/;

/** Defines the script-side helpers (run with the document lock, so they are not "writes without lock"). */
export function installHelpers(emu: Emulator): void {
  vm.runInContext(`
function __chaosEdit(ops) {
  var lock = LockService.getDocumentLock(); lock.waitLock(1000);
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ops.forEach(function (op) {
    var sh = ss.getSheetByName(op.tab); if (!sh) return;
    if (op.kind === 'rename') { try { sh.setName(op.name); } catch (e) { /* name taken */ } }
    else if (op.kind === 'delete') { if (ss.getSheets().length > 1) ss.deleteSheet(sh); }
  });
}
function __chaosDrain() {
  var ui = SpreadsheetApp.getUi();
  for (var i = 0; i < 20; i++) { try { ui.alert('__drain', '__drain', ui.ButtonSet.YES_NO_CANCEL); } catch (e) { if (/No scripted answer/.test(String(e && e.message))) break; } }
  for (var j = 0; j < 20; j++) { try { ui.prompt('__drain', '__drain', ui.ButtonSet.OK_CANCEL); } catch (e) { if (/No scripted answer/.test(String(e && e.message))) break; } }
}`, emu.context);
}

/** Drops scripted answers an action did not use (it refused before asking), and their log lines. */
export function drainAnswers(emu: Emulator): void {
  emu.run('__chaosDrain');
  for (const log of [emu.ui.alerts, emu.ui.prompts] as Array<Array<{ title: string }>>) {
    for (let i = log.length - 1; i >= 0; i--) if (log[i]?.title === '__drain') log.splice(i, 1);
  }
}

type Op = { kind: 'rename'; tab: string; name: string } | { kind: 'delete'; tab: string };

/** Corrupts the classeur the way real users do (`intensity` multiplies the garbage cells); returns what was done. */
export function corrupt(emu: Emulator, rng: Rng, intensity = 1): string[] {
  const done: string[] = [];
  const tabs = new Map(INPUT_TABS.map((tab) => [tab, new TabEdit(emu, tab)]));
  const edit = (tab: string): TabEdit => tabs.get(tab) as TabEdit;
  const set = (tab: string, row: number, col: number, value: unknown): void => {
    edit(tab).set(row, col, value);
    done.push(`${tab}!${letter(col)}${row} ← ${JSON.stringify(value)?.slice(0, 40)}`);
  };
  for (const tab of INPUT_TABS) {
    const t = edit(tab);
    for (let k = rng.int(1, 5) * intensity; k > 0; k--) set(tab, rng.int(2, t.rows + 1), rng.int(1, t.cols), garbage(rng));
    if (tab !== 'Cadrage' && rng.chance(0.2)) {
      const renamed = rng.chance(0.5) ? t.shown(1, rng.int(1, t.cols)) : garbage(rng); // duplicate or garbage
      set(tab, 1, rng.int(1, t.cols), typeof renamed === 'string' ? `'${renamed}` : renamed);
    }
    if (tab !== 'Cadrage' && rng.chance(0.15)) {
      const [a, b] = [rng.int(1, t.cols), rng.int(1, t.cols)];
      const [ha, hb] = [t.shown(1, a), t.shown(1, b)];
      set(tab, 1, a, `'${String(hb)}`);
      set(tab, 1, b, `'${String(ha)}`);
    }
  }
  if (rng.chance(0.4)) for (let k = rng.int(1, 6); k > 0; k--) set('Cadrage', rng.int(2, edit('Cadrage').rows), 2, rng.pick(['', ' ', garbage(rng)]));
  const rituel = edit('Gouvernance').grid.findIndex((r) => r[0] === "'Rituel" || r[0] === 'Rituel') + 1;
  if (rituel > 0 && rng.chance(0.2)) {
    if (rng.chance(0.5)) set('Gouvernance', rituel, 1, '');
    else { edit('Gouvernance').deleteRow(rituel); done.push(`Gouvernance: row ${rituel} (Rituel) deleted`); }
  }
  for (const tab of INPUT_TABS) {
    if (!rng.chance(0.25)) continue;
    const row = rng.int(1, edit(tab).rows);
    edit(tab).deleteRow(row);
    done.push(`${tab}: row ${row} deleted`);
  }
  for (const tab of INPUT_TABS) {
    if (!rng.chance(0.15)) continue;
    const t = edit(tab);
    set(tab, 1, t.cols + 1, rng.pick(["'Notes", "'Statut", "'Montant prévu", garbage(rng)])); // an extra column, maybe a duplicate header
    set(tab, rng.int(2, t.rows), t.cols, garbage(rng));
  }
  for (const t of tabs.values()) t.flush();
  const ops: Op[] = [];
  if (rng.chance(0.12)) ops.push({ kind: 'rename', tab: rng.pick(INPUT_TABS), name: rng.pick(['plan', 'Plan (copie)', 'Budget 2026', 'Mesures 2026', 'Feuille 7']) });
  if (rng.chance(0.12)) ops.push({ kind: 'delete', tab: rng.pick(INPUT_TABS) });
  if (rng.chance(0.1)) ops.push({ kind: 'delete', tab: 'Tableau de bord' });
  if (ops.length > 0) {
    emu.run('__chaosEdit', ops);
    done.push(...ops.map((op) => JSON.stringify(op)));
  }
  return done;
}
