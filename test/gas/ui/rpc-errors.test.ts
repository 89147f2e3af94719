// A google.script.run call refused because several Google accounts are signed in: the sidebar and
// the dialogs show French advice (one account, or a private window) instead of the raw error.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MULTI_ACCOUNT_MESSAGE, rpcErrorMessage } from '../../../src/contract/rpc-errors';
import { seededEmulator } from '../panel/seed';

const DENIED = 'ScriptError: We\'re sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.';
const AUTH = 'ScriptError: Authorization is required to perform that action.';

describe('rpcErrorMessage (the sidebar)', () => {
  it('turns the multi-account errors into the French advice, and keeps any other message', () => {
    expect(rpcErrorMessage(new Error(DENIED))).toBe(MULTI_ACCOUNT_MESSAGE);
    expect(rpcErrorMessage({ message: AUTH })).toBe(MULTI_ACCOUNT_MESSAGE);
    expect(rpcErrorMessage(new Error('Plan!G12 : statut « Finit » inconnu'))).toBe('Plan!G12 : statut « Finit » inconnu');
    expect(MULTI_ACCOUNT_MESSAGE).toMatch(/un seul compte .* fenêtre de navigation privée/);
  });

  it('is what the bundled Panneau uses', () => {
    const html = readFileSync('dist/Panneau.html', 'utf8');
    expect(html).toMatch(/plusieurs comptes Google sont connect(é|\\xE9|\\u00e9)s dans ce navigateur/i);
  });
});

describe('boussoleErreur (the dialogs)', () => {
  const emu = seededEmulator();
  emu.book.setValues('Cadrage', 'B12', [['claire.martin@cabinet-conseil.fr']]);
  emu.run('boussolePartagerConsultant');
  const html = emu.ui.dialogs[0]?.html ?? '';

  it('is defined in the page and used by the failure handler of the sharing dialog', () => {
    const script = /<head>[\s\S]*?<script>(function boussoleErreur[\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const boussoleErreur = new Function(`${script}; return boussoleErreur;`)() as (e: unknown) => string;
    expect(boussoleErreur({ message: DENIED })).toBe(MULTI_ACCOUNT_MESSAGE);
    expect(boussoleErreur({ message: AUTH })).toBe(MULTI_ACCOUNT_MESSAGE);
    expect(boussoleErreur(new Error('Accès inconnu'))).toBe('Accès inconnu');
    expect(html).toContain('.withFailureHandler(function(e){etat.className=\'statut erreur\';etat.textContent=boussoleErreur(e);');
  });
});

describe('boussoleErreur (the meeting dialog)', () => {
  const emu = seededEmulator();
  emu.run('boussolePointHebdo');
  const html = emu.ui.dialogs.at(-1)?.html ?? '';
  const handler = /\.withFailureHandler\((function\(e\)\{[\s\S]*?\})\)\s*\.boussoleEnregistrerPointHebdo/.exec(html)?.[1] ?? '';

  it('defines boussoleErreur in its head and shows it when saving fails, the button enabled again', () => {
    const script = /<head>[\s\S]*?<script>(function boussoleErreur[\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const st = { className: '', textContent: '' };
    const b = { disabled: true };
    const run = new Function('st', 'b', `${script}; (${handler})(arguments[2]);`) as (st: unknown, b: unknown, e: unknown) => void;
    run(st, b, { message: DENIED });
    expect(st).toEqual({ className: 'statut erreur', textContent: MULTI_ACCOUNT_MESSAGE });
    expect(b.disabled).toBe(false);
    run(st, b, new Error('Verrou occupé'));
    expect(st.textContent).toBe('Verrou occupé');
  });
});
