/**
 * Step 4, Lập phụ lục: the annex sheets written from the workbook as it is now, and the grades
 * per group under the button.
 */
import { AgencyResult, Assessment } from '../../engine/assessing/assess';
import { annexLayout } from '../../engine/output/annex';
import { changesSheet, diffAssessments } from '../../engine/output/diff';
import { writeAnnexLayout } from '../../adapters/excel/write';
import { byId, el, replaceChildren } from '../dom';
import { sheetList } from '../../engine/messages/pane-words';
import { PaneParts, Step } from '../parts';
import { WORKBOOK_FILE } from '../session';
import { validYear, yearInTitles } from '../year';
import { NoticeFields } from './notice';
import { readyToWrite } from './ready';

export class BuildStep implements Step {
  private built?: Assessment;
  private readonly year = byId<HTMLInputElement>('year');
  /** Set once the clerk types a year; till then the year follows the inputs' title. */
  private yearTyped = false;

  constructor(
    private readonly parts: PaneParts,
    private readonly check: () => Promise<Assessment>,
  ) {
    byId('build').addEventListener('click', () => parts.act(() => this.build()));
    this.year.addEventListener('input', () => (this.yearTyped = true));
    this.notice = new NoticeFields(parts, check, () => this.checkedYear());
  }

  private readonly notice: NoticeFields;

  /** The year from the title the workbook names, unless the clerk typed one. */
  workbookRead(): void {
    if (!this.yearTyped) this.year.value = String(yearInTitles(this.parts.session.inputSheets()) ?? new Date().getFullYear());
    this.notice.workbookRead();
  }

  /** The year typed, checked; undefined (and the bar says why) when it is not a year. */
  checkedYear(): string | undefined | false {
    const text = this.year.value.trim();
    this.year.removeAttribute('aria-invalid');
    if (text === '') return undefined;
    if (validYear(text)) return text;
    this.year.setAttribute('aria-invalid', 'true');
    this.parts.bar.show({ kind: 'error', text: (w) => w.badYear(text) });
    return false;
  }

  private async build(): Promise<void> {
    const { session, bar } = this.parts;
    const ready = await readyToWrite(bar, () => this.checkedYear(), this.check);
    if (!ready) return;
    const { year, assessment } = ready;
    const agencies = assessment.groups.reduce((n, g) => n + g.agencies.length, 0);
    bar.progress((w) => w.building(agencies));
    const live = byId<HTMLInputElement>('live').checked;
    const charts = byId<HTMLInputElement>('charts').checked;
    const layout = annexLayout(assessment, { year, live, linkFile: WORKBOOK_FILE, charts, previous: session.previous?.results, ...this.notice.settings() });
    if (session.draft) layout.sheets.push(changesSheet(diffAssessments(session.draft.assessment, assessment)));
    const result = await session.host.run((context) => writeAnnexLayout(context, layout));
    await this.notice.save();
    this.built = assessment;
    this.render();
    bar.show({ kind: 'success', text: (w) => w.built(sheetList(result.sheets), agencies), detailsAt: byId('summary') });
  }

  /** Agencies per grade and group: one column per band of the rules graded by, best first (one count where no grades). */
  render(): void {
    const assessment = this.built;
    if (!assessment) return replaceChildren(byId('summary'));
    const words = this.parts.words();
    const language = this.parts.language();
    // Index tables are graded only by bands on the index: where no agency has a grade, one count.
    const graded = assessment.groups.some((g) => g.agencies.some((a) => a.gradeKey !== ''));
    const columns: [string, (a: AgencyResult) => boolean][] = assessment.rules.grades && graded
      ? assessment.rules.grades.bands.map((band) => [band.labels[language], (a) => a.gradeKey === band.key])
      : [[words.summaryAgencies, () => true]];
    const header = el('tr', {}, el('th', { text: words.summaryGroup }), ...columns.map(([title]) => el('th', { className: 'num', text: title })));
    const rows = assessment.groups.map((g) =>
      el('tr', {}, el('td', { text: `${g.annex}. ${g.name}` }), ...columns.map(([, counts]) => el('td', { className: 'num', text: String(g.agencies.filter(counts).length) }))),
    );
    replaceChildren(byId('summary'), el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows)));
  }

  clearResults(): void {
    this.built = undefined;
    this.render();
  }
}
