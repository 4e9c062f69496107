/**
 * The task pane: rubric, inputs, check, build, over the same engine and the Excel writer.
 * Every failure shows what happened and what to do; nothing leaves the pane stuck.
 */
import { annexLayout } from '../engine/output/annex';
import { Assessment, assess, describeSheets, findRubric, readWorkbooks, SheetKind } from '../engine/assessing/assess';
import { formatHundredths } from '../engine/values/decimal';
import { sheetWidth, WorkbookGrids } from '../engine/values/grid';
import { Issue, issueMessage, sortIssues } from '../engine/messages/issues';
import { presetRubric } from '../engine/rules/presets';
import { components, maxFor, Rubric, rubricGroupKey, rubricStandard, ANY_GROUP } from '../engine/rules/rubric';
import { readWorkbookGrids } from '../adapters/excel/read';
import { ExcelWriteError, writeAnnexLayout, writeUserSheets } from '../adapters/excel/write';
import { blankForm, parseAgencyList } from '../engine/output/blank-forms';
import { CellChange, fillPlan, SortPlan, sortPlans } from '../engine/output/fill';
import { changesSheet, diffAssessments } from '../engine/output/diff';
import { matchedCount, previousFromJson, previousFromWorkbook, PreviousResults } from '../engine/output/previous';
import { fillCells, sortTables } from '../adapters/excel/fill';
import { LayoutSheet } from '../engine/output/layout';
import { insertGrids } from '../adapters/excel/insert';
import { byId, el, replaceChildren } from './dom';
import { STRINGS, Strings } from './i18n';
import type { Language } from '../engine/messages/language';

