// SPEC §2 / §6 v2: `Tableau de bord` shows the *Check-list stratégique* below its other content,
// as values that « Actualiser le tableau de bord » refreshes; the sidebar snapshot and the Aide RPC
// carry the same five lines.
import { describe, expect, it } from 'vitest';
import { DASH, exampleEmulator } from './support';

/** 1-based row of the first cell of column A reading `text`, or 0. */
const rowOf = (values: unknown[][], test: (a: string) => boolean) => values.findIndex((r) => test(String(r[0] ?? ''))) + 1;

describe('the check-list on Tableau de bord', () => {
  const emu = exampleEmulator();
  emu.run('boussoleActualiserTableauDeBord');
  const values = emu.book.values(DASH);
  const title = rowOf(values, (a) => a.startsWith('Check-list stratégique'));

  it('sits at the bottom, below every other section: title with the score, header, five lines', () => {
    // Example: Vision 33 words ✅; Points de douleur empty ❌; 2 ideas Démarrer, Plan over 12 months ✅;
    // « Campagnes d'acquisition » has two A ❌; Humain 3 300 € of 12 000 € = 27,5 % ✅.
    expect(title).toBeGreaterThan(0);
    expect(values[title - 1]?.slice(0, 1)).toEqual(['Check-list stratégique : 3/5']);
    expect(values[title]?.slice(0, 3)).toEqual(['Étape', 'État', 'Ce qui manque']);
    expect(values.slice(title + 1, title + 6).map((r) => r.slice(0, 2))).toEqual([
      ['Vision', '✅'], ['Diagnostic', '❌'], ['Priorités', '✅'], ['Gouvernance', '❌'], ['Montée en compétences', '✅']]);
    expect(values[title + 4]?.[2]).toBe('Gouvernance — sans un seul « A » : « Campagnes d\'acquisition ».');
    expect(values.length).toBe(title + 6);
    const objectifs = rowOf(values, (a) => a.startsWith('Objectifs'));
    expect(objectifs).toBeGreaterThan(0);
    expect(objectifs).toBeLessThan(title);
    expect(emu.book.formulas(DASH, `A${title}:C${title + 6}`).flat().every((f) => f === '')).toBe(true);
  });

  it('is refreshed by « Actualiser le tableau de bord »', () => {
    const douleurs = rowOf(emu.book.values('Cadrage'), (a) => a === 'Points de douleur');
    emu.book.setValues('Cadrage', `B${douleurs}`, [['Les devis se perdent entre le salon et l’atelier.']]);
    expect(emu.book.values(DASH, `A${title}`)).toEqual([['Check-list stratégique : 3/5']]);
    emu.run('boussoleActualiserTableauDeBord');
    expect(emu.book.values(DASH, `A${title}:B${title + 3}`)).toEqual([['Check-list stratégique : 4/5', ''], ['Étape', 'État'], ['Vision', '✅'], ['Diagnostic', '✅']]);
  });

  it('the sidebar snapshot and the Aide RPC give the same lines', () => {
    const snapshot = emu.run('boussoleDonneesPanneau') as { checklist: { faites: number; lignes: Array<{ etape: string; ok: boolean }> } };
    const aide = emu.run('boussoleCheckListe') as typeof snapshot.checklist;
    expect(snapshot.checklist.faites).toBe(4);
    expect(aide).toEqual(snapshot.checklist);
    expect(aide.lignes.map((l) => l.ok)).toEqual([true, true, true, false, true]);
  });
});
