// clip: user text quoted in a message stays within 200 characters (defect 7.6).
import { describe, expect, it } from 'vitest';
import { clip, QUOTE_MAX } from '../../src/core/quote';

describe('clip', () => {
  it('keeps 200 characters as they are, cuts 201 to 199 and …', () => {
    expect(QUOTE_MAX).toBe(200);
    expect(clip('a'.repeat(200))).toBe('a'.repeat(200));
    expect(clip('a'.repeat(201))).toBe(`${'a'.repeat(199)}…`);
    expect(Array.from(clip('b'.repeat(50_000)))).toHaveLength(200);
  });

  it('never splits a surrogate pair, and drops a space before the …', () => {
    expect(clip('😀'.repeat(250))).toBe(`${'😀'.repeat(199)}…`);
    expect(clip(`${'a'.repeat(198)} bcd`)).toBe(`${'a'.repeat(198)}…`);
  });
});
