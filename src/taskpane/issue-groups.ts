/**
 * A long list of issues made workable: identical messages collapsed into one line with all their
 * cells, lines under the agency they concern (or under "several agencies" when the same message
 * concerns many), errors first; counts per severity and per code; filters. No DOM here.
 */
import { Issue, issueMessage } from '../engine/messages/issues';
import { Language } from '../engine/messages/language';
import { IssueCode, Severity } from '../engine/messages/messages';
import { issueTitle } from '../engine/messages/issue-titles';

/** One line of the list: a message and every issue that says it. */
export interface IssueLine {
  severity: Severity;
  code: IssueCode;
  /** The code's short title, the line's heading. */
  title: string;
  message: string;
  issues: Issue[];
}

/** A heading and its lines; `agency` undefined for lines that concern several agencies or none. */
export interface IssueSection {
  agency?: string;
  several: boolean;
  lines: IssueLine[];
}

export interface IssueFilter {
  errorsOnly: boolean;
  agency?: string;
  code?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function applyFilter(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  return issues.filter(
    (i) => (!filter.errorsOnly || i.severity === 'error') && (filter.agency === undefined || i.agency === filter.agency) && (filter.code === undefined || i.code === filter.code),
  );
}

/** Identical messages (same severity, code and words) as one line each, in input order. */
export function collapse(issues: readonly Issue[], language: Language): IssueLine[] {
  const lines = new Map<string, IssueLine>();
  for (const issue of issues) {
    const message = issueMessage(issue, language);
    const key = `${issue.severity}\u0000${issue.code}\u0000${message}`;
    const line = lines.get(key) ?? { severity: issue.severity, code: issue.code, title: issueTitle(issue.code, language), message, issues: [] };
    line.issues.push(issue);
    lines.set(key, line);
  }
  return [...lines.values()];
}

/** Lines under their agency's heading; a line whose issues concern several agencies under one heading of its own. */
export function sections(issues: readonly Issue[], language: Language): IssueSection[] {
  const byKey = new Map<string, IssueSection>();
  for (const line of collapse(issues, language)) {
    const agencies = new Set(line.issues.map((i) => i.agency));
    const several = agencies.size > 1;
    const agency = several ? undefined : line.issues[0].agency;
    const key = several ? '\u0001several' : `\u0002${agency ?? ''}`;
    const section = byKey.get(key) ?? { agency, several, lines: [] };
    section.lines.push(line);
    byKey.set(key, section);
  }
  const worst = (s: IssueSection) => s.lines.reduce((best, l) => Math.min(best, RANK[l.severity]), Infinity);
  const all = [...byKey.values()];
  for (const section of all) section.lines.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // Sections with errors first; otherwise in the order they were met (the sheet's order).
  return all.map((s, index) => ({ s, index })).sort((a, b) => worst(a.s) - worst(b.s) || a.index - b.index).map(({ s }) => s);
}

export interface CodeCount {
  code: IssueCode;
  severity: Severity;
  count: number;
  /** The code's short title, to name it. */
  title: string;
}

/** How many issues of each code, errors first, the most frequent first. */
export function countByCode(issues: readonly Issue[], language: Language): CodeCount[] {
  const counts = new Map<IssueCode, CodeCount>();
  for (const issue of issues) {
    const entry = counts.get(issue.code) ?? { code: issue.code, severity: issue.severity, count: 0, title: issueTitle(issue.code, language) };
    entry.count++;
    counts.set(issue.code, entry);
  }
  return [...counts.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count);
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
