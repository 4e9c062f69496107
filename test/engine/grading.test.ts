import fc from 'fast-check';
import { toHundredths } from '../../src/engine/values/decimal';
import { gradeLabel, makeGradeSettings, ratioHundredths } from '../../src/engine/rules/grading';

const ratioOf = (achieved: string, standard: string) => ratioHundredths(toHundredths(achieved), toHundredths(standard));

describe('ratio and grade at the thresholds', () => {
  it.each([
    ['850', '1000', 8500, 'Tốt'],
    ['849.95', '1000', 8500, 'Tốt'],
    ['849.94', '1000', 8499, 'Khá'],
    ['700', '1000', 7000, 'Khá'],
    ['699.94', '1000', 6999, 'Trung bình'],
    ['499.95', '1000', 5000, 'Trung bình'],
    ['499.94', '1000', 4999, 'Yếu'],
    ['1.53', '680', 23, 'Yếu'],
    ['68', '80', 8500, 'Tốt'],
    ['0', '1000', 0, 'Yếu'],
  ])('%s of %s is %d hundredths of a percent, %s', (achieved, standard, ratio, grade) => {
    expect(ratioOf(achieved, standard)).toBe(ratio);
    expect(gradeLabel(ratioOf(achieved, standard))).toBe(grade);
  });

  it('is exact where binary floating point is not', () => {
    // JavaScript gives 49.99 and 0.22 for these; the rule gives 50.00 and 0.23.
    expect((499.95 / 1000 * 100).toFixed(2)).toBe('49.99');
    expect(ratioOf('499.95', '1000')).toBe(5000);
    expect(Math.round((1.53 / 680) * 100 * 100)).toBe(22);
    expect(ratioOf('1.53', '680')).toBe(23);
  });

  it('gives English labels on request', () => {
    expect(gradeLabel(8500, undefined, 'en')).toBe('Good');
    expect(gradeLabel(4999, undefined, 'en')).toBe('Poor');
  });

  it('equals an independent BigInt computation for random scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 1, max: 200000 }), (achieved, standard) => {
        // Independent: floor division, then up by one when the remainder is at least half.
        const scaled = BigInt(achieved) * 10000n;
        const quotient = scaled / BigInt(standard);
        const remainder = scaled % BigInt(standard);
        const expected = 2n * remainder >= BigInt(standard) ? quotient + 1n : quotient;
        expect(BigInt(ratioHundredths(achieved, standard))).toBe(expected);
      }),
    );
  });
});

describe('grade settings', () => {
  it('moves the bands and labels', () => {
    const settings = makeGradeSettings([90, 60], ['A', 'B', 'C']);
    if ('error' in settings) throw new Error(settings.error);
    expect(gradeLabel(9000, settings)).toBe('A');
    expect(gradeLabel(8999, settings)).toBe('B');
    expect(gradeLabel(5999, settings)).toBe('C');
  });

  it('makes a bound strict when asked', () => {
    const settings = makeGradeSettings([85, 70, 50], ['Tốt', 'Khá', 'Trung bình', 'Yếu'], false);
    if ('error' in settings) throw new Error(settings.error);
    expect(gradeLabel(8500, settings)).toBe('Khá');
    expect(gradeLabel(8501, settings)).toBe('Tốt');
  });

  it('rejects thresholds that do not descend and a wrong number of labels', () => {
    expect(makeGradeSettings([70, 85], ['a', 'b', 'c'])).toEqual({ error: 'thresholds-not-descending' });
    expect(makeGradeSettings([85, 70], ['a', 'b'])).toEqual({ error: 'labels-count' });
    expect(makeGradeSettings([85.001], ['a', 'b'])).toEqual({ error: 'threshold-decimals' });
  });
});