/** How the pane reaches Excel: Excel.run in Excel, a test double in the browser tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

type RubricChoice = { kind: 'sheet'; sheet: string } | { kind: 'preset' } | { kind: 'none' };

const WORKBOOK_FILE = 'Sổ làm việc';

export class Pane {
  private strings: Strings;
  private workbook: WorkbookGrids = { file: WORKBOOK_FILE, sheets: [] };
  private imported: WorkbookGrids[] = [];
  private rubricChoice: RubricChoice = { kind: 'none' };
  private assessment?: Assessment;
  /** Input sheets the user unticked (a kept copy of an old annex, say), by lower-case name. */
  private skipped = new Set<string>();

  constructor(
    private readonly host: ExcelHost,
    private language: Language,
  ) {
    this.strings = STRINGS[language];
  }

  async start(): Promise<void> {
    this.applyLanguage();
    byId('language').addEventListener('click', () => this.switchLanguage());
    byId('refresh').addEventListener('click', () => this.guard(() => this.readWorkbook()));
    byId('import').addEventListener('click', () => byId<HTMLInputElement>('files').click());
    byId<HTMLInputElement>('files').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      void this.guard(() => this.importFiles(files));
    });
    byId<HTMLSelectElement>('rubric').addEventListener('change', (event) => {
      this.rubricChoice = JSON.parse((event.target as HTMLSelectElement).value) as RubricChoice;
      this.renderRubric();
    });
    byId('check').addEventListener('click', () => this.guard(() => this.check()));
    byId('build').addEventListener('click', () => this.guard(() => this.build()));
    byId('make-forms').addEventListener('click', () => this.guard(() => this.makeForms()));
    this.onFile('previous', 'previous-file', (file) => this.loadPrevious(file));
    this.onFile('draft', 'draft-file', (file) => this.loadDraft(file));
    byId('fill').addEventListener('click', () => this.guard(() => this.planFill()));
    byId('fill-confirm').addEventListener('click', () => this.guard(() => this.confirmFill()));
    byId('fill-sort').addEventListener('click', () => this.guard(() => this.confirmFill(true)));
    byId('fill-cancel').addEventListener('click', () => this.showFillPlan(undefined));
    byId<HTMLInputElement>('year').value = String(new Date().getFullYear());
    await this.guard(() => this.readWorkbook());
  }

  // ---------------------------------------------------------------- steps

  /** On opening and at Đọc lại: the workbook read again, its rubric sheet chosen if it has one. */
  private async readWorkbook(): Promise<void> {
    this.status(this.strings.checking);
    await this.readNow(true);
    this.fillAgencyList();
    this.status(this.strings.ready);
  }

  /**
   * The workbook as it is at this moment (the reader's two syncs), before anything is computed:
   * a score corrected in Excel a second ago counts. The user's choices (rubric, unticked sheets) stay.
   */
  private async readNow(pickRubric = false): Promise<void> {
    this.workbook = await this.host.run((context) => readWorkbookGrids(context, { file: WORKBOOK_FILE }));
    const found = findRubric([this.workbook]);
    if (found && (pickRubric || this.rubricChoice.kind === 'sheet')) this.rubricChoice = { kind: 'sheet', sheet: found.sheet };
    else if (!found && this.rubricChoice.kind === 'sheet') this.rubricChoice = { kind: 'none' };
    this.renderRubricChoices(found?.sheet);
    this.renderRubric();
    this.renderSheets();
  }

  private async importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const insert = byId<HTMLInputElement>('insert').checked;
    const progress = byId<HTMLProgressElement>('import-progress');
    progress.classList.remove('hidden');
    progress.max = files.length;
    progress.value = 0;
    // ExcelJS is large: it is loaded only when files are imported.
    const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ '../adapters/exceljs/read');
    const failures: string[] = [];
    let done = 0;
    for (const file of files) {
      this.status(this.strings.importing(done + 1, files.length));
      try {
        const grids = await readWorkbookBuffer(await file.arrayBuffer(), file.name);
        if (insert) await this.host.run((context) => insertGrids(context, grids.sheets));
        else this.imported.push(grids);
      } catch (error) {
        failures.push(this.strings.importFailed(file.name, error instanceof Error ? error.message : String(error)));
      }
      progress.value = ++done;
    }
    progress.classList.add('hidden');
    if (insert) await this.readWorkbook();
    this.renderSheets();
    this.renderImported();
    this.status(this.strings.imported(files.length - failures.length));
    if (failures.length > 0) this.alert(failures.join('\n'));
  }

  private rubric(): Rubric | undefined {
    if (this.rubricChoice.kind === 'preset') return presetRubric('khanh-hoa-2014');
    if (this.rubricChoice.kind === 'sheet') return findRubric([this.workbook])?.rubric;
    return undefined;
  }

  /** The open workbook without the sheets the user unticked. */
  private inputSheets(): WorkbookGrids {
    return { ...this.workbook, sheets: this.workbook.sheets.filter((g) => !this.skipped.has(g.sheet.toLowerCase())) };
  }

  /** Reads the workbook as it is now and checks it. */
  private async check(): Promise<Assessment> {
    await this.readNow();
    // An open workbook with nothing to read is not an error when forms were imported from files.
    const workbook = this.inputSheets();
    const workbookHasInputs = describeSheets(workbook).some((d) => d.kind !== 'other');
    const inputs = workbookHasInputs || this.imported.length === 0 ? [workbook, ...this.imported] : this.imported;
    this.assessment = assess(inputs, { rubric: this.rubric() });
    this.renderIssues(this.assessment.issues);
    this.status(this.strings.ready);
    return this.assessment;
  }

  private async build(): Promise<void> {
    const assessment = await this.check();
    const errors = assessment.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) {
      this.alert(this.strings.buildBlocked(errors));
      return;
    }
    const progress = byId<HTMLProgressElement>('build-progress');
    progress.classList.remove('hidden');
    progress.removeAttribute('value');
    this.status(this.strings.building);
    try {
      const year = byId<HTMLInputElement>('year').value.trim();
      const live = byId<HTMLInputElement>('live').checked;
      const charts = byId<HTMLInputElement>('charts').checked;
      const layout = annexLayout(assessment, { year: year || undefined, live, charts, previous: this.previous?.results });
      if (this.draft) layout.sheets.push(changesSheet(diffAssessments(this.draft.assessment, assessment)));
      const result = await this.host.run((context) => writeAnnexLayout(context, layout));
      this.renderSummary(assessment);
      this.status(this.strings.built(result.sheets));
    } finally {
      progress.classList.add('hidden');
    }
  }

  private previous?: { file: string; results: PreviousResults };
  private draft?: { file: string; assessment: Assessment };

  /** A button that opens a file picker; the chosen file goes to `load`. */
  private onFile(button: string, input: string, load: (file: File) => Promise<void>): void {
    byId(button).addEventListener('click', () => byId<HTMLInputElement>(input).click());
    byId<HTMLInputElement>(input).addEventListener('change', (event) => {
      const element = event.target as HTMLInputElement;
      const file = element.files?.[0];
      element.value = '';
      if (file) void this.guard(() => load(file));
    });
  }

  private async readFile(file: File): Promise<WorkbookGrids> {
    const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ '../adapters/exceljs/read');
    return readWorkbookBuffer(await file.arrayBuffer(), file.name);
  }

  private async loadPrevious(file: File): Promise<void> {
    const results = /\.json$/i.test(file.name) ? previousFromJson(await file.text()) : previousFromWorkbook(await this.readFile(file));
    if (!results || results.size === 0) return this.alert(this.strings.notResults(file.name));
    this.previous = { file: file.name, results };
    this.renderCompare(await this.check());
  }

  private async loadDraft(file: File): Promise<void> {
    const current = await this.check();
    this.draft = { file: file.name, assessment: assess([await this.readFile(file)], { rubric: this.rubric() }) };
    this.renderCompare(current);
  }

  private renderCompare(current: Assessment): void {
    const total = current.groups.reduce((n, g) => n + g.agencies.length, 0);
    replaceChildren(
      byId('compare'),
      this.previous && el('li', { text: this.strings.previousLoaded(this.previous.file, matchedCount(current, this.previous.results), total) }),
      this.draft && el('li', { text: this.strings.draftLoaded(this.draft.file, diffAssessments(this.draft.assessment, current).length) }),
    );
  }

  private pendingFill?: CellChange[];
  private pendingSort: SortPlan[] = [];

  /** Shows how many cells a fill would change; nothing is written before the user confirms. */
  private async planFill(): Promise<void> {
    const assessment = await this.check();
    const errors = assessment.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) return this.alert(this.strings.buildBlocked(errors));
    this.pendingSort = sortPlans(assessment, (sheet) => sheetWidth(this.workbook.sheets, sheet));
    this.showFillPlan(fillPlan(assessment));
  }

  private showFillPlan(changes: CellChange[] | undefined): void {
    this.pendingFill = changes && changes.length > 0 ? changes : undefined;
    const box = byId('fill-plan');
    box.classList.toggle('hidden', changes === undefined);
    if (!changes) return;
    const sortable = this.pendingSort.length > 0;
    const plan = this.strings.fillPlan(changes.length, [...new Set(changes.map((c) => c.sheet))]);
    byId('fill-text').textContent = sortable ? `${plan} ${this.strings.notInOrder}` : plan;
    byId('fill-confirm').classList.toggle('hidden', changes.length === 0);
    byId('fill-sort').classList.toggle('hidden', !sortable);
  }

  /** Writes the planned cells; sorts the rows only when the user chose that button. */
  private async confirmFill(sort = false): Promise<void> {
    const changes = this.pendingFill ?? [];
    const plans = sort ? this.pendingSort : [];
    await this.host.run(async (context) => {
      if (changes.length > 0) await fillCells(context, changes);
      if (plans.length > 0) await sortTables(context, plans);
    });
    this.showFillPlan(undefined);
    await this.readNow();
    this.status(sort ? this.strings.sorted(changes.length) : this.strings.filled(changes.length));
  }

  private async makeForms(): Promise<void> {
    await this.readNow();
    const rubric = this.rubric();
    if (!rubric) return this.alert(this.strings.needRubric);
    const agencies = parseAgencyList(byId<HTMLTextAreaElement>('agency-list').value);
    if (agencies.length === 0) return this.alert(this.strings.needAgencies);
    const year = byId<HTMLInputElement>('year').value.trim() || undefined;
    const sheets: LayoutSheet[] = [];
    const problems: string[] = [];
    for (const agency of agencies) {
      const form = blankForm(rubric, agency, { year });
      if ('code' in form) problems.push(`${agency.name}: ${issueMessage(form, this.language)}`);
      else sheets.push(form);
    }
    if (sheets.length > 0) {
      const result = await this.host.run((context) => writeUserSheets(context, sheets));
      this.status(this.strings.formsMade(result.sheets));
    }
    if (problems.length > 0) this.alert(problems.join('\n'));
  }

  /** The agencies of the workbook's summaries, as the list for blank forms. */
  private fillAgencyList(): void {
    const list = byId<HTMLTextAreaElement>('agency-list');
    if (list.value.trim() !== '') return;
    // Every agency read, scored or not: a blank form is wanted most where the scores are missing.
    const lines = readWorkbooks([this.inputSheets()], { rubric: this.rubric() }).records.map((r) => `${r.name}; ${r.group}`);
    list.value = [...new Set(lines)].join('\n');
  }

  private async selectCell(issue: Issue): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    const { sheet, cell } = issue;
    await this.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  // ---------------------------------------------------------------- rendering

  private switchLanguage(): void {
    this.language = this.language === 'vi' ? 'en' : 'vi';
    this.strings = STRINGS[this.language];
    this.applyLanguage();
    this.renderRubricChoices(findRubric([this.workbook])?.sheet);
    this.renderRubric();
    this.renderSheets();
    this.renderImported();
    if (this.assessment) {
      if (this.previous || this.draft) this.renderCompare(this.assessment);
      this.renderIssues(this.assessment.issues);
      if (byId('summary').childElementCount > 0) this.renderSummary(this.assessment);
    }
  }

  private applyLanguage(): void {
    const s = this.strings;
    document.documentElement.lang = this.language;
    const text: Record<string, string> = {
      title: s.title,
      intro: s.intro,
      language: s.language,
      'rubric-heading': s.stepRubric,
      'inputs-heading': s.stepInputs,
      refresh: s.refresh,
      import: s.importFiles,
      'insert-label': s.insertSheets,
      'check-heading': s.stepCheck,
      check: s.check,
      'build-heading': s.stepBuild,
      'year-label': s.year,
      build: s.build,
      'live-label': s.live,
      'charts-label': s.charts,
      previous: s.previous,
      draft: s.draft,
      fill: s.fill,
      'fill-confirm': s.fillConfirm,
      'fill-cancel': s.fillCancel,
      'fill-sort': s.fillSort,
      'forms-heading': s.stepForms,
      'agency-list-label': s.agencyList,
      'make-forms': s.makeForms,
    };
    for (const [id, value] of Object.entries(text)) byId(id).textContent = value;
    byId('language').setAttribute('lang', this.language === 'vi' ? 'en' : 'vi');
  }

  private renderRubricChoices(sheet: string | undefined): void {
    const select = byId<HTMLSelectElement>('rubric');
    const options: [RubricChoice, string][] = [];
    if (sheet) options.push([{ kind: 'sheet', sheet }, this.strings.rubricFromSheet(sheet)]);
    options.push([{ kind: 'preset' }, this.strings.rubricPreset], [{ kind: 'none' }, this.strings.rubricNone]);
    replaceChildren(select, ...options.map(([choice, label]) => el('option', { text: label, attrs: { value: JSON.stringify(choice) } })));
    select.value = JSON.stringify(this.rubricChoice);
  }

  private renderRubric(): void {
    const rubric = this.rubric();
    const detail = byId('rubric-detail');
    if (!rubric) return replaceChildren(detail);
    const groups = rubric.groups.length > 0 ? rubric.groups : [''];
    const keys = groups.map((g) => (g === '' ? ANY_GROUP : (rubricGroupKey(rubric, g) ?? ANY_GROUP)));
    const points = (value: number | null) => (value === null ? 'KAD' : formatHundredths(value, this.language === 'vi' ? ',' : '.').replace(/[.,]00$/, ''));
    const header = el('tr', {}, el('th', { text: this.strings.rubricComponent }), ...groups.map((g) => el('th', { text: g || this.strings.rubricTotal })));
    const rows = components(rubric).map((c) => el('tr', {}, el('td', { text: `${c.code}. ${c.title}` }), ...keys.map((k) => el('td', { className: 'num', text: points(maxFor(c, k)) }))));
    const total = el('tr', {}, el('th', { text: this.strings.rubricTotal }), ...keys.map((k) => el('th', { className: 'num', text: points(rubricStandard(rubric, k)) })));
    replaceChildren(detail, el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows, total)));
  }

  private renderSheets(): void {
    const kinds: Record<SheetKind, string> = { summary: this.strings.kindSummary, form: this.strings.kindForm, rubric: this.strings.kindRubric, other: '' };
    const described = describeSheets(this.workbook, this.rubric()).filter((d) => d.kind !== 'other');
    const list = byId('sheets');
    if (described.length === 0) return replaceChildren(list, this.imported.length === 0 ? el('li', { className: 'muted', text: this.strings.noInputs }) : null);
    const item = (d: (typeof described)[number], index: number) => {
      const text = [el('strong', { text: d.sheet }), ` — ${kinds[d.kind]}${d.kind === 'rubric' ? '' : `, ${this.strings.agencies(d.agencies)}`}`];
      if (d.kind === 'rubric') return el('li', {}, ...text);
      // Each input sheet can be left out: a kept copy of an old annex would read as a second table.
      const box = el('input', { attrs: { type: 'checkbox', id: `use-sheet-${index + 1}` } });
      box.checked = !this.skipped.has(d.sheet.toLowerCase());
      box.addEventListener('change', () => {
        if (box.checked) this.skipped.delete(d.sheet.toLowerCase());
        else this.skipped.add(d.sheet.toLowerCase());
        this.assessment = undefined;
        replaceChildren(byId('issues'));
      });
      return el('li', {}, el('label', { className: 'check' }, box, el('span', {}, ...text)));
    };
    replaceChildren(list, ...described.map(item));
  }

  private renderImported(): void {
    replaceChildren(byId('imported'), ...this.imported.map((w) => el('li', { text: this.strings.importedFile(w.file, w.sheets.length) })));
  }

  private renderIssues(issues: Issue[]): void {
    const s = this.strings;
    const count = (severity: Issue['severity']) => issues.filter((i) => i.severity === severity).length;
    const container = byId('issues');
    if (issues.length === 0) return replaceChildren(container, el('p', { className: 'counts', text: s.noIssues }));
    // Grouped by agency, errors first; within an agency, in sheet order.
    const sorted = sortIssues(issues);
    const byAgency = new Map<string, Issue[]>();
    for (const issue of sorted) {
      const key = issue.agency ?? s.general;
      byAgency.set(key, [...(byAgency.get(key) ?? []), issue]);
    }
    const blocks = [...byAgency].map(([agency, list]) =>
      el(
        'div',
        {},
        el('div', { className: 'agency', text: agency }),
        ...list.map((issue) => {
          const where = [issue.sheet, issue.cell].filter(Boolean).join('!');
          const inWorkbook = issue.file === WORKBOOK_FILE && issue.sheet && issue.cell;
          return el(
            'div',
            { className: 'issue' },
            el('span', { className: `badge ${issue.severity}`, text: s.severity[issue.severity] }),
            el('span', { text: issueMessage(issue, this.language) }),
            inWorkbook
              ? el('button', { className: 'link', text: where, attrs: { type: 'button', title: s.goToCell, 'aria-label': `${s.goToCell} ${where}` }, onClick: () => void this.guard(() => this.selectCell(issue)) })
              : el('span', { className: 'muted', text: [issue.file, where].filter(Boolean).join(': ') }),
          );
        }),
      ),
    );
    replaceChildren(container, el('p', { className: 'counts', text: s.counts(count('error'), count('warning'), count('info')) }), ...blocks);
  }

  private renderSummary(assessment: Assessment): void {
    const keys = ['good', 'fair', 'average', 'poor'];
    const labels = this.language === 'vi' ? ['Tốt', 'Khá', 'Trung bình', 'Yếu'] : ['Good', 'Fair', 'Average', 'Poor'];
    const header = el('tr', {}, el('th', { text: this.strings.summaryGroup }), ...labels.map((l) => el('th', { text: l })));
    const rows = assessment.groups.map((g) =>
      el('tr', {}, el('td', { text: `${g.annex}. ${g.name}` }), ...keys.map((k) => el('td', { className: 'num', text: String(g.agencies.filter((a) => a.gradeKey === k).length) }))),
    );
    replaceChildren(byId('summary'), el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows)));
  }

  // ---------------------------------------------------------------- feedback

  private status(text: string): void {
    byId('status').textContent = text;
  }

  private alert(text: string): void {
    const box = byId('alert');
    box.textContent = text;
    box.classList.toggle('shown', text !== '');
  }

  /** Runs a step; any failure is shown with what to do, and the buttons come back. */
  private async guard(step: () => Promise<unknown> | unknown): Promise<void> {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('main button')];
    buttons.forEach((b) => (b.disabled = true));
    this.alert('');
    try {
      await step();
    } catch (error) {
      const detail =
        error instanceof ExcelWriteError
          ? `${this.language === 'vi' ? error.messageVi : error.messageEn}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
          : error instanceof Error
            ? error.message
            : String(error);
      this.alert(`${this.strings.failed} ${detail}\n${this.strings.whatToDo}`);
      this.status('');
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  }
}
