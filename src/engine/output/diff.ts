/**
 * Draft versus final (the feedback round): what changed between two versions of the scores, and
 * whose rank or grade it moved. Agencies are matched by group and normalised name.
 */
import { AgencyResult, Assessment } from '../assessing/assess';
import { Hundredths } from '../values/decimal';
import { groupKey } from '../rules/groups';
import { LayoutCell, LayoutSheet } from './layout';
import { formatOrdinal } from '../rules/rank';
import { nameKey } from '../values/text';
import type { Reply } from '../reading/replies';
import { cell, pointsCell, spanRow } from './cells';

export interface ScoreChange {
  /** "Tổng điểm", a component's name, or a criterion's code and title. */
  item: string;
  from: Hundredths | null;
  to: Hundredths | null;
  /** The criterion's code, for a criterion's change. */
  criterion?: string;
  /**
   * With the replies of the feedback round (`withComments`): the comments that asked for this
   * change (for a total or component, those on the criteria that moved it); [] where none did.
   */
  askedBy?: { criterion: string | null; comment: string }[];
}

export interface AgencyChange {
  group: string;
  annex: string;
  agency: string;
  status: 'changed' | 'added' | 'removed';
  scores: ScoreChange[];
  rank: { from: number | null; to: number | null };
  grade: { from: string | null; to: string | null };
}

const key = (group: string, name: string) => `${groupKey(group)}\u0000${nameKey(name)}`;

/** The parts of one agency's score that can change, by a stable key. */
function parts(agency: AgencyResult): Map<string, { item: string; score: Hundredths; criterion?: string }> {
  const out = new Map<string, { item: string; score: Hundredths; criterion?: string }>();
  if (agency.achievedScore !== null) out.set('total', { item: 'Tổng điểm', score: agency.achievedScore });
  for (const c of agency.components) out.set(`component:${c.code}`, { item: c.name, score: c.achievedScore });
  for (const c of agency.record.criteria ?? []) out.set(`criterion:${c.code}`, { item: `${c.code}. ${c.title}`.trim(), score: c.score, criterion: c.code });
  return out;
}

function scoreChange(part: { item: string; criterion?: string }, from: Hundredths | null, to: Hundredths | null): ScoreChange {
  return part.criterion === undefined ? { item: part.item, from, to } : { item: part.item, from, to, criterion: part.criterion };
}

export function diffAssessments(before: Assessment, after: Assessment): AgencyChange[] {
  const old = new Map<string, { agency: AgencyResult; group: string; annex: string }>();
  for (const g of before.groups) for (const a of g.agencies) old.set(key(g.name, a.name), { agency: a, group: g.name, annex: g.annex });
  const changes: AgencyChange[] = [];
  const seen = new Set<string>();
  for (const g of after.groups) {
    for (const a of g.agencies) {
      const k = key(g.name, a.name);
      seen.add(k);
      const previous = old.get(k)?.agency;
      if (!previous) {
        changes.push({ group: g.name, annex: g.annex, agency: a.name, status: 'added', scores: [{ item: 'Tổng điểm', from: null, to: a.achievedScore }], rank: { from: null, to: a.rank }, grade: { from: null, to: a.grade } });
        continue;
      }
      const was = parts(previous);
      const now = parts(a);
      const scores: ScoreChange[] = [];
      for (const [partKey, part] of now) {
        const earlier = was.get(partKey);
        if (!earlier || earlier.score !== part.score) scores.push(scoreChange(part, earlier?.score ?? null, part.score));
      }
      for (const [partKey, part] of was) if (!now.has(partKey)) scores.push(scoreChange(part, part.score, null));
      if (scores.length > 0 || previous.rank !== a.rank || previous.grade !== a.grade) {
        changes.push({ group: g.name, annex: g.annex, agency: a.name, status: 'changed', scores, rank: { from: previous.rank, to: a.rank }, grade: { from: previous.grade, to: a.grade } });
      }
    }
  }
  for (const [k, { agency, group, annex }] of old) {
    if (!seen.has(k)) changes.push({ group, annex, agency: agency.name, status: 'removed', scores: [{ item: 'Tổng điểm', from: agency.achievedScore, to: null }], rank: { from: agency.rank, to: null }, grade: { from: agency.grade, to: null } });
  }
  return changes;
}

