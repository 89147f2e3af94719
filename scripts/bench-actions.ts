// The actions `npm run bench` measures, each with the scripted answers it needs.
import type { Emulator } from '../test/emulator';

export interface BenchAction {
  readonly name: string;
  /** Runs on an empty classeur (no example) — then 1× and 10× are the same run. */
  readonly empty?: boolean;
  readonly prepare?: (emu: Emulator) => void;
  readonly run: (emu: Emulator, lastMonth: string) => unknown;
}

export const BENCH_ACTIONS: readonly BenchAction[] = [
  { name: 'onOpen (AuthMode.NONE)', empty: true, run: (emu) => emu.trigger('onOpen', 'NONE') },
  { name: 'boussoleInitialiser (new classeur)', empty: true, run: (emu) => emu.run('boussoleInitialiser') },
  { name: 'boussoleInitialiser (existing classeur)', run: (emu) => emu.run('boussoleInitialiser') },
];
