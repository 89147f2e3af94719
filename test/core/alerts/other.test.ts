// The budget, rhythm, cadrage and governance alert rules of SPEC §6, on hand-built classeurs.
// v2: Tableau de bord abandonné looks at [R − 10 days, R) (v1: 14 days); Rituels non tenus moved
// to rhythm.test.ts (one line per ritual).
import { beforeEach, describe, expect, it } from 'vitest';
import { computeAlerts } from '../../../src/core/alerts/all';
import type { Workbook } from '../../../src/core/types';
import { cadrage, calmWorkbook, d, mesure, poste, raci, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const only = (over: Partial<Workbook>, signal: string, today = TODAY) =>
  computeAlerts(calmWorkbook(over), '2026-11', today).filter((a) => a.signal === signal);
const budget = (tech: number, humain: number, essai: number) => [
  poste({ row: 2, poste: 'Outil', montantPrevu: tech }),
  poste({ row: 3, poste: 'Formation', nature: 'Humain', montantPrevu: humain }),
  poste({ row: 4, poste: 'Tests', experimentation: true, montantPrevu: essai }),
];

describe('Dépassement budgétaire', () => {
  it('one line per poste, with Réel and Montant prévu cells', () => {
    const over = { budget: [...budget(2500, 1000, 500), poste({ row: 5, poste: 'Publicité', montantPrevu: 0, reel: 0 }),
      poste({ row: 6, poste: 'Salon', montantPrevu: 1000, reel: 1650 }), poste({ row: 7, poste: 'Site', montantPrevu: 1000, reel: 1200 })] };
    const alerts = only(over, 'Dépassement budgétaire');
    expect(alerts.map((a) => a.niveau)).toEqual(['rouge', 'orange']);
    expect(alerts[0]?.message).toBe('Poste « Salon » : 1 650 € dépensés pour 1 000 € prévus (+65 %), au-delà du seuil d’alerte de 50 %.');
    expect(alerts[0]?.cellules).toEqual(['Budget!F6', 'Budget!E6']);
  });
});

describe('Humain sous-investi', () => {
  it('exactly 25 % does not fire', () => {
    expect(only({ budget: budget(2500, 1000, 500) }, 'Humain sous-investi')).toEqual([]); // 1 000 / 4 000
  });
  it('22,5 % fires with the Nature range', () => {
    const [a] = only({ budget: budget(2600, 900, 500) }, 'Humain sous-investi'); // 900 / 4 000
    expect(a?.message).toMatch(/^22,5 % du budget prévu \(900 € sur 4 000 €\)/);
    expect(a?.cellules).toEqual(['Budget!C2:C4']);
  });
});

describe('Expérimentation', () => {
  it('exactly 10 % and 15 % do not fire', () => {
    expect(only({ budget: budget(2600, 1000, 400) }, 'Expérimentation')).toEqual([]); // 400 / 4 000
    expect(only({ budget: budget(2400, 1000, 600) }, 'Expérimentation')).toEqual([]); // 600 / 4 000
  });
  it('9 % and 16 % fire', () => {
    expect(only({ budget: budget(2640, 1000, 360) }, 'Expérimentation')[0]?.message).toMatch(/^9 %/); // 360 / 4 000
    expect(only({ budget: budget(2360, 1000, 640) }, 'Expérimentation')[0]?.message).toMatch(/^16 %/); // 640 / 4 000
  });
});

describe('Tableau de bord abandonné (v2: 10 days)', () => {
  // R = 2026-11-20: the window is [2026-11-10, 2026-11-20)
  it('a row on R − 10 days keeps it quiet', () => {
    expect(only({ mesures: [mesure('2026-11-10', 'Site', { Leads: 1 }, 2)] }, 'Tableau de bord abandonné')).toEqual([]);
  });
  it('a row on R − 11 days or on R itself does not', () => {
    const a = only({ mesures: [mesure('2026-11-09', 'Site', { Leads: 1 }, 2), mesure('2026-11-20', 'Site', { Leads: 1 }, 3)] }, 'Tableau de bord abandonné');
    expect(a[0]).toMatchObject({ niveau: 'orange', cellules: ['Mesures!A4'] });
    expect(a[0]?.message).toBe('Aucun chiffre saisi dans Mesures entre le 10/11/2026 et le 19/11/2026 (10 jours).');
  });
  it('a past month is judged at its end', () => {
    // October on 2026-11-20: R = 2026-11-01, window [2026-10-22, 2026-11-01)
    const quiet = calmWorkbook({ mesures: [mesure('2026-10-22', 'Site', { Leads: 1 }, 2)] });
    expect(computeAlerts(quiet, '2026-10', TODAY).map((a) => a.signal)).not.toContain('Tableau de bord abandonné');
    const silent = calmWorkbook({ mesures: [mesure('2026-10-21', 'Site', { Leads: 1 }, 2)] });
    expect(computeAlerts(silent, '2026-10', TODAY).map((a) => a.signal)).toContain('Tableau de bord abandonné');
  });
});

describe('Cadrage incomplet', () => {
  it('names the empty express questions with Cadrage!B cells', () => {
    const [a] = only({ cadrage: cadrage({ probleme: '  ', dateButoir: null }) }, 'Cadrage incomplet');
    expect(a?.cellules).toEqual(['Cadrage!B4', 'Cadrage!B7']);
    expect(a?.message).toContain('« Problème résolu (en une phrase) », « Date butoir »');
  });
  it('falls back to the contract row when the reader did not find the question', () => {
    // Minimum utile is the 5th question → row 6
    expect(only({ cadrage: cadrage({ minimumUtile: '', rows: {} }) }, 'Cadrage incomplet')[0]?.cellules).toEqual(['Cadrage!B6']);
  });
});

describe('Gouvernance floue', () => {
  it('flags a chantier without exactly one A or without R', () => {
    const over = { raci: [raci('CRM', ['Marc'], ['Claire'], 2), raci('Site', [], ['Claire'], 3), raci('Pub', ['Marc'], ['Claire', 'Marc'], 4), raci('Salon', ['Marc'], [], 5)] };
    const [a] = only(over, 'Gouvernance floue');
    expect(a?.cellules).toEqual(['Gouvernance!B3', 'Gouvernance!C4', 'Gouvernance!C5']);
    expect(a?.message).toBe('Responsabilités floues dans la matrice RACI : « Site » (aucun R), « Pub » (2 A), « Salon » (aucun A).');
  });
});

describe('Rentabilité client', () => {
  const mesures = [
    mesure('2026-11-16', 'Site', { Dépenses: 100, 'Nouveaux clients': 2, Conversions: 4, "Chiffre d'affaires": 400 }, 2),
    mesure('2026-11-16', 'Salon', { Dépenses: 300, 'Nouveaux clients': 1, Conversions: 2, "Chiffre d'affaires": 200 }, 3),
  ];
  it('fires for a channel whose CLV:CAC is under 3', () => {
    // Site: panier 100, CLV 100 × 2 × 1 × 1 = 200, CAC 50 → 4; Salon: panier 100, CLV 200, CAC 300 → 0,67
    const [a] = only({ mesures, cadrage: cadrage({ achatsParAn: 2, dureeRelation: 1 }) }, 'Rentabilité client');
    expect(a?.message).toContain('« Salon » (valeur client 200 € pour un CAC de 300 €, ratio 0,67)');
    expect(a?.cellules).toEqual(['Mesures!B3']);
  });
  it('stays silent without achats par an and durée', () => {
    expect(only({ mesures }, 'Rentabilité client')).toEqual([]);
  });
});

describe('ordering', () => {
  it('puts rouge alerts first, then the order of the §6 table', () => {
    const c = calmWorkbook({ budget: [...budget(2500, 1000, 500), poste({ row: 5, poste: 'Salon', montantPrevu: 100, reel: 500 })], mesures: [] });
    // Salon 500 > 100 × 1.5 → Dépassement rouge; Σ prévu 4 100 vs 4 000 (2,5 %) aligned; no Mesures → Tableau de bord abandonné;
    // every poste is Long terme (100 % vs 60 % for Mature) → Répartition déséquilibrée;
    // Humain 1 000 / 4 100 = 24,4 % < 25 % → Humain sous-investi
    expect(computeAlerts(c, '2026-11', TODAY).map((a) => [a.signal, a.niveau])).toEqual([
      ['Dépassement budgétaire', 'rouge'], ['Répartition déséquilibrée', 'orange'], ['Tableau de bord abandonné', 'orange'],
      ['Humain sous-investi', 'orange'],
    ]);
  });
});
