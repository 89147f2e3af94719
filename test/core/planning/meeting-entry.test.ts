// The meeting dialog's payload (SPEC §4 v2, §7): field-level French errors from zod/mini, then the
// Journal row (Décisions, Blocages, Moral, Retours composed) and the backlog ideas it leaves.
import { describe, expect, it } from 'vitest';
import { FIELD_MESSAGES, validateMeeting, type MeetingEntry } from '../../../src/core/planning/meeting-entry';
import { adoptionLine, alreadyLogged, backlogCells, feedbackIdeas, meetingJournalCells } from '../../../src/core/planning/meeting-rows';
import { classeur, d, grid, headers } from './fixtures';

const base = { date: '2026-11-23', meteo: '🌧️ Pluvieux', decisions: 'Go', blocages: '', participants: 'Léa, Marc' };
const valid = (payload: unknown): MeetingEntry => {
  const r = validateMeeting(payload);
  if (!r.ok) throw new Error(r.message);
  return r.entree;
};
const columns = (table: 'journal' | 'backlog') => Object.fromEntries(headers(table).map((h, i) => [h, i]));

describe('validateMeeting', () => {
  it('accepts the v1 payload: Point hebdo, no moral, no feedback', () => {
    expect(valid(base)).toEqual({
      rituel: 'Point hebdo', date: d(2026, 11, 23), meteo: '🌧️ Pluvieux', decisions: 'Go', blocages: '', participants: 'Léa, Marc',
      moral: null, marche: '', coince: '', manque: '', ajouterAuBacklog: false, points: [], utilisateursActifs: null,
    });
  });

  it('gives one French message per bad field, the summary naming the first', () => {
    const r = validateMeeting({ ...base, date: '2026-02-30', meteo: 'Beau', moral: 6, coince: 'x'.repeat(2001), utilisateursActifs: 2.5 });
    expect(r).toEqual({
      ok: false,
      message: `Compte rendu non enregistré : ${FIELD_MESSAGES.meteo}`,
      erreurs: { meteo: FIELD_MESSAGES.meteo, moral: FIELD_MESSAGES.moral, coince: FIELD_MESSAGES.coince, utilisateursActifs: FIELD_MESSAGES.utilisateursActifs, date: FIELD_MESSAGES.date },
    });
    // The date is checked for meaning once its shape is right: 30 February does not exist.
    expect(validateMeeting({ ...base, date: '2026-02-30' })).toEqual({ ok: false, message: `Compte rendu non enregistré : ${FIELD_MESSAGES.date}`, erreurs: { date: FIELD_MESSAGES.date } });
    expect(FIELD_MESSAGES.moral).toBe('Moral de l’équipe : une note entière de 1 à 5, ou rien.');
  });

  it('moral: 1 and 5 pass, 0, 6 and 3.5 fail, null is « not rated »', () => {
    expect(valid({ ...base, moral: 1 }).moral).toBe(1);
    expect(valid({ ...base, moral: 5 }).moral).toBe(5);
    expect(valid({ ...base, moral: null }).moral).toBeNull();
    for (const moral of [0, 6, 3.5, '3']) expect(validateMeeting({ ...base, moral })).toMatchObject({ ok: false, erreurs: { moral: FIELD_MESSAGES.moral } });
  });

  it('texts: 2 000 characters pass, 2 001 fail; a non-object is unreadable', () => {
    expect(valid({ ...base, decisions: 'x'.repeat(2000) }).decisions).toHaveLength(2000);
    expect(validateMeeting({ ...base, decisions: 'x'.repeat(2001) })).toMatchObject({ ok: false, erreurs: { decisions: 'Décisions : un texte de 2\u00a0000 caractères au plus.' } });
    expect(validateMeeting(null)).toEqual({ ok: false, message: 'Compte rendu non enregistré : saisie illisible, rouvrez la fenêtre.', erreurs: {} });
    expect(validateMeeting([base])).toMatchObject({ ok: false, message: 'Compte rendu non enregistré : saisie illisible, rouvrez la fenêtre.' });
  });

  it('points: 20 pass, 21 fail; an empty question is dropped', () => {
    const point = { question: 'Q', reponse: '', traitee: false };
    expect(valid({ ...base, points: Array(20).fill(point) }).points).toHaveLength(20);
    expect(validateMeeting({ ...base, points: Array(21).fill(point) })).toMatchObject({ ok: false, erreurs: { points: FIELD_MESSAGES.points } });
    expect(valid({ ...base, points: [{ question: '  ', reponse: '', traitee: true }] }).points).toEqual([]);
  });
});

