// Backlog scoring (SPEC §2 Score, 0–100, value counted twice) and the impact × feasibility quadrant.
import { describe, expect, it } from 'vitest';
import { quadrant, scoreIdea, RAW_SCORE_MAX } from '../../../src/core/planning/scoring';

describe('scoreIdee', () => {
  // raw = 2·(valeur−1) + (urgence−1) + (5−complexite); score = ROUND(100 × raw / 16)
  it.each([
    [5, 1, 5, 100], // 8 + 4 + 4 = 16 → 100
    [1, 5, 1, 0], // 0 + 0 + 0 = 0 → 0
    [3, 3, 3, 50], // 4 + 2 + 2 = 8 → 50
    [5, 5, 5, 75], // 8 + 4 + 0 = 12 → 75
    [1, 1, 1, 25], // 0 + 0 + 4 = 4 → 25
    [5, 1, 1, 75], // 8 + 0 + 4 = 12 → 75
    [1, 1, 5, 50], // 0 + 4 + 4 = 8 → 50
    [1, 5, 5, 25], // 0 + 4 + 0 = 4 → 25
    [5, 5, 1, 50], // 8 + 0 + 0 = 8 → 50
  ])('corner valeur=%i complexite=%i urgence=%i → %i', (v, c, u, expected) => {
    expect(scoreIdea(v, c, u)).toBe(expected);
  });

  it('rounds halves up like ROUND', () => {
    expect(scoreIdea(2, 3, 3)).toBe(38); // 2 + 2 + 2 = 6 → 37.5 → 38
    expect(scoreIdea(4, 3, 3)).toBe(63); // 6 + 2 + 2 = 10 → 62.5 → 63
    expect(scoreIdea(2, 4, 1)).toBe(19); // 2 + 0 + 1 = 3 → 18.75 → 19
  });

  it('has a raw maximum of 16', () => {
    expect(RAW_SCORE_MAX).toBe(16);
  });
});

describe('quadrant', () => {
  it('is Démarrer exactly at the threshold on both axes', () => {
    expect(quadrant(3, 3)).toBe('Démarrer');
  });
  it('is Préparer when impact reaches the threshold but feasibility does not', () => {
    expect(quadrant(3, 2)).toBe('Préparer');
    expect(quadrant(5, 1)).toBe('Préparer');
  });
  it('is Écarter below the impact threshold whatever the feasibility', () => {
    expect(quadrant(2, 5)).toBe('Écarter');
    expect(quadrant(1, 1)).toBe('Écarter');
  });
  it('takes a custom threshold', () => {
    expect(quadrant(4, 4, 4)).toBe('Démarrer');
    expect(quadrant(4, 3, 4)).toBe('Préparer');
    expect(quadrant(3, 5, 4)).toBe('Écarter');
  });
});
