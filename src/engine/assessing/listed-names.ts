/**
 * The names a rules sheet lists against what was read: an agency in "Không xếp hạng" or a group
 * in "Thứ tự nhóm" that matches none has no effect, where the office meant one, so each is said
 * at the list's cell (for an agency, with the one it was likely meant for where only accents,
 * case or spacing differ).
 */
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { groupKey } from '../rules/groups';
import { Rules } from '../rules/rules';
import { looseKey, nameKey } from '../values/text';

/** Where a list of the rules stands: its cell on the rules sheet, or nowhere for a preset. */
function listCell(rules: Rules, cell: string | undefined): IssueLocation {
  const source = rules.source;
  return source.kind === 'sheet' ? { file: source.file, sheet: source.sheet, ...(cell && { cell }) } : {};
}

export function unknownUnrankedNames(rules: Rules, agencyNames: readonly string[]): Issue[] {
  if (rules.unranked.length === 0 || agencyNames.length === 0) return [];
  const known = new Set(agencyNames.map(nameKey));
  const loose = new Map(agencyNames.map((name) => [looseKey(name), name]));
  const at = listCell(rules, rules.unrankedCell);
  return rules.unranked
    .filter((name) => !known.has(nameKey(name)))
    .map((name) => makeIssue('rules-unranked-unknown', at, { name, suggestion: loose.get(looseKey(name)) ?? '' }));
}

/** Groups are matched as the annexes match them (groupKey: case, accents and "UBND" aside). */
export function unknownGroupNames(rules: Rules, groupNames: readonly string[]): Issue[] {
  if (rules.groupOrder.length === 0 || groupNames.length === 0) return [];
  const known = new Set(groupNames.map(groupKey));
  const at = listCell(rules, rules.groupOrderCell);
  return rules.groupOrder.filter((name) => !known.has(groupKey(name))).map((name) => makeIssue('rules-group-unknown', at, { name, groups: [...new Set(groupNames)].join('; ') }));
}
