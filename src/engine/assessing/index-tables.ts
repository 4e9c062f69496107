/**
 * Index tables among the records (formats.md §6). A group holds index tables or scored tables,
 * never both; rules that choose the ratio or the score on purpose conflict with an index table,
 * and rules that rank on an index leave a scored table unranked. Each conflict is said once, at
 * its cell: the rules sheet's "Xếp hạng theo" where it gives it, else the table's first agency.
 */
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { groupKey } from '../rules/groups';
import { Rules, statesRankBasis } from '../rules/rules';
import { describeRulesSource } from '../rules/presets';
import { Member } from './record-checks';

/** The members that rank with their group; those in a group of the other kind are reported and left out. */
export function checkIndexTables(members: readonly Member[], rules: Rules, issues: Issue[]): Member[] {
  const groupKinds = new Map<string, boolean>();
  const said = new Set<string>();
  const once = (key: string, issue: () => Issue) => {
    if (said.has(key)) return;
    said.add(key);
    issues.push(issue());
  };
  const params = { rules: describeRulesSource(rules.source), basis: rules.rankBasis };
  return members.filter(({ record }) => {
    const index = record.index !== undefined;
    const group = groupKey(record.group);
    if (!groupKinds.has(group)) groupKinds.set(group, index);
    const table: IssueLocation = { file: record.file, sheet: record.sheet, cell: record.cell };
    if (groupKinds.get(group) !== index) {
      issues.push(makeIssue('index-group-mixed', { ...table, agency: record.name }, { group: record.group, index: index ? 1 : 0 }));
      return false;
    }
    const tableKey = `${record.file ?? ''}\u0000${record.sheet}`;
    if (index && rules.rankBasis !== 'index' && statesRankBasis(rules)) {
      const source = rules.source;
      const at = source.kind === 'sheet' && rules.rankBasisCell ? { file: source.file, sheet: source.sheet, cell: rules.rankBasisCell } : table;
      once(`basis\u0000${at.file}\u0000${at.sheet}\u0000${at.cell === table.cell ? tableKey : at.cell}`, () => makeIssue('index-rank-basis', at, params));
    }
    if (!index && rules.rankBasis === 'index') once(`scores\u0000${tableKey}`, () => makeIssue('index-rules-score-table', table, params));
    return true;
  });
}
