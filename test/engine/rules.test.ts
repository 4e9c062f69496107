import fc from 'fast-check';
import { applyRules, RuleSubject } from '../../src/engine/rules/apply-rules';
import { GradeSettings } from '../../src/engine/rules/grading';
import { inGroupOrder, splitIntoGroups } from '../../src/engine/rules/grouping';
import { rankBy, TIE_RULES } from '../../src/engine/rules/rank';
import { DEFAULT_RULES, Rules } from '../../src/engine/rules/rules';
import { toHundredths } from '../../src/engine/values/decimal';
import { compareFixed, formatFixed, parseFixedNumber, parseFixedText, ratioFixed } from '../../src/engine/values/fixed';

const band = (key: string, lowerBound: number, extra: Partial<GradeSettings['bands'][number]> = {}) => ({ key, lowerBound, labels: { vi: key, en: key }, ...extra });
const scored = (achieved: string, standard = '1000', unranked = false): RuleSubject => ({ achievedScore: toHundredths(achieved), standardScore: toHundredths(standard), index: null, unranked });
const rules = (changes: Partial<Rules>): Rules => ({ ...DEFAULT_RULES, ...changes });
/** Outcomes back in input order, as [rank, grade]. */
const byInput = (subjects: RuleSubject[], r: Rules) =>
  applyRules(subjects, r).sort((a, b) => a.input - b.input).map((o) => [o.rank, o.band?.key ?? null]);

describe('ratio rounding, 0 to 4 places, half away from zero exactly at the half-way point', () => {
  it.each([
    [0, '1', '8', '13', '12'], // 12.5 % → 13; 12.49… → 12
    [1, '49', '400', '12.3', '12.2'], // 12.25 → 12.3
    [2, '97', '800', '12.13', '12.12'], // 12.125 → 12.13
    [3, '193', '1600', '12.063', '12.062'], // 12.0625 → 12.063
    [4, '385', '3200', '12.0313', '12.0312'], // 12.03125 → 12.0313
  ])('%i places: %s of %s', (places, achieved, standard, atHalf, belowHalf) => {
    expect(formatFixed(ratioFixed(toHundredths(achieved), toHundredths(standard), places))).toBe(atHalf);
    // Both scaled up a hundredfold, one unit less is just below the half-way point.
    expect(formatFixed(ratioFixed(toHundredths(achieved) * 100 - 1, toHundredths(standard) * 100, places))).toBe(belowHalf);
  });

  it('decides the grade on the ratio at the rules’ places', () => {
    const subjects = [scored('845'), scored('849.5'), scored('844.9')];
    expect(byInput(subjects, rules({ decimals: 0 })).map((o) => o[1])).toEqual(['good', 'good', 'fair']); // 84.5 → 85; 84.49 → 84
    expect(byInput(subjects, rules({ decimals: 1 })).map((o) => o[1])).toEqual(['fair', 'good', 'fair']); // 84.5; 84.95 → 85.0
    expect(byInput(subjects, rules({ decimals: 3 })).map((o) => o[1])).toEqual(['fair', 'fair', 'fair']); // 84.950
  });

  it('makes ratios equal that are equal at the rules’ places, and so ties them', () => {
    const subjects = [scored('901'), scored('904')];
    expect(byInput(subjects, rules({ decimals: 0 }))).toEqual([[1, 'good'], [1, 'good']]);
    expect(byInput(subjects, rules({ decimals: 1 }))).toEqual([[2, 'good'], [1, 'good']]);
  });
});

describe('tie rules', () => {
  const subjects = ['900', '800', '900', '700'].map((s) => scored(s));
  it.each([
    ['shared-with-gap', [1, 3, 1, 4]],
    ['shared-without-gap', [1, 2, 1, 3]],
    ['in-order', [1, 3, 2, 4]],
  ] as const)('%s', (ties, expected) => {
    expect(byInput(subjects, rules({ ties })).map((o) => o[0])).toEqual(expected);
    // The table order is the same under every rule: by rank, ties in input order.
    expect(applyRules(subjects, rules({ ties })).map((o) => o.input)).toEqual([0, 2, 1, 3]);
  });

  it.each(TIE_RULES)('%s: ranks as defined, for any values (property)', (ties) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 25 }), (values) => {
        const ranked = rankBy(values, (v) => v, 'descending', ties);
        for (const r of ranked) {
          const better = values.filter((v) => v > r.item);
          const expected = { 'shared-with-gap': better.length + 1, 'shared-without-gap': new Set(better).size + 1, 'in-order': r.position }[ties];
          expect(r.rank).toBe(expected);
        }
        expect(ranked.map((r) => r.position)).toEqual(values.map((_, i) => i + 1));
      }),
    );
  });
});

