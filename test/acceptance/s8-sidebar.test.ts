// SPEC §8 acceptance: the Panneau de pilotage's server side on a small hand-built classeur — the
// current month's weather and counters, alerts (≤ 5) with cells, next ritual, this week's actions,
// one-click status change, quick-add, report generation — JSON-safe payloads.
import { describe, expect, it } from 'vitest';
import { blank, inputSnapshot, LUNDI, textOf } from './support';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const NOV = d(2026, 11, 1);

/** Monday 23/11/2026. November: Fait, En cours due 25/11, Bloqué due 20/11 (late), À faire due 27/11, Abandonné. */
function panneau() {
  const emu = blank(LUNDI);
  emu.book.setValues('Plan', 'A2', [
    ['A-001', NOV, 'Fondations', 'Choisir le CRM', 'Ponctuelle', 'Léa', 'Fait', d(2026, 11, 10), d(2026, 11, 9)],
    ['A-002', NOV, 'Fondations', 'Importer les contacts', 'Ponctuelle', 'Paul', 'En cours', d(2026, 11, 25), ''],
    ['A-003', NOV, 'Fondations', 'Former l’équipe', 'Ponctuelle', 'Léa', 'Bloqué', d(2026, 11, 20), ''],
    ['A-004', NOV, 'Fondations', 'Publier l’article', 'Ponctuelle', 'Marie', 'À faire', d(2026, 11, 27), ''],
    ['A-005', NOV, 'Fondations', 'Salon', 'Ponctuelle', 'Marie', 'Abandonné', d(2026, 11, 26), ''],
    ['A-006', d(2026, 12, 1), 'Tester', 'Plus tard', 'Ponctuelle', 'Marie', 'À faire', d(2026, 12, 20), ''],
  ]);
  // Rituals table starts at row 13 after Initialiser: Point hebdo next on Monday 30/11.
  emu.book.setValues('Gouvernance', 'D14', [['Léa, Paul', d(2026, 11, 30)], ['Léa, Marie', d(2026, 12, 3)]]);
  return emu;
}

type Snapshot = {
  mois: string; meteo: string; compteurs: Record<string, number>;
  alertes: Array<{ signal: string; cellules: string[] }>; alertesTotal: number;
  prochainRituel: { rituel: string; dateIso: string; dansJours: number; participants: string } | null;
  semaine: Array<{ id: string; statut: string; echeanceIso: string; ligne: number }>;
};

describe('SPEC §8 — sidebar snapshot', () => {
  const emu = panneau();
  const before = inputSnapshot(emu);
  const s = emu.run('boussoleDonneesPanneau') as Snapshot;

  it('weather and counters of the current month', () => {
    expect(s.mois).toBe('2026-11');
    // à faire 1, en cours 1, bloquées 1, en retard 1 (A-003 due 20/11 < 23/11), faites 1
    expect(s.compteurs).toMatchObject({ aFaire: 1, enCours: 1, bloquees: 1, enRetard: 1, faites: 1 });
    expect(['☀️ Ensoleillé', '🌤️ Variable', '🌧️ Pluvieux', '⛈️ Orageux']).toContain(s.meteo);
  });

  it('up to 5 alerts, each with its cells in A1 notation', () => {
    expect(s.alertes.length).toBeLessThanOrEqual(5);
    expect(s.alertes.length).toBe(Math.min(5, s.alertesTotal));
    expect(s.alertes.find((a) => a.signal === 'Blocage')?.cellules).toEqual(['Plan!G4']);
    for (const a of s.alertes) for (const c of a.cellules) expect(c).toMatch(/^('[^']+'|[A-Za-zÀ-ÿ]+)!\$?[A-Z]+\$?\d+(:[A-Z]+\d+)?$/);
  });

  it('the next ritual and its date', () => {
    expect(s.prochainRituel).toMatchObject({ rituel: 'Point hebdo', dateIso: '2026-11-30', dansJours: 7, participants: 'Léa, Paul' });
  });

  it('this week: due within 7 days, not dropped, by due date', () => {
    expect(s.semaine.map((a) => [a.id, a.echeanceIso])).toEqual([['A-002', '2026-11-25'], ['A-004', '2026-11-27']]);
  });

  it('is JSON-safe and reads only', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(inputSnapshot(emu)).toEqual(before);
  });
});

describe('SPEC §8 — sidebar actions', () => {
  it('opens a French sidebar titled Boussole', () => {
    const emu = panneau();
    emu.run('boussoleOuvrirPanneau');
    expect(emu.ui.sidebars[0]?.title).toMatch(/Boussole/);
    expect(emu.ui.sidebars[0]?.html).toMatch(/<html lang="fr"/);
    expect(textOf(emu.ui.sidebars[0]?.html)).toMatch(/Générer le rapport/);
  });

  it('selects the cells of an alert', () => {
    const emu = panneau();
    const r = emu.run('boussoleSelectionnerCellules', ['Plan!G4']) as { ok: boolean };
    expect(r.ok).toBe(true);
    expect(emu.book.activeSheet()).toBe('Plan');
  });

  it('one-click status change writes that cell only, under the lock', () => {
    const emu = panneau();
    const r = emu.run('boussoleChangerStatut', { id: 'A-004', ligne: 5, statut: 'Fait' }) as { ok: boolean; message: string };
    expect(r).toEqual({ ok: true, message: '« Publier l’article » : Fait.' });
    expect(emu.book.values('Plan', 'G2:G7').flat()).toEqual(['Fait', 'En cours', 'Bloqué', 'Fait', 'Abandonné', 'À faire']);
    expect(emu.lock.writesWithoutLock()).toBe(0);
    const bad = emu.run('boussoleChangerStatut', { id: 'A-004', ligne: 5, statut: 'Finit' }) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/attendu : À faire, En cours, Bloqué, Fait, Abandonné/);
  });

  it('quick-add appends a row with the next ID, and the month picker generates the report', () => {
    const emu = panneau();
    const r = emu.run('boussoleAjouterAction', { action: 'Relancer les devis', mois: 'décembre 2026', responsable: 'Paul', echeance: '15/12/2026', budgetPrevu: '1 200,50', poste: '' }) as { ok: boolean; id: string; ligne: number };
    expect(r).toMatchObject({ ok: true, id: 'A-007', ligne: 8 });
    const row = emu.book.values('Plan', 'A8:N8')[0];
    expect([row?.[0], row?.[1], row?.[3], row?.[5], row?.[6], row?.[7], row?.[9]]).toEqual(['A-007', d(2026, 12, 1), 'Relancer les devis', 'Paul', 'À faire', d(2026, 12, 15), 1200.5]);
    const rapport = emu.run('boussoleGenererRapportPour', '2026-11') as { feuille: string };
    expect(rapport.feuille).toBe('Rapport 2026-11');
  });
});
