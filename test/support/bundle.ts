// Test helper: a fresh emulator with the real dist/Code.js loaded, at a fixed date.
import { createEmulator, type Emulator } from '../emulator';

/** 2026-11-23 10:00 Paris: the date every end-to-end test runs at unless it says otherwise. */
export const TEST_NOW = new Date(2026, 10, 23, 10, 0, 0);

export function bundleEmulator(now: Date = TEST_NOW): Emulator {
  const emu = createEmulator({ now });
  emu.loadBundle();
  return emu;
}
