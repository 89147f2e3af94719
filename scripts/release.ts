// `npm run release -- ["message"] [--dry-run]`: builds dist/, pushes it to the Apps Script project
// of .clasp.json (`clasp push -f`), creates an immutable version (`clasp version "message"`) and
// prints the version number to enter in the Marketplace SDK (App Configuration › Sheets add-on
// extension › version). `--dry-run` prints the commands and runs none (no Google account needed).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One command of the release: the program and its arguments. */
export interface Command { program: string; args: string[] }

/** The release's options, read from the command line. */
export interface ReleaseOptions { dryRun: boolean; message: string }

/** `--dry-run` anywhere; the first other argument is the version's description. */
export function parseReleaseArgs(argv: readonly string[], packageVersion: string, today: Date): ReleaseOptions {
  const rest = argv.filter((a) => a !== '--dry-run');
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (unknown.length > 0) throw new Error(`Unknown option(s): ${unknown.join(' ')} (expected --dry-run and an optional message).`);
  const day = today.toISOString().slice(0, 10);
  return { dryRun: argv.includes('--dry-run'), message: rest[0] ?? `Boussole ${packageVersion} (${day})` };
}

/** The three commands, in order. */
export function releaseCommands(message: string): Command[] {
  return [
    { program: 'npm', args: ['run', 'build'] },
    { program: 'clasp', args: ['push', '-f'] },
    { program: 'clasp', args: ['version', message] },
  ];
}

/** A command as one would type it in a shell (arguments with spaces or quotes are quoted). */
export function shellLine(command: Command): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return [command.program, ...command.args].map(quote).join(' ');
}

/** The version number in `clasp version`'s output: `Created version 7`, or `{"versionNumber": 7}` with --json. */
export function parseVersionNumber(output: string): number {
  const text = output.match(/Created version (\d+)/) ?? output.match(/"versionNumber"\s*:\s*(\d+)/);
  if (!text?.[1]) throw new Error(`No version number in clasp's output:\n${output.trim() || '(empty)'}`);
  return Number(text[1]);
}

/** Refuses to push when .clasp.json still holds the placeholder script id. */
function checkScriptId(): void {
  const { scriptId } = JSON.parse(readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as { scriptId?: string };
  if (!scriptId || scriptId.startsWith('REPLACE_')) {
    throw new Error('.clasp.json has no script id: put the Apps Script project\'s id in "scriptId" (README, section Publier).');
  }
}

/** Runs one command from the repository root (clasp from node_modules/.bin); returns its output. */
function run(command: Command): string {
  const program = command.program === 'clasp' ? path.join(ROOT, 'node_modules', '.bin', 'clasp') : command.program;
  const result = spawnSync(program, command.args, { cwd: ROOT, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) throw new Error(`${shellLine(command)} failed (exit ${result.status ?? result.signal}).`);
  return result.stdout ?? '';
}

/** The whole release; returns the version number (undefined in a dry run). */
export function release(options: ReleaseOptions, log: (line: string) => void = console.log): number | undefined {
  const commands = releaseCommands(options.message);
  if (options.dryRun) {
    log('Dry run: these commands would run, in this order:');
    for (const command of commands) log(`  ${shellLine(command)}`);
    log('Then the version number that `clasp version` prints goes into the Marketplace SDK (App Configuration).');
    return undefined;
  }
  checkScriptId();
  let output = '';
  for (const command of commands) output = run(command);
  const version = parseVersionNumber(output);
  log(`Version ${version}: enter ${version} in the Marketplace SDK, App Configuration › Sheets add-on extension › version, then Save.`);
  return version;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    release(parseReleaseArgs(process.argv.slice(2), version, new Date()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
