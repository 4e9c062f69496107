/**
 * Step 2, the inputs: the summary sheets and forms found in the workbook (each with a box to
 * leave it out), Đọc lại, and forms imported from .xlsx files, kept aside or inserted as sheets.
 */
import { describeSheets, INPUT_SHEET_KINDS } from '../../engine/assessing/assess';
import { sheetKindWords } from '../../engine/messages/reading-report';
import { WorkbookGrids } from '../../engine/values/grid';
import { insertGrids } from '../../adapters/excel/insert';
import { byId, el, replaceChildren } from '../dom';
import { PaneWords } from '../../engine/messages/pane-words';
import { PaneParts, Step } from '../parts';
import { renderReadingReport } from '../reading-report';
import { cancelXlsxReads, readXlsxFile, ReadCancelled } from '../xlsx-reader';

export class InputsStep implements Step {
  constructor(private readonly parts: PaneParts) {
    byId('refresh').addEventListener('click', () => parts.act(() => this.readAgain()));
    byId('import').addEventListener('click', () => byId<HTMLInputElement>('files').click());
    byId<HTMLInputElement>('files').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const files = [...(input.files ?? [])];
      input.value = '';
      void parts.act(() => this.importFiles(files));
    });
    byId<HTMLInputElement>('skip-hidden').addEventListener('change', (event) => {
      parts.session.skipHidden = (event.target as HTMLInputElement).checked;
      parts.resultsStale();
      this.render();
    });
  }

  /** Đọc lại: the workbook again, its rubric sheet chosen; results of the old copy go. */
  async readAgain(): Promise<void> {
    const { session, bar } = this.parts;
    bar.progress((w) => w.reading);
    await session.readNow(true);
    this.parts.workbookRead();
    this.parts.resultsStale();
    bar.clear();
  }

  render(): void {
    this.renderSheets();
    // The box shows where some sheet read hides rows.
    byId('skip-hidden-box').classList.toggle('hidden', !this.parts.session.hasHiddenRows());
    this.renderImported();
    renderReadingReport(this.parts);
  }

  /**
   * Reads every file first (in the worker, Hủy stops it and nothing changes), then inserts the
   * workbooks read or keeps them aside; files that cannot be read are listed in the details.
   */
  private async importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const { session, bar } = this.parts;
    const insert = byId<HTMLInputElement>('insert').checked;
    const read: WorkbookGrids[] = [];
    const failures: { file: string; message: string }[] = [];
    for (const [index, file] of files.entries()) {
      bar.progress((w) => w.importing(index + 1, files.length), { done: index, total: files.length }, cancelXlsxReads);
      try {
        read.push(await readXlsxFile(file));
      } catch (error) {
        if (error instanceof ReadCancelled) throw error;
        failures.push({ file: file.name, message: error instanceof Error ? error.message : String(error) });
      }
    }
    bar.progress((w) => w.importing(files.length, files.length), { done: files.length, total: files.length });
    for (const grids of read) {
      if (insert) await session.host.run((context) => insertGrids(context, grids.sheets));
      // The same file loaded again replaces its first copy.
      else session.imported = [...session.imported.filter((w) => w.file !== grids.file), grids];
    }
    if (insert) await session.readNow();
    this.parts.workbookRead();
    this.parts.resultsStale();
    const done = read.length;
    if (failures.length === 0) return bar.show({ kind: 'success', text: (w) => w.imported(done) });
    const details = (w: PaneWords) => failures.map((f) => w.importFailed(f.file, f.message));
    bar.show({ kind: done > 0 ? 'warning' : 'error', text: (w) => w.importedSome(done, failures.length), details });
  }

  private renderSheets(): void {
    const { session } = this.parts;
    const words = this.parts.words();
    const described = describeSheets(session.workbook, { rubric: session.rubric(), skipHidden: session.skipHidden }).filter((d) => INPUT_SHEET_KINDS.includes(d.kind));
    const list = byId('sheets');
    if (described.length === 0) return replaceChildren(list, session.imported.length === 0 ? el('li', { className: 'muted', text: words.noInputs }) : null);
    const item = (d: (typeof described)[number], index: number) => {
      const text = [el('strong', { className: 'name', text: d.sheet }), ` — ${sheetKindWords(d.kind, this.parts.language())}${d.kind === 'rubric' ? '' : `, ${words.agencies(d.agencies)}`}`];
      if (d.kind === 'rubric') return el('li', {}, ...text);
      // Each input sheet can be left out: a kept copy of an old annex would read as a second table.
      const box = el('input', { attrs: { type: 'checkbox', id: `use-sheet-${index + 1}` } });
      box.checked = !session.skipped.has(d.sheet.toLowerCase());
      box.addEventListener('change', () => {
        if (box.checked) session.skipped.delete(d.sheet.toLowerCase());
        else session.skipped.add(d.sheet.toLowerCase());
        this.parts.resultsStale();
        renderReadingReport(this.parts);
      });
      return el('li', {}, el('label', { className: 'check' }, box, el('span', {}, ...text)));
    };
    replaceChildren(list, described.map(item));
  }

  private renderImported(): void {
    const { session } = this.parts;
    const words = this.parts.words();
    const remove = (file: string) => {
      session.imported = session.imported.filter((w) => w.file !== file);
      this.render();
      this.parts.resultsStale();
    };
    const item = (w: WorkbookGrids) =>
      el(
        'li',
        { className: 'loaded' },
        el('span', { className: 'name', text: words.importedFile(w.file, w.sheets.length) }),
        el('button', { className: 'subtle', text: words.remove, attrs: { type: 'button', 'aria-label': `${words.remove} ${w.file}` }, onClick: () => remove(w.file) }),
      );
    replaceChildren(byId('imported'), session.imported.map(item));
  }
}
