// SPEC §6 v2 *Check-list stratégique*: five lines ✅ / ❌ with what is missing, each at its level
// and at its boundary (100 words, 6 months, one A and one R, 25 % Humain), and its dashboard rows.
import { describe, expect, it } from 'vitest';
import { buildChecklist, countWords, type Checklist } from '../../../src/core/checklist/checklist';
import { layoutChecklist } from '../../../src/core/checklist/layout';
import { readClasseur } from '../../../src/workbook/reader';
import { d, gouvernance, grid } from '../planning/fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i + 1}`).join(' ');
const months = (n: number) => Array.from({ length: n }, (_, i) => ({ ID: `A-00${i + 1}`, Mois: `2027-${String(i + 1).padStart(2, '0')}`, Action: 'Agir', Statut: 'À faire' }));
const poste = (nom: string, nature: string, montant: number) => ({ Poste: nom, Horizon: 'Long terme', Nature: nature, 'Expérimentation': 'Non', 'Montant prévu': montant });

/** A classeur that passes all five lines; `over` replaces whole tabs. */
function workbook(over: Record<string, unknown[][]> = {}) {
  return readClasseur({
    Cadrage: [['Question', 'Réponse'], ['Vision à 3 ans', words(100)], ['Points de douleur', 'Les devis se perdent dans les e-mails.']],
    Backlog: grid('backlog', [{ ID: 'B-001', 'Idée': 'CRM', 'Décision': 'Démarrer' }]),
    Plan: grid('plan', months(6)),
    Budget: grid('budget', [poste('Formation', 'Humain', 250), poste('Outil', 'Tech', 750)]),
    Gouvernance: gouvernance([['Point hebdo', 'hebdomadaire', 30, '', d(2026, 11, 30)]]),
    ...over,
  });
}
const line = (c: Checklist, etape: string) => c.lignes.find((l) => l.etape === etape);

