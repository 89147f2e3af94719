// scripts/test-setup.mjs, the set-up step of `npm test`, run in a child process with a sandboxed
// PATH (and CHROMIUM_PATH) that hides chromium, soffice and pdftoppm. Its apt-get is a stub in
// the sandbox, so no run here can install anything on the machine.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/test-setup.mjs', import.meta.url));
const ALL = 'chromium libreoffice-calc-nogui poppler-utils';

/** An empty directory to serve as the whole PATH, with the given executable shell scripts in it. */
function sandbox(scripts: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-setup-'));
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

/** Runs the set-up script with PATH = `dir` only, Chromium probed at `dir/chromium`, and `env`. */
function setup(dir: string, env: Record<string, string>): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT], {
    env: { PATH: dir, CHROMIUM_PATH: join(dir, 'chromium'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm test set-up (scripts/test-setup.mjs)', () => {
  it('dry run: detects chromium, soffice and pdftoppm missing and names the apt-get install it would run', () => {
    const dir = sandbox({ 'apt-get': 'exit 1' });
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_DRY_RUN: '1', BOUSSOLE_SETUP_SIMULATE: 'root' });
    expect(code, out).toBe(0);
    expect(out).toContain(`missing tools: chromium (${join(dir, 'chromium')}), soffice, pdftoppm`);
    expect(out).toContain('dry run, nothing is installed; would run:');
    expect(out).toContain('DEBIAN_FRONTEND=noninteractive apt-get update -qq');
    expect(out).toContain(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${ALL}`);
  });

  it('dry run: asks only for the packages of the tools that are missing', () => {
    const dir = sandbox({ 'apt-get': 'exit 1', soffice: 'exit 0', chromium: 'exit 0' });
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_DRY_RUN: '1', BOUSSOLE_SETUP_SIMULATE: 'root' });
    expect(code, out).toBe(0);
    expect(out).toContain('missing tools: pdftoppm\n');
    expect(out).toMatch(/apt-get install -y -qq poppler-utils\n/);
  });

  it('dry run through passwordless sudo: prefixes the commands with sudo -n env', () => {
    const dir = sandbox({ 'apt-get': 'exit 1', sudo: '[ "$*" = "-n true" ]' });
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_DRY_RUN: '1', BOUSSOLE_SETUP_SIMULATE: 'user' });
    expect(code, out).toBe(0);
    expect(out).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq');
    expect(out).toContain(`sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${ALL}`);
  });

  it('installs for real with apt-get (a sandbox stub that provides the tools), then finds them', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'apt-get'), [
      '#!/bin/sh',
      `echo "DEBIAN_FRONTEND=$DEBIAN_FRONTEND $*" >> ${dir}/apt.log`,
      `if [ "$1" = install ]; then for t in chromium soffice pdftoppm; do echo '#!/bin/sh' > ${dir}/$t; /bin/chmod 755 ${dir}/$t; done; fi`,
    ].join('\n'));
    chmodSync(join(dir, 'apt-get'), 0o755);
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_SIMULATE: 'root' });
    expect(code, out).toBe(0);
    expect(readFileSync(join(dir, 'apt.log'), 'utf8')).toBe(`DEBIAN_FRONTEND=noninteractive update -qq\nDEBIAN_FRONTEND=noninteractive install -y -qq ${ALL}\n`);
    expect(setup(dir, {}).out).toContain('chromium, soffice, pdftoppm : présents / present.');
  });

  it('stops with a French and English message naming the packages when apt-get fails', () => {
    const dir = sandbox({ 'apt-get': 'exit 100' });
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_SIMULATE: 'root' });
    expect(code, out).toBe(1);
    expect(out).toContain(`apt-get a échoué ; installez à la main : sudo apt-get install -y ${ALL}`);
    expect(out).toContain(`apt-get failed; install by hand: sudo apt-get install -y ${ALL}`);
  });

  it.each([
    ['not root, no passwordless sudo', { 'apt-get': 'exit 1' }, 'non-root', 'ni root ni sudo sans mot de passe', 'neither root nor passwordless sudo'],
    ['a user whose sudo asks a password', { 'apt-get': 'exit 1', sudo: 'exit 1' }, 'user', 'ni root ni sudo sans mot de passe', 'neither root nor passwordless sudo'],
    ['not Debian (no apt-get on PATH)', {}, 'root', 'apt-get introuvable : système non Debian', 'apt-get not found: not Debian'],
    ['not Debian (simulated)', { 'apt-get': 'exit 1' }, 'root,non-debian', 'apt-get introuvable : système non Debian', 'apt-get not found: not Debian'],
  ])('%s: exits non-zero at once, in French and English, naming the packages', (_, scripts, simulate, whyFr, whyEn) => {
    const dir = sandbox(scripts);
    // No dry run: the real path must stop before running anything.
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_SIMULATE: simulate });
    expect(code, out).toBe(1);
    expect(out).toContain(`Tests impossibles, outils manquants : chromium (${join(dir, 'chromium')}), soffice, pdftoppm.`);
    expect(out).toContain(`Installation automatique impossible (${whyFr}).`);
    expect(out).toContain('Installez les paquets Debian chromium, libreoffice-calc-nogui, poppler-utils');
    expect(out).toContain(`Cannot run the tests, missing tools: chromium (${join(dir, 'chromium')}), soffice, pdftoppm.`);
    expect(out).toContain(`Cannot install them automatically (${whyEn}).`);
    expect(out).toContain('Install the Debian packages chromium, libreoffice-calc-nogui, poppler-utils');
    expect(out).toContain(`sudo apt-get install -y ${ALL}`);
    expect(out).not.toContain('would run');
  });

  it('dry run: says it would run npm ci when node_modules has no vitest', () => {
    const dir = sandbox({ chromium: 'exit 0', soffice: 'exit 0', pdftoppm: 'exit 0' });
    const { code, out } = setup(dir, { BOUSSOLE_SETUP_DRY_RUN: '1', BOUSSOLE_SETUP_ROOT: mkdtempSync(join(tmpdir(), 'boussole-noroot-')) });
    expect(code, out).toBe(0);
    expect(out).toContain('node_modules missing or incomplete: npm ci');
    expect(out).toContain('  npm ci --no-audit --no-fund');
  });

  it('rejects an unknown simulation', () => {
    const { code, out } = setup(sandbox(), { BOUSSOLE_SETUP_SIMULATE: 'windows' });
    expect(code, out).toBe(2);
    expect(out).toContain('unknown value « windows »');
  });
});
