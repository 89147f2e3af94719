// Rituels non tenus (v2: one line per ritual, windows 10 / 38 / 100 days, the young-project grace)
// and Adoption non vérifiée (v2). Début = 01/09/2026; R = 20/11/2026 unless said otherwise.
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { JournalEntry, Ritual, Workbook } from '../../../src/core/types';
import { cadrage, calmWorkbook, d, journal, resetRows, rituel } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const HEBDO = rituel('Point hebdo', 'hebdomadaire', 14);
const REVUE = rituel('Revue mensuelle', 'mensuelle', 15);
const COMITE = rituel('Comité trimestriel', 'trimestrielle', 16);
const only = (signal: string, rituels: Ritual[], entries: JournalEntry[], month = '2026-11', today = TODAY, over: Partial<Workbook> = {}) =>
  computeAlerts(calmWorkbook({ rituels, journal: entries, ...over }), month, today).filter((a) => a.signal === signal);
const rituals = (rituels: Ritual[], entries: JournalEntry[], month?: string, today?: Date) => only('Rituels non tenus', rituels, entries, month, today);

describe('Rituels non tenus — hebdomadaire (10 days)', () => {
  it('a Point hebdo on R − 10 days keeps it quiet; R − 11 days or R itself does not', () => {
    expect(rituals([HEBDO], [journal('2026-11-10', 2)])).toEqual([]);
    const [a] = rituals([HEBDO], [journal('2026-11-09', 2), journal('2026-11-20', 3)]);
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Journal!A4', 'Gouvernance!A14'] });
    expect(a?.message).toBe('« Point hebdo » (hebdomadaire) : aucune séance notée dans le Journal entre le 10/11/2026 et le 19/11/2026 (10 jours).');
  });
  it('counts a Journal row with an empty Rituel as a Point hebdo, and matches names case- and accent-insensitively', () => {
    expect(rituals([HEBDO], [journal('2026-11-12', 2, { rituel: '' })])).toEqual([]);
    expect(rituals([REVUE], [journal('2026-11-12', 2, { rituel: '  revue  MENSUÉLLE ' })])).toEqual([]);
    expect(rituals([REVUE], [journal('2026-11-12', 2, { rituel: '' })])).toHaveLength(1);
  });
  it('grace: not checked before Début + 10 days', () => {
    // September report judged on 10/09: R = 10/09 < 11/09 → not checked; on 11/09 it is
    expect(rituals([HEBDO], [], '2026-09', d('2026-09-10'))).toEqual([]);
    expect(rituals([HEBDO], [], '2026-09', d('2026-09-11'))).toHaveLength(1);
  });
});

describe('Rituels non tenus — mensuelle (38 days) and trimestrielle (100 days)', () => {
  it('the Revue mensuelle is quiet with a row on R − 38 days, fires from R − 39', () => {
    expect(rituals([REVUE], [journal('2026-10-13', 2, { rituel: 'Revue mensuelle' })])).toEqual([]);
    const [a] = rituals([REVUE], [journal('2026-10-12', 2, { rituel: 'Revue mensuelle' })]);
    expect(a?.message).toBe('« Revue mensuelle » (mensuelle) : aucune séance notée dans le Journal entre le 13/10/2026 et le 19/11/2026 (38 jours).');
  });
  it('grace: the first comité is not due before Début + 100 days (10/12/2026)', () => {
    expect(rituals([COMITE], [])).toEqual([]); // R 20/11
    expect(rituals([COMITE], [], '2026-12', d('2026-12-09'))).toEqual([]);
    const [a] = rituals([COMITE], [], '2026-12', d('2026-12-10'));
    // R − 100 days = 01/09/2026 = Début
    expect(a?.message).toBe('« Comité trimestriel » (trimestrielle) : aucune séance notée dans le Journal entre le 01/09/2026 et le 09/12/2026 (100 jours).');
    const comite = (date: string) => [journal(date, 2, { rituel: 'Comité trimestriel' })];
    expect(rituals([COMITE], comite('2026-09-01'), '2026-12', d('2026-12-10'))).toEqual([]);
    expect(rituals([COMITE], comite('2026-08-31'), '2026-12', d('2026-12-10'))).toHaveLength(1);
  });
  it('gives one line per ritual, in Gouvernance order', () => {
    const lines = rituals([HEBDO, REVUE, COMITE], [], '2026-12', d('2026-12-15'));
    expect(lines.map((a) => a.cellules[1])).toEqual(['Gouvernance!A14', 'Gouvernance!A15', 'Gouvernance!A16']);
  });
  it('checks neither other frequencies nor the Contrôle d’adoption J+30, nor anything without Début', () => {
    const others = [rituel('Atelier', 'unique', 17), rituel('Bilan', '', 18), rituel('Contrôle d\'adoption J+30', 'hebdomadaire', 19)];
    expect(rituals(others, [])).toEqual([]);
    expect(only('Rituels non tenus', [HEBDO], [], '2026-11', TODAY, { cadrage: cadrage({ debutFeuilleDeRoute: null }) })).toEqual([]);
  });
});

describe('Adoption non vérifiée', () => {
  const controle = (prochaineDate: Date | null) => rituel('Contrôle d\'adoption J+30', 'unique', 17, { prochaineDate });
  const adoption = (date: Date | null, entries: JournalEntry[] = []) => only('Adoption non vérifiée', [controle(date)], entries);
  it('fires when the Prochaine date is more than 7 days before R and no row of it was noted since 7 days before it', () => {
    const [a] = adoption(d('2026-11-12')); // 12/11 < R − 7 = 13/11
    expect(a).toMatchObject({ niveau: 'orange', cellules: ['Gouvernance!E17', 'Journal!A2'] });
    expect(a?.message).toBe('« Contrôle d\'adoption J+30 » prévu le 12/11/2026 et jamais noté dans le Journal : personne n’a vérifié que l’outil est vraiment utilisé.');
  });
  it('waits 7 days after the Prochaine date (13/11 = R − 7 does not fire)', () => {
    expect(adoption(d('2026-11-13'))).toEqual([]);
    expect(adoption(null)).toEqual([]);
  });
  it('a row of that ritual from Prochaine date − 7 days on keeps it quiet (apostrophes free)', () => {
    const noted = (date: string) => [journal(date, 2, { rituel: 'Contrôle d’adoption J+30' })];
    expect(adoption(d('2026-11-12'), noted('2026-11-05'))).toEqual([]);
    expect(adoption(d('2026-11-12'), noted('2026-11-04'))).toHaveLength(1);
    expect(adoption(d('2026-11-12'), [journal('2026-11-10', 2)])).toHaveLength(1); // a Point hebdo is not the control
  });
});
