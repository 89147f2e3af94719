// The example's October 2026 report, value by value, against figures computed by hand from
// src/core/example*.ts with today = 18/11/2026 (roadmap month 1 = June 2026, October = month 5,
// R = 01/11/2026; October and September 2026 each have 4 Mondays: 5/12/19/26 and 7/14/21/28).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator/index';
import { exampleBook, FEUILLE, MOIS, rowStarting } from './support';

let emu: Emulator;
let v: unknown[][];
const row = (prefix: string, from = 0) => {
  const i = rowStarting(v, prefix, from);
  expect(i, `row « ${prefix} »`).toBeGreaterThanOrEqual(0);
  return i;
};
const near = (a: unknown, b: number) => expect(a as number).toBeCloseTo(b, 6);

beforeAll(() => {
  emu = exampleBook();
  const result = emu.run('boussoleGenererRapportPour', MOIS);
  // 2 rouge alerts (Blocage, Dépassement) → ⛈️ ; 5 alerts in all (see below).
  expect(result).toEqual({ feuille: FEUILLE, meteo: '⛈️ Orageux', alertes: 5 });
  v = emu.book.values(FEUILLE);
});

describe('Rapport 2026-10 of the example', () => {
  it('has the title, the weather and its trend, the company, the dates and the cap on top, and fits one page', () => {
    expect(v[0]?.[0]).toBe('Rapport mensuel — CRM et nouveau site — octobre 2026');
    // No Historique yet: August and September have no report (—), October is ⛈️.
    expect(v[1]?.slice(0, 2)).toEqual(['Météo : ⛈️ Orageux', 'Tendance : — août → — sept. → ⛈️ oct.']);
    expect(v[2]?.[0]).toBe('Menuiserie Lambert & Fils · généré le 18/11/2026 · situation au 31/10/2026');
    // The first 20 words of the example's Vision à 3 ans (« : » and « % » count as words, as typed).
    expect(v[3]?.[0]).toBe('Cap : Devenir la menuiserie de référence des particuliers de la région nantaise : 40 % des devis viennent du site, chaque …');
    expect(v.length).toBeLessThanOrEqual(60);
    expect(emu.book.activeSheet()).toBe(FEUILLE);
  });

  it('counts the month’s actions per status and the completion rate', () => {
    // October: A-018..A-025 = 8 actions — Fait 4 (018, 019, 020, 021), En cours 1 (022),
    // Bloqué 2 (023, 024), À faire 0, Abandonné 1 (025); completion = 4 / (8 − 1) = 0.5714.
    const i = row('Actions du mois');
    expect(v[i]).toEqual(['Actions du mois — 8 actions', 'Fait', 'En cours', 'Bloqué', 'À faire']);
    expect(v[i + 1]).toEqual(['Taux de réalisation 57,1 % = faites / (toutes − abandonnées) · 1 abandonnée', 4, 1, 2, 0]);
  });

  it('lists done actions with their Résultat, blocked and late actions side by side', () => {
    const done = row('Faites (4)');
    expect(v[done]?.[1]).toBe('Résultat obtenu');
    expect(v.slice(done + 1, done + 5).map((r) => [r[0], r[1]])).toEqual([
      ['Poursuivre la campagne Google Ads', '24 leads'], ['Poursuivre le test LinkedIn Ads', '10 leads'],
      ['Tenir un stand au Salon de l\'habitat', '64 contacts, stand plus cher que prévu'], ['Publier 4 articles de fond', '4 articles en ligne']]);
    // A-022, due 20/10/2026 < R = 01/11/2026 and En cours; the blocked ones are due in November.
    const blocked = row('Bloquées (2)');
    expect(v[blocked]?.[1]).toBe('En retard (1)');
    expect(v.slice(blocked + 1, blocked + 3).map((r) => [r[0], r[1]])).toEqual([
      ['Intégrer les formulaires du site au CRM (Karim Haddad, 12/11)', 'Automatiser les relances de devis dans le CRM (Julien Moreau, 20/10)'],
      ['Importer l\'historique des devis (Nadia Benali, 08/11)', '']]);
  });

  it('gives each objective its value, trend, target and progression', () => {
    const i = row('Indicateurs (objectif : indicateur — canal)') + 1;
    // Leads, all channels, per week in October (k = 5): site 2+5, Google 3+5, LinkedIn 2, e-mail 2, social 2 = 21 → ×4 = 84;
    // September (k = 4): 6 + 7 + 3 + 2 + 2 = 20 → 80 ▲; progression (84 − 40) / (90 − 40) = 0.88.
    expect(v[i]?.slice(0, 4)).toEqual(['Leads — tous canaux', 84, '▲', 90]);
    near(v[i]?.[4], 0.88);
    // CAC: spend 215 €/week → 860; new clients 2+2+1+1+1 = 7/week → 28; 860 / 28 = 30.714 (Sept: 860 / 24 = 35.83 ▼);
    // progression (30.714 − 60) / (30 − 60) = 0.97619.
    near(v[i + 1]?.[1], 860 / 28);
    expect(v[i + 1]?.[2]).toBe('▼');
    near(v[i + 1]?.[4], (860 / 28 - 60) / (30 - 60));
    // Site web conversion: 8 / 1 600 = 0.005 (Sept 8 / 1 520 = 0.00526 ▼); progression (0.005 − 0.003) / 0.005 = 0.4.
    near(v[i + 2]?.[1], 0.005);
    expect(v[i + 2]?.[2]).toBe('▼');
    near(v[i + 2]?.[4], 0.4);
    // Chiffre d'affaires: (2 000 + 2 800 + 1 400 + 900 + 600) × 4 = 30 800 (Sept 30 400 ▲); (30 800 − 20 000) / 20 000 = 0.54.
    expect(v[i + 3]?.slice(0, 4)).toEqual(['Chiffre d\'affaires — tous canaux', 30800, '▲', 40000]);
    near(v[i + 3]?.[4], 0.54);
    // Google Ads new clients 2 × 4 = 8 both months (=); (8 − 4) / (12 − 4) = 0.5. LinkedIn ROAS 5 600 / 400 = 14 (=); 0.4.
    expect(v[i + 4]?.slice(0, 5)).toEqual(['Nouveaux clients — Google Ads', 8, '=', 12, 0.5]);
    expect(v[i + 5]?.slice(0, 5)).toEqual(['ROAS — LinkedIn Ads', 14, '=', 20, 0.4]);
  });

  it('shows the budget of the month and cumulated per horizon, in euros with shares', () => {
    const i = row('Budget par horizon') + 1;
    // Month: LT = A-022 300 + A-023 600 planned, nothing spent; RR = 300/310 + 400/420 + 900/1 420; O&I none.
    // Cumulated to October: LT 1 200+200+300+800+600+600 = 3 700 / 1 150+200+800+600 = 2 750; RR 2 300 / 2 810; O&I 600 / 600.
    expect(v.slice(i, i + 4)).toEqual([
      ['Long terme', 900, 0, 3700, 2750],
      ['Résultats rapides', 1600, 2150, 2300, 2810],
      ['Optimisation & imprévus', 0, 0, 600, 600],
      ['Total', 2500, 2150, 6600, 6160]]);
    // Humain (1 500 + 1 800) / 12 000 = 27.5 %; experimentation 1 500 / 12 000 = 12.5 %.
    expect(v[row('Sur l’année')]?.[0]).toBe('Sur l’année — Humain 27,5 % (25 % au moins), expérimentation 12,5 % (10 à 15 %)');
    const y = row('Sur l’année') + 1;
    // Year: 6 000 (50 %), 3 600 (30 %), 2 400 (20 %); actual to date 2 750, 2 810, 750 (typed Réel of the consultant poste).
    expect(v.slice(y, y + 4).map((r) => r.slice(0, 4))).toEqual([
      ['Long terme', 6000, 0.5, 2750], ['Résultats rapides', 3600, 0.3, 2810], ['Optimisation & imprévus', 2400, 0.2, 750], ['Total', 12000, 1, 6310]]);
    const s = row('Postes au-delà du seuil') + 1;
    // Salon: 1 420 spent for 900 planned: +57.8 % > 50 %.
    expect(v[s]?.slice(0, 2)).toEqual(['Salon de l\'habitat : 1 420 € pour 900 € (+57,8 %)', '']);
  });

  it('lists exactly the alerts that must fire, coloured, with their cells', () => {
    expect(v[row('Signaux d’alerte')]?.[0]).toBe('Signaux d’alerte — 5 (2 rouges, 3 orange)');
    const i = row('Signaux d’alerte') + 1;
    const alerts = v.slice(i, i + 5).map((r) => [String(r[0]).split(' — ')[0], r[1], r[2]]);
    expect(alerts).toEqual([
      ['Blocage', 'Rouge', 'Plan!G24, Plan!G25'],
      ['Dépassement budgétaire', 'Rouge', 'Budget!F7, Budget!E7'],
      ['Retard', 'Orange', 'Plan!H23'], // 1 of 8 = 12.5 % < 20 %, 12 days late → orange
      ['Gouvernance floue', 'Orange', 'Gouvernance!C4'], // « Campagnes d'acquisition » has 2 A
      // (v2) 9 ideas without Décision, 7 of them added more than 45 days before R; the 3 oldest (June, July)
      ['Idées en attente', 'Orange', 'Backlog!L3, Backlog!L4, Backlog!L5']]);
    expect(v[i + 5]?.[0]).toBe('Recommandations');
    // Must not fire: measures and journal on 26/10 (within 10 days of R), the comité and the point d'information of
    // 08–09/09 (within 100 days), full cadrage with a pilote, Humain 27.5 %, experimentation 12.5 %, one En cours in
    // October (≤ 3), CLV:CAC ≥ 3 (LinkedIn: 1 400 × 0.3 × 5 × 0.4 = 840 for a CAC of 100); (v2) Σ Montant prévu =
    // Budget annuel = 12 000 split 50 / 30 / 20 (Intermédiaire), actual to date 6 310 € (52.6 % for 41.9 % of the year
    // elapsed), Date butoir 30/12/2026 not reached, 3 open actions in October (under 4), every open action of October
    // and November dated and owned, no morale noted, no snapshot yet.
    const text = v.map((r) => String(r[0])).join('\n');
    for (const signal of ['Tableau de bord abandonné', 'Rituels non tenus', 'Cadrage incomplet', 'Humain sous-investi', 'Expérimentation —', 'Trop de chantiers', 'Rentabilité client',
      'Dérive du projet', 'Budget non aligné', 'Répartition déséquilibrée', 'Adoption non vérifiée', 'Pilote absent', 'Actions à clarifier',
      'Charge concentrée', 'Périmètre instable', 'Moral en baisse']) {
      expect(text).not.toContain(signal);
    }
    expect(emu.book.backgrounds(FEUILLE, `B${i + 1}`)[0]?.[0]).toBe('#fce8e6');
  });

  it('recommends the reallocation and the three quick wins', () => {
    const i = row('Recommandations') + 1;
    // CAC over August–October (roadmap months 3–5; Mondays: 5 in August, 4 in September, 4 in October):
    // LinkedIn (from month 4) 8 × 100 / 8 = 100 €, 8 clients; e-mailing 13 × 15 / 13 = 15 €; Google Ads 35 €;
    // Réseaux sociaux 30 €; Site web spends nothing. 100 ≥ 2 × 15 → 30 % × October's 4 × 100 = 120 €.
    expect(String(v[i]?.[0])).toContain('« LinkedIn Ads »');
    expect(String(v[i]?.[0])).toContain('« E-mailing »');
    expect(v[i]?.slice(1, 4)).toEqual([120, 100, 15]);
    // Scores: B-002 (2·3 + 2 + 4) / 16 = 75, B-003 11/16 → 69, B-014 10/16 → 63 (B-001 and B-009 already decided).
    const q = row('Quick win');
    expect([v[q]?.[0], v[q + 1]?.[0], v[q]?.[1]]).toEqual([
      'Quick win : Avis Google demandé après chaque chantier (B-002, score 75)',
      'Quick win : Devis signés électroniquement (B-003, score 69)',
      'Quick win : Synchroniser l\'agenda des poseurs avec le CRM (B-014, score 63)']);
  });

  it('shows next month’s actions and the decisions to take', () => {
    const i = row('Mois prochain — novembre 2026');
    expect(v[i]?.[0]).toBe('Mois prochain — novembre 2026 — 5 actions prévues');
    // A-026..A-030 in two columns: 3 then 2.
    expect(v.slice(i + 1, i + 4).map((r) => [r[0], r[1]])).toEqual([
      ['Campagne multicanale avec suivi unifié (Léa Fontaine, 26/11, en cours)', 'Créer le tableau de bord commercial du CRM (Julien Moreau, 27/11, en cours)'],
      ['Faire le bilan du test LinkedIn Ads (Nadia Benali, 27/11, à faire)', 'Atelier : le CRM au quotidien (Julien Moreau, 29/11, à faire)'],
      ['Mettre en ligne le nouveau site (Karim Haddad, 28/11, à faire)', '']]);
    // One ⛈️ month only and no Dérive du projet: no « Poursuivre, recadrer ou arrêter ? » block.
    const d = row('Décisions à prendre');
    expect(v.map((r) => r[0])).not.toContain('Poursuivre, recadrer ou arrêter ?');
    expect(v.slice(d + 1, d + 4).map((r) => r[0])).toEqual([
      '1. Débloquer « Intégrer les formulaires du site au CRM » (Karim Haddad) : quelle décision, qui la prend ?',
      '2. Débloquer « Importer l\'historique des devis » (Nadia Benali) : quelle décision, qui la prend ?',
      '3. Poste « Salon de l\'habitat » : 1 420 € dépensés pour 900 € prévus (+57,8 %) — accepter, réallouer ou arrêter ?']);
  });
});
