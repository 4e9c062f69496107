/**
 * Evidence (tài liệu kiểm chứng) and the appraisal team's reasons (lý do) beside each criterion of
 * a form: what the appraisal round checks before it trusts a score. These are warnings by default;
 * a province whose rules require evidence turns them into errors (`EvidenceSeverity`).
 */
import { fromHundredths, Hundredths } from '../values/decimal';
import { looseKey } from '../values/text';
import { Issue, IssueLocation, makeIssue } from '../messages/issues';
import { ScoreCell } from './cells';

/** How strictly evidence and reasons are required: warnings (the default) or errors. */
export type EvidenceSeverity = 'warning' | 'error';

/** A text cell beside a criterion; undefined where the form has no such column. */
export interface TextCell {
  text: string;
  cell: string;
}

export interface CriterionEvidence {
  criterion: string;
  self: ScoreCell;
  appraised?: ScoreCell;
  /** The score that counts for the criterion. */
  counted: Hundredths;
  evidence?: TextCell;
  reason?: TextCell;
}

/**
 * Kinds of document an evidence reference cites, as loose keys (no diacritics, lower case): a
 * reference naming one of them should give its number and date ("Số 12/KH-UBND, ngày 15/3/2021").
 */
const DOCUMENT_KINDS = [
  'quyet dinh',
  'cong van',
  'ke hoach',
  'bao cao',
  'thong bao',
  'chi thi',
  'nghi quyet',
  'nghi dinh',
  'thong tu',
  'to trinh',
  'huong dan',
  'van ban',
  'quy che',
  'bien ban',
  'hop dong',
  'qd',
  'cv',
  'kh',
  'bc',
  'tb',
];

/** A document number: "12/KH-UBND", "05/2021/QĐ-UBND", or "số 12". Not a date (digits only). */
const DOCUMENT_NUMBER = /\d+\s*\/\s*(?:\d{2,4}\s*\/\s*)?\p{L}|s[ốoóòỏõọ]\s*:?\s*\d+/iu;
/** A date: "15/3/2021", "15-03-2021", "15.3.2021" or "ngày 15 tháng 3 năm 2021". */
const DOCUMENT_DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|th[aá]ng\s*\d{1,2}\s*n[aă]m\s*\d{4}/iu;

export type MissingCitationPart = 'number' | 'date' | 'both';

/** What a reference that names a document lacks; undefined when it names none or cites it fully. */
export function missingCitationPart(reference: string): MissingCitationPart | undefined {
  const words = ` ${looseKey(reference)} `;
  if (!DOCUMENT_KINDS.some((kind) => words.includes(` ${kind} `))) return undefined;
  const hasNumber = DOCUMENT_NUMBER.test(reference);
  const hasDate = DOCUMENT_DATE.test(reference);
  if (hasNumber && hasDate) return undefined;
  return hasNumber ? 'date' : hasDate ? 'number' : 'both';
}

/** The references of an evidence cell: one per line or per ";". */
export function evidenceReferences(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .map((part) => part.replace(/^\s*[-+•*]\s*/, '').trim())
    .filter((part) => part !== '');
}

/** The evidence and reason checks of one criterion, at their cells. */
export function checkCriterionEvidence(input: CriterionEvidence, where: IssueLocation, severity: EvidenceSeverity = 'warning'): Issue[] {
  const issues: Issue[] = [];
  const at = (cell: string) => ({ ...where, cell });
  const { evidence, reason } = input;
  if (evidence && evidence.text === '' && input.counted > 0) {
    issues.push(makeIssue('evidence-missing', at(evidence.cell), { criterion: input.criterion, value: fromHundredths(input.counted) }));
  }
  for (const reference of evidence ? evidenceReferences(evidence.text) : []) {
    const missing = missingCitationPart(reference);
    if (missing) issues.push(makeIssue('evidence-citation-incomplete', at(evidence!.cell), { criterion: input.criterion, text: shorten(reference), missing }));
  }
  if (reason && reason.text === '' && appraisalChanged(input.self, input.appraised)) {
    issues.push(makeIssue('reason-missing', at(reason.cell), { criterion: input.criterion }));
  }
  return severity === 'error' ? issues.map((issue) => ({ ...issue, severity: 'error' })) : issues;
}

/** The appraisal gave a score (or KAD) other than the agency's own. A blank self score compares with nothing. */
export function appraisalChanged(self: ScoreCell, appraised: ScoreCell | undefined): boolean {
  if (!appraised || appraised.kind === 'blank' || appraised.kind === 'invalid') return false;
  if (self.kind === 'blank' || self.kind === 'invalid') return false;
  if (self.kind !== appraised.kind) return true;
  return self.kind === 'score' && appraised.kind === 'score' && self.value !== appraised.value;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
