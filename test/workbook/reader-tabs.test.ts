// Tolerant reading of Mesures, Objectifs, Backlog, Gouvernance (two tables) and Journal.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readClasseur } from '../../src/workbook/reader';

const messages = (c: ReturnType<typeof readClasseur>): string[] => c.problemes.map((p) => p.message);

describe('Mesures', () => {
  const grid = [
    ['Canal', 'semaine', 'DEPENSES', 'Nouveaux clients', 'Appels entrants', 'Commentaire', 'Chiffre d’affaires'],
    ['Site', '03/11/2026', '1 200 €', 3, '12', 'RAS', '4 500,50'],
    ['Salon', '', '300', 'deux', 4, 'stand partagé', ''], // Semaine merged with the row above
    ['', '', '', '', '', '', ''],
    ['Site', '', 100, 1, '', '', ''], // after a blank line: no Semaine → skipped
    ['Site', vm.runInNewContext('new Date(2026, 10, 10)'), 0, '', 5, 'x', 800],
  ];
  const c = readClasseur({ Mesures: grid });

  it('keys values by the contract header, or by the typed header for extra numeric columns', () => {
    expect(c.mesures.map((m) => [m.row, m.canal, m.semaine, m.valeurs])).toEqual([
      [2, 'Site', new Date(2026, 10, 3), { 'Dépenses': 1200, 'Nouveaux clients': 3, 'Chiffre d\'affaires': 4500.5, 'Appels entrants': 12 }],
      [3, 'Salon', new Date(2026, 10, 3), { 'Dépenses': 300, 'Appels entrants': 4 }],
      [6, 'Site', new Date(2026, 10, 10), { 'Dépenses': 0, 'Chiffre d\'affaires': 800, 'Appels entrants': 5 }],
    ]);
  });

  it('reports the unreadable number (blanked) and the missing Semaine (row skipped)', () => {
    expect(messages(c)).toEqual([
      'Mesures!D3 : nouveaux clients « deux » illisible — attendu : un nombre (ex. 1 234,5)',
      'Mesures!B5 : semaine manquante — attendu : une date (ex. 23/11/2026)',
    ]);
  });

  it('cites columns by letter, the text extra column included', () => {
    expect(c.colonnes.Mesures).toMatchObject({ Canal: 'A', Semaine: 'B', 'Dépenses': 'C', 'Appels entrants': 'E', Commentaire: 'F', 'Chiffre d\'affaires': 'G' });
  });
});

describe('Objectifs', () => {
  it('reads Tous as all channels, infers an empty Sens and flags an unknown indicator', () => {
    const grid = [
      ['Indicateur', 'Canal', 'Sens', 'Valeur de départ', 'Cible', 'Échéance', 'Responsable'],
      ['leads', 'Tous', 'hausse', '10', '25', '2026-12-31', 'Léa'],
      ['cac', 'Site', '', '80 €', '60 €', '', 'Marc'], // 60 < 80 → Baisse
      ['Ventes', '', '', 1, 2, '', ''],
      ['', 'Site', 'Hausse', 1, 2, '', ''], // no indicator → skipped
    ];
    const c = readClasseur({ Objectifs: grid });
    expect(c.objectifs.map((o) => [o.indicateur, o.canal, o.sens, o.depart, o.cible])).toEqual([
      ['Leads', '', 'Hausse', 10, 25], ['CAC', 'Site', 'Baisse', 80, 60], ['Ventes', '', 'Hausse', 1, 2]]);
    expect(c.objectifs[0]?.echeance).toEqual(new Date(2026, 11, 31));
    expect(messages(c)).toEqual([
      'Objectifs!A4 : indicateur « Ventes » inconnu — attendu : une colonne de Mesures (Dépenses, Visites, Leads, Conversions, Nouveaux clients, Chiffre d\'affaires) ou CAC, Taux de conversion, ROAS, Panier moyen',
      'Objectifs!A5 : indicateur manquant — attendu : un texte',
    ]);
  });
});

describe('Backlog', () => {
  const headers = ['ID', 'Idée', 'Demandeur', 'Ajoutée le', 'Valeur métier', 'Complexité', 'Urgence réelle', 'Impact', 'Faisabilité', 'Score', 'Quadrant', 'Décision', 'Mois prévu'];
  it('reads Score/Quadrant as given, recomputes them when empty or ⚠, null when notes miss', () => {
    const grid = [headers,
      ['B-001', 'Devis en ligne', 'Léa', '02/11/2026', 5, 2, 4, 4, 4, 88, 'Démarrer', 'démarrer', '12/2026'],
      // recomputed: valeur 4, complexité 5, urgence 3 → ROUND(100 × (2·3 + 2 + 0) / 16) = 50;
      // impact 4 ≥ 3 and faisabilité 2 < 3 → Préparer
      ['', 'CRM', '', '', '4', '5', '3', 4, 2, '', '⚠ note attendue entre 1 et 5', '', ''],
      ['', 'Vidéo', '', '', 7, 3, 3, '', '', '⚠ note attendue entre 1 et 5', '', 'Plus tard', ''],
      ['B-004', '', '', '', '', '', '', '', '', 0, 'Écarter', '', ''], // only computed cells → skipped silently
    ];
    const c = readClasseur({ Backlog: grid });
    expect(c.backlog.map((b) => [b.idee, b.score, b.quadrant, b.decision, b.moisPrevu])).toEqual([
      ['Devis en ligne', 88, 'Démarrer', 'Démarrer', '2026-12'],
      ['CRM', 50, 'Préparer', null, null],
      ['Vidéo', null, null, null, null],
    ]);
    expect(messages(c)).toEqual([
      'Backlog!E4 : valeur métier « 7 » hors échelle — attendu : une note de 1 à 5',
      'Backlog!L4 : décision « Plus tard » inconnue — attendu : Démarrer, Préparer, Écarter',
    ]);
  });
});

