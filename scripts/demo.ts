// `npm run demo`: runs the built add-on in the emulator on a new classeur and writes the result
// where a person can open it (out/demo/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createEmulator } from '../test/emulator';

const OUT = path.resolve('out', 'demo');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const emu = createEmulator({ now: new Date() });
  emu.loadBundle();
  emu.run('boussoleInitialiser');
  console.log(`Initialiser : ${emu.ui.toasts.at(-1)?.message ?? ''}`);
  const xlsx = path.join(OUT, 'boussole-exemple.xlsx');
  await emu.saveXlsx(xlsx);
  console.log(`Classeur : ${xlsx}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
