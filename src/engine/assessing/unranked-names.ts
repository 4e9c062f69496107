/**
 * The rules' "Không xếp hạng" list against the agencies read: a name that matches none leaves an
 * agency ranked that the office meant to leave out, so it is said at the list's cell, with the
 * agency it was likely meant for where only accents, case or spacing differ.
 */
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { Rules } from '../rules/rules';
import { looseKey, nameKey } from '../values/text';

export function unknownUnrankedNames(rules: Rules, agencyNames: readonly string[]): Issue[] {
  if (rules.unranked.length === 0 || agencyNames.length === 0) return [];
  const known = new Set(agencyNames.map(nameKey));
  const loose = new Map(agencyNames.map((name) => [looseKey(name), name]));
  const source = rules.source;
  const at: IssueLocation = source.kind === 'sheet' ? { file: source.file, sheet: source.sheet, ...(rules.unrankedCell && { cell: rules.unrankedCell }) } : {};
  return rules.unranked
    .filter((name) => !known.has(nameKey(name)))
    .map((name) => makeIssue('rules-unranked-unknown', at, { name, suggestion: loose.get(looseKey(name)) ?? '' }));
}
