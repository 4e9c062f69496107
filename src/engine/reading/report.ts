/**
 * The reading report: for every sheet of every input, what it was read as, and for every table
 * found, where it is, which group it became and why, which header cell gave which field, and
 * every row it read or passed over. Nothing is left out of an assessment without a line here.
 */

/** What a sheet was read as. */
export type SheetReadKind = 'summary' | 'form' | 'rubric' | 'agencyList' | 'ownAnnex' | 'blankForm' | 'settings' | 'rules' | 'nameMapping' | 'feedbackRound' | 'skipped' | 'nothing';

/** Why a row under a table is not an agency. */
export type PassedOverReason = 'total' | 'average' | 'blank' | 'hidden' | 'tail' | 'note' | 'ambiguous';

/** One header cell and the field it was matched to: a column of formats.md §1, or a component. */
export interface HeaderMatch {
  cell: string;
  text: string;
  /** "name", "achievedScore", "standardScore", …, or "component" (then `component` names it). */
  field: string;
  component?: string;
}

export interface PassedOverRow {
  /** 1-based row number, as Excel shows it. */
  row: number;
  reason: PassedOverReason;
  /** The row's first text, to recognise it by. */
  text: string;
}

/** Where a table's group came from. */
export interface GroupSource {
  kind: 'title' | 'column' | 'sheet' | 'label' | 'default';
  /** The title or label cell, and its text. */
  cell?: string;
  text?: string;
}

export interface TableReport {
  /** The table's cells, header included: "A5:G18". */
  range: string;
  group: string;
  groupSource: GroupSource;
  /** Names and an index, no scores (formats.md §6): "bảng chỉ số". */
  indexTable?: boolean;
  /** A sub-title over the table that names no group of its own ("I.1. Xếp hạng …"). */
  caption?: { cell: string; text: string };
  headers: HeaderMatch[];
  /** Header cells no field was found for. */
  unread: { cell: string; text: string }[];
  /** Rows read as agencies (1-based). */
  agencyRows: number[];
  passedOver: PassedOverRow[];
}

export interface SheetReport {
  file: string;
  sheet: string;
  kind: SheetReadKind;
  tables: TableReport[];
  /** For a sheet read as nothing: the cells of its likeliest header row. */
  headersSeen?: string[];
}

/** The first text of a row, for a report line. */
export function rowLabel(cells: readonly unknown[]): string {
  for (const value of cells) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (typeof value === 'number') return String(value);
  }
  return '';
}
