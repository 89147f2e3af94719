#!/usr/bin/env node
// Set-up step of `npm test`, run before vitest (plain Node, no dependency, nothing built yet).
//
// 1. Probes the tools the browser and LibreOffice tests spawn: Chromium at `CHROMIUM_PATH`
//    (default /usr/bin/chromium, as test/browser/chromium.ts), `soffice` and `pdftoppm` on PATH.
// 2. Installs the Debian packages of the missing ones (chromium, libreoffice-calc-nogui,
//    poppler-utils) with apt-get, non-interactively, when it can: root or passwordless sudo, and
//    apt-get present. Otherwise it stops at once (exit 1, before vitest) with a French and English
//    message naming the packages to install.
// 3. Runs `npm ci` when node_modules has no vitest yet.
//
// Environment:
//   BOUSSOLE_SETUP_DRY_RUN=1    probe and print the commands it would run; change nothing.
//   BOUSSOLE_SETUP_SIMULATE=…   comma-separated, for tests: `root` (act as root), `user` (act as
//                               a user; passwordless sudo is still probed), `non-root` (neither
//                               root nor passwordless sudo), `non-debian` (no apt-get).
//   BOUSSOLE_SETUP_ROOT=dir     the project whose node_modules is checked (default: this repo).
//   CHROMIUM_PATH, PATH         where Chromium, and soffice, pdftoppm, apt-get, sudo, are probed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TAG = '[test-setup]';
const env = process.env;
const ROOT = env.BOUSSOLE_SETUP_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..');
const DRY_RUN = env.BOUSSOLE_SETUP_DRY_RUN === '1';
const SIMULATE = new Set((env.BOUSSOLE_SETUP_SIMULATE ?? '').split(',').map((s) => s.trim()).filter(Boolean));
for (const s of SIMULATE) {
  if (!['root', 'user', 'non-root', 'non-debian'].includes(s)) {
    console.error(`${TAG} BOUSSOLE_SETUP_SIMULATE : valeur inconnue / unknown value « ${s} » (root, user, non-root, non-debian).`);
    process.exit(2);
  }
}

/** True when `file` is an executable regular file. */
function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable `name` in PATH's directories, or null. */
function onPath(name) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

const CHROMIUM = env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Each tool the tests spawn: how it is found, and the Debian package that provides it. */
const TOOLS = [
  { label: `chromium (${CHROMIUM})`, found: () => executable(CHROMIUM), pkg: 'chromium' },
  { label: 'soffice', found: () => onPath('soffice') !== null, pkg: 'libreoffice-calc-nogui' },
  { label: 'pdftoppm', found: () => onPath('pdftoppm') !== null, pkg: 'poppler-utils' },
];

/** Prints the French then the English message on stderr and exits 1. */
function fail(fr, en) {
  console.error(`${TAG} ${fr}\n${TAG} ${en}`);
  process.exit(1);
}

/** Runs `cmd args` (stdout dropped when `quiet`), or only prints it in dry-run; returns success. */
function run(cmd, args, { quiet = false, cwd = ROOT, extraEnv = {}, show = [cmd, ...args].join(' ') } = {}) {
  if (DRY_RUN) {
    console.log(`  ${show}`);
    return true;
  }
  console.log(`${TAG} ${show}`);
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  if (r.error) console.error(`${TAG} ${r.error.message}`);
  return r.status === 0;
}

// ---- 1. Debian packages of the missing tools.
const missing = TOOLS.filter((t) => !t.found());
if (missing.length === 0) {
  console.log(`${TAG} chromium, soffice, pdftoppm : présents / present.`);
} else {
  const names = missing.map((t) => t.label).join(', ');
  const pkgs = missing.map((t) => t.pkg);
  console.log(`${TAG} Outils manquants / missing tools: ${names}`);

  const aptGet = SIMULATE.has('non-debian') ? null : onPath('apt-get');
  const isRoot = SIMULATE.has('root') || (!SIMULATE.has('user') && !SIMULATE.has('non-root') && process.getuid?.() === 0);
  const sudo = isRoot || SIMULATE.has('non-root') ? null : onPath('sudo');
  const canSudo = sudo !== null && spawnSync(sudo, ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;

  const manual = `sudo apt-get install -y ${pkgs.join(' ')}`;
  if (aptGet === null || (!isRoot && !canSudo)) {
    const [whyFr, whyEn] = aptGet === null
      ? ['apt-get introuvable : système non Debian', 'apt-get not found: not Debian']
      : ['ni root ni sudo sans mot de passe', 'neither root nor passwordless sudo'];
    fail(
      `Tests impossibles, outils manquants : ${names}. Installation automatique impossible (${whyFr}).\n`
        + `  Installez les paquets Debian ${pkgs.join(', ')} (ou leurs équivalents hors Debian) :\n    ${manual}\n  puis relancez « npm test ».`,
      `Cannot run the tests, missing tools: ${names}. Cannot install them automatically (${whyEn}).\n`
        + `  Install the Debian packages ${pkgs.join(', ')} (or their equivalents elsewhere):\n    ${manual}\n  then run \`npm test\` again.`,
    );
  }

  // As root: apt-get with DEBIAN_FRONTEND in its environment. Through sudo, which resets the
  // environment: `sudo -n env DEBIAN_FRONTEND=noninteractive apt-get …`.
  const apt = (args) => isRoot
    ? run(aptGet, args, { quiet: true, extraEnv: { DEBIAN_FRONTEND: 'noninteractive' }, show: `DEBIAN_FRONTEND=noninteractive apt-get ${args.join(' ')}` })
    : run(sudo, ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', aptGet, ...args], { quiet: true, show: `sudo -n env DEBIAN_FRONTEND=noninteractive apt-get ${args.join(' ')}` });
  if (DRY_RUN) console.log(`${TAG} Essai à blanc, rien n'est installé ; lancerait / dry run, nothing is installed; would run:`);
  else console.log(`${TAG} Installation des paquets Debian / installing Debian packages: ${pkgs.join(' ')}`);
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...pkgs])) {
    fail(`apt-get a échoué ; installez à la main : ${manual}`, `apt-get failed; install by hand: ${manual}`);
  }
  const still = DRY_RUN ? [] : TOOLS.filter((t) => !t.found());
  if (still.length > 0) {
    const left = still.map((t) => t.label).join(', ');
    fail(`Toujours introuvable après installation : ${left} (vérifiez CHROMIUM_PATH et PATH).`,
      `Still not found after installing: ${left} (check CHROMIUM_PATH and PATH).`);
  }
}

// ---- 2. node_modules (the test script's next step is node_modules/.bin/vitest).
if (!existsSync(join(ROOT, 'node_modules', '.bin', 'vitest'))) {
  console.log(`${TAG} node_modules absent ou incomplet : npm ci / node_modules missing or incomplete: npm ci`);
  if (DRY_RUN) console.log(`${TAG} Essai à blanc ; lancerait / dry run; would run:`);
  // Under `npm test`, npm_execpath is npm's own CLI: use it with this Node rather than any npm on PATH.
  const npmCli = env.npm_execpath && env.npm_execpath.endsWith('.js') ? env.npm_execpath : null;
  const ok = npmCli
    ? run(process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund'], { show: 'npm ci --no-audit --no-fund' })
    : run('npm', ['ci', '--no-audit', '--no-fund']);
  if (!ok) fail('npm ci a échoué (voir ci-dessus).', 'npm ci failed (see above).');
}
