/**
 * What the command line prints: the annex tables as text, and the issues one per line.
 */
import { Assessment, GroupResult, isIndexGroup } from '../engine/assessing/assess';
import { fromHundredths } from '../engine/values/decimal';
import { formatNumber, formatPoints } from '../engine/messages/numbers';
import type { Language } from '../engine/messages/language';
import { WORDS } from '../engine/messages/words';
import { describeRulesSource } from '../engine/rules/presets';
import { formatLocation, Issue, issueMessage, SEVERITY_ORDER, sortIssues } from '../engine/messages/issues';
import { issueTitle } from '../engine/messages/issue-titles';
import type { IssueCode } from '../engine/messages/messages';


export function printIssues(issues: readonly Issue[], language: Language, write: (text: string) => void): void {
  for (const issue of sortIssues(issues)) {
    const where = formatLocation(issue);
    write(`${WORDS[language].severity[issue.severity].toLocaleUpperCase(language)} ${where ? `${where}: ` : ''}${issueMessage(issue, language)} [${issue.code}]\n`);
  }
}

/**
 * One line counting the issues per kind by their short titles, errors first and the most
 * frequent first; only where a kind repeats (a long list), else it would say the list again.
 */
export function printIssueKinds(issues: readonly Issue[], language: Language, write: (text: string) => void): void {
  const kinds = new Map<IssueCode, { count: number; title: string; severity: number }>();
  for (const issue of issues) {
    const kind = kinds.get(issue.code) ?? { count: 0, title: issueTitle(issue.code, language), severity: SEVERITY_ORDER[issue.severity] };
    kind.count++;
    kinds.set(issue.code, kind);
  }
  if (kinds.size === issues.length) return;
  write(`${WORDS[language].cli.byKind([...kinds.values()].sort((a, b) => a.severity - b.severity || b.count - a.count))}
`);
}

/** Pads to a width counted in characters as shown (combining marks take no room). */
function pad(text: string, width: number, right = false): string {
  const shown = [...text.normalize('NFC')].length;
  const fill = ' '.repeat(Math.max(0, width - shown));
  return right ? fill + text : text + fill;
}

export function printAssessment(assessment: Assessment, language: Language, write: (text: string) => void): void {
  const words = WORDS[language].cli;
  const head = words.tableHead;
  write(`${WORDS[language].rules.inForce(describeRulesSource(assessment.rules.source, language))}\n`);
  for (const group of assessment.groups) {
    write(`\n${words.annex} ${group.annex}: ${group.name}\n`);
    if (isIndexGroup(group)) {
      printIndexGroup(group, language, write);
      continue;
    }
    const nameWidth = Math.max(head[1].length, ...group.agencies.map((a) => [...a.name].length));
    write(`${pad(head[0], 4)} ${pad(head[1], nameWidth)} ${pad(head[2], 9, true)} ${pad(head[3], 10, true)} ${pad(head[4], 9, true)}  ${head[5]}\n`);
    for (const a of group.agencies) {
      write(
        `${pad(a.ordinal, 4)} ${pad(a.name, nameWidth)} ${pad(formatPoints(a.achievedScore!, language), 9, true)} ${pad(a.standardScore! % 100 === 0 ? String(fromHundredths(a.standardScore!)) : formatPoints(a.standardScore!, language), 10, true)} ${pad(formatNumber(a.roundedRatio!, language), 9, true)}  ${a.grade}${a.rank === null ? ` (${WORDS[language].rules.unranked})` : ''}\n`,
      );
    }
  }
}

/** An index table's group: STT | Tên | Chỉ số | Xếp hạng, the index with its places (formats.md §6). */
function printIndexGroup(group: GroupResult, language: Language, write: (text: string) => void): void {
  const head = WORDS[language].cli.indexTableHead;
  const nameWidth = Math.max(head[1].length, ...group.agencies.map((a) => [...a.name].length));
  // A grade column only where the rules grade on the index.
  const graded = group.agencies.some((a) => a.grade !== '');
  write(`${pad(head[0], 4)} ${pad(head[1], nameWidth)} ${pad(head[2], 8, true)} ${pad(head[3], 8, true)}${graded ? `  ${head[4]}` : ''}\n`);
  for (const a of group.agencies) {
    const rank = a.rank === null ? WORDS[language].rules.unranked : String(a.rank);
    write(`${pad(a.ordinal, 4)} ${pad(a.name, nameWidth)} ${pad(a.index ? formatNumber(a.index, language) : '', 8, true)} ${pad(rank, 8, true)}${graded ? `  ${a.grade}` : ''}\n`);
  }
}
