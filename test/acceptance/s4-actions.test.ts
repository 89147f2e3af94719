// SPEC §4 acceptance: each action as the user runs it from the menu, with values computed by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blank, example, inputSnapshot, lastToast, textOf } from './support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('SPEC §4 — Charger un exemple', () => {
  it('refuses a classeur that holds data, with a message, and changes nothing', () => {
    const emu = blank();
    emu.book.setValues('Plan', 'D2', [['Une action à moi']]);
    const before = inputSnapshot(emu);
    emu.run('boussoleChargerExemple');
    expect(emu.ui.alerts[0]?.prompt).toMatch(/contient déjà des données \(« Plan »\)/);
    expect(inputSnapshot(emu)).toEqual(before);
  });

  it('holds a late action, two blocked actions, a poste over budget by > 50 % and a CAC at most half another', () => {
    const emu = example();
    expect(lastToast(blank())).toBeUndefined();
    const plan = emu.book.values('Plan');
    const today = new Date(2026, 10, 23);
    const late = plan.slice(1).filter((r) => r[7] instanceof Date && (r[7] as Date) < today && !['Fait', 'Abandonné'].includes(String(r[6])));
    expect(late.length).toBeGreaterThanOrEqual(1);
    expect(plan.filter((r) => r[6] === 'Bloqué')).toHaveLength(2);
    expect(plan.length - 1).toBeGreaterThanOrEqual(35); // ~40 actions
    expect(emu.book.values('Backlog').length - 1).toBeGreaterThanOrEqual(12); // ~15 ideas
    // Réel of a poste = its typed Réel, else the sum of Plan's Budget réel (K) for that Poste budgétaire (L).
    const reel = (poste: unknown, typed: unknown) => (typeof typed === 'number' ? typed
      : plan.slice(1).filter((r) => r[11] === poste).reduce((s, r) => s + (typeof r[10] === 'number' ? r[10] : 0), 0));
    const budget = emu.book.values('Budget').slice(1).filter((r) => typeof r[4] === 'number');
    expect(budget.some((r) => reel(r[0], r[5]) > (r[4] as number) * 1.5)).toBe(true);
    const canaux = new Set(emu.book.values('Mesures').slice(1).map((r) => r[1]).filter((c) => c !== ''));
    expect(canaux.size).toBe(5);
    // The report of the month the toast suggests has a reallocation (max CAC ≥ 2 × min CAC).
    emu.run('boussoleGenererRapportPour', '2026-10');
    const text = emu.book.values('Rapport 2026-10').map((r) => r.join(' ')).join('\n');
    expect(text).toMatch(/Déplacer [\d  ]+ € par mois \(30 % des dépenses du mois\)/);
  });
});

