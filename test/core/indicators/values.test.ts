// Indicator values per month and channel, trends, objective evaluation and CLV/CAC per channel.
import { beforeEach, describe, expect, it } from 'vitest';
import { channelsOfMonth, COL, DERIVED, indexMeasures, knownIndicator, indicatorValue } from '../../../src/core/indicators/values';
import { normalize } from '../../../src/core/text';
import { DERIVED_INDICATORS, TABLES } from '../../../src/contract';
import { clvCacByChannel, evaluateObjective, trend, isFavourableTrend } from '../../../src/core/indicators/objectives';
import { cadrage, classeur, mesure, objectif, resetRows } from '../fixtures';

const CA = "Chiffre d'affaires";
function mesures() {
  return [
    mesure('2026-10-26', 'Site', { Leads: 10 }),
    mesure('2026-11-02', 'Site', { Dépenses: 100, 'Nouveaux clients': 2, Visites: 500, Conversions: 10, [CA]: 1000, Leads: 20 }),
    mesure('2026-11-09', 'salon', { Dépenses: 300, 'Nouveaux clients': 1, Leads: 7, Conversions: 2, [CA]: 300, 'Appels entrants': 4 }),
    // dated the 30th: counts in November, not in December
    mesure('2026-11-30', 'Site ', { Dépenses: 50, 'Nouveaux clients': 1, Visites: 500, Conversions: 10, [CA]: 600, Leads: 5 }),
    mesure('2026-12-01', 'Site', { Leads: 100 }),
  ];
}

beforeEach(resetRows);

describe('valeurIndicateur', () => {
  it('sums a column over the month, all channels for empty or Tous', () => {
    const index = indexMeasures(mesures());
    expect(indicatorValue(index, 'Leads', '2026-11')).toBe(32); // 20 + 7 + 5
    expect(indicatorValue(index, 'leads', '2026-11', 'TOUS')).toBe(32);
    expect(indicatorValue(index, 'Leads', '2026-12')).toBe(100);
    expect(indicatorValue(index, 'Leads', '2026-10')).toBe(10);
  });
  it('counts a Semaine on the 30th in its own month', () => {
    const index = indexMeasures([mesure('2026-11-30', 'Site', { Leads: 5 })]);
    expect(indicatorValue(index, 'Leads', '2026-11')).toBe(5);
    expect(indicatorValue(index, 'Leads', '2026-12')).toBeNull();
  });
  it('matches channels case/space-insensitively', () => {
    const index = indexMeasures(mesures());
    expect(indicatorValue(index, 'Leads', '2026-11', ' site')).toBe(25); // 20 + 5
    expect(indicatorValue(index, 'Leads', '2026-11', 'Salon')).toBe(7);
  });
  it('uses an extra numeric column as an indicator', () => {
    const index = indexMeasures(mesures());
    expect(knownIndicator(index, 'APPELS ENTRANTS')).toBe(true);
    expect(indicatorValue(index, 'appels entrants', '2026-11')).toBe(4);
    expect(knownIndicator(index, 'Inconnu')).toBe(false);
    expect(indicatorValue(index, 'Inconnu', '2026-11')).toBeNull();
  });
  it('computes derived indicators as ratios of the month sums', () => {
    const index = indexMeasures(mesures());
    expect(indicatorValue(index, 'CAC', '2026-11')).toBe(112.5); // (100+300+50) / (2+1+1)
    expect(indicatorValue(index, 'cac', '2026-11', 'Site')).toBe(50); // 150 / 3
    expect(indicatorValue(index, 'Taux de conversion', '2026-11', 'Site')).toBe(0.02); // 20 / 1000
    expect(indicatorValue(index, 'Panier moyen', '2026-11', 'Site')).toBe(80); // 1600 / 20 conversions
    expect(indicatorValue(index, 'ROAS', '2026-11', 'Site')).toBeCloseTo(1600 / 150, 12);
  });
  it('is null with no data or a zero denominator', () => {
    const index = indexMeasures([...mesures(), mesure('2027-01-04', 'Site', { Dépenses: 80, 'Nouveaux clients': 0 })]);
    expect(indicatorValue(index, 'CAC', '2026-12')).toBeNull(); // no Dépenses in December
    expect(indicatorValue(index, 'CAC', '2027-01')).toBeNull(); // 80 / 0
    expect(indicatorValue(index, 'Leads', '2026-09')).toBeNull();
  });
  it('lists the month channels in first-seen order', () => {
    expect(channelsOfMonth(indexMeasures(mesures()), '2026-11')).toEqual(['site', 'salon']);
  });
});

