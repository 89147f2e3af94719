// SPEC §4 v2 through the bundle: « Préparer le point hebdo » opens one dialog for every ritual of
// Gouvernance, each with its own agenda; the sidebar's RPC opens it on one ritual. Reads only.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { example, inputSnapshot, textOf } from '../../acceptance/support';
import { initialisedWorkbook } from './scenarios';

/** The agenda section of one ritual in the dialog: its attributes, whether hidden, and its text. */
function section(html: string, rituel: string): { hidden: boolean; text: string; html: string } {
  const all = [...html.matchAll(/<section class="agenda"[^>]*>[\s\S]*?<\/section>/g)].map((m) => m[0]);
  const found = all.find((s) => s.includes(`data-rituel="${rituel.replace(/'/g, '&#39;')}"`)) ?? '';
  const text = textOf(found).replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { hidden: /^<section[^>]* hidden>/.test(found), text, html: found };
}

/** The options of the ritual selector: [label, selected]. */
const selector = (html: string) => [...(/<select id="rituel"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '').matchAll(/<option value="\d+"( selected)?>([^<]+)<\/option>/g)]
  .map((m) => [m[2], m[1] === ' selected']);

describe('the meeting dialog on the example (Monday 23/11/2026, October report, comité tab of 2026-T4)', () => {
  const emu: Emulator = example();
  emu.run('boussoleGenererRapportPour', '2026-10');
  emu.book.addSheet('Comité 2026-T4');
  const before = inputSnapshot(emu);
  emu.ui.dialogs.length = 0;
  emu.run('boussolePointHebdo');
  const html = emu.ui.dialogs[0]?.html ?? '';
  const gidOf = (s: string) => /#gid=(\d+)"/.exec(s)?.[1];

  it('offers the five default rituals in a selector, Point hebdo selected and the only agenda shown', () => {
    expect(emu.ui.dialogs[0]?.title).toBe('Préparer le point hebdo');
    expect(selector(html)).toEqual([['Point hebdo', true], ['Revue mensuelle', false], ['Comité trimestriel', false], ['Point d&#39;information équipe', false], ['Contrôle d&#39;adoption J+30', false]]);
    expect(['Point hebdo', 'Revue mensuelle', 'Comité trimestriel', 'Point d\'information équipe', 'Contrôle d\'adoption J+30']
      .map((r) => section(html, r).hidden)).toEqual([false, true, true, true, true]);
  });

  it('point hebdo: 5 / 15 / 10 minutes, with the week’s actions and problems', () => {
    const { text } = section(html, 'Point hebdo');
    expect(text).toMatch(/^Point hebdo du 23\/11\/2026 — 30 min 1\. Météo \(5 min\) Météo du projet : ⛈️ Orageux 2\. Actions \(15 min\)/);
    expect(text).toContain('Bloquées (2) A-023 — Intégrer les formulaires du site au CRM');
    expect(text).toContain('3. Problèmes à résoudre (10 min) Bloquées ou en retard (3)');
  });

  it('revue mensuelle: the last report’s link and its « Décisions à prendre » as a checklist to answer', () => {
    const s = section(html, 'Revue mensuelle');
    expect(s.text).toContain('Revue mensuelle du 10/12/2026 — 60 min 1. Relire le rapport (10 min) Le dernier rapport : onglet « Rapport 2026-10 »');
    expect(s.html).toMatch(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"/]+\/edit#gid=\d+" target="_blank"/);
    // October: blocked, Salon de l’habitat 1 420 € for 900 € planned (+57,8 %).
    expect([...s.html.matchAll(/<li class="point" data-question="([^"]+)">/g)].map((m) => m[1])).toEqual([
      'Débloquer « Intégrer les formulaires du site au CRM » (Karim Haddad) : quelle décision, qui la prend ?',
      'Débloquer « Importer l&#39;historique des devis » (Nadia Benali) : quelle décision, qui la prend ?',
      'Poste « Salon de l&#39;habitat » : 1 420 € dépensés pour 900 € prévus (+57,8 %) — accepter, réallouer ou arrêter ?',
    ]);
    expect(s.html.match(/type="checkbox" class="point-fait"/g)).toHaveLength(3);
    expect(s.text).toContain('3. Mois prochain (15 min) Actions prévues en janvier 2027 (2)');
  });

  it('comité trimestriel: a link to its tab « Comité 2026-T4 »', () => {
    const s = section(html, 'Comité trimestriel');
    expect(s.text).toMatch(/^Comité trimestriel du 15\/12\/2026 — 120 min 1\. Le trimestre en une page \(15 min\) La page du comité : onglet « Comité 2026-T4 »/);
    expect(s.text).toContain('4. Réorientations à décider (45 min)');
    expect(gidOf(s.html)).toMatch(/^\d+$/);
    expect(gidOf(s.html)).not.toBe(gidOf(section(html, 'Revue mensuelle').html));
  });

  it('point d’information équipe: a 15-minute agenda (3 + 5 + 4 + 3)', () => {
    const { text } = section(html, 'Point d\'information équipe');
    expect(text).toMatch(/^Point d'information équipe du \d\d\/\d\d\/\d{4} — 15 min 1\. Le cap \(3 min\) Vision à 3 ans : Devenir la menuiserie de référence/);
    expect(text).toMatch(/2\. Ce qui a été fait \(5 min\).*3\. Ce qui arrive \(4 min\).*4\. Questions et retours \(3 min\)/);
  });

  it('contrôle d’adoption J+30: the daily users and a number field for those who use the tool each week', () => {
    const s = section(html, 'Contrôle d\'adoption J+30');
    expect(s.text).toContain('1. Qui utilise l’outil chaque semaine ? (10 min) Utilisateurs au quotidien (Cadrage) : Nadia Benali (commerciale), Julien Moreau (chef de projet), Thomas Girard (atelier)');
    expect(s.html).toMatch(/<input type="number" id="actifs-4" class="actifs" min="0"[^>]*> <span class="muted">sur 3<\/span>/);
    expect(s.text).toContain('2. Ce qui les bloque (15 min)');
  });

  it('every section says what saving does to its Prochaine date; the form asks moral and feedback with the backlog box', () => {
    expect(section(html, 'Point hebdo').html).toContain('data-note="En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E14)\u00a0: 30/11/2026 (au lieu du 23/11/2026)."');
    expect(section(html, 'Contrôle d\'adoption J+30').html).toContain('ne changera pas\u00a0: rituel unique\u00a0: sa date ne change pas.');
    expect(textOf(html)).toContain('En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E14) : 30/11/2026 (au lieu du 23/11/2026). Enregistrer dans le Journal');
    expect(html).toContain('<select id="c-moral" name="moral"><option value="">— non noté —</option><option value="1">1 — équipe démotivée</option>');
    expect(textOf(html)).toMatch(/Ce qui marche Ce qui coince Ce qui manque Ajouter ce qui coince et ce qui manque au backlog/);
  });

  it('writes nothing', () => {
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('the sidebar RPC opens it on one ritual, any spelling; an unknown ritual gets a French message and no dialog', () => {
    const n = emu.ui.dialogs.length;
    expect(emu.run('boussoleOuvrirRituel', 'revue MENSUELLE')).toEqual({ ok: true, message: 'Revue mensuelle du 10/12/2026 préparé.' });
    const opened = emu.ui.dialogs[n];
    expect(opened?.title).toBe('Préparer : revue MENSUELLE');
    expect(opened?.html).toContain('<option value="1" selected>Revue mensuelle</option>');
    expect(section(opened?.html ?? '', 'Revue mensuelle').hidden).toBe(false);
    expect(() => emu.run('boussoleOuvrirRituel', 'Séminaire')).toThrow(/^Rituel « Séminaire » inconnu — attendu : Point hebdo, Revue mensuelle, /);
    expect(emu.ui.dialogs).toHaveLength(n + 1);
  });
});

describe('the meeting dialog on a Gouvernance without its rituals table', () => {
  const emu = initialisedWorkbook();
  emu.book.setValues('Gouvernance', 'A13', [['Rituels (supprimés)']]);
  emu.run('boussolePointHebdo');
  const html = emu.ui.dialogs[0]?.html ?? '';

  it('offers the five default rituals, says why no date will move, and no report yet', () => {
    expect(selector(html)).toHaveLength(5);
    expect(textOf(html)).toContain('Gouvernance n’a pas de tableau des rituels (une ligne « Rituel » en colonne A) : les cinq rituels par défaut sont proposés');
    expect(section(html, 'Revue mensuelle').text).toContain('Aucun rapport mensuel dans ce classeur : lancez Extensions › Boussole › Générer le rapport mensuel avant la revue.');
    expect(section(html, 'Comité trimestriel').text).toContain('Aucun onglet « Comité 2026-T4 » : lancez Extensions › Boussole › Préparer le comité trimestriel avant la réunion.');
  });
});

describe('a ritual named like HTML', () => {
  const emu = initialisedWorkbook();
  const name = '<img src=x onerror=alert(1)>';
  emu.book.setValues('Gouvernance', 'A19', [[name, 'hebdomadaire', 20, '"Léa" <b>', new Date(2026, 10, 24)]]);
  emu.run('boussoleOuvrirRituel', name);
  const html = emu.ui.dialogs[0]?.html ?? '';

  it('is escaped everywhere in the dialog, selected, and saved under its own name', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<option value="5" selected>&lt;img src=x onerror=alert(1)&gt;</option>');
    expect(html).toContain('data-participants="&quot;Léa&quot; &lt;b&gt;"');
    const r = emu.run('boussoleEnregistrerPointHebdo', { rituel: name, date: '2026-11-24', meteo: '🌤️ Variable', decisions: '', blocages: '', participants: '' }) as { ok: boolean };
    expect(r.ok).toBe(true);
    expect(emu.book.values('Journal', 'B2')).toEqual([[name]]);
    expect(emu.book.values('Gouvernance', 'E19')).toEqual([[new Date(2026, 11, 1)]]);
  });
});
