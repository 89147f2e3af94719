// localeSafeFormula: formulas rewritten with `;` separators so a French-locale sheet parses them.
import { describe, expect, it } from 'vitest';
import { localeSafeFormula } from '../../../src/core/formulas/syntax';

describe('localeSafeFormula', () => {
  it('writes argument separators as semicolons, leaving strings alone', () => {
    expect(localeSafeFormula('=BOUSSOLE_SCORE(E2:E,F2:F,G2:G)')).toBe('=BOUSSOLE_SCORE(E2:E;F2:F;G2:G)');
    expect(localeSafeFormula('=IFERROR(COUNTIFS(A:A,"a, b",B:B,">0"),"")')).toBe('=IFERROR(COUNTIFS(A:A;"a, b";B:B;">0");"")');
    expect(localeSafeFormula('=A1&"-"&B1')).toBe('=A1&"-"&B1');
  });
});
