// `npm run release`: the three commands in order, the version number read from clasp's output,
// and the dry run that prints the commands and runs none (there is no Google account here).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseReleaseArgs, parseVersionNumber, releaseCommands, shellLine } from '../../scripts/release';

describe('release commands', () => {
  it('builds, pushes with -f, then creates a version with the message', () => {
    expect(releaseCommands('Boussole 1.2').map(shellLine)).toEqual(['npm run build', 'clasp push -f', "clasp version 'Boussole 1.2'"]);
  });
  it('quotes a message with an apostrophe for the shell', () => {
    expect(shellLine({ program: 'clasp', args: ['version', "L'essai"] })).toBe(`clasp version 'L'\\''essai'`);
  });
  it('reads --dry-run and the message; the default message names the package version and the day', () => {
    expect(parseReleaseArgs(['--dry-run'], '0.1.0', new Date('2026-11-30T08:00:00Z'))).toEqual({ dryRun: true, message: 'Boussole 0.1.0 (2026-11-30)' });
    expect(parseReleaseArgs(['Comité trimestriel'], '0.1.0', new Date())).toEqual({ dryRun: false, message: 'Comité trimestriel' });
    expect(() => parseReleaseArgs(['--dryrun'], '0.1.0', new Date())).toThrow('Unknown option(s): --dryrun');
  });
});

describe('parseVersionNumber', () => {
  it('reads clasp’s « Created version N » and its --json form', () => {
    expect(parseVersionNumber('Creating a new version...\nCreated version 12\n')).toBe(12);
    expect(parseVersionNumber('{\n  "versionNumber": 7\n}\n')).toBe(7);
  });
  it('fails, quoting the output, when there is no number', () => {
    expect(() => parseVersionNumber('Created version \n')).toThrow('No version number in clasp\'s output:\nCreated version');
    expect(() => parseVersionNumber('')).toThrow('(empty)');
  });
});

describe('npm run release -- --dry-run', () => {
  it('prints the three clasp/npm commands and runs none', () => {
    const result = spawnSync('npm', ['run', '--silent', 'release', '--', '--dry-run', 'Boussole 1.2 — essai'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Dry run: these commands would run, in this order:',
      '  npm run build',
      '  clasp push -f',
      "  clasp version 'Boussole 1.2 — essai'",
      'Then the version number that `clasp version` prints goes into the Marketplace SDK (App Configuration).',
      '',
    ]);
  });
});
