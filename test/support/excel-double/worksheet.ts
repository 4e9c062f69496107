/** Worksheet proxies and the worksheet collection: names, protection, charts, delete, activate. */
import { ClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { ChartModel, FakeExcelError, guardProtected, parseAddress, SHEET_COLUMNS, SHEET_ROWS, SheetModel, sheetPrefixes } from './model';
import { FakeRange } from './range';
import { ChangedEventArgs, FakeEvent, SheetEventArgs } from './events';

/** Excel: a header or footer holds at most 255 characters. */
function headerText(value: string): string {
  if (value.length > 255) throw new FakeExcelError('InvalidArgument', 'A header or footer is at most 255 characters.');
  return value;
}

export class FakeWorksheet extends ClientObject {
  isNullObject = false;
  readonly freezePanes = { freezeRows: (n: number) => this.queue(() => (this.layout().freezeRows = n), n) };
  readonly pageLayout: Record<string, unknown>;
  readonly protection: { protect: () => void; unprotect: () => void };

  constructor(
    context: FakeRequestContext,
    /** Finds the sheet when an operation runs: by id, or by name (getItem). */
    readonly sheet: () => SheetModel,
    private readonly exists: () => boolean = () => true,
  ) {
    super(context);
    const queue = (run: () => void, payload: unknown) => this.queue(run, payload);
    const model = () => this.layout();
    this.pageLayout = {
      set orientation(v: string) { queue(() => (model().orientation = v), v); },
      set paperSize(v: string) { queue(() => (model().paperSize = v), v); },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        queue(() => Object.assign(model(), { fitToWidth: v.horizontalFitToPages, fitToHeight: v.verticalFitToPages }), v);
      },
      set firstPageNumber(v: number) { queue(() => (model().firstPageNumber = v), v); },
      set leftMargin(v: number) { queue(() => (model().margins.leftMargin = v), v); },
      set rightMargin(v: number) { queue(() => (model().margins.rightMargin = v), v); },
      set topMargin(v: number) { queue(() => (model().margins.topMargin = v), v); },
      set bottomMargin(v: number) { queue(() => (model().margins.bottomMargin = v), v); },
      set headerMargin(v: number) { queue(() => (model().margins.headerMargin = v), v); },
      set footerMargin(v: number) { queue(() => (model().margins.footerMargin = v), v); },
      set centerHorizontally(_: boolean) { /* not modelled */ },
      headersFooters: {
        set state(v: string) { queue(() => (model().headers.state = v), v); },
        firstPage: { set centerHeader(v: string) { queue(() => (model().headers.firstPage = headerText(v)), v); } },
        defaultForAllPages: { set centerHeader(v: string) { queue(() => (model().headers.defaultForAllPages = headerText(v)), v); } },
      },
      setPrintTitleRows(rows: string) { queue(() => (model().printTitleRows = rows), rows); },
    };
    this.protection = {
      protect: () => this.queue(() => (this.sheet().protected = true)),
      unprotect: () => this.queue(() => (this.sheet().protected = false)),
    };
  }

  /** The sheet, for a change of its layout: refused while the sheet is protected. */
  private layout(): SheetModel {
    const sheet = this.sheet();
    guardProtected(sheet);
    return sheet;
  }

  set visibility(value: SheetModel['visibility']) {
    this.queue(() => {
      const sheet = this.sheet();
      const model = this.context.model;
      if (value !== 'Visible' && model.visibleSheets().every((s) => s === sheet)) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value;
      // Hiding the active sheet shows the next visible one, as the tabs do.
      if (value !== 'Visible' && model.activeSheetId === sheet.id) model.activeSheetId = model.visibleSheets()[0].id;
    }, value);
  }
  get visibility(): SheetModel['visibility'] {
    return this.get('visibility');
  }

  set name(value: string) {
    this.queue(() => this.context.model.renameSheet(this.sheet(), value), value);
  }
  get name(): string {
    return this.get('name');
  }
  get position(): number {
    return this.get('position');
  }

  /**
   * As Excel: a very hidden sheet cannot be deleted, nor the last visible one. Stricter than
   * Excel desktop, as Excel on the web's open bugs after deleting the active sheet and renaming
   * (office-js #3218) ask: the active sheet cannot be deleted; activate another one first.
   */
  delete(): void {
    this.queue(() => {
      const sheet = this.sheet();
      const model = this.context.model;
      if (sheet.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', `The very hidden sheet ${sheet.name} cannot be deleted; make it visible first.`);
      if (model.visibleSheets().every((s) => s === sheet)) throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      if (model.activeSheetId === sheet.id) throw new FakeExcelError('InvalidOperation', `The active sheet ${sheet.name} is deleted: activate another sheet first (office-js #3218).`);
      model.sheets = model.sheets.filter((s) => s !== sheet);
      model.events.sheetDeleted(sheet.id);
      // Names that pointed into the sheet now point at #REF!, as in Excel.
      for (const n of model.names) if (sheetPrefixes(sheet.name).some((p) => n.formula.startsWith(`=${p}`))) n.formula = '=#REF!';
    });
  }

  /** This sheet's changes of values and formulas (ExcelApi 1.7). */
  get onChanged(): FakeEvent<ChangedEventArgs> {
    return new FakeEvent((run) => this.queue(run), () => this.context.model.events.changed, () => this.sheet().id);
  }

  /** A hidden sheet cannot be activated. */
  activate(): void {
    this.queue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', `The hidden sheet ${sheet.name} cannot be activated.`);
      this.context.model.activeSheetId = sheet.id;
    });
  }

  /** Charts: what is set is recorded on the sheet's model, to be checked by the tests. */
  get charts() {
    const queue = (run: () => void, payload: unknown) => this.queue(run, payload);
    const sheet = () => this.layout();
    return {
      add: (type: string, source: FakeRange, seriesBy?: string) => {
        const model: ChartModel = { type, values: '', valueAxis: {}, series: [] };
        queue(() => {
          model.values = source.localAddress();
          sheet().charts.push(model);
        }, [type, seriesBy]);
        const series = (index: () => ChartModel['series'][number] | undefined) => ({
          setXAxisValues: (range: FakeRange) => queue(() => (model.categories = range.localAddress()), null),
          setValues: (range: FakeRange) => queue(() => (index()!.values = range.localAddress()), null),
          set chartType(value: string) { queue(() => (index()!.chartType = value), value); },
        });
        return {
          title: { set text(value: string) { queue(() => (model.title = value), value); } },
          legend: { set visible(value: boolean) { queue(() => (model.legend = value), value); } },
          set plotVisibleOnly(value: boolean) { queue(() => (model.plotVisibleOnly = value), value); },
          axes: {
            valueAxis: {
              set minimum(value: number) { queue(() => (model.valueAxis.minimum = value), value); },
              set maximum(value: number) { queue(() => (model.valueAxis.maximum = value), value); },
            },
          },
          series: {
            getItemAt: (i: number) => series(() => (i === 0 ? { name: '', values: model.values } : model.series[i - 1])),
            add: (name: string) => {
              const entry = { name, values: '' };
              queue(() => model.series.push(entry), name);
              return series(() => entry);
            },
          },
          setPosition: (start: FakeRange, end: FakeRange) => queue(() => (model.position = [start.localAddress(), end.localAddress()]), null),
        };
      },
    };
  }

  /** A range by address; without one, the whole sheet (1,048,576 rows × 16,384 columns). */
  getRange(address?: string): FakeRange {
    const bounds = address === undefined ? { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 } : parseAddress(address);
    return new FakeRange(this.context, this.sheet, () => bounds);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    // Excel refuses a range of no rows or no columns.
    if (!(rowCount >= 1 && columnCount >= 1)) throw new FakeExcelError('InvalidArgument', `A range of ${rowCount} rows and ${columnCount} columns.`);
    return new FakeRange(this.context, this.sheet, () => ({ top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      let box: { top: number; left: number; bottom: number; right: number } | null = null;
      for (const [key, cell] of this.sheet().cells) {
        if (valuesOnly ? cell.value === null && cell.formula === undefined : false) continue;
        const [r, c] = key.split(',').map(Number);
        box = box
          ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }
      return box;
    });
  }

  protected override readProperty(property: string): unknown {
    const sheet = this.sheet();
    if (property === 'name') return sheet.name;
    if (property === 'position') return this.context.model.sheets.indexOf(sheet);
    if (property === 'id') return String(sheet.id);
    if (property === 'visibility') return sheet.visibility;
    return super.readProperty(property);
  }

  override resolveLoad(): void {
    this.isNullObject = !this.exists();
    if (this.isNullObject) return;
    super.resolveLoad();
  }
}