/** One comment asked for a change: the criterion it was on (null: other comments) and its words. */
export type AskingComment = { criterion: string | null; comment: string };

/**
 * Marks each change with the comments that asked for it (replies read against the draft): a
 * criterion's change with the comments on that criterion, a total's or component's with those on
 * the agency's criteria that changed.
 */
export function withComments(changes: readonly AgencyChange[], replies: readonly Reply[]): AgencyChange[] {
  const byAgency = new Map<string, Reply[]>();
  for (const reply of replies) byAgency.set(key(reply.group, reply.agency), [...(byAgency.get(key(reply.group, reply.agency)) ?? []), reply]);
  return changes.map((change) => {
    const comments = byAgency.get(key(change.group, change.agency)) ?? [];
    const on = (code: string): AskingComment[] => comments.filter((r) => r.criterion === code).map((r) => ({ criterion: r.criterion, comment: r.comment }));
    const onChangedCriteria = change.scores.flatMap((score) => (score.criterion === undefined ? [] : on(score.criterion)));
    return { ...change, scores: change.scores.map((score) => ({ ...score, askedBy: score.criterion === undefined ? onChangedCriteria : on(score.criterion) })) };
  });
}

/** "tiêu chí 2: «…»; tiêu chí 3: «…»", or "" where no comment asked. */
export function describeAsking(comments: readonly AskingComment[]): string {
  return comments.map((c) => `${c.criterion === null ? 'ý kiến khác' : `tiêu chí ${c.criterion}`}: «${c.comment}»`).join('; ');
}

const STATUS = { changed: 'Thay đổi', added: 'Mới', removed: 'Không còn' };
const RANK_ONLY = 'Điểm không đổi, thứ hạng thay đổi';

/** The "Thay đổi" sheet: one row per changed score, with the rank and grade it moved. */
export function changesSheet(changes: AgencyChange[]): LayoutSheet {
  // With the replies read, a last column says for each change whether a comment asked for it.
  const commented = changes.some((change) => change.scores.some((score) => score.askedBy !== undefined));
  const headers = ['STT', 'Phụ lục', 'Tên cơ quan', 'Tình trạng', 'Nội dung', 'Điểm cũ', 'Điểm mới', 'Chênh lệch', 'Thứ hạng', 'Xếp loại', ...(commented ? ['Theo ý kiến của cơ quan'] : [])];
  const width = headers.length;
  const rows: LayoutCell[][] = [
    spanRow('CÁC THAY ĐỔI GIỮA DỰ THẢO VÀ KẾT QUẢ CUỐI CÙNG', 'title', width),
    spanRow(null, 'plain', width),
    headers.map((h) => cell(h, 'header')),
  ];
  const asking = (score: ScoreChange) => (score.askedBy === undefined ? [] : [cell(score.askedBy.length > 0 ? `Có: ${describeAsking(score.askedBy)}` : 'Không', 'text')]);
  let n = 0;
  for (const change of changes) {
    const rank = change.rank.from === change.rank.to ? String(change.rank.to ?? '') : `${change.rank.from ?? '—'} → ${change.rank.to ?? '—'}`;
    const grade = change.grade.from === change.grade.to ? (change.grade.to ?? '') : `${change.grade.from ?? '—'} → ${change.grade.to ?? '—'}`;
    // A rank moved only by other agencies' changes: no score of its own changed.
    const lines: ScoreChange[] = change.scores.length > 0 ? change.scores : [{ item: RANK_ONLY, from: null, to: null, askedBy: commented ? [] : undefined }];
    for (const score of lines) {
      const delta = score.from !== null && score.to !== null ? score.to - score.from : null;
      rows.push([cell(formatOrdinal(++n), 'textCenter'), cell(change.annex, 'textCenter'), cell(change.agency, 'text'), cell(STATUS[change.status], 'textCenter'), cell(score.item, 'text'), pointsCell(score.from), pointsCell(score.to), pointsCell(delta), cell(rank, 'textCenter'), cell(grade, 'textCenter'), ...asking(score)]);
    }
  }
  return {
    name: 'Thay đổi',
    kind: 'comparison',
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    columnWidths: [6, 8, 30, 11, 34, 10, 10, 11, 12, 22, ...(commented ? [44] : [])],
    headerRow: 2,
    orientation: 'landscape',
  };
}
