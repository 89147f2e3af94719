// SPEC §9 acceptance: the 12-month roadmap from a November start (crossing the year) and the
// 8-week relaunch from a Wednesday, with months, phases and dates computed by hand.
import { describe, expect, it } from 'vitest';
import { blank, lastToast } from './support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

describe('SPEC §9 — Feuille de route 12 mois type', () => {
  const emu = blank();
  emu.book.setValues('Cadrage', 'B11', [[d(2026, 11, 1)]]); // M1 = novembre 2026
  emu.run('boussoleFeuilleDeRouteType');
  const rows = emu.book.values('Plan').slice(1).filter((r) => r[0] !== '');

  it('phases by month: M1–M3 Fondations, M4–M6 Tester/Amplifier, M7–M8 Structurer, M9–M10 Optimiser, M11–M12 Bilan', () => {
    const month = (r: unknown[]) => ((r[1] as Date).getFullYear() - 2026) * 12 + (r[1] as Date).getMonth() - 10 + 1; // Nov 2026 = M1
    const phaseOf = (m: number) => (m <= 3 ? ['Fondations'] : m <= 6 ? ['Tester', 'Amplifier'] : m <= 8 ? ['Structurer'] : m <= 10 ? ['Optimiser'] : ['Bilan']);
    for (const r of rows) expect(phaseOf(month(r)), String(r[3])).toContain(r[2]);
    expect(new Set(rows.map(month))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(rows[0]?.[1]).toEqual(d(2026, 11, 1));
    expect(rows[rows.length - 1]?.[1]).toEqual(d(2027, 10, 1)); // M12 = octobre 2027
    expect(rows.every((r) => r[6] === 'À faire' && r[13] === 'Feuille de route type')).toBe(true);
  });

  it('holds the contents of §9', () => {
    const at = (m: Date, re: RegExp) => rows.some((r) => (r[1] as Date).getTime() === m.getTime() && re.test(String(r[3])));
    expect(at(d(2026, 11, 1), /audit.*concurrence/i)).toBe(true);
    expect(at(d(2026, 11, 1), /partager le cap \(.*100 mots\) avec les managers/i)).toBe(true); // v2: M1
    expect(at(d(2026, 12, 1), /premier quick win/i)).toBe(true); // v2: M2–M3, due at the end of M3
    expect(rows.find((r) => /premier quick win/i.test(String(r[3])))?.[7]).toEqual(d(2027, 1, 31));
    expect(at(d(2027, 2, 1), /4 articles/)).toBe(true); // M4
    // v2: one recurring « 4 articles » action in each of M4, M5, M6; « 8 à 12 contenus » in M7, M8, M9;
    // « 10 % du temps projet en formation » every month M4–M12
    const monthsOf = (re: RegExp) => rows.filter((r) => re.test(String(r[3]))).map((r) => `${(r[1] as Date).getFullYear()}-${(r[1] as Date).getMonth() + 1}`);
    expect(monthsOf(/4 articles de fond/)).toEqual(['2027-2', '2027-3', '2027-4']);
    expect(monthsOf(/8 à 12 contenus/)).toEqual(['2027-5', '2027-6', '2027-7']);
    expect(monthsOf(/10 % du temps projet/)).toEqual(['2027-2', '2027-3', '2027-4', '2027-5', '2027-6', '2027-7', '2027-8', '2027-9', '2027-10']);
    expect(rows.filter((r) => /4 articles|8 à 12 contenus|10 % du temps/.test(String(r[3]))).every((r) => r[4] === 'Récurrente')).toBe(true);
    // v2: M7–M8 infrastructure as three actions: cahier des charges, choix du prestataire, recette
    expect(rows.filter((r) => /^Infrastructure/.test(String(r[3]))).map((r) => [String(r[3]).replace(/^.*: /, ''), (r[1] as Date).getMonth() + 1]))
      .toEqual([['rédiger le cahier des charges', 5], ['choisir le prestataire', 5], ['recette avant la mise en service', 6]]);
    expect(at(d(2027, 3, 1), /campagne multicanale/i)).toBe(true); // M5
    expect(at(d(2027, 4, 1), /automatisation marketing/i)).toBe(true); // M6
    // 1 000 €/month test budget during 3 months
    expect(rows.filter((r) => r[9] === 1000).map((r) => (r[1] as Date).getMonth() + 1)).toEqual([2, 3, 4]);
    expect(at(d(2027, 8, 1), /CAC/) || at(d(2027, 7, 1), /CAC/)).toBe(true);
    expect(at(d(2027, 10, 1), /10 jours/)).toBe(true);
  });

  it('a second run adds nothing and says so', () => {
    const n = emu.book.values('Plan').length;
    emu.run('boussoleFeuilleDeRouteType');
    expect(emu.book.values('Plan').length).toBe(n);
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/déjà dans le Plan.*rien n’a été ajouté/);
  });
});

describe('SPEC §9 — Plan de relance 8 semaines', () => {
  // Wednesday 25/11/2026 → Monday 23/11. S1–S2 end Sun 06/12, S3–S4 20/12, S5–S6 03/01, S7–S8 17/01;
  // Contrôle d'adoption J+30 = 17/01 + 30 days = 16/02/2027.
  const emu = blank(new Date(2026, 10, 25, 10));
  emu.run('boussolePlanRelance');
  const rows = emu.book.values('Plan').slice(1).filter((r) => r[0] !== '');

  it('appends the four fortnights with their deadlines and Origine', () => {
    const due = (re: RegExp) => rows.filter((r) => re.test(String(r[3]))).map((r) => r[7]);
    expect(due(/^S1–S2 Cadrage express/)).toEqual([d(2026, 12, 6)]);
    expect(new Set(due(/^S3–S4/).map(String))).toEqual(new Set([String(d(2026, 12, 20))]));
    expect(due(/^S5–S6 Test avec l’équipe/)).toEqual([d(2027, 1, 3)]);
    expect(new Set(due(/^S7–S8/).map(String))).toEqual(new Set([String(d(2027, 1, 17))]));
    expect(rows.some((r) => /2 heures/.test(String(r[3])))).toBe(true);
    expect(rows.some((r) => /30 minutes/.test(String(r[3])))).toBe(true);
    expect(rows.every((r) => r[13] === 'Relance 8 semaines' && r[6] === 'À faire')).toBe(true);
    expect(lastToast(emu)).toContain('du 23/11/2026 au 17/01/2027');
  });

  it('dates the Contrôle d’adoption J+30 ritual in Gouvernance', () => {
    const g = emu.book.values('Gouvernance');
    const ritual = g.find((r) => r[0] === "Contrôle d'adoption J+30");
    expect(ritual?.[4]).toEqual(d(2027, 2, 16));
  });
});
