import { IssueCode, MESSAGES } from '../../src/engine/messages/messages';
import { issueTitle } from '../../src/engine/messages/issue-titles';

describe('short titles of the kinds of issue', () => {
  it('gives every code a short title in both languages, distinct within a language', () => {
    for (const language of ['vi', 'en'] as const) {
      const titles = (Object.keys(MESSAGES) as IssueCode[]).map((code) => issueTitle(code, language));
      expect(titles.filter((title) => title.trim() === '' || title.split(/\s+/).length > 8)).toEqual([]);
      expect(new Set(titles).size).toBe(titles.length);
    }
    expect([issueTitle('score-above-max', 'vi'), issueTitle('score-above-max', 'en')]).toEqual(['Điểm vượt điểm tối đa', 'Score above the maximum']);
  });
});