describe('grade bands', () => {
  // A province's three bands on 500 points: Tốt 430–500, Khá 350–429, Trung bình below 350.
  const onPoints: GradeSettings = { bands: [band('Tốt', 430), band('Khá', 350), band('Trung bình', 0)], inclusive: true, basis: 'points' };

  it('on points: each bound in points, whatever the standard score', () => {
    const subjects = ['430', '429.99', '350', '349.99', '500'].map((s) => scored(s, '600'));
    expect(byInput(subjects, rules({ grades: onPoints, rankBasis: 'score' })).map((o) => o[1])).toEqual(['Tốt', 'Khá', 'Khá', 'Trung bình', 'Tốt']);
  });

  it('with an exclusive bound on one band', () => {
    const grades: GradeSettings = { bands: [band('Tốt', 85, { inclusive: false }), band('Khá', 70), band('Yếu', 0)], inclusive: true };
    expect(byInput([scored('850'), scored('850.1'), scored('700')], rules({ grades })).map((o) => o[1])).toEqual(['Khá', 'Tốt', 'Khá']);
  });

  it('none where the rules give no grades', () => {
    expect(byInput([scored('850')], rules({ grades: null }))).toEqual([[1, null]]);
  });

  // A decree of 2025: Xuất sắc ≥ 90 at most 20 % of the group, Tốt ≥ 70, Hoàn thành ≥ 50.
  const decree: GradeSettings = {
    bands: [band('Xuất sắc', 90, { quotaPercent: 20 }), band('Tốt', 70), band('Hoàn thành', 50), band('Không hoàn thành', 0)],
    inclusive: true,
  };

  it('with a quota: the best ranks take the band, the others fall to the next one they reach', () => {
    const subjects = ['990', '980', '970', '960', '950', '940', '930', '920', '910', '600'].map((s) => scored(s));
    expect(byInput(subjects, rules({ grades: decree })).map((o) => o[1])).toEqual([
      'Xuất sắc', 'Xuất sắc', 'Tốt', 'Tốt', 'Tốt', 'Tốt', 'Tốt', 'Tốt', 'Tốt', 'Hoàn thành',
    ]);
  });

  it('with a quota: agencies tied at the cut that would overrun it all fall to the next band', () => {
    const subjects = ['990', '980', '980', '700', '700', '700', '700', '700', '700', '700'].map((s) => scored(s));
    expect(byInput(subjects, rules({ grades: decree })).slice(0, 4).map((o) => o[1])).toEqual(['Xuất sắc', 'Tốt', 'Tốt', 'Tốt']);
  });

  it('with a quota: agencies tied at the cut all fall to the next band under every tie rule, even ranked 1, 2, 3 in input order', () => {
    const subjects = ['990', '980', '980', '700', '700', '700', '700', '700', '700', '700'].map((s) => scored(s));
    for (const ties of TIE_RULES) {
      const outcomes = byInput(subjects, rules({ grades: decree, ties }));
      expect(outcomes.slice(0, 3).map((o) => o[1])).toEqual(['Xuất sắc', 'Tốt', 'Tốt']);
    }
    expect(byInput(subjects, rules({ grades: decree, ties: 'in-order' })).slice(0, 3).map((o) => o[0])).toEqual([1, 2, 3]);
  });

  it('with a quota: never more than the share, and otherwise the band the figure reaches (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }), fc.constantFrom(...TIE_RULES), (points, ties) => {
        const subjects = points.map((p) => scored(String(p)));
        const outcomes = applyRules(subjects, rules({ grades: decree, ties }));
        const best = outcomes.filter((o) => o.band?.key === 'Xuất sắc').length;
        expect(best).toBeLessThanOrEqual(Math.floor(points.length / 5));
        for (const o of outcomes) {
          const ratio = points[o.input] / 10;
          const reached = ratio >= 90 ? 'Tốt' : ratio >= 70 ? 'Tốt' : ratio >= 50 ? 'Hoàn thành' : 'Không hoàn thành';
          if (o.band!.key !== 'Xuất sắc') expect(o.band!.key).toBe(reached);
          else expect(ratio).toBeGreaterThanOrEqual(90);
        }
      }),
    );
  });
});

