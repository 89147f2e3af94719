// Runs every menu action and sidebar RPC on a (corrupted) classeur and records every broken promise
// of SPEC §7: an uncaught crash, the generic « Détail technique » apology, a non-French or malformed
// RPC answer, a refusal that still changed the classeur.
import type { ButtonName, Emulator } from '../emulator';
import { isWrite } from '../emulator/counting';
import { loadedEmulator, TEST_NOW } from '../support/bundle';
import { BROKEN_TEXT, corrupt, drainAnswers, garbage, installHelpers, Rng } from './chaos';

/** A crash is the generic apology of runAction / rpc, or a raw engine error. */
const CRASH = /Détail technique|n’a pas pu être enregistré|not implemented|is not a function|Cannot read|undefined is not|TypeError|RangeError|ReferenceError|Invalid (array|time)|Maximum call stack/;
/** A message that says nothing was written. */
const NOTHING_WRITTEN = /rien n’a été (ajouté|écrit|partagé|modifié)|Rien n’a été/i;

/** Calls that changed the document since the last `calls.reset()` (Range.setValues, Sheet.insertRows…). */
function writes(emu: Emulator): string[] {
  return Object.keys(emu.calls.byMethod()).filter((key) => {
    const [cls = '', method = ''] = key.split('.');
    return isWrite(cls, method);
  });
}

/** Scripted answers; `noWritesOnNo`: a « Non » to its question means the action writes nothing. */
interface Answers { alerts?: ButtonName[]; prompts?: Array<[string, ButtonName]>; noWritesOnNo?: boolean }

/** Runs a menu action, then checks how it ended; pushes each problem found into `failures`. */
function menu(emu: Emulator, failures: string[], name: string, answers: Answers = {}): void {
  emu.calls.reset();
  const n = { alerts: emu.ui.alerts.length, prompts: emu.ui.prompts.length, toasts: emu.ui.toasts.length, dialogs: emu.ui.dialogs.length, sidebars: emu.ui.sidebars.length };
  for (const a of answers.alerts ?? []) emu.user.answerAlert(a);
  for (const [text, button] of answers.prompts ?? []) emu.user.answerPrompt(text, button);
  try {
    emu.run(name);
  } catch (error) {
    failures.push(`${name}: uncaught ${String((error as Error).message ?? error)}`);
    drainAnswers(emu);
    return;
  }
  drainAnswers(emu);
  const alerts = emu.ui.alerts.slice(n.alerts);
  for (const a of alerts) if (CRASH.test(a.prompt)) failures.push(`${name}: crash alert « ${a.prompt} »`);
  const shown = [...alerts.map((a) => a.prompt), ...emu.ui.toasts.slice(n.toasts).map((t) => t.message), ...emu.ui.dialogs.slice(n.dialogs).map((d) => `${d.title} ${d.html}`)];
  for (const text of shown) if (BROKEN_TEXT.test(text)) failures.push(`${name}: shows « ${text.match(BROKEN_TEXT)?.[0]} » in « ${text.replace(/<[^>]+>/g, ' ').slice(Math.max(0, text.search(BROKEN_TEXT) - 80), text.search(BROKEN_TEXT) + 40)} »`);
  const said = alerts.length + emu.ui.prompts.length - n.prompts + emu.ui.toasts.length - n.toasts + emu.ui.dialogs.length - n.dialogs + emu.ui.sidebars.length - n.sidebars;
  if (said === 0) failures.push(`${name}: ended silently`);
  const refused = alerts.some((a) => a.title === 'Boussole' || (answers.noWritesOnNo === true && a.answer === 'NO') || NOTHING_WRITTEN.test(a.prompt));
  const crashed = alerts.some((a) => CRASH.test(a.prompt));
  if ((refused || crashed) && writes(emu).length > 0) failures.push(`${name}: refused or failed (${alerts.map((a) => a.prompt).join(' / ').slice(0, 200)}) but wrote ${writes(emu).join(', ')}`);
}

