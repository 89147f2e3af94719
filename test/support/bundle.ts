// Test helper: a fresh emulator with the real dist/Code.js (or an inline test script) loaded.
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator';

/** 2026-11-23 10:00 Paris: the date every end-to-end test runs at unless it says otherwise. */
export const TEST_NOW = new Date(2026, 10, 23, 10, 0, 0);

/** A fresh emulator built with `options`, running `code` (an inline script) or else dist/Code.js. */
export function loadedEmulator(options: EmulatorOptions = {}, code?: string): Emulator {
  const emu = createEmulator(options);
  emu.loadBundle(code);
  return emu;
}

/** A fresh emulator running dist/Code.js at `now` (TEST_NOW unless said otherwise). */
export function bundleEmulator(now: Date = TEST_NOW): Emulator {
  return loadedEmulator({ now });
}
