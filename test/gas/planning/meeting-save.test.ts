// SPEC §4 v2 through the bundle: saving a meeting, in one locked step, appends the Journal row,
// one Backlog idea per ticked feedback line, and moves the ritual's Prochaine date (rituals table
// rows 14–18 after Initialiser: Point hebdo, Revue mensuelle, Comité trimestriel, Point
// d'information équipe, Contrôle d'adoption J+30; Prochaine date in column E).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { initialisedWorkbook, seedBacklog, seedPlan } from './scenarios';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
const base = { meteo: '🌤️ Variable', decisions: '', blocages: '', participants: 'Léa' };
const save = (emu: Emulator, payload: Record<string, unknown>) => emu.run('boussoleEnregistrerPointHebdo', { ...base, ...payload }) as { ok: boolean; message: string; erreurs?: Record<string, string> };
const dates = (emu: Emulator) => emu.book.values('Gouvernance', 'E14:E18').map((r) => r[0]);
const journal = (emu: Emulator) => emu.book.values('Journal').slice(1);

describe('moving the Prochaine date, per frequency', () => {
  const emu = initialisedWorkbook();
  emu.book.setValues('Gouvernance', 'E14', [[d(2026, 11, 23)], [d(2027, 1, 31)], [d(2026, 12, 15)], [''], [d(2027, 1, 29)]]);

  it('hebdomadaire: Monday 23/11 → Monday 30/11; held late on Wednesday 02/12 → Monday 07/12', () => {
    expect(save(emu, { rituel: 'Point hebdo', date: '2026-11-23' }).ok).toBe(true);
    expect(dates(emu)[0]).toEqual(d(2026, 11, 30));
    expect(save(emu, { rituel: 'Point hebdo', date: '2026-12-02' }).message).toMatch(/prochaine date du rituel : 07\/12\/2026 \(Gouvernance!E14\)\.$/);
    expect(dates(emu)[0]).toEqual(d(2026, 12, 7));
  });

  it('mensuelle: 31/01/2027 → 28/02/2027; 31/10/2026 → 30/11/2026', () => {
    expect(save(emu, { rituel: 'Revue mensuelle', date: '2027-01-31' }).ok).toBe(true);
    expect(dates(emu)[1]).toEqual(d(2027, 2, 28));
    emu.book.setValues('Gouvernance', 'E15', [[d(2026, 10, 31)]]);
    expect(save(emu, { rituel: 'Revue mensuelle', date: '2026-10-31' }).ok).toBe(true);
    expect(dates(emu)[1]).toEqual(d(2026, 11, 30));
  });

  it('trimestrielle: 15/12/2026 → 15/03/2027; an empty date → the meeting + 3 months', () => {
    expect(save(emu, { rituel: 'Comité trimestriel', date: '2026-12-15' }).ok).toBe(true);
    expect(save(emu, { rituel: 'Point d\'information équipe', date: '2026-11-30' }).message)
      .toMatch(/prochaine date du rituel : 28\/02\/2027 \(Gouvernance!E17\)\.$/);
    expect(dates(emu).slice(2, 4)).toEqual([d(2027, 3, 15), d(2027, 2, 28)]);
  });

  it('unique: unchanged, and the message says why', () => {
    expect(save(emu, { rituel: 'Contrôle d\'adoption J+30', date: '2027-01-29' }).message).toMatch(/prochaine date inchangée \(rituel unique : sa date ne change pas\)\.$/);
    expect(dates(emu)[4]).toEqual(d(2027, 1, 29));
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });
});

