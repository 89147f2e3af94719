// The meeting dialog's model (SPEC §4 v2): which rituals it offers, the agenda each follows, the
// last report's « Décisions à prendre », and the sentence about the Prochaine date.
import { describe, expect, it } from 'vitest';
import { buildMeetingAgendas, ritualKind } from '../../../src/core/planning/meeting-agenda';
import { countUsers, quarterOfComite } from '../../../src/core/planning/meeting-steps';
import type { MeetingSources, RitualAgenda } from '../../../src/core/planning/meeting-types';
import { latestReportTab, reportDecisions } from '../../../src/core/planning/report-decisions';
import { readRitualCells } from '../../../src/workbook/ritual-cells';
import { action, cadrage, classeur, d, gouvernance, grid } from './fixtures';

const TODAY = new Date(2026, 10, 23, 9); // Monday 23/11/2026
const rituals = gouvernance([
  ['Point hebdo', 'hebdomadaire', 30, 'Léa, Marc', d(2026, 11, 23)],
  ['Revue mensuelle', 'mensuelle', 60, 'Sophie', d(2026, 11, 30)],
  ['Comité trimestriel', 'trimestrielle', 120, '', d(2026, 12, 15)],
  ['Point d\'information équipe', 'trimestrielle', 15, '', ''],
  ['Contrôle d\'adoption J+30', 'unique', 30, '', d(2027, 1, 29)],
  ['Atelier qualité', 'bimensuelle', '', '', 'lundi prochain'],
]);
const c = classeur({
  Cadrage: cadrage({ 'Utilisateurs au quotidien': 'Nadia (commerciale), Julien et Thomas', 'Vision à 3 ans': 'Devenir la référence de la région.' }),
  Plan: grid('plan', [
    action({ ID: 'A-001', Mois: '2026-12', Action: 'Lancer la newsletter', Statut: 'À faire' }),
    action({ ID: 'A-002', Mois: '2026-11', Action: 'Auditer le site', Statut: 'Fait', 'Fait le': d(2026, 11, 2) }),
  ]),
  Gouvernance: rituals,
});
const sources = (over: Partial<MeetingSources> = {}): MeetingSources => ({
  ...readRitualCells(rituals), rapport: { onglet: 'Rapport 2026-10', gid: 7, decisions: ['Débloquer A-023 ?'] }, comites: [], ...over,
});
const byName = (list: RitualAgenda[], name: string) => list.find((r) => r.rituel === name) as RitualAgenda;

describe('buildMeetingAgendas', () => {
  const m = buildMeetingAgendas(c, sources(), TODAY);

  it('offers every Gouvernance ritual, Point hebdo selected, each with its suggested date and duration', () => {
    expect(m.rituels.map((r) => [r.rituel, r.kind, r.duree])).toEqual([
      ['Point hebdo', 'hebdo', 30], ['Revue mensuelle', 'revue', 60], ['Comité trimestriel', 'comite', 120],
      ['Point d\'information équipe', 'information', 15], ['Contrôle d\'adoption J+30', 'adoption', 30], ['Atelier qualité', 'autre', 30],
    ]);
    expect(m.choisi).toBe(0);
    expect(m.avertissement).toBeNull();
    expect(byName(m.rituels, 'Revue mensuelle').date).toEqual(d(2026, 11, 30));
    expect(byName(m.rituels, 'Point d\'information équipe').date).toEqual(d(2026, 11, 23)); // no date: today
  });

  it('says before saving what happens to each Prochaine date', () => {
    expect(m.rituels.map((r) => r.note)).toEqual([
      'En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E5) : 30/11/2026 (au lieu du 23/11/2026).',
      'En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E6) : 30/12/2026 (au lieu du 30/11/2026).',
      'En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E7) : 15/03/2027 (au lieu du 15/12/2026).',
      'En enregistrant, Boussole met à jour la prochaine date de ce rituel (Gouvernance!E8) : 23/02/2027 (elle était vide).',
      'La prochaine date de ce rituel (Gouvernance!E9) ne changera pas : rituel unique : sa date ne change pas.',
      'La prochaine date de ce rituel (Gouvernance!E10) ne changera pas : « lundi prochain » n’est pas une date (attendu : JJ/MM/AAAA) : elle reste telle quelle.',
    ]);
  });

  it('revue mensuelle: the report tab link, its decisions as a checklist, next month’s actions', () => {
    const steps = byName(m.rituels, 'Revue mensuelle').etapes;
    expect(steps.map((s) => [s.titre, s.minutes])).toEqual([['Relire le rapport', 10], ['Décisions à prendre', 35], ['Mois prochain', 15]]);
    expect(steps[0]?.blocs).toEqual([{ type: 'lien', texte: 'Le dernier rapport : onglet « Rapport 2026-10 »', onglet: 'Rapport 2026-10', gid: 7 }]);
    expect(steps[1]?.blocs).toEqual([{ type: 'points', points: ['Débloquer A-023 ?'] }]);
    expect(steps[2]?.blocs[0]).toMatchObject({ type: 'actions', titre: 'Actions prévues en décembre 2026', actions: [{ id: 'A-001' }] });
  });

  it('comité: a link to `Comité AAAA-Tn` of its quarter when the tab exists, else the menu to run', () => {
    expect(byName(m.rituels, 'Comité trimestriel').etapes[0]?.blocs[0]).toEqual({ type: 'texte', texte: 'Aucun onglet « Comité 2026-T4 » : lancez Extensions › Boussole › Préparer le comité trimestriel avant la réunion.' });
    const withTab = buildMeetingAgendas(c, sources({ comites: [{ onglet: 'Comité 2026-T4', gid: 9 }] }), TODAY);
    expect(byName(withTab.rituels, 'Comité trimestriel').etapes[0]?.blocs[0]).toEqual({ type: 'lien', texte: 'La page du comité : onglet « Comité 2026-T4 »', onglet: 'Comité 2026-T4', gid: 9 });
    expect(byName(m.rituels, 'Comité trimestriel').etapes.reduce((sum, s) => sum + (s.minutes ?? 0), 0)).toBe(120);
  });

  it('information équipe: 15 minutes, the Vision, what was done in the last three months, what comes', () => {
    const steps = byName(m.rituels, 'Point d\'information équipe').etapes;
    expect(steps.map((s) => s.minutes)).toEqual([3, 5, 4, 3]);
    expect(steps[0]?.blocs[0]).toEqual({ type: 'texte', texte: 'Vision à 3 ans : Devenir la référence de la région.' });
    expect(steps[1]?.blocs[0]).toMatchObject({ titre: 'Faites ces trois derniers mois', actions: [{ id: 'A-002' }] });
    expect(steps[2]?.blocs[0]).toMatchObject({ titre: 'Prévues ces trois mois', actions: [{ id: 'A-001' }] });
  });

  it('contrôle d’adoption: who should use the tool and how many names that makes', () => {
    expect(byName(m.rituels, 'Contrôle d\'adoption J+30').etapes[0]?.blocs[0]).toEqual({ type: 'adoption', utilisateurs: 'Nadia (commerciale), Julien et Thomas', prevus: 3 });
  });

  it('preselects the ritual asked for (any spelling), falls back to Point hebdo', () => {
    expect(buildMeetingAgendas(c, sources(), TODAY, 'revue MENSUELLE').choisi).toBe(1);
    expect(buildMeetingAgendas(c, sources(), TODAY, 'Inconnu').choisi).toBe(0);
  });
});

