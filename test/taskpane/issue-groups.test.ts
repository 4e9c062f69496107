import { makeIssue } from '../../src/engine/messages/issues';
import { applyFilter, collapse, countByCode, countBySeverity, sections } from '../../src/taskpane/issue-groups';

const slip = (agency: string, cell: string) => makeIssue('not-a-number', { file: 'Sổ làm việc', sheet: 'Tổng hợp', cell, agency }, { text: 'chưa chấm' });
const above = (agency: string, cell: string, value: number) => makeIssue('negative-score', { sheet: 'Tổng hợp', cell, agency }, { value });
const similar = (agency: string) => makeIssue('blank-score', { sheet: 'Tổng hợp', cell: 'B9', agency });

describe('the issue list made workable', () => {
  const issues = [similar('Phòng Tư pháp'), slip('Phòng A', 'C2'), above('Phòng A', 'D2', -5), slip('Phòng B', 'C3'), slip('Phòng C', 'C4'), above('Phòng B', 'D3', -7)];

  it('collapses identical messages into one line holding every cell', () => {
    const lines = collapse(issues, 'vi');
    expect(lines.map((l) => [l.code, l.issues.map((i) => i.cell)])).toEqual([
      ['blank-score', ['B9']],
      ['not-a-number', ['C2', 'C3', 'C4']],
      ['negative-score', ['D2']],
      ['negative-score', ['D3']],
    ]);
  });

  it('puts a line under its agency, or under one heading when it concerns several; errors first', () => {
    const shown = sections(issues, 'vi').map((s) => [s.several ? '*' : s.agency, s.lines.map((l) => `${l.code}×${l.issues.length}`)]);
    expect(shown).toEqual([
      ['*', ['not-a-number×3']],
      ['Phòng A', ['negative-score×1']],
      ['Phòng B', ['negative-score×1']],
      ['Phòng Tư pháp', ['blank-score×1']],
    ]);
  });

  it('counts per severity and per code, the most frequent error first', () => {
    expect(countBySeverity(issues)).toEqual({ error: 5, warning: 1, info: 0 });
    expect(countByCode(issues, 'en').map((c) => [c.code, c.count])).toEqual([
      ['not-a-number', 3],
      ['negative-score', 2],
      ['blank-score', 1],
    ]);
  });

  it('groups 200,000 different lines of one agency without spreading them into a call', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => makeIssue('not-a-number', { sheet: 'Tổng hợp', cell: `C${i + 2}`, agency: 'Phòng A' }, { text: `x${i}` }));
    const [first, second] = sections([similar('Phòng B'), ...many], 'vi');
    expect([first.agency, first.lines.length]).toEqual(['Phòng A', 200_000]);
    expect(second.agency).toBe('Phòng B');
  });

  it('names each code by its short title, in the language shown', () => {
    expect(countByCode(issues, 'vi').map((c) => `${c.count} ${c.title}`)).toEqual(['3 Ô điểm không phải số', '2 Điểm âm', '1 Ô điểm trống']);
    expect(countByCode(issues, 'en').map((c) => c.title)).toEqual(['Score is not a number', 'Negative score', 'Blank score']);
    // A collapsed line is headed by its code's title; its full message stays under it.
    const [line] = collapse([slip('Phòng A', 'C2')], 'en');
    expect([line.title, line.message]).toEqual(['Score is not a number', 'The score cell holds «chưa chấm», which is not a number.']);
  });

  it('filters to errors, one agency or one code', () => {
    expect(applyFilter(issues, { errorsOnly: true }).some((i) => i.severity !== 'error')).toBe(false);
    expect(applyFilter(issues, { errorsOnly: false, agency: 'Phòng B' }).map((i) => i.cell)).toEqual(['C3', 'D3']);
    expect(applyFilter(issues, { errorsOnly: false, code: 'negative-score' }).map((i) => i.cell)).toEqual(['D2', 'D3']);
  });
});