describe('the Journal row', () => {
  it('revue: ticked or answered decisions go to Décisions, the others to Blocages; moral and Retours in the v2 columns', () => {
    const e = valid({
      ...base, rituel: 'Revue mensuelle', decisions: '=HYPERLINK("x")', blocages: 'Karim absent', moral: 2, marche: 'Le CRM', coince: 'Les imports', manque: '',
      points: [{ question: 'Débloquer A-023 ?', reponse: 'Karim appelle le prestataire', traitee: false },
        { question: 'Poste Salon ?', reponse: '', traitee: true }, { question: 'Poste Pub ?', reponse: '', traitee: false }],
    });
    expect(meetingJournalCells(e, null, columns('journal'), 8)).toEqual([
      d(2026, 11, 23), 'Revue mensuelle', '🌧️ Pluvieux', '✔ Débloquer A-023 ? → Karim appelle le prestataire\n✔ Poste Salon ?\n=HYPERLINK("x")',
      'Karim absent\nÀ trancher : Poste Pub ?', 'Léa, Marc', 2, 'Ce qui marche : Le CRM\nCe qui coince : Les imports',
    ]);
  });

  it('a Journal without the v2 columns gets the six others, in its own column order', () => {
    const e = valid({ ...base, moral: 4, marche: 'Tout' });
    expect(meetingJournalCells(e, null, { Rituel: 0, Date: 1, Météo: 2, Décisions: 3, Blocages: 4, Participants: 5 }, 6))
      .toEqual(['Point hebdo', d(2026, 11, 23), '🌧️ Pluvieux', 'Go', '', 'Léa, Marc']);
  });

  it('contrôle d’adoption: the count opens Décisions, out of the daily users when they are countable', () => {
    expect(adoptionLine(2, 3)).toBe('Adoption : 2 sur 3 utilisateurs au quotidien utilisent l’outil chaque semaine.');
    expect(adoptionLine(1, null)).toBe('Adoption : 1 personne utilise l’outil chaque semaine.');
    const e = valid({ ...base, rituel: 'Contrôle d\'adoption J+30', utilisateursActifs: 0, decisions: 'Former Thomas' });
    expect(meetingJournalCells(e, 3, columns('journal'), 8)[3]).toBe('Adoption : 0 sur 3 utilisateurs au quotidien utilise l’outil chaque semaine.\nFormer Thomas');
  });

  it('finds the same ritual logged the same day (an empty Rituel counts as Point hebdo)', () => {
    const j = classeur({ Journal: grid('journal', [{ Date: d(2026, 11, 23), Rituel: '' }, { Date: d(2026, 11, 23), Rituel: 'revue  MENSUELLE' }]) }).journal;
    expect(alreadyLogged(j, d(2026, 11, 23), 'Point hebdo')?.row).toBe(2);
    expect(alreadyLogged(j, d(2026, 11, 23), 'Revue mensuelle')?.row).toBe(3);
    expect(alreadyLogged(j, d(2026, 11, 23), 'Comité trimestriel')).toBeNull();
    expect(alreadyLogged(j, d(2026, 11, 24), 'Point hebdo')).toBeNull();
  });
});

describe('feedback ideas', () => {
  const feedback = { ...base, marche: 'Le CRM', coince: '- Les imports sont lents\n\n• =SUM(1)\nles imports sont lents', manque: '1. Une formation\r\nUn export' };

  it('ticked: one idea per line of « ce qui coince » then « ce qui manque », bullets removed, duplicates once; « ce qui marche » never', () => {
    expect(feedbackIdeas(valid({ ...feedback, ajouterAuBacklog: true }))).toEqual(['Les imports sont lents', '=SUM(1)', 'Une formation', 'Un export']);
  });

  it('unticked: none', () => {
    expect(feedbackIdeas(valid({ ...feedback, ajouterAuBacklog: false }))).toEqual([]);
    expect(feedbackIdeas(valid(feedback))).toEqual([]);
  });

  it('each idea is a Backlog row: ID, Idée, Demandeur « Retour d’équipe », Ajoutée le = the meeting date', () => {
    expect(backlogCells(['Un export'], ['B-016'], d(2026, 11, 23), columns('backlog'), 13)[0]).toEqual(
      ['B-016', 'Un export', 'Retour d\'équipe', d(2026, 11, 23), '', '', '', '', '', '', '', '', '']);
  });
});
