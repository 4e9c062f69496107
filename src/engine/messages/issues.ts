/**
 * Problems are values: an issue has a stable code, a severity, where it is and a message.
 * Nothing in the engine throws for bad input; it returns issues.
 */
import type { Language } from './language';
import { IssueCode, IssueParams, renderMessage, Severity, severityOf } from './messages';

export interface IssueLocation {
  file?: string;
  sheet?: string;
  /** A1-style address of the cell, "D12". */
  cell?: string;
  agency?: string;
}

export interface Issue extends IssueLocation {
  severity: Severity;
  code: IssueCode;
  /** The message in Vietnamese; `issueMessage(issue, 'en')` gives it in English. */
  message: string;
  params: IssueParams;
}

export function makeIssue(code: IssueCode, location: IssueLocation = {}, params: IssueParams = {}): Issue {
  const merged: IssueParams = { agency: location.agency, ...params };
  return {
    severity: severityOf(code),
    code,
    message: renderMessage(code, merged, 'vi'),
    ...definedOnly(location),
    params: merged,
  };
}

export function issueMessage(issue: Issue, language: Language = 'vi'): string {
  return renderMessage(issue.code, issue.params, language);
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a severity, the input order. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);
}

/** "Sheet1!D12" style text for a location, for messages on one line. */
export function formatLocation(location: IssueLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.sheet) parts.push(location.cell ? `${location.sheet}!${location.cell}` : location.sheet);
  else if (location.cell) parts.push(location.cell);
  return parts.join(': ');
}

function definedOnly(location: IssueLocation): IssueLocation {
  const out: IssueLocation = {};
  if (location.file !== undefined) out.file = location.file;
  if (location.sheet !== undefined) out.sheet = location.sheet;
  if (location.cell !== undefined) out.cell = location.cell;
  if (location.agency !== undefined) out.agency = location.agency;
  return out;
}
