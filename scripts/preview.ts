// `npm run preview`: a local web server (127.0.0.1 only) that runs dist/Code.js in the emulator
// on the example classeur and serves the real sidebars beside the emulated tabs, with
// google.script.run bridged over HTTP (POST /rpc → emu.run). Also used by the browser tests.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Emulator } from '../test/emulator/index';
import { loadedEmulator } from '../test/support/bundle';
import { PREVIEW_PAGE } from './preview-parts/page';
import { withShim } from './preview-parts/shim';
import { workbookJson } from './preview-parts/workbook';

/** Options of startPreview. */
export interface PreviewOptions {
  port?: number;
  now?: Date;
  distDir?: string;
  /** Fills the emulated classeur; default: Initialiser then Charger un exemple, as a user would. */
  setup?: (emu: Emulator) => void;
}

/** The default classeur: the example PME, loaded through the menu actions themselves. */
export function exampleSetup(emu: Emulator): void {
  emu.run('boussoleInitialiser');
  emu.run('boussoleChargerExemple');
}
/** A running preview: its URL, a way to stop it, and the emulator behind it. */
export interface Preview { url: string; close(): Promise<void>; emu: Emulator }

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BODY = 1_000_000;
/** Only the add-on's public globals can be called over HTTP (SPEC §3: not ending with `_`). */
const RPC_NAME = /^boussole[A-Za-z0-9]*[A-Za-z0-9]$/;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Requête trop volumineuse.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** POST /rpc {name, args} → {ok, value} | {ok: false, error}: the French message the sidebar shows. */
async function rpc(emu: Emulator, req: IncomingMessage, res: ServerResponse, selection: string[]): Promise<void> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON attendu.');
  const { name, args } = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
  if (typeof name !== 'string' || !RPC_NAME.test(name) || !Array.isArray(args)) return send(res, 400, 'text/plain', 'Appel invalide.');
  try {
    const value = emu.run(name, ...args);
    if (name === 'boussoleSelectionnerCellules' && Array.isArray(args[0])) selection.splice(0, selection.length, ...args[0].map(String));
    send(res, 200, 'application/json', JSON.stringify({ ok: true, value: value ?? null }));
  } catch (error) {
    send(res, 200, 'application/json', JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  }
}

/** Starts the preview on the example classeur; port 0 picks a free port. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const distDir = options.distDir ?? path.join(ROOT, 'dist');
  const emu = loadedEmulator({ now: options.now ?? new Date(), userEmail: 'gerante@menuiserie-lambert.fr', distDir });
  (options.setup ?? exampleSetup)(emu);
  const selection: string[] = [];
  const sidebar = async (name: string) => withShim(await readFile(path.join(distDir, `${name}.html`), 'utf8'));
  const server = createServer((req, res) => {
    const host = String(req.headers.host ?? '');
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(res, 403, 'text/plain', 'Aperçu local uniquement.');
    if (req.method === 'POST' && req.headers.origin !== undefined && req.headers.origin !== `http://${host}`) {
      return send(res, 403, 'text/plain', 'Origine refusée.');
    }
    const route = `${req.method} ${(req.url ?? '/').split('?')[0]}`;
    const handle = async (): Promise<void> => {
      switch (route) {
        case 'GET /': return send(res, 200, 'text/html', PREVIEW_PAGE);
        case 'GET /panneau': return send(res, 200, 'text/html', await sidebar('Panneau'));
        case 'GET /aide': return send(res, 200, 'text/html', await sidebar('Aide'));
        case 'GET /favicon.ico': return send(res, 204, 'text/plain', '');
        case 'GET /api/classeur': return send(res, 200, 'application/json', JSON.stringify(workbookJson(emu, selection)));
        case 'POST /rpc': return rpc(emu, req, res, selection);
        default: return send(res, 404, 'text/plain', 'Introuvable.');
      }
    };
    handle().catch((error: unknown) => send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error)));
  });
  const port = options.port ?? Number(process.env.PORT ?? 8787);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url, close, emu };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const preview = await startPreview();
  console.log(`Boussole — aperçu local : ${preview.url}  (Ctrl+C pour arrêter)`);
}