describe('tendance', () => {
  it('gives the raw direction and whether it is good given Sens', () => {
    expect(trend(10, 5)).toBe('▲');
    expect(trend(5, 10)).toBe('▼');
    expect(trend(5, 5)).toBe('=');
    expect(trend(null, 5)).toBeNull();
    expect(isFavourableTrend('▼', 'Baisse')).toBe(true);
    expect(isFavourableTrend('▲', 'Baisse')).toBe(false);
    expect(isFavourableTrend('▲', 'Hausse')).toBe(true);
    expect(isFavourableTrend('=', 'Hausse')).toBeNull();
  });
});

describe('evaluateObjective', () => {
  it('evaluates an increasing objective on one channel', () => {
    const c = classeur({ mesures: mesures() });
    const o = objectif({ indicateur: 'Leads', canal: 'Site', depart: 10, cible: 40, row: 3 });
    const r = evaluateObjective(c, indexMeasures(c.mesures), o, '2026-11');
    // November Site = 25, October Site = 10 → (25 − 10) / (40 − 10) = 0.5, ▲
    expect(r).toMatchObject({ valeur: 25, valeurPrecedente: 10, progression: 0.5, tendance: '▲', favorable: true, canal: 'Site', cellule: 'Objectifs!A3' });
  });
  it('evaluates a decreasing CAC objective over all channels', () => {
    const c = classeur({ mesures: mesures() });
    const o = objectif({ indicateur: 'CAC', canal: 'Tous', sens: 'Baisse', depart: 200, cible: 100 });
    const r = evaluateObjective(c, indexMeasures(c.mesures), o, '2026-11');
    // CAC = 112.5 → (112.5 − 200) / (100 − 200) = 0.875; October has no Dépenses → no trend
    expect(r.valeur).toBe(112.5);
    expect(r.progression).toBeCloseTo(0.875, 12);
    expect(r.tendance).toBeNull();
    expect(r.canal).toBe('Tous');
  });
});

describe('clvCacParCanal', () => {
  it('computes CLV:CAC per channel when Cadrage has the figures', () => {
    const cad = cadrage({ achatsParAn: 2, dureeRelation: 3, margeBrute: 0.5 });
    const rows = clvCacByChannel(cad, indexMeasures(mesures()), '2026-11');
    // Site: panier 1600/20 = 80, CLV = 80 × 2 × 3 × 0.5 = 240, CAC 150/3 = 50 → 4.8
    // salon: panier 300/2 = 150, CLV = 450, CAC 300 → 1.5
    expect(rows.map((r) => [r.canal, r.clv, r.cac, r.ratio])).toEqual([['Site', 240, 50, 4.8], ['salon', 450, 300, 1.5]]);
  });
  it('is empty without achats par an or durée', () => {
    expect(clvCacByChannel(cadrage({ achatsParAn: 2 }), indexMeasures(mesures()), '2026-11')).toEqual([]);
  });
});

describe('normalized keys written out', () => {
  it('are the normalized contract headers and derived indicator names', () => {
    const headers = new Set(TABLES.mesures.map((spec) => normalize(spec.header)));
    for (const key of Object.values(COL)) expect(headers.has(key)).toBe(true);
    expect(Object.keys(DERIVED)).toEqual(DERIVED_INDICATORS.map(normalize));
  });
});