export class FakeWorksheetCollection extends ClientObject {
  constructor(context: FakeRequestContext) {
    super(context);
  }

  /** Changes of values and formulas on every sheet, sheets added later included (ExcelApi 1.9). */
  get onChanged(): FakeEvent<ChangedEventArgs> {
    return new FakeEvent((run) => this.queue(run), () => this.context.model.events.changed);
  }

  get onAdded(): FakeEvent<SheetEventArgs> {
    return new FakeEvent((run) => this.queue(run), () => this.context.model.events.added);
  }

  get onDeleted(): FakeEvent<SheetEventArgs> {
    return new FakeEvent((run) => this.queue(run), () => this.context.model.events.deleted);
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.queue(() => (created = this.context.model.addSheet(name)), name);
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeExcelError('ItemNotFound', 'The sheet was not created.');
      return this.context.model.sheetById(created.id);
    });
  }

  /** By name or, as Excel, by id (an event's worksheetId). */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.sheetByName(name) ?? this.context.model.sheets.find((s) => String(s.id) === name);
      if (!sheet) throw new FakeExcelError('ItemNotFound', `The requested resource does not exist: ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const sheet = this.context.model.sheetByName(name);
        if (!sheet) throw new FakeExcelError('ItemNotFound', `The requested resource does not exist: ${name}`);
        return sheet;
      },
      () => this.context.model.sheetByName(name) !== undefined,
    );
  }

  protected override readProperty(property: string): unknown {
    const [head, child] = property.split('/');
    if (head !== 'items') return super.readProperty(property);
    return this.context.model.sheets.map((s) => {
      const id = s.id;
      const sheet = new FakeWorksheet(this.context, () => this.context.model.sheetById(id));
      sheet.load(child ?? 'name');
      sheet.resolveLoad();
      return sheet;
    });
  }
}
