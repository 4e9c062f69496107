/**
 * So với năm trước / So với bản dự thảo: last year's results or the draft loaded from a file,
 * each with a remove button; the annexes then get the change columns and the Thay đổi sheet.
 */
import { Assessment, assess } from '../../engine/assessing/assess';
import { diffAssessments } from '../../engine/output/diff';
import { matchedCount, previousFromJson, previousFromWorkbook } from '../../engine/output/previous';
import { byId, el, replaceChildren } from '../dom';
import { PaneParts, Step } from '../parts';
import { cancelXlsxReads, readXlsxFile } from '../xlsx-reader';

type Loaded = 'previous' | 'draft';

export class CompareStep implements Step {
  private current?: Assessment;

  constructor(
    private readonly parts: PaneParts,
    private readonly check: () => Promise<Assessment>,
  ) {
    this.onFile('previous', 'previous-file', (file) => this.loadPrevious(file));
    this.onFile('draft', 'draft-file', (file) => this.loadDraft(file));
  }

  /** A button that opens a file picker; the chosen file goes to `load`. */
  private onFile(button: string, input: string, load: (file: File) => Promise<void>): void {
    byId(button).addEventListener('click', () => byId<HTMLInputElement>(input).click());
    byId<HTMLInputElement>(input).addEventListener('change', (event) => {
      const element = event.target as HTMLInputElement;
      const file = element.files?.[0];
      element.value = '';
      if (file) void this.parts.act(() => load(file));
    });
  }

  private async loadPrevious(file: File): Promise<void> {
    const json = /\.json$/i.test(file.name);
    this.parts.bar.progress((w) => w.readingFile(file.name), undefined, json ? undefined : cancelXlsxReads);
    const results = json ? previousFromJson(await file.text()) : previousFromWorkbook(await readXlsxFile(file));
    if (!results || results.size === 0) return this.parts.bar.show({ kind: 'error', text: (w) => w.notResults(file.name) });
    this.parts.session.previous = { file: file.name, results };
    await this.compared('previous', await this.check());
  }

  private async loadDraft(file: File): Promise<void> {
    this.parts.bar.progress((w) => w.readingFile(file.name), undefined, cancelXlsxReads);
    const draft = await readXlsxFile(file);
    const current = await this.check();
    this.parts.session.draft = { file: file.name, assessment: assess([draft], { rubric: this.parts.session.rubric() }) };
    await this.compared('draft', current);
  }

  private async compared(which: Loaded, current: Assessment): Promise<void> {
    this.current = current;
    this.render();
    this.parts.bar.show({ kind: 'success', text: () => this.line(which) ?? '' });
  }

  /** What the loaded file adds, against the inputs as last checked. */
  private line(which: Loaded): string | undefined {
    const { session } = this.parts;
    const current = this.current;
    const words = this.parts.words();
    if (!current) return undefined;
    if (which === 'draft') return session.draft && words.draftLoaded(session.draft.file, diffAssessments(session.draft.assessment, current).length);
    const total = current.groups.reduce((n, g) => n + g.agencies.length, 0);
    return session.previous && words.previousLoaded(session.previous.file, matchedCount(current, session.previous.results), total);
  }

  render(): void {
    const words = this.parts.words();
    const item = (which: Loaded) => {
      const text = this.line(which);
      const file = this.parts.session[which]?.file;
      if (!text || !file) return null;
      const remove = el('button', { className: 'subtle', text: words.remove, attrs: { type: 'button', 'aria-label': `${words.remove} ${file}` }, onClick: () => this.remove(which) });
      return el('li', { className: 'loaded' }, el('span', { className: 'name', text }), remove);
    };
    replaceChildren(byId('compare'), item('previous'), item('draft'));
  }

  private remove(which: Loaded): void {
    this.parts.session[which] = undefined;
    this.render();
  }
}
