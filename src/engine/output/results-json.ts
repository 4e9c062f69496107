/**
 * The results as JSON, in the shape of formats.md §5: keys in English, numbers with at most two
 * decimals (a ratio with the places the rules round to).
 */
import { Assessment } from '../assessing/assess';
import { fromHundredths } from '../values/decimal';
import { fixedToNumber } from '../values/fixed';
import { SheetReport } from '../reading/report';

export interface ResultsJson {
  groups: {
    annex: string;
    name: string;
    agencies: {
      ordinal: string;
      /** Null for an agency the rules leave unranked. */
      rank: number | null;
      name: string;
      /** Null for an index table's agency (formats.md §6), which has its index instead. */
      achievedScore: number | null;
      standardScore: number | null;
      ratio: number | null;
      /** An index table's index, with the places it was written with or rounded to; else absent. */
      index?: number;
      /** Null where the rules give no grades. */
      grade: string | null;
      selfScore: number | null;
      components: { code: string; name: string; achievedScore: number; maxScore: number | null; ratio: number | null; grade: string | null; rank: number }[];
    }[];
  }[];
  issues: { severity: string; code: string; message: string; file?: string; sheet?: string; cell?: string; agency?: string }[];
  /** The reading report: what every input sheet was read as, table by table. */
  sheets?: SheetReport[];
}

const maybe = (value: number | null) => (value === null ? null : fromHundredths(value));

export function resultsJson(assessment: Assessment): ResultsJson {
  return {
    groups: assessment.groups.map((group) => ({
      annex: group.annex,
      name: group.name,
      agencies: group.agencies.map((a) => ({
        ordinal: a.ordinal,
        rank: a.rank,
        name: a.name,
        achievedScore: maybe(a.achievedScore),
        standardScore: maybe(a.standardScore),
        ratio: a.roundedRatio === null ? null : fixedToNumber(a.roundedRatio),
        ...(a.index !== null && { index: fixedToNumber(a.index) }),
        grade: a.grade === '' ? null : a.grade,
        selfScore: maybe(a.selfScore),
        components: a.components.map((c) => ({
          code: c.code,
          name: c.name,
          achievedScore: fromHundredths(c.achievedScore),
          maxScore: maybe(c.maxScore),
          ratio: maybe(c.ratio),
          grade: c.grade,
          rank: c.rank,
        })),
      })),
    })),
    issues: assessment.issues.map((issue) => {
      const { severity, code, message, file, sheet, cell, agency } = issue;
      return { severity, code, message, ...(file !== undefined && { file }), ...(sheet !== undefined && { sheet }), ...(cell !== undefined && { cell }), ...(agency !== undefined && { agency }) };
    }),
    ...(assessment.sheets && { sheets: assessment.sheets }),
  };
}