describe('unranked agencies', () => {
  it('are graded, get no rank, stand after the ranked ones and take no place from them', () => {
    const subjects = [scored('700'), scored('990', '1000', true), scored('800')];
    const outcomes = applyRules(subjects, DEFAULT_RULES);
    expect(outcomes.map((o) => [o.input, o.position, o.rank, o.band!.key])).toEqual([
      [2, 1, 1, 'fair'],
      [0, 2, 2, 'fair'],
      [1, 3, null, 'good'],
    ]);
  });

  it('never take a band with a quota', () => {
    const grades: GradeSettings = { bands: [band('A', 90, { quotaPercent: 100 }), band('B', 0)], inclusive: true };
    expect(byInput([scored('990', '1000', true), scored('950')], rules({ grades }))).toEqual([[null, 'B'], [1, 'A']]);
  });
});

describe('rank basis', () => {
  it('ranks on the achieved score where the rules say so, and on the ratio by default', () => {
    const subjects = [scored('500', '1000'), scored('450', '500')];
    expect(byInput(subjects, DEFAULT_RULES).map((o) => o[0])).toEqual([2, 1]);
    expect(byInput(subjects, rules({ rankBasis: 'score' })).map((o) => o[0])).toEqual([1, 2]);
  });

  it('ranks on an index as written (0,633 above 0,63), or at the rules’ places', () => {
    const index = (text: string): RuleSubject => ({ achievedScore: null, standardScore: null, index: parseFixedText(text), unranked: false });
    const subjects = [index('0,63'), index('0,633'), index('0,6'), index('0,6334')];
    expect(byInput(subjects, rules({ rankBasis: 'index', grades: null })).map((o) => o[0])).toEqual([3, 2, 4, 1]);
    expect(byInput(subjects, rules({ rankBasis: 'index', grades: null, decimals: 2 })).map((o) => o[0])).toEqual([1, 1, 4, 1]);
  });
});

describe('fixed decimals', () => {
  it('keep the places written, comma or point', () => {
    expect(parseFixedText('0,633')).toEqual({ units: 633, decimals: 3 });
    expect(parseFixedText(' 0.60 ')).toEqual({ units: 60, decimals: 2 });
    expect(parseFixedText('0,12345')).toBeNull();
    expect(parseFixedText('abc')).toBeNull();
    expect(parseFixedNumber(0.633)).toEqual({ units: 633, decimals: 3 });
    expect(formatFixed({ units: 633, decimals: 3 }, ',')).toBe('0,633');
    expect(formatFixed({ units: -5, decimals: 2 })).toBe('-0.05');
    expect(compareFixed({ units: 63, decimals: 2 }, { units: 630, decimals: 3 })).toBe(0);
  });
});

describe('groups', () => {
  it('are split one way: spellings of one group are one group, in order of first appearance', () => {
    const items = [['a', 'UBND cấp huyện'], ['b', 'Sở, ban, ngành'], ['c', 'Ủy ban nhân dân cấp huyện'], ['d', '2. Các UBND cấp huyện']];
    const groups = splitIntoGroups(items, (i) => i[1]);
    expect(groups.map((g) => [g.name, g.members.map((m) => m[0])])).toEqual([
      ['UBND cấp huyện', ['a', 'c', 'd']],
      ['Sở, ban, ngành', ['b']],
    ]);
  });

  it('follow the rules’ order, the groups it leaves out after, as they came', () => {
    const groups = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
    expect(inGroupOrder(groups, ['c', 'x']).map((g) => g.name)).toEqual(['C', 'A', 'B']);
    expect(inGroupOrder(groups, []).map((g) => g.name)).toEqual(['A', 'B', 'C']);
  });

  it('keep the first place of a name listed twice (groups as read: A, B, A)', () => {
    const groups = [{ name: 'B' }, { name: 'A' }];
    expect(inGroupOrder(groups, ['A', 'B', 'A']).map((g) => g.name)).toEqual(['A', 'B']);
  });
});