describe('the Journal row and the backlog ideas', () => {
  const emu = initialisedWorkbook();
  seedBacklog(emu); // 6 ideas, B-001 and B-003 typed: new IDs continue at B-004
  emu.book.setValues('Cadrage', 'B5', [['Léa, Marc et Julie']]);
  emu.book.setValues('Gouvernance', 'E18', [[d(2026, 11, 23)]]);
  const feedback = { marche: 'Le CRM', coince: '- Les imports sont lents\n=SUM(1)', manque: 'Une formation' };

  it('ticked: Journal row with moral and Retours, one idea per line of « coince » and « manque »', () => {
    const r = save(emu, { rituel: 'Contrôle d\'adoption J+30', date: '2026-11-23', moral: 2, utilisateursActifs: 2, decisions: 'Former Julie', ...feedback, ajouterAuBacklog: true });
    expect(r).toEqual({
      ok: true, ligne: 2, idees: ['B-004', 'B-005', 'B-006'], prochaineDate: null,
      message: '« Contrôle d\'adoption J+30 » du 23/11/2026 : compte rendu ajouté au Journal (ligne 2) ; 3 idées ajoutées au Backlog (B-004 à B-006) ; prochaine date inchangée (rituel unique : sa date ne change pas).',
    });
    expect(journal(emu)).toEqual([[d(2026, 11, 23), 'Contrôle d\'adoption J+30', '🌤️ Variable',
      'Adoption : 2 sur 3 utilisateurs au quotidien utilisent l’outil chaque semaine.\nFormer Julie', '', 'Léa', 2,
      'Ce qui marche : Le CRM\nCe qui coince : - Les imports sont lents\n=SUM(1)\nCe qui manque : Une formation']]);
    expect(emu.book.values('Backlog', 'A8:D10')).toEqual([
      ['B-004', 'Les imports sont lents', 'Retour d\'équipe', d(2026, 11, 23)],
      ['B-005', '=SUM(1)', 'Retour d\'équipe', d(2026, 11, 23)],
      ['B-006', 'Une formation', 'Retour d\'équipe', d(2026, 11, 23)],
    ]);
    expect(emu.book.formulas('Backlog', 'B9')[0]?.[0]).toBe('');
    expect(emu.book.formulas('Backlog', 'J2')[0]?.[0]).toMatch(/^=BOUSSOLE_SCORE\(/); // the computed columns are not written
  });

  it('unticked: the Journal row only', () => {
    const backlog = emu.book.snapshot('Backlog');
    expect(save(emu, { rituel: 'Point hebdo', date: '2026-11-23', ...feedback, ajouterAuBacklog: false }).ok).toBe(true);
    expect(emu.book.snapshot('Backlog')).toEqual(backlog);
    expect(journal(emu)).toHaveLength(2);
  });

  it('the same ritual twice the same day is refused; another ritual that day is not', () => {
    const before = [emu.book.snapshot('Journal'), emu.book.snapshot('Backlog'), emu.book.snapshot('Gouvernance')];
    expect(save(emu, { rituel: 'point  HEBDO', date: '2026-11-23', ...feedback, ajouterAuBacklog: true })).toEqual({
      ok: false, message: '« Point hebdo » du 23/11/2026 est déjà dans le Journal (ligne 3) : rien n’a été ajouté.',
    });
    expect([emu.book.snapshot('Journal'), emu.book.snapshot('Backlog'), emu.book.snapshot('Gouvernance')]).toEqual(before);
  });
});

describe('bad input: a French message or a sensible default, never a crash, never a lost row', () => {
  it('zod: field-level errors, nothing written', () => {
    const emu = initialisedWorkbook();
    const before = emu.book.snapshot();
    const r = save(emu, { rituel: 'Point hebdo', date: '2026-11-31', moral: 9, manque: 7 });
    expect(r).toEqual({
      ok: false, message: 'Compte rendu non enregistré : Moral de l’équipe : une note entière de 1 à 5, ou rien.',
      erreurs: { moral: 'Moral de l’équipe : une note entière de 1 à 5, ou rien.', manque: 'Ce qui manque : un texte de 2\u00a0000 caractères au plus.', date: 'Date : attendu une date réelle, ex. 23/11/2026.' },
    });
    expect(save(emu, { rituel: 'Séminaire', date: '2026-11-23' })).toEqual({
      ok: false, message: 'Compte rendu non enregistré : Rituel « Séminaire » absent de Gouvernance — attendu : Point hebdo, Revue mensuelle, Comité trimestriel, Point d\'information équipe, Contrôle d\'adoption J+30.',
      erreurs: { rituel: 'Rituel « Séminaire » absent de Gouvernance — attendu : Point hebdo, Revue mensuelle, Comité trimestriel, Point d\'information équipe, Contrôle d\'adoption J+30.' },
    });
    expect(emu.book.snapshot()).toEqual(before);
  });

  it('no Fréquence, an unknown one, a Prochaine date typed as text: the row is saved, the cell kept, the message says why', () => {
    const emu = initialisedWorkbook();
    emu.book.setValues('Gouvernance', 'B14', [['']]);
    emu.book.setValues('Gouvernance', 'B15', [['bimensuelle']]);
    emu.book.setValues('Gouvernance', 'E14', [[d(2026, 11, 23)], [d(2026, 11, 23)], ['après les fêtes']]);
    expect(save(emu, { rituel: 'Point hebdo', date: '2026-11-23' }).message).toMatch(/prochaine date inchangée \(Fréquence vide \(attendu : hebdomadaire, mensuelle, trimestrielle, unique\) : la date reste telle quelle\)\.$/);
    expect(save(emu, { rituel: 'Revue mensuelle', date: '2026-11-23' }).message).toMatch(/prochaine date inchangée \(Fréquence « bimensuelle » inconnue/);
    expect(save(emu, { rituel: 'Comité trimestriel', date: '2026-11-23' }).message).toMatch(/prochaine date inchangée \(« après les fêtes » n’est pas une date \(attendu : JJ\/MM\/AAAA\) : elle reste telle quelle\)\.$/);
    expect(dates(emu).slice(0, 3)).toEqual([d(2026, 11, 23), d(2026, 11, 23), 'après les fêtes']);
    expect(journal(emu).map((r) => r[1])).toEqual(['Point hebdo', 'Revue mensuelle', 'Comité trimestriel']);
  });

  it('a Gouvernance without its rituals table: the Journal row is saved, Gouvernance untouched', () => {
    const emu = initialisedWorkbook();
    emu.book.setValues('Gouvernance', 'A13', [['Nos rituels']]);
    const gouvernance = emu.book.snapshot('Gouvernance');
    expect(save(emu, { rituel: 'Revue mensuelle', date: '2026-11-23' }).message).toBe('« Revue mensuelle » du 23/11/2026 : compte rendu ajouté au Journal (ligne 2).');
    expect(emu.book.snapshot('Gouvernance')).toEqual(gouvernance);
  });

  it('a Journal without the v2 columns: the six others are written and the toast says so', () => {
    const emu = initialisedWorkbook();
    emu.book.setValues('Journal', 'G1', [['', '']]);
    const r = save(emu, { rituel: 'Point hebdo', date: '2026-11-23', moral: 3, marche: 'Tout' });
    expect(r.message).toBe('« Point hebdo » du 23/11/2026 : compte rendu ajouté au Journal (ligne 2) ; prochaine date du rituel : 30/11/2026 (Gouvernance!E14). '
      + 'Le Journal n’a pas les colonnes « Moral de l\'équipe » et « Retours » : elles n’ont pas été remplies — lancez « Initialiser le classeur » pour les ajouter.');
    expect(emu.ui.toasts.at(-1)?.message).toBe(r.message);
    expect(emu.book.values('Journal', 'A2:H2')).toEqual([[d(2026, 11, 23), 'Point hebdo', '🌤️ Variable', '', '', 'Léa', '', '']]);
  });

  it('no Backlog tab with the box ticked: refused with the way out, nothing written; unticked it saves', () => {
    const emu = initialisedWorkbook();
    emu.run('boussoleOuvrirOnglet', 'Plan');
    emu.context.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(emu.context.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Backlog'));
    const before = emu.book.snapshot();
    const payload = { rituel: 'Point hebdo', date: '2026-11-23', coince: 'Les imports' };
    expect(save(emu, { ...payload, ajouterAuBacklog: true })).toEqual({
      ok: false, message: 'Compte rendu non enregistré : Onglet « Backlog » introuvable — lancez « Initialiser le classeur » pour le créer. Ou décochez « Ajouter ce qui coince et ce qui manque au backlog ».',
    });
    expect(emu.book.snapshot()).toEqual(before);
    expect(save(emu, { ...payload, ajouterAuBacklog: false }).ok).toBe(true);
  });
});

describe('calls of saving do not grow with rows', () => {
  /** Saving a point hebdo with 3 ideas and a date move on `scale` × the example rows. */
  function calls(scale: number): { total: number; byMethod: Record<string, number>; readAfterWrite?: number } {
    const emu = initialisedWorkbook();
    seedPlan(emu, scale);
    seedBacklog(emu, scale);
    emu.book.setValues('Journal', 'A2', Array.from({ length: 10 * scale }, (_, i) => [d(2026, 9, 1 + (i % 28)), 'Point hebdo', '', `Décision ${i}`, '', '']));
    emu.book.setValues('Gouvernance', 'E14', [[d(2026, 11, 23)]]);
    emu.calls.reset();
    const r = save(emu, { rituel: 'Point hebdo', date: '2026-11-23', moral: 4, coince: 'a\nb', manque: 'c', ajouterAuBacklog: true });
    expect(r.ok).toBe(true);
    const c = emu.calls as typeof emu.calls & { readAfterWrite?: () => number };
    return { total: emu.calls.total(), byMethod: emu.calls.byMethod(), readAfterWrite: c.readAfterWrite?.() };
  }
  const one = calls(1);
  const ten = calls(10);

  it('the same calls at 1× and 10× rows', () => {
    console.log(`boussoleEnregistrerPointHebdo (3 ideas, date moved): ${one.total} calls at 1×, ${ten.total} at 10×`, one.byMethod);
    expect(ten.total).toBe(one.total);
    expect(one.byMethod['Range.setValues']).toBe(3); // Journal row, Backlog block, Gouvernance date
    expect(one.byMethod['Sheet.getSheetValues']).toBe(4); // Cadrage, Backlog, Gouvernance, Journal: once each
  });

  it.skipIf(one.readAfterWrite === undefined)('at most 2 read-after-write alternations (emulator that counts them)', () => {
    expect(one.readAfterWrite).toBeLessThanOrEqual(2);
    expect(ten.readAfterWrite).toBeLessThanOrEqual(2);
  });
});
