/**
 * Replies to the draft results (góp ý dự thảo): the "Ý kiến của cơ quan" column of each returned
 * draft-result sheet (draft-result.ts), read back and checked against the scores they answer. A
 * comment on a criterion the agency's form does not have, or a file or row that belongs to another
 * agency, is an error at its cell.
 */
import { AgencyResult, Assessment, GroupResult } from '../assessing/assess';
import { CriterionScore, MarkedScore } from './records';
import { cellAddress, cellAt, cellText, Grid, WorkbookGrids } from '../values/grid';
import { nameKey, normalizeText } from '../values/text';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { groupKey } from '../rules/groups';
import { normalizeCode } from '../rules/rubric';
import { DRAFT_RESULT_HEADERS, findDraftResultHeader } from './round-sheets';
import { isFileOf } from '../output/file-names';
import { readLabels } from './forms';
import { readScoreCell } from './cells';
import { fromHundredths } from '../values/decimal';

export interface Reply {
  /** The agency and group as the assessment names them. */
  agency: string;
  group: string;
  /** The criterion commented on; null for the row of other comments. */
  criterion: string | null;
  title: string;
  comment: string;
  file?: string;
  sheet: string;
  /** The cell of the comment. */
  cell: string;
}

const COLUMN = { code: 0, title: 1, self: 2, reply: DRAFT_RESULT_HEADERS.length - 1 } as const;

/** Every comment of the returned draft results, and what is wrong with them. */
export function readReplies(workbooks: readonly WorkbookGrids[], assessment: Assessment): { replies: Reply[]; issues: Issue[] } {
  const replies: Reply[] = [];
  const issues: Issue[] = [];
  const agencies = agencyIndex(assessment);
  for (const workbook of workbooks) {
    for (const grid of workbook.sheets) {
      const header = findDraftResultHeader(grid);
      if (header === undefined) continue;
      const read = readReplySheet(grid, header, workbook.file, agencies);
      replies.push(...read.replies);
      issues.push(...read.issues);
    }
  }
  return { replies, issues };
}

type AgencyIndex = Map<string, { group: GroupResult; agency: AgencyResult }[]>;

function agencyIndex(assessment: Assessment): AgencyIndex {
  const index: AgencyIndex = new Map();
  for (const group of assessment.groups) {
    for (const agency of group.agencies) {
      const key = nameKey(agency.name);
      index.set(key, [...(index.get(key) ?? []), { group, agency }]);
    }
  }
  return index;
}

function readReplySheet(grid: Grid, header: number, file: string, agencies: AgencyIndex): { replies: Reply[]; issues: Issue[] } {
  const labels = readLabels(grid, header);
  const where: IssueLocation = { file, sheet: grid.sheet, agency: labels.name };
  const nameCell = labels.nameCell ?? labels.blankNameCell ?? 'A1';
  const candidates = labels.name === undefined ? [] : (agencies.get(nameKey(labels.name)) ?? []);
  const found = candidates.find((c) => labels.group === undefined || groupKey(c.group.name) === groupKey(labels.group)) ?? candidates[0];
  if (!found) return { replies: [], issues: [makeIssue('reply-unknown-agency', { ...where, cell: nameCell }, { agency: labels.name ?? '' })] };
  const { agency, group } = found;
  const issues: Issue[] = [];
  const owner = [...agencies.values()].flat().find((c) => c.agency !== agency && isFileOf(file, c.agency.name) && !isFileOf(file, agency.name));
  if (owner) issues.push(makeIssue('reply-file-of-other-agency', { ...where, cell: nameCell }, { other: owner.agency.name, file }));
  const replies: Reply[] = [];
  const criteria = new Map([...(agency.record.criteria ?? []), ...(agency.record.excludedCriteria ?? [])].map((c) => [c.code, c]));
  for (let r = header + 1; r < grid.rows.length; r++) {
    const comment = normalizeText(cellText(cellAt(grid, r, COLUMN.reply)));
    if (comment === '') continue;
    const at = (column: number) => ({ ...where, agency: agency.name, cell: cellAddress(r, column) });
    const code = normalizeCode(cellText(cellAt(grid, r, COLUMN.code))) ?? null;
    const criterion = code === null ? undefined : criteria.get(code);
    if (code !== null && !criterion) {
      issues.push(makeIssue('reply-unknown-criterion', at(COLUMN.code), { criterion: code }));
      continue;
    }
    const rowIssue = criterion && otherAgencyRow(grid, r, criterion, at(COLUMN.self));
    if (rowIssue) {
      issues.push(rowIssue);
      continue;
    }
    replies.push({ agency: agency.name, group: group.name, criterion: code, title: criterion?.title ?? cellText(cellAt(grid, r, COLUMN.title)), comment, file, sheet: grid.sheet, cell: cellAddress(r, COLUMN.reply) });
  }
  return { replies, issues };
}

/** A row whose self score is not the agency's: copied from another agency's draft result. */
function otherAgencyRow(grid: Grid, r: number, criterion: CriterionScore, where: IssueLocation): Issue | undefined {
  const cell = readScoreCell(cellAt(grid, r, COLUMN.self), () => where);
  const typed: MarkedScore = cell.kind === 'score' ? cell.value : cell.kind === 'notApplicable' ? 'KAD' : null;
  if (typed === criterion.selfScore) return undefined;
  const show = (value: MarkedScore) => (typeof value === 'number' ? fromHundredths(value) : (value ?? ''));
  return makeIssue('reply-row-of-other-agency', where, { criterion: criterion.code, value: show(typed), expected: show(criterion.selfScore) });
}
