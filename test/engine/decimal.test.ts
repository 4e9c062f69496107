import fc from 'fast-check';
import {
  divideRoundHalfAwayFromZero,
  divideRoundHalfAwayFromZeroNumber,
  formatHundredths,
  fromHundredths,
  parseDecimalNumber,
  parseDecimalText,
  parseLooseNumber,
} from '../../src/engine/values/decimal';

describe('parseDecimalText', () => {
  it.each([
    ['832.90', 83290],
    ['832,90', 83290],
    ['832,9', 83290],
    [' 720 ', 72000],
    ['1.000,50', 100050],
    ['1,000.50', 100050],
    ['1 000,5', 100050],
    ['-5', -500],
    ['+0,25', 25],
    ['.5', 50],
    ['1e2', 10000],
    ['0.500', 50],
    ['1 000,5', 100050],
    ['1.000,50', 100050],
    ['1,000.5', 100050],
  ])('reads %j as %d hundredths', (text, expected) => {
    expect(parseDecimalText(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', ' ', 'abc', '8,3,2', '12a', '--1', ',', 'KAD', '1.2.3'])('rejects %j as not a number', (text) => {
    expect(parseDecimalText(text)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it.each(['1.000', '1,000', '12.500', '-1,500', '832.900'])('refuses to guess whether %j groups thousands or has decimals', (text) => {
    expect(parseDecimalText(text)).toEqual({ ok: false, reason: 'ambiguous-separator' });
  });

  it.each(['7 00', '1 00 0', '12 5,5'])('rejects %j: spaces that do not group digits in threes', (text) => {
    expect(parseDecimalText(text)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('rejects more than two decimals instead of rounding them away', () => {
    expect(parseDecimalText('832,905')).toEqual({ ok: false, reason: 'too-many-decimals' });
    expect(parseDecimalText('0.001')).toEqual({ ok: false, reason: 'too-many-decimals' });
  });

  it('rejects values too large to be a score', () => {
    expect(parseDecimalText('1e40')).toEqual({ ok: false, reason: 'out-of-range' });
  });
});

describe('parseDecimalNumber', () => {
  it('reads numbers as Excel shows them, at 15 significant digits', () => {
    expect(parseDecimalNumber(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parseDecimalNumber(832.9)).toEqual({ ok: true, value: 83290 });
    expect(parseDecimalNumber(600.38)).toEqual({ ok: true, value: 60038 });
  });

  it('reports a typed third decimal', () => {
    expect(parseDecimalNumber(832.905)).toEqual({ ok: false, reason: 'too-many-decimals' });
  });

  it('rejects NaN and infinities', () => {
    expect(parseDecimalNumber(NaN).ok).toBe(false);
    expect(parseDecimalNumber(Infinity).ok).toBe(false);
  });

  it('round-trips every two-decimal number exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (hundredths) => {
        const parsed = parseDecimalNumber(fromHundredths(hundredths));
        expect(parsed).toEqual({ ok: true, value: hundredths });
      }),
    );
  });
});

describe('parseLooseNumber: ratios and function arguments, any number of decimals', () => {
  it.each([
    ['85', 85],
    ['85%', 85],
    ['85,5 %', 85.5],
    ['98.6342', 98.6342],
    ['832,90', 832.9],
    ['1.000,5', 1000.5],
    ['1,000.5', 1000.5],
    [' 1 000 ', 1000],
    ['.5', 0.5],
    ['1e2', 100],
    ['-3', -3],
  ])('reads %s as %d', (text, value) => {
    expect(parseLooseNumber(text)).toBe(value);
  });

  it.each(['', 'Tốt', '85%%', '%', '8,5,1', '1.2.3', 'abc12'])('refuses %p', (text) => {
    expect(parseLooseNumber(text)).toBeNull();
  });
});

describe('formatHundredths', () => {
  it('writes two decimals with the chosen separator', () => {
    expect(formatHundredths(83290)).toBe('832.90');
    expect(formatHundredths(83290, ',')).toBe('832,90');
    expect(formatHundredths(5)).toBe('0.05');
    expect(formatHundredths(-5)).toBe('-0.05');
    expect(formatHundredths(0)).toBe('0.00');
  });
});

describe('divideRoundHalfAwayFromZero', () => {
  it('rounds halves away from zero', () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(8n, 3n)).toBe(3n);
  });

  it('refuses a zero denominator', () => {
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZeroNumber(1, 0)).toThrow(RangeError);
  });

  it('gives the same on plain numbers as on BigInt, small or huge', () => {
    const integer = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }));
    fc.assert(
      fc.property(integer, integer.filter((d) => d !== 0), (n, d) => {
        expect(divideRoundHalfAwayFromZeroNumber(n, d)).toBe(Number(divideRoundHalfAwayFromZero(BigInt(n), BigInt(d))));
      }),
      { numRuns: 2000 },
    );
    // Halves exactly, and quotients just below an integer where a float division rounds up.
    expect(divideRoundHalfAwayFromZeroNumber(5, 2)).toBe(3);
    expect(divideRoundHalfAwayFromZeroNumber(-5, 2)).toBe(-3);
    expect(divideRoundHalfAwayFromZeroNumber(2 ** 50 - 1, 2 ** 50)).toBe(1);
  });
});