/** Runs an RPC; it answers its documented shape or throws a French error, and a refusal writes nothing. */
function rpc(emu: Emulator, failures: string[], name: string, arg: unknown, readOnly = false): unknown {
  emu.calls.reset();
  let result: unknown;
  try {
    result = arg === undefined ? emu.run(name) : emu.run(name, arg);
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (CRASH.test(message) || !/[a-zà-ÿ]/.test(message)) failures.push(`${name}(${JSON.stringify(arg)?.slice(0, 80)}): threw « ${message} »`);
    if (writes(emu).length > 0) failures.push(`${name}: threw « ${message} » but wrote ${writes(emu).join(', ')}`);
    return undefined;
  }
  const json = JSON.stringify(result) ?? '';
  if (BROKEN_TEXT.test(json)) failures.push(`${name}: answers « ${json.slice(Math.max(0, json.search(BROKEN_TEXT) - 80), json.search(BROKEN_TEXT) + 40)} »`);
  const r = result as { ok?: unknown; message?: unknown } | null;
  if (r === null || typeof r !== 'object') failures.push(`${name}: answered ${JSON.stringify(result)}`);
  else if (r.ok === false) {
    if (typeof r.message !== 'string' || r.message === '' || CRASH.test(r.message)) failures.push(`${name}: ok:false with message ${JSON.stringify(r.message)}`);
    if (writes(emu).length > 0) failures.push(`${name}: ok:false but wrote ${writes(emu).join(', ')}`);
  }
  if (readOnly && writes(emu).length > 0) failures.push(`${name}: read-only RPC wrote ${writes(emu).join(', ')}`);
  return result;
}

/** Opens the classeur (onOpen in AuthMode.LIMITED, SPEC §3 v2): the menu, at most one toast, no write, at most 22 calls of its own. */
function greeting(emu: Emulator, failures: string[]): void {
  emu.calls.reset();
  const toasts = emu.ui.toasts.length;
  try {
    emu.trigger('onOpen', 'LIMITED');
  } catch (error) {
    failures.push(`onOpen: uncaught ${String((error as Error).message ?? error)}`);
    return;
  }
  const own = Object.entries(emu.calls.byMethod()).filter(([m]) => !/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m));
  const calls = own.reduce((sum, [, n]) => sum + n, 0);
  if (calls > 22) failures.push(`onOpen: ${calls} calls for the greeting`);
  if (writes(emu).length > 0) failures.push(`onOpen: wrote ${writes(emu).join(', ')}`);
  const shown = emu.ui.toasts.slice(toasts).map((t) => t.message);
  if (shown.length > 1) failures.push(`onOpen: ${shown.length} toasts`);
  for (const text of shown) if (BROKEN_TEXT.test(text) || !/^(☀️ Ensoleillé|🌤️ Variable|🌧️ Pluvieux|⛈️ Orageux) — /.test(text)) failures.push(`onOpen: greets « ${text} »`);
}

/** A quick-add form: valid, half valid or garbage. */
function form(rng: Rng): unknown {
  if (rng.chance(0.1)) return rng.pick([null, 'Appeler', 42, [], {}]);
  const field = (valid: unknown): unknown => (rng.chance(0.6) ? valid : garbage(rng));
  return {
    action: field('Relancer les devis'), mois: field('2026-12'), responsable: field('Léa'),
    echeance: field('2026-12-15'), budgetPrevu: field('150'), poste: field(''),
  };
}

/** Every menu action and RPC, with scripted answers where a dialog asks; returns the failures.
 * A refusal, a failure or a read-only action must make no writing call at all. */