describe('Gouvernance', () => {
  it('reads the RACI table from row 1 and the rituals from the row whose column A reads Rituel', () => {
    const grid = [
      ['Chantier', 'R', 'A', 'C', 'I'],
      ['CRM', 'Léa, Marc', 'Sophie', '', 'Équipe commerciale'],
      ['Site', 'Marc', 'Sophie, Léa', 'Consultant', ''],
      ['', '', '', '', ''],
      ['RITUEL', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date'],
      ['Point hebdo', 'Hebdomadaire', '30', 'Léa; Marc', '16/11/2026'],
      ['Revue mensuelle', 'tous les mois', 60, '', ''],
    ];
    const c = readClasseur({ Gouvernance: grid });
    expect(c.raci).toEqual([
      { row: 2, chantier: 'CRM', r: ['Léa', 'Marc'], a: ['Sophie'], c: [], i: ['Équipe commerciale'] },
      { row: 3, chantier: 'Site', r: ['Marc'], a: ['Sophie', 'Léa'], c: ['Consultant'], i: [] },
    ]);
    expect(c.rituels).toEqual([
      { row: 6, rituel: 'Point hebdo', frequence: 'hebdomadaire', duree: 30, participants: ['Léa', 'Marc'], prochaineDate: new Date(2026, 10, 16) },
      { row: 7, rituel: 'Revue mensuelle', frequence: '', duree: 60, participants: [], prochaineDate: null },
    ]);
    expect(messages(c)).toEqual(['Gouvernance!B7 : fréquence « tous les mois » inconnue — attendu : hebdomadaire, mensuelle, trimestrielle, unique']);
    expect(c.colonnes.Gouvernance).toMatchObject({ Chantier: 'A', I: 'E', Rituel: 'A', 'Prochaine date': 'E' });
  });

  it('has no rituals when no row reads Rituel', () => {
    const c = readClasseur({ Gouvernance: [['Chantier', 'R', 'A'], ['CRM', 'Léa', 'Sophie']] });
    expect(c.raci).toHaveLength(1);
    expect(c.rituels).toEqual([]);
  });
});

describe('Journal', () => {
  it('accepts a weather typed without its emoji and skips a row without date', () => {
    const grid = [
      ['Date', 'Rituel', 'Météo', 'Décisions', 'Blocages', 'Participants'],
      ['09/11/2026', 'Point hebdo', 'variable', 'Choisir le CRM', '', 'Léa, Marc'],
      ['', 'Point hebdo', '⛈️ Orageux', '', '', ''],
      ['2026-11-16', 'Point hebdo', 'Brumeux', '', '', ''],
    ];
    const c = readClasseur({ Journal: grid });
    expect(c.journal.map((j) => [j.date, j.meteo, j.participants])).toEqual([
      [new Date(2026, 10, 9), '🌤️ Variable', 'Léa, Marc'], [new Date(2026, 10, 16), '', '']]);
    expect(messages(c)).toEqual([
      'Journal!A3 : date manquante — attendu : une date (ex. 23/11/2026)',
      'Journal!C4 : météo « Brumeux » inconnue — attendu : ☀️ Ensoleillé, 🌤️ Variable, 🌧️ Pluvieux, ⛈️ Orageux',
    ]);
  });
});

describe('links between tabs', () => {
  it('gives one spelling per channel, shared by Objectifs', () => {
    const c = readClasseur({
      Mesures: [['Semaine', 'Canal', 'Leads'], ['02/11/2026', 'E-mailing', 3], ['09/11/2026', ' e-mailing', 4]],
      Objectifs: [['Indicateur', 'Canal', 'Cible'], ['Leads', 'EMAILING', 20], ['Leads', 'E-MAILING', 20]],
    });
    expect(c.mesures.map((m) => m.canal)).toEqual(['E-mailing', 'E-mailing']);
    // 'EMAILING' (no hyphen) is another text: kept as typed
    expect(c.objectifs.map((o) => o.canal)).toEqual(['EMAILING', 'E-mailing']);
  });

  it('gives a Plan poste the Budget spelling and flags a poste Budget does not list', () => {
    const c = readClasseur({
      Budget: [['Poste', 'Montant prévu'], ['Site web', 2000], ['Formation', 500]],
      Plan: [['Action', 'Statut', 'Poste budgétaire'], ['Refonte', 'En cours', 'site  WEB'], ['Salon', 'À faire', 'Événements'], ['Audit', 'Fait', '']],
    });
    expect(c.plan.map((a) => a.poste)).toEqual(['Site web', 'Événements', '']);
    expect(messages(c)).toEqual(['Plan!C3 : poste budgétaire « Événements » inconnu — attendu : Site web, Formation']);
  });
});
