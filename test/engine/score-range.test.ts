import { scoreRange, scoreRangeIssue } from '../../src/engine/rules/score-range';
import { issueMessage } from '../../src/engine/messages/issues';

describe('a score against its maximum (forms and summary components alike)', () => {
  const code = (score: number, maxScore: number) => scoreRangeIssue(score, maxScore, { cell: 'D5' }, '1.2')?.code;

  it('allows 0 to the maximum, or the penalty range up to 0', () => {
    expect(scoreRange(1000)).toEqual([0, 1000]);
    expect(scoreRange(-500)).toEqual([-500, 0]);
    expect([code(0, 1000), code(1000, 1000), code(-500, -500), code(0, -500)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('names what is wrong, with the figures in points', () => {
    expect(code(1001, 1000)).toBe('score-above-max');
    expect(code(-1, 1000)).toBe('negative-score');
    expect(code(-501, -500)).toBe('penalty-out-of-range');
    expect(code(1, -500)).toBe('penalty-out-of-range');
    // The figures in each language's writing: a decimal comma in Vietnamese, a point in English.
    const issue = scoreRangeIssue(1050, 1000, { cell: 'D5' }, '1.2')!;
    expect(issue.message).toBe('Điểm 10,5 vượt điểm tối đa 10 của tiêu chí 1.2.');
    expect(issueMessage(issue, 'en')).toBe('Score 10.5 is above the maximum 10 of criterion 1.2.');
  });
});
