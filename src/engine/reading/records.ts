/**
 * What the readers produce: one record per agency, whatever sheet it came from.
 */
import { Hundredths } from '../values/decimal';
import { CellValue } from '../values/grid';
import { Fixed } from '../values/fixed';

export interface ComponentRecord {
  /** The rubric component's code, when matched to a rubric. */
  code?: string;
  name: string;
  score: Hundredths;
  /** The component's maximum for this agency, when known (rubric or form). */
  maxScore?: Hundredths;
  cell: string;
}

/** A score as a form holds it: a number, a not-applicable mark, or nothing usable. */
export type MarkedScore = Hundredths | 'KAD' | null;

/** One leaf criterion of a form: the score that counts, whose it is, and what backs it. */
export interface CriterionScore {
  code: string;
  title: string;
  /** The score that counts (0 for a criterion taken out as not applicable). */
  score: Hundredths;
  /** The cell of the score that counts. */
  cell: string;
  /** Whose score counts (or who marked the criterion not applicable): the agency's or the appraisal team's. */
  scoredBy: 'self' | 'appraisal';
  selfScore: MarkedScore;
  appraisedScore: MarkedScore;
  /** The criterion's maximum for the agency's group; negative for a penalty. */
  maxScore: Hundredths;
  /** The evidence cited (tài liệu kiểm chứng) and the appraisal's reason (lý do); '' where none. */
  evidence: string;
  reason: string;
}

export interface AgencyRecord {
  name: string;
  group: string;
  /** The score that counts: appraised where present, else self. null when unusable (reported). */
  achievedScore: Hundredths | null;
  /** From the sheet or the form's maxima; null: take the rubric's total for the group. */
  standardScore: Hundredths | null;
  /** The agency's own score where an appraised score was also given; else null. */
  selfScore: Hundredths | null;
  components: ComponentRecord[];
  /**
   * A row of an index table (formats.md §6): the index with its places as written, null where the
   * cell is unusable (reported); its cell is `achievedCell`. Undefined for scored records.
   */
  index?: Fixed | null;
  /** A form's leaf criteria with the score that counts; absent for summary rows. */
  criteria?: CriterionScore[];
  /** A form's leaf criteria that the rubric applies but the agency or the appraisal marked KAD. */
  excludedCriteria?: CriterionScore[];
  note: string;
  /** Where the agency is: file, sheet and the cell of its name (or its form's name label). */
  file?: string;
  sheet: string;
  cell: string;
  achievedCell: string;
  standardCell?: string;
  /** The standard score cell holds something unusable, already reported where it was read. */
  standardInvalid?: boolean;
  /** The achieved / standard score is a number in that cell: a live annex may refer to it. */
  achievedLinkable?: boolean;
  standardLinkable?: boolean;
  /** A ratio or grade typed in the sheet, compared with what is computed. */
  typedRatio?: { value: CellValue; cell: string };
  typedGrade?: { value: string; cell: string };
  source: 'summary' | 'form';
  /** Where a summary row keeps its computed columns, filled or not: for filling them in place. */
  computedCells?: { ordinal?: CellSlot; ratio?: CellSlot; grade?: CellSlot; rank?: CellSlot };
}

/** A cell of the sheet and what it holds now. */
export interface CellSlot {
  cell: string;
  value: CellValue;
}
