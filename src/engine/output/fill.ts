/**
 * Filling an office's own annex sheet in place: only the computed columns (STT, Tỷ lệ (%),
 * Xếp loại, Xếp hạng) of its rows, and only the cells whose value changes. The plan is shown before
 * anything is written.
 */
import { Assessment } from '../assessing/assess';
import { fixedToNumber } from '../values/fixed';
import { CellValue, parseCellAddress } from '../values/grid';
import { nameKey } from '../values/text';
import type { AgencyRecord } from '../reading/records';
import { extent } from '../values/arrays';

/** The computed columns a fill writes. */
export type FillColumn = 'ordinal' | 'ratio' | 'grade' | 'rank';

export interface CellChange {
  sheet: string;
  cell: string;
  from: CellValue;
  to: string | number;
  agency: string;
  column: FillColumn;
  /** The row's table has a Xếp hạng column: the rank has its own place, so STT may stay as typed. */
  besideRank: boolean;
}

function sameValue(from: CellValue, to: string | number): boolean {
  if (typeof to === 'number') return typeof from === 'number' ? Math.abs(from - to) < 0.005 : String(from ?? '').replace(',', '.').trim() === String(to);
  if (typeof from === 'number') return /^\d+$/.test(to) && Number(to) === from;
  return nameKey(String(from ?? '')) === nameKey(to);
}

/** A record to fill: read from a summary sheet of `file` (any file where none is given). */
function fillable(record: AgencyRecord, file: string | undefined): boolean {
  return record.source === 'summary' && (file === undefined || record.file === file);
}

/**
 * The cells to write: for every agency read from a summary sheet (of `file`, the workbook being
 * filled, where the inputs hold other files too), its ordinal (in rank order), ratio and grade
 * where the sheet has those columns and they differ from what is there.
 */
export function fillPlan(assessment: Assessment, file?: string): CellChange[] {
  const changes: CellChange[] = [];
  for (const group of assessment.groups) {
    for (const agency of group.agencies) {
      const slots = agency.record.computedCells;
      if (!fillable(agency.record, file) || !slots) continue;
      const wanted: [FillColumn, typeof slots.ordinal, string | number][] = [
        ['ordinal', slots.ordinal, typeof slots.ordinal?.value === 'number' ? Number(agency.ordinal) : agency.ordinal],
        // An index table has no ratio to fill.
        ['ratio', agency.roundedRatio ? slots.ratio : undefined, agency.roundedRatio ? fixedToNumber(agency.roundedRatio) : ''],
        ['grade', slots.grade, agency.grade],
        ['rank', slots.rank, agency.rank ?? ''],
      ];
      const besideRank = slots.rank !== undefined;
      for (const [column, slot, to] of wanted) {
        if (slot && !sameValue(slot.value, to)) changes.push({ sheet: agency.record.sheet, cell: slot.cell, from: slot.value, to, agency: agency.name, column, besideRank });
      }
    }
  }
  return changes;
}

export interface SortPlan {
  sheet: string;
  /** The table's data rows, 0-based, inclusive, and its columns. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The ratio column, counted from `left`: the sort key, highest first. */
  key: number;
}

/**
 * How to put an office's table in rank order, where it is not already: one contiguous block of
 * rows per group, sorted by its ratio column. Undefined where there is nothing to sort or the
 * rows are not one block (then sorting could move other rows).
 */
export function sortPlans(assessment: Assessment, width: (sheet: string) => number, file?: string): SortPlan[] {
  const plans: SortPlan[] = [];
  for (const group of assessment.groups) {
    const records = group.agencies.map((a) => a.record);
    const ratio = records[0]?.computedCells?.ratio?.cell;
    if (!ratio || records.some((r) => !fillable(r, file) || r.sheet !== records[0].sheet)) continue;
    const rows = records.map((r) => parseCellAddress(r.cell)!.row);
    const inRankOrder = rows.every((row, i) => i === 0 || row > rows[i - 1]);
    const { min: top, max: bottom } = extent(rows)!;
    if (inRankOrder || bottom - top + 1 !== rows.length) continue;
    plans.push({ sheet: records[0].sheet, top, bottom, left: 0, right: width(records[0].sheet) - 1, key: parseCellAddress(ratio)!.column });
  }
  return plans;
}
