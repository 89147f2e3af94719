// Acceptance helpers: the real dist/Code.js in the emulator, on a blank classeur or on the example,
// and user-side views (dialog text without tags, snapshots of the input tabs).
import type { Emulator } from '../emulator';
import { loadedEmulator } from '../support/bundle';

/** The eight input tabs of SPEC §2 (written literally, not imported from src/). */
export const INPUT = ['Cadrage', 'Objectifs', 'Mesures', 'Backlog', 'Plan', 'Budget', 'Gouvernance', 'Journal'];

/** Monday 23 November 2026, 10:00 Paris. */
export const LUNDI = new Date(2026, 10, 23, 10);

/** The bundle loaded, Initialiser run, at `now`. */
export function blank(now: Date = LUNDI): Emulator {
  const emu = loadedEmulator({ now });
  emu.run('boussoleInitialiser');
  emu.ui.toasts.length = 0;
  return emu;
}

/** Initialiser then Charger un exemple, UI logs emptied. */
export function example(now: Date = LUNDI): Emulator {
  const emu = blank(now);
  emu.run('boussoleChargerExemple');
  if (emu.ui.alerts.length > 0) throw new Error(`Unexpected alert: ${emu.ui.alerts[0]?.prompt}`);
  emu.ui.toasts.length = 0;
  return emu;
}

/** Everything stored in the input tabs (values, formulas, formats, rules…), for before/after. */
export function inputSnapshot(emu: Emulator): unknown {
  return INPUT.map((tab) => emu.book.snapshot(tab));
}

/** Visible text of an HTML page: no style/script, tags removed, spaces collapsed. */
export function textOf(html: string | undefined): string {
  return (html ?? '').replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The last toast's message. */
export const lastToast = (emu: Emulator): string | undefined => emu.ui.toasts[emu.ui.toasts.length - 1]?.message;

/** First 1-based row of `tab` whose column `col` (0-based) equals `text`. */
export function rowOf(emu: Emulator, tab: string, text: string, col = 0): number {
  const i = emu.book.values(tab).findIndex((r) => r[col] === text);
  if (i < 0) throw new Error(`${text} not found in ${tab}`);
  return i + 1;
}