export function runEverything(emu: Emulator, rng: Rng): string[] {
  const f: string[] = [];
  greeting(emu, f);
  menu(emu, f, 'boussoleVerifierSignaux');
  menu(emu, f, 'boussoleOuvrirPanneau');
  const panneau = rpc(emu, f, 'boussoleDonneesPanneau', undefined, true) as { semaine?: Array<{ id: string; ligne: number }>; alertes?: Array<{ cellules: string[] }> } | undefined;
  const cellules = panneau?.alertes?.[rng.int(0, 4)]?.cellules;
  rpc(emu, f, 'boussoleSelectionnerCellules', rng.chance(0.6) && cellules ? cellules : rng.pick([['Plan!H99999'], ['Plan!A0'], ['Nope!A1'], null, 'Plan!G2', ['Budget!ZZZ3']]), true);
  rpc(emu, f, 'boussoleOuvrirOnglet', rng.pick(['Plan', 'Budget', 'Nope', null, 'Tableau de bord', 'Rapport 2026-10']), true);
  menu(emu, f, 'boussoleChargerExemple');
  const month = rng.pick<Array<[string, ButtonName]>>([[['2026-10', 'OK']], [['', 'OK']], [['2026-13', 'OK'], ['2026-11', 'OK']], [['n’importe quoi', 'OK'], ['', 'CANCEL']]]);
  menu(emu, f, 'boussoleGenererRapport', { prompts: month });
  rpc(emu, f, 'boussoleGenererRapportPour', rng.pick(['2026-11', '2026-09', '2027-01']));
  rpc(emu, f, 'boussoleGenererRapportPour', rng.pick(['2026-13', '', null, 42, '<b>2026-10</b>', '11/2026', {}]));
  menu(emu, f, 'boussoleActualiserTableauDeBord');
  menu(emu, f, 'boussolePointHebdo');
  rpc(emu, f, 'boussoleEnregistrerPointHebdo', rng.chance(0.7)
    ? { date: rng.pick(['2026-11-23', '2026-11-20', garbage(rng)]), meteo: rng.pick(['🌤️ Variable', garbage(rng)]), decisions: garbage(rng), blocages: '', participants: 'Léa' }
    : rng.pick([null, 'x', 12, {}]));
  menu(emu, f, 'boussolePrioriserBacklog', { alerts: [rng.pick<ButtonName>(['YES', 'NO'])] });
  menu(emu, f, 'boussoleRepartirBudget', { alerts: [rng.pick<ButtonName>(['YES', 'NO'])], noWritesOnNo: true });
  menu(emu, f, 'boussoleFeuilleDeRouteType');
  menu(emu, f, 'boussolePlanRelance');
  rpc(emu, f, 'boussoleAjouterAction', form(rng));
  const semaine = panneau?.semaine?.[0];
  rpc(emu, f, 'boussoleChangerStatut', rng.pick([
    semaine ? { id: semaine.id, ligne: semaine.ligne, statut: 'Fait' } : { id: 'A-001', ligne: 2, statut: 'En cours' },
    { id: 'A-001', ligne: 2, statut: garbage(rng) }, { id: garbage(rng), ligne: rng.int(-2, 500), statut: 'Fait' },
    { id: 'A-999', ligne: 99999, statut: 'Bloqué' }, null, 'Fait',
  ]));
  menu(emu, f, 'boussolePartagerConsultant');
  rpc(emu, f, 'boussolePartagerAvecConsultant', rng.pick(['lecteur', 'editeur', 'admin', null]));
  rpc(emu, f, 'boussoleDonneesPanneau', undefined, true);
  menu(emu, f, 'boussoleAide');
  menu(emu, f, 'boussoleInitialiser');
  for (const tab of emu.book.sheetNames().filter((t) => t.startsWith('Rapport ') || t === 'Tableau de bord')) {
    const bad = emu.book.values(tab).flat().find((v) => typeof v === 'string' && BROKEN_TEXT.test(v));
    if (bad !== undefined) f.push(`${tab} shows « ${String(bad).slice(0, 160)} »`);
  }
  return f;
}

/**
 * One chaos run: Initialiser + Charger un exemple at TEST_NOW, the corruption of `seed`, then
 * every action; returns the failures, each prefixed by the seed and what was corrupted.
 */
export function chaosSeed(seed: number): string[] {
  const emu = loadedEmulator({ now: TEST_NOW });
  installHelpers(emu);
  emu.run('boussoleInitialiser');
  emu.run('boussoleChargerExemple');
  const rng = new Rng(seed);
  const done = corrupt(emu, rng);
  const found = runEverything(emu, rng);
  if (emu.lock.writesWithoutLock() !== 0) found.push(`${emu.lock.writesWithoutLock()} writes without lock`);
  return found.map((problem) => `seed ${seed}: ${problem}\n  after ${done.join('; ')}`);
}
