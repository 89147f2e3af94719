// The KPI formulas of SPEC §5 (progression, CAC, conversion, ROAS, basket, CLV, gap) by hand.
import { describe, expect, it } from 'vitest';
import { cac, clv, variance, averageBasket, progress, roas, conversionRate } from '../../../src/core/indicators/kpis';

describe('progression', () => {
  it('works for an increasing target', () => {
    expect(progress(10, 25, 40)).toBe(0.5); // 15 / 30
  });
  it('works for a decreasing target (CAC from 100 down to 50, now 75)', () => {
    expect(progress(100, 75, 50)).toBe(0.5); // −25 / −50
  });
  it('is not clamped', () => {
    expect(progress(0, 150, 100)).toBe(1.5);
    expect(progress(100, 120, 50)).toBe(-0.4); // 20 / −50
  });
  it('is null when the target equals the start', () => {
    expect(progress(10, 20, 10)).toBeNull();
  });
});

describe('ratios', () => {
  it('computes écart, CAC, ROAS, conversion, panier moyen', () => {
    expect(variance(1000, 1650)).toBeCloseTo(0.65, 12);
    expect(variance(0, 10)).toBeNull();
    expect(cac(450, 4)).toBe(112.5);
    expect(cac(450, 0)).toBeNull();
    expect(roas(1600, 200)).toBe(8);
    expect(conversionRate(20, 1000)).toBe(0.02);
    expect(averageBasket(1600, 20)).toBe(80);
  });
  it('multiplies the four CLV factors, margin 1 by default', () => {
    expect(clv(80, 2, 3, 0.5)).toBe(240);
    expect(clv(80, 2, 3)).toBe(480);
  });
});