describe('SPEC §4 — Prioriser le backlog', () => {
  // Scores by SPEC §5: ROUND(100 × (2(v−1) + (u−1) + (5−c)) / 16)
  // v3 c3 u3 → (4+2+2)/16 = 50 ; v4 c2 u3 → (6+2+3)/16 = 68.75 → 69 ; v5 c1 u5 → 16/16 = 100 ; v2 c4 u2 → (2+1+1)/16 = 25
  const rows = [
    ['Idée 1', 3, 3, 3], ['Idée 2', 4, 2, 3], ['Idée 3', 2, 4, 2], ['Idée 4', 5, 1, 5],
    ['Idée 5', 3, 3, 3], ['Idée 6', 4, 2, 3], ['Idée 7', 3, 3, 3], ['Idée 8', 2, 4, 2],
  ];
  const emu = blank(); // Monday 23/11/2026 → scheduling from December 2026
  emu.book.setValues('Backlog', 'A2', rows.map(([idee, v, c, u]) => ['', idee, 'Léa', '', v, c, u, 4, 4]));
  emu.user.answerAlert('YES');
  emu.run('boussolePrioriserBacklog');

  it('sorts by Score descending, ties keep their order, IDs B-001… by original row', () => {
    // 100 (Idée 4), 69 (2, 6), 50 (1, 5, 7), 25 (3, 8)
    expect(emu.book.values('Backlog', 'A2:B9')).toEqual([
      ['B-004', 'Idée 4'], ['B-002', 'Idée 2'], ['B-006', 'Idée 6'], ['B-001', 'Idée 1'],
      ['B-005', 'Idée 5'], ['B-007', 'Idée 7'], ['B-003', 'Idée 3'], ['B-008', 'Idée 8'],
    ]);
    expect(emu.book.values('Backlog', 'J2:J9').flat()).toEqual([100, 69, 69, 50, 50, 50, 25, 25]);
  });

  it('schedules at most 3 per month from next month, Origine = backlog ID, and fills Décision / Mois prévu', () => {
    const plan = emu.book.values('Plan', 'A2:N9').map((r) => [r[0], r[1], r[3], r[6], r[13]]);
    expect(plan).toEqual([
      ['A-001', d(2026, 12, 1), 'Idée 4', 'À faire', 'B-004'], ['A-002', d(2026, 12, 1), 'Idée 2', 'À faire', 'B-002'],
      ['A-003', d(2026, 12, 1), 'Idée 6', 'À faire', 'B-006'], ['A-004', d(2027, 1, 1), 'Idée 1', 'À faire', 'B-001'],
      ['A-005', d(2027, 1, 1), 'Idée 5', 'À faire', 'B-005'], ['A-006', d(2027, 1, 1), 'Idée 7', 'À faire', 'B-007'],
      ['A-007', d(2027, 2, 1), 'Idée 3', 'À faire', 'B-003'], ['A-008', d(2027, 2, 1), 'Idée 8', 'À faire', 'B-008'],
    ]);
    expect(emu.book.values('Backlog', 'L2:M3')).toEqual([['Démarrer', d(2026, 12, 1)], ['Démarrer', d(2026, 12, 1)]]);
    expect(emu.book.formulas('Backlog', 'J2:K2')[0]?.every((f) => f.startsWith('=BOUSSOLE_'))).toBe(true);
    expect(lastToast(emu)).toMatch(/8 actions ajoutées au Plan \(A-001 à A-008\)/);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('does not schedule an idea whose note is unreadable, and names the cell to fix', () => {
    const e = blank();
    e.book.setValues('Backlog', 'A2', [['', 'Bonne idée', 'Léa', '', 5, 1, 5, 4, 4], ['', 'Note fausse', 'Léa', '', 7, 1, 5, 4, 4]]);
    e.user.answerAlert('YES');
    e.run('boussolePrioriserBacklog');
    expect(e.book.values('Plan', 'D2:D3').flat()).toEqual(['Bonne idée', '']);
    expect(e.ui.alerts[0]?.prompt).not.toContain('Note fausse');
    expect(lastToast(e)).toContain('Backlog!E3 : valeur métier « 7 » hors échelle — attendu : une note de 1 à 5');
  });
});

describe('SPEC §4 — Répartir le budget selon la maturité', () => {
  it('1 000 €, Débutante, empty Budget: the five postes of v2, 40/40/20 with 25 % Humain and 10 % Oui', () => {
    const emu = blank();
    emu.book.setValues('Cadrage', 'B9', [['Débutante'], [1000]]);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    // 1 000 × 40 % = 400 ; × 40 % = 400 ; × 20 % = 200 ; guides 25 % = 250, 10 % = 100
    expect(emu.ui.alerts[0]?.prompt).toContain('Long terme : 40 % — 400 €');
    expect(emu.ui.alerts[0]?.prompt).toContain('25 % — 250 €');
    expect(emu.ui.alerts[0]?.prompt).toContain('10 % — 100 €');
    // Formation 250 + Long terme 150 = 400; Tests 100 + Résultats rapides 300 = 400; Optimisation 200
    expect(emu.book.values('Budget', 'A2:E6').map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['Formation et accompagnement', 'Long terme', 'Humain', 'Non', 250], ['Tests de nouveaux canaux', 'Résultats rapides', 'Tech', 'Oui', 100],
      ['Long terme', 'Long terme', 'Tech', 'Non', 150], ['Résultats rapides', 'Résultats rapides', 'Tech', 'Non', 300],
      ['Optimisation & imprévus', 'Optimisation & imprévus', 'Tech', 'Non', 200],
    ]);
    expect(lastToast(emu)).toMatch(/^Budget : 5 postes créés/);
  });

  it('200 000 € typed as text, Mature: 50 000 + 70 000 / 20 000 + 20 000 / 40 000', () => {
    const emu = blank();
    emu.book.setValues('Cadrage', 'B9', [['mature'], ['200 000 €']]);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    expect(emu.book.values('Budget', 'E2:E6').flat()).toEqual([50000, 20000, 70000, 20000, 40000]);
  });

  it('writes nothing on NO, and only into empty Montant prévu cells on YES', () => {
    const emu = blank();
    emu.book.setValues('Cadrage', 'B9', [['Intermédiaire'], [10000]]);
    emu.book.setValues('Budget', 'A2', [['Site', 'Long terme', 'Tech', 'Non', 7000], ['Ads', 'Résultats rapides', 'Tech', 'Oui', '']]);
    const before = inputSnapshot(emu);
    emu.user.answerAlert('NO');
    emu.run('boussoleRepartirBudget');
    expect(inputSnapshot(emu)).toEqual(before);
    emu.user.answerAlert('YES');
    emu.run('boussoleRepartirBudget');
    // Intermédiaire 50/30/20 of 10 000: Résultats rapides = 3 000; the typed 7 000 stays.
    expect(emu.book.values('Budget', 'E2:E3').flat()).toEqual([7000, 3000]);
  });

  it('a missing budget gives a French message naming the cell and writes nothing', () => {
    const emu = blank();
    const before = inputSnapshot(emu);
    emu.run('boussoleRepartirBudget');
    expect(emu.ui.alerts[0]?.prompt).toMatch(/^Cadrage!B10 : .*attendu : un montant en euros/);
    expect(inputSnapshot(emu)).toEqual(before);
  });
});

describe('SPEC §4 — Préparer le point hebdo', () => {
  it('shows the 5 / 15 / 10 minute agenda and appends the meeting to Journal from its button', () => {
    const emu = example();
    emu.run('boussolePointHebdo');
    const text = textOf(emu.ui.dialogs[0]?.html);
    expect(text).toMatch(/— 30 min/);
    expect(text).toMatch(/Météo \(5 min\).*Actions \(15 min\).*Problèmes à résoudre \(10 min\)/);
    expect(text).toContain('Bloquées (2)');
    expect(emu.ui.dialogs[0]?.html).toContain('boussoleEnregistrerPointHebdo');
    const n = emu.book.values('Journal').length;
    const r = emu.run('boussoleEnregistrerPointHebdo', { date: '2026-11-23', meteo: '🌧️ Pluvieux', decisions: 'Relancer Karim', blocages: '', participants: 'Julien, Léa' }) as { ok: boolean };
    expect(r.ok).toBe(true);
    expect(emu.book.values('Journal', `A${n + 1}:F${n + 1}`)[0]).toEqual([d(2026, 11, 23), 'Point hebdo', '🌧️ Pluvieux', 'Relancer Karim', '', 'Julien, Léa']);
    expect(lastToast(emu)).toBe(`« Point hebdo » du 23/11/2026 : compte rendu ajouté au Journal (ligne ${n + 1}) ; prochaine date du rituel : 30/11/2026 (Gouvernance!E14).`);
    // v2: the example's Point hebdo was due on Monday 23/11; saving moves it one week on, same weekday.
    expect(emu.book.values('Gouvernance', 'A14:E14')[0]).toEqual(['Point hebdo', 'hebdomadaire', 30, expect.any(String), d(2026, 11, 30)]);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('SPEC §4 — Partager avec mon consultant', () => {
  it('an empty e-mail: French message naming the cell, nothing shared', () => {
    const emu = blank();
    emu.run('boussolePartagerConsultant');
    expect(emu.ui.alerts[0]?.prompt).toMatch(/^Cadrage!B12 : l’e-mail du consultant est vide/);
    expect(emu.shares).toEqual({ viewers: [], editors: [] });
  });

  it('an invalid e-mail: message, nothing shared; the RPC refuses too', () => {
    const emu = blank();
    emu.book.setValues('Cadrage', 'B12', [['claire.dubois']]);
    emu.run('boussolePartagerConsultant');
    expect(emu.ui.alerts[0]?.prompt).toMatch(/« claire\.dubois » n’est pas une adresse e-mail/);
    expect(() => emu.run('boussolePartagerAvecConsultant', 'lecteur')).toThrow(/n’est pas une adresse e-mail/);
    expect(emu.shares).toEqual({ viewers: [], editors: [] });
  });

  it('offers viewer / editor and the three clicks for commenter; shares and protects as warning only', () => {
    const emu = example();
    emu.run('boussolePartagerConsultant');
    const dialog = emu.ui.dialogs[0];
    expect(emu.shares).toEqual({ viewers: [], editors: [] }); // nothing before confirmation
    const text = textOf(dialog?.html);
    expect(text).toContain('claire.dubois@conseil-exemple.fr');
    expect(text).toMatch(/Lecture seule.*Modification/);
    expect(text).toMatch(/Partager.*Commentateur/);
    expect(dialog?.html.match(/<li>/g)).toHaveLength(3);
    emu.run('boussolePartagerAvecConsultant', 'lecteur');
    expect(emu.shares.viewers).toEqual(['claire.dubois@conseil-exemple.fr']);
    emu.run('boussolePartagerAvecConsultant', 'editeur');
    expect(emu.shares.editors).toEqual(['claire.dubois@conseil-exemple.fr']);
    const plan = emu.book.protections('Plan');
    expect(plan.some((p) => p.range === 'A1:O1')).toBe(true);
    expect(['Plan', 'Backlog', 'Cadrage'].flatMap((t) => emu.book.protections(t)).every((p) => p.warningOnly)).toBe(true);
    expect(emu.book.protections('Backlog').map((p) => p.range)).toEqual(expect.arrayContaining(['A1:M1', expect.stringMatching(/^J2:J/), expect.stringMatching(/^K2:K/)]));
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('SPEC §4 — Aide et mini-formation', () => {
  it('a sidebar with the method in 10 short steps (30 minutes)', () => {
    const emu = blank();
    emu.run('boussoleAide');
    expect(emu.ui.sidebars).toHaveLength(1);
    expect(emu.ui.sidebars[0]?.html).toContain('La méthode en 10 étapes');
    // The steps are rendered by the bundled script: count them in dist/Aide.html.
    const html = readFileSync('dist/Aide.html', 'utf8');
    const minutes = [...html.matchAll(/titre:\s*"[^"]+",\s*minutes:\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(minutes).toHaveLength(10);
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(30);
  });
});

describe('SPEC §4 — Préparer le point hebdo on a Monday', () => {
  it('on the example, Monday morning prepares today’s meeting with the actions due this week', () => {
    const emu = example(); // Monday 23/11/2026, the example's last logged point is 16/11
    emu.run('boussolePointHebdo');
    const text = textOf(emu.ui.dialogs[0]?.html);
    expect(text).toContain('Point hebdo du 23/11/2026 — 30 min');
    // Due 23/11–29/11 and still open in the example: at least one action this week.
    expect(text).toMatch(/À échéance cette semaine \(\d+\)/);
  });
});