describe('without a rituals table', () => {
  const m = buildMeetingAgendas(c, { rituels: [], table: false, rapport: null, comites: [] }, TODAY);

  it('offers the five default rituals, warns, and updates no date', () => {
    expect(m.rituels.map((r) => r.rituel)).toEqual(['Point hebdo', 'Revue mensuelle', 'Comité trimestriel', 'Point d\'information équipe', 'Contrôle d\'adoption J+30']);
    expect(m.avertissement).toMatch(/^Gouvernance n’a pas de tableau des rituels/);
    expect(m.rituels.every((r) => r.prochaine === null && r.note === 'Sans tableau des rituels dans Gouvernance, aucune prochaine date ne sera mise à jour.')).toBe(true);
    expect(byName(m.rituels, 'Revue mensuelle').etapes[0]?.blocs[0]).toMatchObject({ type: 'texte', texte: expect.stringMatching(/^Aucun rapport mensuel/) });
  });

  it('a table without Point hebdo still offers it first, with no date to move', () => {
    const only = gouvernance([['Revue mensuelle', 'mensuelle', 60, '', '']]);
    const r = buildMeetingAgendas(c, { ...readRitualCells(only), rapport: null, comites: [] }, TODAY);
    expect(r.rituels.map((x) => x.rituel)).toEqual(['Point hebdo', 'Revue mensuelle']);
    expect(r.rituels[0]?.note).toBe('« Point hebdo » n’est pas dans le tableau des rituels de Gouvernance : aucune prochaine date à mettre à jour.');
  });
});

describe('the last report’s « Décisions à prendre »', () => {
  it('takes the latest Rapport AAAA-MM by month, not by tab order', () => {
    expect(latestReportTab(['Plan', 'Rapport 2026-11', 'Rapport 2027-01', 'Rapport 2026-13', 'Rapport 2026-12 (copie)'])).toEqual({ onglet: 'Rapport 2027-01', mois: '2027-01' });
    expect(latestReportTab(['Plan'])).toBeNull();
  });

  it('reads the lines under the title until the footer, numbering removed, in column A or B', () => {
    const grid = [['Rapport mensuel — CRM — octobre 2026'], ['Décisions à prendre'], ['1. Comment débloquer « Import » ?'], [''],
      ['', '2. Poste « Salon » : accepter le dépassement ?'], ['… et 2 autres'], ['Budget restant : 1 200 €'],
      ['Généré par Boussole le 01/11/2026 — …'], ['Hors section']];
    expect(reportDecisions(grid)).toEqual(['Comment débloquer « Import » ?', 'Poste « Salon » : accepter le dépassement ?', 'Budget restant : 1 200 €']);
  });

  it('stops at another section title; « Aucune décision… » and a tab without the title give none', () => {
    expect(reportDecisions([['Décisions à prendre'], ['1. Q ?'], ['Mois prochain — décembre 2026'], ['X']])).toEqual(['Q ?']);
    expect(reportDecisions([['Décisions à prendre'], ['Aucune décision en attente : ni blocage ni dépassement de budget.']])).toEqual([]);
    expect(reportDecisions([['Budget'], ['1. Q ?']])).toEqual([]);
  });
});

describe('helpers', () => {
  it('ritualKind, quarterOfComite and countUsers', () => {
    expect(ritualKind('  point  HEBDO ')).toBe('hebdo');
    expect(ritualKind('Controle d’adoption J+30')).toBe('adoption');
    expect(quarterOfComite(d(2027, 1, 15))).toBe('2026-T4'); // first 15 days of a quarter: the one just ended
    expect(quarterOfComite(d(2027, 1, 16))).toBe('2027-T1');
    expect(quarterOfComite(d(2026, 12, 15))).toBe('2026-T4');
    expect(countUsers('Léa, Marc et Julie')).toBe(3);
    expect(countUsers('Les deux commerciales qui font les devis tous les jours')).toBeNull();
    expect(countUsers('')).toBeNull();
  });
});
