// The classeur the screenshots show: the example PME, last month's report, and — when the add-on
// in dist/ has them — this quarter's committee tab and the consultant's portfolio. Each optional
// step is run only if its global exists; a step that throws is reported, never hidden.
import type { Emulator } from '../../test/emulator/index';
import { addClient, CLIENTS } from '../../test/gas/portfolio/clients';
import { exampleSetup } from '../preview';

/** `AAAA-MM` of the month before `now`. */
export function previousMonth(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** `AAAA-Tn` of the quarter of `now`. */
export function quarterOf(now: Date): string {
  return `${now.getFullYear()}-T${Math.floor(now.getMonth() / 3) + 1}`;
}

/** `AAAA-Tn` of the last complete quarter before `now` (the committee a PME holds in its first weeks). */
export function lastQuarter(now: Date): string {
  return quarterOf(new Date(now.getFullYear(), now.getMonth() - 3, 1));
}

/** Three fictional clients in their own books, their links pasted in Portefeuille and access allowed. */
function fillPortfolio(emu: Emulator, now: Date): void {
  const consultant = emu.book;
  const clients = [CLIENTS.exemple, CLIENTS.soleil, CLIENTS.orage].map((variant) => addClient(emu, variant, now));
  emu.activate(consultant);
  consultant.setValues('Portefeuille', 'A2:A4', clients.map((c) => [c.url]));
  for (const client of clients) emu.allowImport(consultant, client);
}

/** One setup step: the global it calls and its arguments. */
interface Step { fn: string; args: unknown[] }

/** Fills the emulated classeur; returns the problems of optional steps (empty when all ran). */
export function screenshotClasseur(emu: Emulator, now: Date): string[] {
  exampleSetup(emu);
  emu.run('boussoleGenererRapportPour', previousMonth(now));
  const optional: Step[] = [
    { fn: 'boussoleComiteTrimestrielPour', args: [lastQuarter(now)] },
    { fn: 'boussolePortefeuille', args: [] },
  ];
  const problems: string[] = [];
  for (const step of optional) {
    if (!emu.globalNames().includes(step.fn)) {
      problems.push(`${step.fn} is not in dist/Code.js yet`);
      continue;
    }
    try {
      emu.run(step.fn, ...step.args);
    } catch (error) {
      problems.push(`${step.fn}(${step.args.map((a) => JSON.stringify(a)).join(', ')}) threw: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (emu.book.hasSheet('Portefeuille')) fillPortfolio(emu, now);
  return problems;
}
