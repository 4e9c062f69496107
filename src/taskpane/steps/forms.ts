/**
 * Step 5, blank self-assessment forms: one protected sheet per agency of the list, from the
 * rubric chosen in step 1. A second run replaces the forms it made that are still blank and keeps
 * those with scores entered (adapters/excel/form-sheets.ts).
 */
import { Issue, issueMessage } from '../../engine/messages/issues';
import { PaneWords } from '../../engine/messages/pane-words';
import { blankForm, parseAgencyList } from '../../engine/output/blank-forms';
import { LayoutSheet } from '../../engine/output/layout';
import { readWorkbooks } from '../../engine/assessing/assess';
import { groupKey } from '../../engine/rules/groups';
import { rubricGroupKey } from '../../engine/rules/rubric';
import { FormWriteResult, writeFormSheets } from '../../adapters/excel/form-sheets';
import { byId } from '../dom';
import { PaneParts, Step } from '../parts';

export class FormsStep implements Step {
  private readonly list = byId<HTMLTextAreaElement>('agency-list');

  constructor(
    private readonly parts: PaneParts,
    private readonly year: () => string | undefined | false,
  ) {
    byId('make-forms').addEventListener('click', () => parts.act(() => this.makeForms()));
  }

  render(): void {
    this.list.placeholder = this.parts.words().agencyListExample(this.parts.session.rubric()?.groups ?? []);
  }

  /** The list the pane put in the box (not the clerk's typing), which a new rubric or workbook may replace. */
  private filled?: string;

  /** The agencies of the workbook's summaries as the list for blank forms, while the box is empty or as the pane filled it. */
  workbookRead(): void {
    if (this.list.value.trim() !== '' && this.list.value !== this.filled) return;
    this.list.value = this.filled = this.agencyLines().join('\n');
    this.render();
  }

  /** Another rubric: the list names its groups. */
  clearResults(): void {
    this.workbookRead();
  }

  /**
   * Every agency read, scored or not (a blank form is wanted most where scores are missing), with
   * its group as the rubric names it; an agency whose group the rubric does not have is left out
   * rather than listed to fail. Without a rubric, the groups as the workbook names them.
   */
  private agencyLines(): string[] {
    const { session } = this.parts;
    const rubric = session.rubric();
    const lines = readWorkbooks([session.inputSheets()], { rubric }).records.flatMap((r) => {
      if (!rubric) return [`${r.name}; ${r.group}`];
      if (rubric.groups.length === 0) return [r.name];
      const group = rubric.groups.find((g) => groupKey(g) === rubricGroupKey(rubric, r.group));
      return group ? [`${r.name}; ${group}`] : [];
    });
    return [...new Set(lines)];
  }

  private async makeForms(): Promise<void> {
    const { session, bar } = this.parts;
    await session.readNow();
    const rubric = session.rubric();
    if (!rubric) return bar.show({ kind: 'error', text: (w) => w.needRubric });
    const agencies = parseAgencyList(this.list.value);
    if (agencies.length === 0) return bar.show({ kind: 'error', text: (w) => w.needAgencies });
    const year = this.year();
    if (year === false) return;
    const sheets: LayoutSheet[] = [];
    const problems: Issue[] = [];
    for (const agency of agencies) {
      const form = blankForm(rubric, agency, { year });
      if ('code' in form) problems.push({ ...form, agency: form.agency ?? agency.name });
      else sheets.push(form);
    }
    const details = (w: PaneWords) => problems.map((p) => `${p.agency}: ${issueMessage(p, w.lang)}`);
    if (sheets.length === 0) return bar.show({ kind: 'error', text: (w) => w.formsFailed(problems.length), details });
    bar.progress((w) => w.makingForms(sheets.length));
    const result = await session.host.run((context) => writeFormSheets(context, sheets));
    const said = (w: PaneWords) => formsSaid(result, w, problems.length);
    const clean = problems.length === 0 && result.kept.length === 0;
    bar.show({ kind: clean ? 'success' : 'warning', text: said, details: problems.length > 0 ? details : undefined });
  }
}

/** What a run of blank forms did: made, replaced, kept because scores were entered, failed. */
function formsSaid(result: FormWriteResult, w: PaneWords, failed: number): string {
  const parts = [
    result.sheets.length > 0 ? w.formsMade(result.sheets) : '',
    result.replaced.length > 0 ? w.formsReplaced(result.replaced.length) : '',
    result.kept.length > 0 ? w.formsKept(result.kept) : '',
    failed > 0 ? w.formsFailed(failed) : '',
  ];
  return parts.filter((part) => part !== '').join(' ');
}
