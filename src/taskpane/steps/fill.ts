/**
 * Điền vào bảng có sẵn: STT, Tỷ lệ (%) and Xếp loại of the office's own annex sheet, computed
 * from the workbook as it is now; how many cells change is shown, nothing is written before the
 * clerk confirms, and the rows are sorted only on request.
 */
import { Assessment } from '../../engine/assessing/assess';
import { sheetWidth } from '../../engine/values/grid';
import { CellChange, FillColumn, fillPlan, SortPlan, sortPlans } from '../../engine/output/fill';
import { fillCells, sortTables } from '../../adapters/excel/fill';
import { byId } from '../dom';
import { PaneParts, Step } from '../parts';
import { WORKBOOK_FILE } from '../session';

/** The columns as the office's sheet heads them. */
const COLUMN_NAMES: Record<FillColumn, string> = { ordinal: 'STT', ratio: 'Tỷ lệ (%)', grade: 'Xếp loại', rank: 'Xếp hạng' };

export class FillStep implements Step {
  private pending?: CellChange[];
  private pendingSort: SortPlan[] = [];

  constructor(
    private readonly parts: PaneParts,
    private readonly check: () => Promise<Assessment>,
  ) {
    byId('fill').addEventListener('click', () => parts.act(() => this.plan()));
    byId('fill-confirm').addEventListener('click', () => parts.act(() => this.confirm()));
    byId('fill-sort').addEventListener('click', () => parts.act(() => this.confirm(true)));
    byId('fill-cancel').addEventListener('click', () => this.clearResults());
  }

  /** Shows how many cells a fill would change. */
  private async plan(): Promise<void> {
    const assessment = await this.check();
    if (this.parts.bar.blockedByErrors(assessment)) return;
    // Only this workbook's sheets: forms imported from files are not sheets here.
    this.pendingSort = sortPlans(assessment, (sheet) => sheetWidth(this.parts.session.workbook.sheets, sheet), WORKBOOK_FILE);
    this.pending = fillPlan(assessment, WORKBOOK_FILE);
    this.render();
    this.parts.bar.clear();
    byId('fill-text').focus();
  }

  render(): void {
    const changes = this.pending;
    byId('fill-plan').classList.toggle('hidden', changes === undefined);
    if (!changes) return;
    const words = this.parts.words();
    const sortable = this.pendingSort.length > 0;
    const written = this.changes(false);
    const columns = [...new Set(written.map((c) => c.column))];
    const plan = words.fillPlan(written.length, columns.map((k) => COLUMN_NAMES[k]), [...new Set(written.map((c) => c.sheet))]);
    // Without sorting, STT is left as it was where a Xếp hạng column can hold the rank; else say it changes.
    const stt = written.length < changes.length ? words.sttKept : columns.includes('ordinal') && sortable ? words.sttRewritten : '';
    byId('fill-text').textContent = [plan, stt, sortable ? words.notInOrder : ''].filter(Boolean).join(' ');
    byId('fill-confirm').classList.toggle('hidden', written.length === 0);
    byId('fill-sort').classList.toggle('hidden', !sortable);
  }

  /** Writes the planned cells; sorts the rows only when the clerk chose that button. */
  private async confirm(sort = false): Promise<void> {
    const changes = this.changes(sort);
    const plans = sort ? this.pendingSort : [];
    this.parts.bar.progress((w) => w.filling(changes.length));
    await this.parts.session.host.run(async (context) => {
      if (changes.length > 0) await fillCells(context, changes);
      if (plans.length > 0) await sortTables(context, plans);
    });
    this.clearResults();
    await this.parts.session.readNow();
    this.parts.workbookRead();
    this.parts.bar.show({ kind: 'success', text: (w) => (sort ? w.sorted(changes.length) : w.filled(changes.length)) });
  }

  /** The cells to write: STT only when sorting, where the row's table has a Xếp hạng column for the rank. */
  private changes(sort: boolean): CellChange[] {
    const changes = this.pending ?? [];
    return sort ? changes : changes.filter((c) => !(c.column === 'ordinal' && c.besideRank));
  }

  clearResults(): void {
    this.pending = undefined;
    this.pendingSort = [];
    this.render();
  }
}
