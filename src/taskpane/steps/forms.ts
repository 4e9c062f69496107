/**
 * Step 5, blank self-assessment forms: one protected sheet per agency of the list, from the
 * rubric chosen in step 1.
 */
import { Issue, issueMessage } from '../../engine/messages/issues';
import { Strings } from '../i18n';
import { blankForm, parseAgencyList } from '../../engine/output/blank-forms';
import { LayoutSheet } from '../../engine/output/layout';
import { readWorkbooks } from '../../engine/assessing/assess';
import { writeUserSheets } from '../../adapters/excel/write';
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

  render(): void {}

  /** The agencies of the workbook's summaries, as the list for blank forms, while it is empty. */
  workbookRead(): void {
    if (this.list.value.trim() !== '') return;
    const { session } = this.parts;
    // Every agency read, scored or not: a blank form is wanted most where the scores are missing.
    const lines = readWorkbooks([session.inputSheets()], { rubric: session.rubric() }).records.map((r) => `${r.name}; ${r.group}`);
    this.list.value = [...new Set(lines)].join('\n');
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
    const details = (w: Strings) => problems.map((p) => `${p.agency}: ${issueMessage(p, w.lang)}`);
    if (sheets.length === 0) return bar.show({ kind: 'error', text: (w) => w.formsFailed(problems.length), details });
    bar.progress((w) => w.makingForms(sheets.length));
    const result = await session.host.run((context) => writeUserSheets(context, sheets));
    const made = (w: Strings) => w.formsMade(result.sheets);
    bar.show(problems.length > 0 ? { kind: 'warning', text: (w) => `${made(w)} ${w.formsFailed(problems.length)}`, details } : { kind: 'success', text: made });
  }
}