describe('buildChecklist', () => {
  it('all five pass: 5/5, each line says what is done and why it matters', () => {
    const c = buildChecklist(workbook());
    expect(c.faites).toBe(5);
    expect(c.lignes.map((l) => [l.etape, l.ok, l.detail])).toEqual([
      ['Vision', true, 'Vision écrite en 100 mots.'],
      ['Diagnostic', true, 'Points de douleur notés dans le Cadrage.'],
      ['Priorités', true, '1 idée décidée « Démarrer », actions sur 6 mois.'],
      ['Gouvernance', true, '1 chantier avec un A et un R, 1 rituel daté.'],
      ['Montée en compétences', true, 'Postes « Humain » : 25 % du budget prévu (250 € sur 1 000 €).'],
    ]);
    expect(c.lignes.every((l) => l.pourquoi.length > 20)).toBe(true);
  });

  it('Vision: 100 words pass, 101 fail, empty fails', () => {
    const cadrage = (vision: string) => [['Question', 'Réponse'], ['Vision à 3 ans', vision], ['Points de douleur', 'x']];
    expect(line(buildChecklist(workbook({ Cadrage: cadrage(words(101)) })), 'Vision')).toMatchObject({ ok: false, detail: 'Cadrage : « Vision à 3 ans » fait 101 mots — 100 au plus, retirez-en 1.' });
    expect(line(buildChecklist(workbook({ Cadrage: cadrage('') })), 'Vision')).toMatchObject({ ok: false, detail: expect.stringMatching(/« Vision à 3 ans » est vide/) });
    expect(countWords('L’entreprise — leader de la région , en 2029 !')).toBe(7); // « — », « , » and « ! » alone are not words
  });

  it('Diagnostic: an empty or missing « Points de douleur » fails', () => {
    const c = buildChecklist(workbook({ Cadrage: [['Question', 'Réponse'], ['Vision à 3 ans', 'Cap clair.']] }));
    expect(line(c, 'Diagnostic')).toMatchObject({ ok: false, detail: expect.stringMatching(/^Cadrage : « Points de douleur » est vide/) });
    expect(c.faites).toBe(4);
  });

  it('Priorités: 5 months fail, 6 pass; no idea decided Démarrer fails; dropped actions and Préparer do not count', () => {
    expect(line(buildChecklist(workbook({ Plan: grid('plan', months(5)) })), 'Priorités')).toMatchObject({ ok: false, detail: 'Actions du Plan sur 5 mois (6 au moins).' });
    const dropped = grid('plan', [...months(5), { ID: 'A-009', Mois: '2027-09', Action: 'X', Statut: 'Abandonné' }]);
    expect(line(buildChecklist(workbook({ Plan: dropped })), 'Priorités')?.ok).toBe(false);
    const backlog = grid('backlog', [{ ID: 'B-001', 'Idée': 'CRM', 'Décision': 'Préparer' }]);
    expect(line(buildChecklist(workbook({ Backlog: backlog, Plan: grid('plan', months(2)) })), 'Priorités')).toMatchObject({
      ok: false, detail: 'Aucune idée du Backlog décidée « Démarrer » ; actions du Plan sur 2 mois (6 au moins).',
    });
  });

  it('Gouvernance: two A, no R, an undated ritual, or nothing at all fail', () => {
    const g = [['Chantier', 'R', 'A', 'C', 'I'], ['Site', 'Léa', 'Marc, Paul', '', ''], ['CRM', '', 'Marc', '', ''], ['Compta', 'Léa', 'Marc', '', ''], [],
      ['Rituel', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date'], ['Point hebdo', 'hebdomadaire', 30, '', d(2026, 11, 30)], ['Revue mensuelle', 'mensuelle', 60, '', '']];
    expect(line(buildChecklist(workbook({ Gouvernance: g })), 'Gouvernance')).toMatchObject({
      ok: false, detail: 'Gouvernance — sans un seul « A » : « Site » ; sans « R » : « CRM » ; sans prochaine date : « Revue mensuelle ».',
    });
    expect(line(buildChecklist(workbook({ Gouvernance: [] })), 'Gouvernance')).toMatchObject({ ok: false, detail: 'Gouvernance — aucun chantier dans la matrice RACI ; aucun rituel.' });
  });

  it('Montée en compétences: exactly 25 % passes, 24,9 % fails, nothing planned fails', () => {
    const budget = (humain: number, tech: number) => grid('budget', [poste('Formation', 'Humain', humain), poste('Outil', 'Tech', tech)]);
    expect(line(buildChecklist(workbook({ Budget: budget(249, 751) })), 'Montée en compétences')).toMatchObject({
      ok: false, detail: 'Budget : postes « Humain » : 24,9 % du budget prévu (249 € sur 1 000 €), 25 % au moins — 1 € de formation pour 3 € de technique.',
    });
    expect(line(buildChecklist(workbook({ Budget: budget(1, 3) })), 'Montée en compétences')?.ok).toBe(true);
    expect(line(buildChecklist(workbook({ Budget: grid('budget', []) })), 'Montée en compétences')).toMatchObject({ ok: false, detail: expect.stringMatching(/^Budget : aucun « Montant prévu »/) });
  });
});

describe('layoutChecklist (Tableau de bord)', () => {
  it('a title with the score, a header, then étape, ✅ / ❌ and what is missing', () => {
    const rows = layoutChecklist(buildChecklist(workbook({ Plan: grid('plan', months(5)) })));
    expect(rows).toHaveLength(7);
    expect(rows[0]?.[0]).toBe('Check-list stratégique : 4/5');
    expect(rows[1]).toEqual(['Étape', 'État', 'Ce qui manque']);
    expect(rows.slice(2).map((r) => [r[0], r[1]])).toEqual([['Vision', '✅'], ['Diagnostic', '✅'], ['Priorités', '❌'], ['Gouvernance', '✅'], ['Montée en compétences', '✅']]);
    expect(rows[4]?.[2]).toBe('Actions du Plan sur 5 mois (6 au moins).');
  });
});
