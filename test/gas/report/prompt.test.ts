// The menu flow: month prompt validation (re-asked until valid, Annuler stops), then *Rapport prêt*
// with the PDF export link and the mailto to the consultant.
import { describe, expect, it } from 'vitest';
import { exampleBook, FEUILLE, MOIS } from './support';

describe('Générer le rapport mensuel (menu)', () => {
  it('re-asks on 2026-13 and nov, and stops on Annuler without writing', () => {
    const emu = exampleBook();
    emu.user.answerPrompt('2026-13', 'OK');
    emu.user.answerPrompt('nov', 'OK');
    emu.user.answerPrompt('', 'CANCEL');
    emu.run('boussoleGenererRapport');
    expect(emu.ui.prompts).toHaveLength(3);
    expect(emu.ui.prompts[0]?.prompt).toContain('laisser vide pour 2026-11');
    expect(emu.ui.prompts[1]?.prompt).toContain('« 2026-13 » n’est pas un mois valide');
    expect(emu.ui.prompts[2]?.prompt).toContain('« nov » n’est pas un mois valide');
    expect(emu.book.sheetNames().some((n) => n.startsWith('Rapport'))).toBe(false);
    expect(emu.ui.dialogs).toHaveLength(0);
  });

  it('uses the suggested month on an empty answer (previous month during days 1–7)', () => {
    const emu = exampleBook(new Date(2026, 10, 5, 9));
    emu.user.answerPrompt('', 'OK');
    emu.run('boussoleGenererRapport');
    expect(emu.book.sheetNames()).toContain(FEUILLE);
  });

  it('ends with Rapport prêt: PDF export of the tab and a mailto with subject, synthesis and tab link', () => {
    const emu = exampleBook();
    emu.user.answerPrompt(` ${MOIS} `, 'OK');
    emu.run('boussoleGenererRapport');
    const dialog = emu.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('Rapport prêt');
    const html = dialog?.html ?? '';
    const pdf = /href="([^"]*export\?format=pdf[^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(pdf).toMatch(/\/export\?format=pdf&gid=\d+&size=A4&portrait=true&fitw=true&gridlines=false/);
    expect(pdf).not.toContain('/edit');
    expect(html).toContain('target="_blank"');
    const mailto = /href="(mailto:[^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(mailto);
    expect(url.pathname).toBe('claire.dubois@conseil-exemple.fr');
    expect(url.searchParams.get('subject')).toBe('Rapport mensuel — CRM et nouveau site — octobre 2026');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Météo : ⛈️ Orageux — 57,1 % des actions du mois réalisées.');
    expect(body).toMatch(/\/edit#gid=\d+/);
    expect(emu.book.activeSheet()).toBe(FEUILLE);
  });

  it('Vérifier les signaux lists the current month’s alerts with cells and advice', () => {
    const emu = exampleBook();
    const count = emu.run('boussoleVerifierSignaux') as number;
    const dialog = emu.ui.dialogs.at(-1);
    expect(dialog?.title).toBe(`Signaux d’alerte — ${count}`);
    expect(dialog?.html).toContain('Blocage');
    expect(dialog?.html).toContain('Plan!G24');
    expect(dialog?.html).toContain('À faire :');
  });
});
