// The five planning actions through the real bundle in the emulator, from the menu, with
// scripted answers: exact rows written, formulas kept, other tabs untouched, lock held.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { seedBacklog, seedBudget, seedCadrage, seedPlan, seedRituals, initialisedWorkbook } from './scenarios';
import { lastToast } from '../../acceptance/support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const TABS = ['Cadrage', 'Objectifs', 'Mesures', 'Backlog', 'Plan', 'Budget', 'Gouvernance', 'Journal', 'Tableau de bord'];

/** Snapshots of every tab but `changed` — stored content, formats, rules… not the computed values,
 * since the dashboard's formulas legitimately recompute — to prove nothing else moved. */
const others = (emu: Emulator, changed: string[]) => TABS.filter((t) => !changed.includes(t)).map((t) => {
  const { values: _computed, ...stored } = emu.book.snapshot(t) as Record<string, unknown>;
  return stored;
});

describe('menu', () => {
  it('lists the five actions in SPEC §3 order', () => {
    const emu = initialisedWorkbook();
    emu.trigger('onOpen', 'NONE');
    const items = JSON.stringify(emu.ui.menus);
    const order = ['Préparer le point hebdo', 'Prioriser le backlog', 'Répartir le budget selon la maturité', 'Ajouter la feuille de route 12 mois type', 'Lancer un plan de relance 8 semaines'];
    const at = order.map((label) => items.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('boussolePrioriserBacklog', () => {
  const emu = initialisedWorkbook();
  seedBacklog(emu);
  const before = others(emu, ['Backlog', 'Plan']);
  emu.user.answerAlert('YES');
  const message = emu.run('boussolePrioriserBacklog');

  it('sorts whole rows by Score (ties keep order), assigns B-004… and keeps the array formulas', () => {
    // scores 50, 69, 25, 100, 50, 69 → rows 5 (100), 3 (69), 7 (69), 2 (50), 6 (50), 4 (25)
    expect(emu.book.values('Backlog', 'A2:B7')).toEqual([
      ['B-006', 'Chatbot'], ['B-003', 'Newsletter mensuelle'], ['B-007', 'Automatiser les devis'],
      ['B-004', 'Refaire la page contact'], ['B-001', 'Fichier clients'], ['B-005', '=HYPERLINK("x")'],
    ]);
    expect(emu.book.formulas('Backlog', 'B7')[0]?.[0]).toBe(''); // user text stayed text
    expect(emu.book.values('Backlog', 'J2:K7').map((r) => r[0])).toEqual([100, 69, 69, 50, 50, 25]);
    expect(emu.book.formulas('Backlog', 'J2:K2')[0]).toEqual(['=BOUSSOLE_SCORE(E2:E,F2:F,G2:G)', '=BOUSSOLE_QUADRANT(H2:H,I2:I)']);
  });

  it('after YES, schedules 3 per month from December and fills Décision / Mois prévu', () => {
    expect(emu.ui.alerts[0]?.prompt).toContain('B-003 Newsletter mensuelle (score 69) → décembre 2026');
    expect(emu.ui.alerts[0]?.prompt).toContain('B-005 =HYPERLINK("x") (score 25) → janvier 2027');
    const plan = emu.book.values('Plan', 'A2:N5').map((r) => [r[0], r[1], r[3], r[6], r[13]]);
    expect(plan).toEqual([
      ['A-001', d(2026, 12, 1), 'Newsletter mensuelle', 'À faire', 'B-003'],
      ['A-002', d(2026, 12, 1), 'Automatiser les devis', 'À faire', 'B-007'],
      ['A-003', d(2026, 12, 1), 'Refaire la page contact', 'À faire', 'B-004'],
      ['A-004', d(2027, 1, 1), '=HYPERLINK("x")', 'À faire', 'B-005'],
    ]);
    expect(emu.book.formulas('Plan', 'D5')[0]?.[0]).toBe('');
    // B-001's month was typed as text « 2026-12 »: it moved with its row and stayed text
    expect(emu.book.values('Backlog', 'L2:M7')).toEqual([
      ['', ''], ['Démarrer', d(2026, 12, 1)], ['Démarrer', d(2026, 12, 1)], ['Démarrer', d(2026, 12, 1)], ['', '2026-12'], ['Démarrer', d(2027, 1, 1)],
    ]);
    expect(message).toBe('Backlog trié par score (6 idées, 4 ID attribués) ; 4 actions ajoutées au Plan (A-001 à A-004).');
    expect(lastToast(emu)).toBe(message);
  });

  it('touches no other tab and writes only under the lock', () => {
    expect(others(emu, ['Backlog', 'Plan'])).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('changes nothing the second time', () => {
    const snap = [emu.book.snapshot('Backlog'), emu.book.snapshot('Plan')];
    const alerts = emu.ui.alerts.length;
    expect(emu.run('boussolePrioriserBacklog')).toBe('Backlog déjà trié par score ; aucune nouvelle idée à démarrer à planifier.');
    expect([emu.book.snapshot('Backlog'), emu.book.snapshot('Plan')]).toEqual(snap);
    expect(emu.ui.alerts.length).toBe(alerts);
  });

  it('on NO, sorts but schedules nothing', () => {
    const no = initialisedWorkbook();
    seedBacklog(no);
    no.user.answerAlert('NO');
    expect(no.run('boussolePrioriserBacklog')).toBe('Backlog trié par score (6 idées, 4 ID attribués) ; aucune idée planifiée (réponse Non).');
    expect(no.book.values('Plan', 'A2:N2')[0]?.every((c) => c === '')).toBe(true);
    expect(no.book.values('Backlog', 'L3:M3')).toEqual([['', '']]);
  });
});

describe('boussoleRepartirBudget', () => {
  it('creates the five starter postes on an empty Budget for 1 000 € Débutante', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Débutante', 1000);
    const before = others(emu, ['Budget']);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    const prompt = emu.ui.alerts[0]?.prompt ?? '';
    expect(prompt).toContain('• Long terme : 40 % — 400 €');
    expect(prompt).toContain('• dont montée en compétences (min.) : 25 % — 250 €');
    expect(prompt).toContain('• dont expérimentation (min.) : 10 % — 100 € (10 à 15 % recommandés : 100 € à 150 €)');
    // 25 % = 250 (Humain), 10 % = 100 (Oui); Long terme 400 − 250, Résultats rapides 400 − 100, Optimisation 200
    expect(emu.book.values('Budget', 'A2:E6')).toEqual([
      ['Formation et accompagnement', 'Long terme', 'Humain', 'Non', 250], ['Tests de nouveaux canaux', 'Résultats rapides', 'Tech', 'Oui', 100],
      ['Long terme', 'Long terme', 'Tech', 'Non', 150], ['Résultats rapides', 'Résultats rapides', 'Tech', 'Non', 300],
      ['Optimisation & imprévus', 'Optimisation & imprévus', 'Tech', 'Non', 200],
    ]);
    expect(others(emu, ['Budget'])).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('fills only the empty Montant prévu cells for 200 000 € Mature', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Mature', 200000);
    seedBudget(emu);
    emu.user.answerAlert('YES');
    const message = emu.run('boussoleRepartirBudget');
    // LT 60 % = 120 000 → Site 1; RR 20 % = 40 000 → Publicité 2; OI typed (100 €) → kept
    expect(emu.book.values('Budget', 'E2:E4')).toEqual([[120000], [40000], [100]]);
    expect(message).toBe('Budget : 2 montants prévus remplis (160 000 €).');
    expect(emu.ui.alerts[0]?.prompt).toContain('• Budget!E2 « Site 1 » (Long terme) : 120 000 €');
  });

  it('writes nothing on NO, and says which cell to fill when the budget is missing', () => {
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Intermédiaire', 5000);
    seedBudget(emu);
    const snap = emu.book.snapshot('Budget');
    emu.user.answerAlert('NO');
    emu.run('boussoleRepartirBudget');
    expect(emu.book.snapshot('Budget')).toEqual(snap);
    seedCadrage(emu, 'Intermédiaire', '');
    emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts[emu.ui.alerts.length - 1]?.prompt).toBe('Cadrage!B10 : « Budget annuel (€) » est vide — attendu : un montant en euros');
    expect(emu.book.snapshot('Budget')).toEqual(snap);
  });

  it('refuses an annual budget of 1e308 € by its cell instead of proposing « Infinity,NaN € »', () => {
    // Found by test/robustness.
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Intermédiaire', 1e308);
    const snap = emu.book.snapshot('Budget');
    emu.run('boussoleRepartirBudget');
    const prompt = emu.ui.alerts[emu.ui.alerts.length - 1]?.prompt ?? '';
    expect(prompt).toMatch(/^Cadrage!B10 : /);
    expect(prompt).not.toMatch(/NaN|Infinity/);
    expect(emu.book.snapshot('Budget')).toEqual(snap);
  });

  it('names the missing Budget headers, in plural French, and writes nothing', () => {
    // Found by test/robustness: the plural read « pour lesajouter ».
    const emu = initialisedWorkbook();
    seedCadrage(emu, 'Intermédiaire', 5000);
    emu.book.setValues('Budget', 'A1:B1', [['Libellé', 'Échéance']]);
    const snap = emu.book.snapshot('Budget');
    emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts[emu.ui.alerts.length - 1]?.prompt).toBe('Budget : colonnes « Poste », « Horizon » introuvables en ligne 1 — lancez « Initialiser le classeur » pour les ajouter.');
    expect(emu.book.snapshot('Budget')).toEqual(snap);
  });
});

describe('boussoleFeuilleDeRouteType', () => {
  const emu = initialisedWorkbook();
  seedCadrage(emu, 'Débutante', 1000, d(2026, 11, 1));
  const before = others(emu, ['Plan']);
  const message = emu.run('boussoleFeuilleDeRouteType');

  it('appends the 38 actions of §9 v2 from November (M3 = January, M12 = October)', () => {
    const rows = emu.book.values('Plan', 'A2:N39');
    expect(rows[0]).toEqual(['A-001', d(2026, 11, 1), 'Fondations', 'Auditer l’existant : site, référencement, parcours clients, ressources, concurrence (2 à 4 semaines)', 'Ponctuelle', '', 'À faire', d(2026, 11, 30), '', '', '', '', '', 'Feuille de route type']);
    expect(rows[6]?.slice(0, 4)).toEqual(['A-007', d(2027, 1, 1), 'Fondations', 'Établir la matrice RACI et les rituels (onglet Gouvernance)']);
    expect(rows[37]?.slice(0, 3)).toEqual(['A-038', d(2027, 10, 1), 'Bilan']);
    expect(rows.filter((r) => r[9] === 1000).map((r) => r[1])).toEqual([d(2027, 2, 1), d(2027, 3, 1), d(2027, 4, 1)]);
    expect(message).toBe('Feuille de route type ajoutée au Plan : 38 actions de novembre 2026 à octobre 2027 (lignes 2 à 39).');
    expect(others(emu, ['Plan'])).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('adds nothing the second time and says so', () => {
    const snap = emu.book.snapshot('Plan');
    expect(emu.run('boussoleFeuilleDeRouteType')).toMatch(/^La feuille de route type est déjà dans le Plan pour novembre 2026 à octobre 2027 \(38 actions, dès la ligne 2\)/);
    expect(emu.book.snapshot('Plan')).toEqual(snap);
  });

  it('names the Cadrage cell when the start date is missing', () => {
    const empty = initialisedWorkbook();
    empty.run('boussoleFeuilleDeRouteType');
    expect(empty.ui.alerts[0]?.prompt).toBe('Cadrage!B11 : « Début de la feuille de route » est vide — attendu : une date (ex. 01/11/2026), le premier jour du mois 1');
    expect(empty.book.values('Plan', 'A2:A3')).toEqual([[''], ['']]);
  });
});

describe('boussolePlanRelance', () => {
  it('quotes an out-of-calendar adoption date it keeps, not « Invalid Date »', () => {
    // Found by test/robustness: a number too large for a date cell reaches the script as the stored number.
    const emu = initialisedWorkbook();
    const row = emu.book.values('Gouvernance').findIndex((r) => r[0] === 'Contrôle d\'adoption J+30') + 1;
    emu.book.setValues('Gouvernance', `E${row}`, [[1e15]]);
    const message = String(emu.run('boussolePlanRelance'));
    expect(message).toContain('date du contrôle d’adoption déjà saisie (1000000000000000) conservée');
    expect(message).not.toContain('Invalid Date');
  });

  // Wednesday 25/11/2026 → Monday 23/11; deployment ends Sunday 17/01/2027; J+30 = 16/02/2027
  const emu = initialisedWorkbook(new Date(2026, 10, 25, 9, 0, 0));
  seedPlan(emu);
  const before = others(emu, ['Plan', 'Gouvernance']);
  const message = emu.run('boussolePlanRelance');

  it('appends 8 actions after the existing ones, per fortnight, and sets the J+30 ritual date', () => {
    const rows = emu.book.values('Plan', 'A9:N16');
    expect(rows.map((r) => [r[0], r[1], r[7], r[13]])).toEqual([
      ['A-008', d(2026, 12, 1), d(2026, 12, 6), 'Relance 8 semaines'],
      ['A-009', d(2026, 12, 1), d(2026, 12, 20), 'Relance 8 semaines'],
      ['A-010', d(2026, 12, 1), d(2026, 12, 20), 'Relance 8 semaines'],
      ['A-011', d(2027, 1, 1), d(2027, 1, 3), 'Relance 8 semaines'],
      ['A-012', d(2027, 1, 1), d(2027, 1, 17), 'Relance 8 semaines'],
      ['A-013', d(2027, 1, 1), d(2027, 1, 17), 'Relance 8 semaines'],
      ['A-014', d(2027, 1, 1), d(2027, 1, 17), 'Relance 8 semaines'],
      ['A-015', d(2027, 2, 1), d(2027, 2, 16), 'Relance 8 semaines'],
    ]);
    expect(emu.book.values('Gouvernance', 'A18:E18')).toEqual([['Contrôle d\'adoption J+30', 'unique', 30, '', d(2027, 2, 16)]]);
    expect(message).toBe('Plan de relance ajouté : 8 actions du 23/11/2026 au 17/01/2027 (lignes 9 à 16) ; contrôle d’adoption J+30 le 16/02/2027 (Gouvernance).');
    expect(others(emu, ['Plan', 'Gouvernance'])).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('refuses a second relaunch while this one runs', () => {
    const snap = [emu.book.snapshot('Plan'), emu.book.snapshot('Gouvernance')];
    expect(emu.run('boussolePlanRelance')).toMatch(/^Un plan de relance est déjà en cours/);
    expect([emu.book.snapshot('Plan'), emu.book.snapshot('Gouvernance')]).toEqual(snap);
  });
});

describe('boussolePointHebdo', () => {
  const emu = initialisedWorkbook();
  seedPlan(emu);
  seedRituals(emu);
  const before = others(emu, ['Journal', 'Gouvernance']);
  emu.run('boussolePointHebdo');
  const html = emu.ui.dialogs[0]?.html ?? '';
  const hebdo = /<section class="agenda" id="agenda-0"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

  it('shows the point hebdo agenda, selected: météo, actions, problems, and the record button', () => {
    expect(emu.ui.dialogs[0]?.title).toBe('Préparer le point hebdo');
    expect(html).toContain('<option value="0" selected>Point hebdo</option>');
    expect(hebdo).not.toContain(' hidden');
    expect(hebdo).toContain('Point hebdo du 23/11/2026 — 30\u00a0min');
    expect(hebdo).toContain('1. Météo (5\u00a0min)');
    expect(hebdo).toContain('<h4>Faites depuis le dernier point (1)</h4><ul><li>A-001 — Mettre à jour le site');
    expect(hebdo).toContain('<h4>Bloquées ou en retard (2)</h4><ul><li>A-003 — Importer les contacts');
    expect(hebdo).toContain('en retard depuis le 16/11/2026');
    expect(html).toContain('value="Léa, Marc"');
    expect(html).toContain('google.script.run');
    expect(html).toContain('.boussoleEnregistrerPointHebdo(payload)');
    expect(others(emu, ['Journal', 'Gouvernance'])).toEqual(before);
  });

  it('appends the Journal row, keeps user text as text, moves the date a week on, refuses a second one the same day', () => {
    const payload = { date: '2026-11-23', meteo: '🌧️ Pluvieux', decisions: '=HYPERLINK("x")', blocages: 'A-003 Importer les contacts', participants: 'Léa, Marc' };
    expect(emu.run('boussoleEnregistrerPointHebdo', payload)).toEqual({
      ok: true, ligne: 2, idees: [], prochaineDate: '2026-11-30',
      message: '« Point hebdo » du 23/11/2026 : compte rendu ajouté au Journal (ligne 2) ; prochaine date du rituel : 30/11/2026 (Gouvernance!E14).',
    });
    expect(emu.book.values('Journal', 'A2:H2')).toEqual([[d(2026, 11, 23), 'Point hebdo', '🌧️ Pluvieux', '=HYPERLINK("x")', 'A-003 Importer les contacts', 'Léa, Marc', '', '']]);
    expect(emu.book.formulas('Journal', 'D2')[0]?.[0]).toBe('');
    expect(emu.book.values('Gouvernance', 'E14')).toEqual([[d(2026, 11, 30)]]);
    expect(emu.run('boussoleEnregistrerPointHebdo', payload)).toMatchObject({ ok: false, message: expect.stringContaining('déjà dans le Journal (ligne 2)') });
    expect(emu.run('boussoleEnregistrerPointHebdo', { ...payload, date: 'demain' })).toMatchObject({ ok: false });
    expect(emu.book.values('Journal', 'A3')).toEqual([['']]);
    expect(emu.book.values('Gouvernance', 'E14')).toEqual([[d(2026, 11, 30)]]);
    expect(others(emu, ['Journal', 'Gouvernance'])).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});
