/**
 * Draft versus final (the feedback round): what changed between two versions of the scores, and
 * whose rank or grade it moved. Agencies are matched by group and normalised name.
 */
import { AgencyResult, Assessment } from '../assessing/assess';
import { fromHundredths, Hundredths } from '../values/decimal';
import { groupKey } from '../rules/groups';
import { LayoutCell, LayoutSheet } from './layout';
import { formatOrdinal } from '../rules/rank';
import { nameKey } from '../values/text';

export interface ScoreChange {
  /** "Tổng điểm", a component's name, or a criterion's code and title. */
  item: string;
  from: Hundredths | null;
  to: Hundredths | null;
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
function parts(agency: AgencyResult): Map<string, { item: string; score: Hundredths }> {
  const out = new Map<string, { item: string; score: Hundredths }>();
  out.set('total', { item: 'Tổng điểm', score: agency.achievedScore });
  for (const c of agency.components) out.set(`component:${c.code}`, { item: c.name, score: c.achievedScore });
  for (const c of agency.record.criteria ?? []) out.set(`criterion:${c.code}`, { item: `${c.code}. ${c.title}`.trim(), score: c.score });
  return out;
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
        if (!earlier || earlier.score !== part.score) scores.push({ item: part.item, from: earlier?.score ?? null, to: part.score });
      }
      for (const [partKey, part] of was) if (!now.has(partKey)) scores.push({ item: part.item, from: part.score, to: null });
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

const STATUS = { changed: 'Thay đổi', added: 'Mới', removed: 'Không còn' };
const RANK_ONLY = 'Điểm không đổi, thứ hạng thay đổi';

/** The "Thay đổi" sheet: one row per changed score, with the rank and grade it moved. */
export function changesSheet(changes: AgencyChange[]): LayoutSheet {
  const c = (value: string | number | null, style: LayoutCell['style']): LayoutCell => ({ value: value === '' ? null : value, style });
  const number = (value: Hundredths | null) => c(value === null ? null : fromHundredths(value), 'number');
  const width = 10;
  const rows: LayoutCell[][] = [
    [c('CÁC THAY ĐỔI GIỮA DỰ THẢO VÀ KẾT QUẢ CUỐI CÙNG', 'title'), ...Array.from({ length: width - 1 }, () => c(null, 'title'))],
    Array.from({ length: width }, () => c(null, 'plain')),
    ['STT', 'Phụ lục', 'Tên cơ quan', 'Tình trạng', 'Nội dung', 'Điểm cũ', 'Điểm mới', 'Chênh lệch', 'Thứ hạng', 'Xếp loại'].map((h) => c(h, 'header')),
  ];
  let n = 0;
  for (const change of changes) {
    const rank = change.rank.from === change.rank.to ? String(change.rank.to ?? '') : `${change.rank.from ?? '—'} → ${change.rank.to ?? '—'}`;
    const grade = change.grade.from === change.grade.to ? (change.grade.to ?? '') : `${change.grade.from ?? '—'} → ${change.grade.to ?? '—'}`;
    // A rank moved only by other agencies' changes: no score of its own changed.
    const lines = change.scores.length > 0 ? change.scores : [{ item: RANK_ONLY, from: null, to: null }];
    for (const score of lines) {
      const delta = score.from !== null && score.to !== null ? score.to - score.from : null;
      rows.push([c(formatOrdinal(++n), 'textCenter'), c(change.annex, 'textCenter'), c(change.agency, 'text'), c(STATUS[change.status], 'textCenter'), c(score.item, 'text'), number(score.from), number(score.to), number(delta), c(rank, 'textCenter'), c(grade, 'textCenter')]);
    }
  }
  return {
    name: 'Thay đổi',
    kind: 'comparison',
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    columnWidths: [6, 8, 30, 11, 34, 10, 10, 11, 12, 22],
    headerRow: 2,
    orientation: 'landscape',
  };
}
