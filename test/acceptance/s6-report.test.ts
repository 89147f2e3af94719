// SPEC §6 acceptance: the monthly report on a small hand-built classeur (figures computed by hand),
// the reference date, the weather, the Rapport prêt dialog links, the suggested month, placement.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { blank, inputSnapshot } from './support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const OCT = d(2026, 10, 1);

/**
 * October 2026, judged on Monday 23/11/2026 → R = 01/11/2026 (earlier of today and 1st of next month).
 * 14 actions: 2 Fait, 1 Abandonné, 1 Bloqué due 31/10 (late), 9 À faire due 15/10 (late),
 * 1 À faire due 01/11 = R (not late). Late = 10; completion = 2 / (14 − 1) = 2/13. Début = June 2026, so
 * every ritual is checked (R ≥ Début + 100 days) and none is in the Journal.
 */
function classeur(now: Date = d(2026, 11, 23)): Emulator {
  now.setHours(10);
  const emu = blank(now);
  emu.book.setValues('Cadrage', 'B2', [['Atelier Dupont'], ['Nouveau site'], ['Les devis se perdent'], ['Marie, Paul'],
    ['Un formulaire de devis'], [d(2027, 3, 31)]]);
  emu.book.setValues('Cadrage', 'B11', [[d(2026, 6, 1)], ['conseil@exemple.fr']]); // Début: June 2026 (v2 rituals need it)
  emu.book.setValues('Cadrage', 'B17', [['Marie']]); // Pilote du projet (v2)
  const row = (n: number, statut: string, echeance: Date) =>
    [`A-${String(n).padStart(3, '0')}`, OCT, 'Fondations', `Action ${n}`, 'Ponctuelle', 'Marie', statut, echeance];
  emu.book.setValues('Plan', 'A2', [
    row(1, 'Fait', d(2026, 10, 10)), row(2, 'Fait', d(2026, 10, 12)), row(3, 'Abandonné', d(2026, 10, 5)),
    row(4, 'Bloqué', d(2026, 10, 31)),
    ...[5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => row(n, 'À faire', d(2026, 10, 15))),
    row(14, 'À faire', d(2026, 11, 1)),
  ]);
  return emu;
}

const col0 = (values: unknown[][]) => values.map((r) => String(r[0] ?? ''));

describe('SPEC §6 — report content', () => {
  const emu = classeur();
  const before = inputSnapshot(emu);
  const result = emu.run('boussoleGenererRapportPour', '2026-10') as { feuille: string; meteo: string; alertes: number };
  const values = emu.book.values('Rapport 2026-10');
  const text = col0(values);

  it('title, company, generation date and weather at the top', () => {
    expect(text[0]).toBe('Rapport mensuel — Nouveau site — octobre 2026');
    expect(text[2]).toContain('Atelier Dupont');
    expect(text[2]).toContain('23/11/2026');
    expect(values.slice(0, 4).flat().join(' ')).toContain(result.meteo);
    // (v2) the trend, always shown: no report for August and September yet (—), then October.
    expect(values[1]?.[1]).toBe('Tendance : — août → — sept. → 🌧️ oct.');
    // (v2) no Vision à 3 ans typed: no Cap line.
    expect(text.some((t) => t.startsWith('Cap :'))).toBe(false);
  });

  it('the eight sections in SPEC order', () => {
    const at = [/^Actions du mois/, /^Indicateurs/, /^Budget/, /^Signaux d.alerte/, /^Recommandations/, /^Mois prochain/, /^Décisions à prendre/]
      .map((re) => text.findIndex((t) => re.test(t)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('counts per status, completion rate 2/13, late list capped at 8 then « … et 2 autres »', () => {
    const at = text.findIndex((t) => t.startsWith('Actions du mois'));
    const header = values[at] ?? [];
    const counts = values[at + 1] ?? [];
    const byStatus = Object.fromEntries(header.slice(1).map((h, i) => [h, counts[i + 1]]).filter(([h]) => h !== ''));
    expect(byStatus).toMatchObject({ Fait: 2, Bloqué: 1, 'À faire': 10 });
    // 2 / 13 = 15,38 % → « 15,4 % »
    expect(counts[0]).toBe('Taux de réalisation 15,4 % = faites / (toutes − abandonnées) · 1 abandonnée');
    // Late actions sit in column B, beside the blocked ones.
    const late = values.findIndex((r) => String(r[1]).startsWith('En retard'));
    const lateBlock = values.slice(late, late + 12).map((r) => String(r[1])).join('\n');
    expect(lateBlock).toContain('Action 4');
    expect(lateBlock).not.toContain('Action 14'); // due on R itself: not late
    expect(lateBlock).toContain('… et 2 autres'); // 10 late: 8 shown
  });

  it('alerts: Retard rouge (10 ≥ 3), Blocage orange (1), stale dashboard and rituals; 1 rouge → 🌧️ Pluvieux', () => {
    expect(result.meteo).toBe('🌧️ Pluvieux');
    // (v2) every line from boussoleSignaux; the report shows at most 6, rouge first, then « … et N autres ».
    const lines = emu.run('boussoleSignaux', '2026-10') as Array<{ signal: string; niveau: string; cellules: string[] }>;
    const level = (signal: string) => lines.find((l) => l.signal === signal)?.niveau;
    expect(level('Retard')).toBe('rouge');
    expect(level('Blocage')).toBe('orange');
    expect(level('Tableau de bord abandonné')).toBe('orange');
    expect(level('Rituels non tenus')).toBe('orange');
    expect(lines.filter((l) => l.signal === 'Rituels non tenus')).toHaveLength(4); // (v2) one line per ritual
    expect(level('Cadrage incomplet')).toBeUndefined();
    expect(level('Pilote absent')).toBeUndefined();
    expect(result.alertes).toBe(lines.length);
    expect(lines.find((l) => l.signal === 'Blocage')?.cellules).toEqual(['Plan!G5']);
    const shown = values.filter((r) => /^(Rouge|Orange)$/.test(String(r[1])));
    expect(shown).toHaveLength(Math.min(6, lines.length));
    expect(String(shown[0]?.[0])).toMatch(/^Retard/);
    if (lines.length > 6) expect(values.some((r) => String(r[0]).startsWith(`… et ${lines.length - 6} autres signaux`))).toBe(true);
  });

  it('never writes the input tabs; the report tab is activated; lock held', () => {
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.book.activeSheet()).toBe('Rapport 2026-10');
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('the current month is judged today: Action 14 (due 01/11) is late in November', () => {
    const e = classeur();
    e.run('boussoleGenererRapportPour', '2026-11');
    const retard = e.book.values('Rapport 2026-11').find((r) => String(r[0]).startsWith('Retard'));
    expect(String(retard?.[0])).toMatch(/^Retard — 11 actions en retard/);
  });
});

describe('SPEC §6 — menu flow', () => {
  it('suggests the previous month during days 1–7, else the current month; blank answer takes it', () => {
    for (const [now, suggested] of [[d(2026, 11, 1), '2026-10'], [d(2026, 11, 7), '2026-10'], [d(2026, 11, 8), '2026-11'], [d(2027, 1, 3), '2026-12']] as const) {
      const emu = classeur(new Date(now));
      emu.user.answerPrompt('', 'OK');
      emu.run('boussoleGenererRapport');
      expect(emu.ui.prompts[0]?.prompt).toContain(`laisser vide pour ${suggested}`);
      expect(emu.book.activeSheet()).toBe(`Rapport ${suggested}`);
    }
  });

  it('re-asks an invalid month with a French message, cancel writes nothing', () => {
    const emu = classeur();
    emu.user.answerPrompt('octobre', 'OK');
    emu.user.answerPrompt('', 'CANCEL');
    emu.run('boussoleGenererRapport');
    expect(emu.ui.prompts[1]?.prompt).toMatch(/^« octobre » n’est pas un mois valide.*AAAA-MM/);
    expect(emu.book.sheetNames().some((n) => n.startsWith('Rapport'))).toBe(false);
  });

  it('Rapport prêt: PDF export link (gid, A4, portrait, fit to width) and mailto with subject, synthesis and tab URL', () => {
    const emu = classeur();
    emu.user.answerPrompt('2026-10', 'OK');
    emu.run('boussoleGenererRapport');
    const dialog = emu.ui.dialogs[0];
    expect(dialog?.title).toBe('Rapport prêt');
    const gid = vm.runInContext("SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Rapport 2026-10').getSheetId()", emu.context) as number;
    const hrefs = [...(dialog?.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
    const pdf = new URL(hrefs.find((h) => h.includes('/export?')) ?? 'x:');
    expect(pdf.searchParams.get('format')).toBe('pdf');
    expect(pdf.searchParams.get('gid')).toBe(String(gid));
    expect(pdf.searchParams.get('size')).toBe('A4');
    expect(pdf.searchParams.get('portrait')).toBe('true');
    expect(pdf.searchParams.get('fitw')).toBe('true');
    const mailto = hrefs.find((h) => h.startsWith('mailto:')) ?? '';
    expect(mailto.startsWith('mailto:conseil@exemple.fr?')).toBe(true);
    const params = new URLSearchParams(mailto.slice(mailto.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Rapport mensuel — Nouveau site — octobre 2026');
    const body = params.get('body') ?? '';
    expect(body).toContain(`#gid=${gid}`);
    expect(body).toContain('🌧️ Pluvieux');
    expect(emu.ui.toasts.at(-1)?.message).toContain('Rapport 2026-10');
  });

  it('a new report goes after the existing ones; regenerating replaces that tab only', () => {
    const emu = classeur();
    emu.run('boussoleGenererRapportPour', '2026-09');
    emu.run('boussoleGenererRapportPour', '2026-10');
    expect(emu.book.sheetNames().slice(-2)).toEqual(['Rapport 2026-09', 'Rapport 2026-10']);
    const first = emu.book.snapshot('Rapport 2026-10');
    const sept = emu.book.snapshot('Rapport 2026-09');
    const before = inputSnapshot(emu);
    emu.run('boussoleGenererRapportPour', '2026-10');
    expect(emu.book.snapshot('Rapport 2026-10')).toEqual(first);
    expect(emu.book.snapshot('Rapport 2026-09')).toEqual(sept);
    expect(inputSnapshot(emu)).toEqual(before);
    expect(emu.book.sheetNames().filter((n) => n.startsWith('Rapport'))).toHaveLength(2);
  });
});
