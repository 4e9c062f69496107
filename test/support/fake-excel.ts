/**
 * An in-memory test double of the part of the Excel JavaScript API the add-in uses, with
 * Excel's semantics where they matter:
 * - proxy objects: writes are queued and applied at `context.sync()`, in order;
 * - reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 * - a string starting with "=" written to a cell whose number format is not "@" becomes a
 *   formula, and a numeric string becomes a number, as typing it would;
 * - a failing request applies the operations before the failure and none after it;
 * - every sync is counted, with the size of its request.
 * Plain TypeScript, no test-runner imports, so a browser test host can bundle it too.
 */
import { columnLetter } from '../../src/engine/values/grid';

export type Scalar = string | number | boolean | null;

export interface CellModel {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Record<string, string>;
  /** false where the cell stays editable on a protected sheet. */
  locked?: boolean;
  /** A custom data-validation formula. */
  validation?: string;
}

export interface SheetModel {
  id: number;
  name: string;
  cells: Map<string, CellModel>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freezeRows: number;
  hiddenColumns: Set<number>;
  charts: ChartModel[];
  printTitleRows?: string;
  orientation?: string;
  paperSize?: string;
  fitToWidth?: number;
  protected: boolean;
}

export interface ChartModel {
  type: string;
  title?: string;
  values: string;
  categories?: string;
  valueAxis: { minimum?: number; maximum?: number };
  legend?: boolean;
  series: { name: string; values: string; chartType?: string }[];
  position?: [string, string];
}

export interface NameModel {
  name: string;
  /** The reference, as Excel shows it: "='Phụ lục I'!$A$1". */
  formula: string;
  comment?: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const NOT_LOADED = (property: string) =>
  new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

type Operation = { run: () => void; size: number };

// ---------------------------------------------------------------- addresses

export const columnLetters = columnLetter;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B2:D5" or "B2" (optionally "Sheet!" before it) → 0-based inclusive bounds. */
export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.replace(/\$/g, '').split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
    return [Number(m[2]) - 1, columnNumber(m[1])];
  };
  const [top, left] = parse(a);
  const [bottom, right] = parse(b);
  return { top, left, bottom, right };
}

/** The ways a formula can name a sheet: 'Phụ lục I'! or Sheet1!. */
function sheetPrefixes(name: string): string[] {
  return [`'${name.replace(/'/g, "''")}'!`, `${name}!`];
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------- the workbook model

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  private nextId = 1;

  addSheet(name: string): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    }
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError('InvalidArgument', `Bad sheet name ${name}`);
    const sheet: SheetModel = {
      id: this.nextId++,
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      freezeRows: 0,
      hiddenColumns: new Set(),
      charts: [],
      protected: false,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Renames a sheet as Excel does: defined names that refer to it follow. */
  renameSheet(sheet: SheetModel, value: string): void {
    const clash = this.sheetByName(value);
    if (clash && clash !== sheet) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${value} already exists.`);
    for (const n of this.names) {
      for (const before of sheetPrefixes(sheet.name)) {
        if (n.formula.startsWith(`=${before}`)) n.formula = `=${quoteName(value)}!${n.formula.slice(before.length + 1)}`;
      }
    }
    sheet.name = value;
  }

  sheetById(id: number): SheetModel {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeExcelError('ItemNotFound', 'The requested resource does not exist.');
    return sheet;
  }

  /** Sheets, names and every cell, as plain data: to compare a workbook before and after. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        merges: s.merges,
        freezeRows: s.freezeRows,
      })),
      names: this.names,
    };
  }
}

export function cellOf(sheet: SheetModel, row: number, column: number): CellModel {
  const key = `${row},${column}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null, numberFormat: 'General', font: {}, borders: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(`${row},${column}`);
}

/** What Excel stores for a value written through range.values. */
function storeValue(cell: CellModel, value: Scalar): void {
  cell.formula = undefined;
  if (typeof value === 'string' && cell.numberFormat !== '@') {
    if (value.startsWith('=')) {
      cell.formula = value;
      cell.value = 0;
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
      cell.value = Number(value);
      return;
    }
  }
  cell.value = value === '' ? null : value;
}

// ---------------------------------------------------------------- proxies

function jsonBytes(value: unknown): number {
  if (value instanceof ClientObject) return value.responseBytes();
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + jsonBytes(v) + 1, 2);
  if (typeof value === 'string') return value.length + 2;
  return String(value).length;
}

class ClientObject {
  protected loaded = new Map<string, unknown>();
  private requested = new Set<string>();
  private previousLoad = new Map<string, unknown>();

  /** A failed sync delivers nothing: the properties are as they were before it. */
  discardLoad(): void {
    this.loaded = this.previousLoad;
  }

  /** What the loaded properties weigh in a response, about as JSON. */
  responseBytes(): number {
    let bytes = 0;
    for (const value of this.loaded.values()) bytes += jsonBytes(value);
    return bytes;
  }

  constructor(protected readonly context: FakeRequestContext) {}

  load(properties?: string | string[] | Record<string, unknown>): this {
    const list = typeof properties === 'string' ? properties.split(',') : Array.isArray(properties) ? properties : Object.keys(properties ?? {});
    for (const p of list) this.requested.add(p.trim());
    this.context.pendingLoads.push(this);
    return this;
  }

  /** Called at sync: snapshot the requested properties ("items/name" loads items with their names). */
  resolveLoad(): void {
    this.previousLoad = new Map(this.loaded);
    const byHead = new Map<string, string[]>();
    for (const property of this.requested) {
      // isNullObject is kept by each *OrNullObject proxy itself.
      if (property === 'isNullObject') continue;
      const [head, child] = property.split('/');
      const children = byHead.get(head) ?? [];
      if (child) children.push(child);
      byHead.set(head, children);
    }
    for (const [head, children] of byHead) {
      this.loaded.set(head, this.readProperty(children.length ? `${head}/${children.join(',')}` : head));
    }
    this.requested.clear();
  }

  protected readProperty(property: string): unknown {
    throw new FakeExcelError('InvalidArgument', `${this.constructor.name} cannot load ${property}`);
  }

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw NOT_LOADED(property);
    return this.loaded.get(property) as T;
  }

  protected queue(run: () => void, payload: unknown = null): void {
    this.context.queue(run, payload);
  }
}

class FakeFont {
  constructor(private readonly range: FakeRange) {}
  set name(v: string) { this.range.eachCell((c) => (c.font.name = v), v); }
  set size(v: number) { this.range.eachCell((c) => (c.font.size = v), v); }
  set bold(v: boolean) { this.range.eachCell((c) => (c.font.bold = v), v); }
  set italic(v: boolean) { this.range.eachCell((c) => (c.font.italic = v), v); }
  set color(_: string) { /* not modelled */ }
}

class FakeBorders {
  constructor(private readonly range: FakeRange) {}
  getItem(edge: string) {
    const range = this.range;
    return {
      set style(style: string) {
        range.applyBorder(edge, style);
      },
      set weight(_: string) { /* not modelled */ },
      set color(_: string) { /* not modelled */ },
    };
  }
}

class FakeRangeFormat {
  readonly font: FakeFont;
  readonly borders: FakeBorders;
  readonly fill: { color: string; clear: () => void };
  readonly protection: { locked: boolean };
  constructor(private readonly range: FakeRange) {
    this.font = new FakeFont(range);
    this.borders = new FakeBorders(range);
    const r = range;
    this.protection = {
      set locked(v: boolean) { r.eachCell((c) => (c.locked = v), v); },
    } as { locked: boolean };
    this.fill = {
      set color(v: string) { r.eachCell((c) => (c.fill = v), v); },
      clear() { r.eachCell((c) => (c.fill = undefined), null); },
    } as { color: string; clear: () => void };
  }
  set horizontalAlignment(v: string) { this.range.eachCell((c) => (c.horizontalAlignment = v), v); }
  set verticalAlignment(v: string) { this.range.eachCell((c) => (c.verticalAlignment = v), v); }
  set wrapText(v: boolean) { this.range.eachCell((c) => (c.wrapText = v), v); }
  set columnWidth(v: number) { this.range.eachColumn((sheet, c) => sheet.columnWidths.set(c, v), v); }
  set rowHeight(v: number) { this.range.eachRow((sheet, r) => sheet.rowHeights.set(r, v), v); }
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: { rule: { custom?: { formula: string } }; errorAlert: unknown };
  isNullObject = false;

  constructor(
    context: FakeRequestContext,
    readonly sheetRef: () => SheetModel,
    readonly bounds: () => { top: number; left: number; bottom: number; right: number } | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    const apply = (f: (cell: CellModel) => void, payload: unknown) => this.eachCell(f, payload);
    this.dataValidation = {
      set rule(rule: { custom?: { formula: string } }) {
        if (!rule.custom) throw new FakeExcelError('NotImplemented', 'only custom validation rules are modelled');
        apply((c) => (c.validation = rule.custom!.formula), rule);
      },
      set errorAlert(_: unknown) { /* not modelled */ },
    } as { rule: { custom?: { formula: string } }; errorAlert: unknown };
  }

  private area() {
    const b = this.bounds();
    if (!b) throw new FakeExcelError('ItemNotFound', 'The range is a null object.');
    return b;
  }

  eachCell(apply: (cell: CellModel) => void, payload: unknown): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      this.guardProtected(sheet);
      const { top, left, bottom, right } = this.area();
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) apply(cellOf(sheet, r, c));
    }, payload);
  }

  eachColumn(apply: (sheet: SheetModel, column: number) => void, payload: unknown): void {
    this.queue(() => {
      const { left, right } = this.area();
      for (let c = left; c <= right; c++) apply(this.sheetRef(), c);
    }, payload);
  }

  eachRow(apply: (sheet: SheetModel, row: number) => void, payload: unknown): void {
    this.queue(() => {
      const { top, bottom } = this.area();
      for (let r = top; r <= bottom; r++) apply(this.sheetRef(), r);
    }, payload);
  }

  applyBorder(edge: string, style: string): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      const { top, left, bottom, right } = this.area();
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const hit =
            (edge === 'EdgeTop' && r === top) ||
            (edge === 'EdgeBottom' && r === bottom) ||
            (edge === 'EdgeLeft' && c === left) ||
            (edge === 'EdgeRight' && c === right) ||
            (edge === 'InsideHorizontal' && r < bottom) ||
            (edge === 'InsideVertical' && c < right);
          if (hit) cellOf(sheet, r, c).borders[edge] = style;
        }
      }
    }, style);
  }

  private guardProtected(sheet: SheetModel): void {
    if (sheet.protected) throw new FakeExcelError('AccessDenied', 'The cell or chart you are trying to change is protected.');
  }

  private matrix<T>(values: T[][], apply: (cell: CellModel, value: T) => void): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      this.guardProtected(sheet);
      const { top, left, bottom, right } = this.area();
      if (values.length !== bottom - top + 1 || values.some((row) => row.length !== right - left + 1)) {
        throw new FakeExcelError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      }
      values.forEach((row, r) => row.forEach((value, c) => apply(cellOf(sheet, top + r, left + c), value)));
    }, values);
  }

  set values(values: Scalar[][]) {
    this.matrix(values, storeValue);
  }
  get values(): Scalar[][] {
    return this.get('values');
  }

  set numberFormat(formats: string[][]) {
    this.matrix(formats, (cell, format) => (cell.numberFormat = format));
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }

  get valueTypes(): string[][] { return this.get('valueTypes'); }
  /** As in Excel: a string starting with "=" is a formula unless the cell's format is "@". */
  set formulas(formulas: Scalar[][]) {
    this.matrix(formulas, storeValue);
  }
  get formulas(): Scalar[][] { return this.get('formulas'); }
  get text(): string[][] { return this.get('text'); }
  get address(): string { return this.get('address'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }

  merge(across = false): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      this.guardProtected(sheet);
      const area = this.area();
      if (across) for (let r = area.top; r <= area.bottom; r++) sheet.merges.push({ ...area, top: r, bottom: r });
      else sheet.merges.push({ ...area });
    }, 'merge');
  }

  unmerge(): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      const a = this.area();
      sheet.merges = sheet.merges.filter((m) => m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
    });
  }

  select(): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      this.context.model.selection = { sheet: sheet.name, address: this.localAddress() };
    });
  }

  /** Range.sort.apply: a stable sort of the rows by one key column; whole cells move, formats too. */
  readonly sort = {
    apply: (fields: { key: number; ascending?: boolean }[]) => {
      this.queue(() => {
        const sheet = this.sheetRef();
        this.guardProtected(sheet);
        const { top, left, bottom, right } = this.area();
        const rows = Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => sheet.cells.get(`${top + r},${left + c}`)));
        const rank = (value: Scalar | undefined) => (typeof value === 'number' ? value : -Infinity);
        rows.sort((a, b) => {
          for (const { key, ascending = true } of fields) {
            const diff = rank(a[key]?.value) - rank(b[key]?.value);
            if (diff !== 0) return ascending ? diff : -diff;
          }
          return 0;
        });
        rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const key = `${top + r},${left + c}`;
            if (cell) sheet.cells.set(key, cell);
            else sheet.cells.delete(key);
          }),
        );
      }, fields);
    },
  };

  set columnHidden(hidden: boolean) {
    this.eachColumn((sheet, c) => (hidden ? sheet.hiddenColumns.add(c) : sheet.hiddenColumns.delete(c)), hidden);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this);
  }

  localAddress(): string {
    const { top, left, bottom, right } = this.area();
    const a = `${columnLetters(left)}${top + 1}`;
    const b = `${columnLetters(right)}${bottom + 1}`;
    return a === b ? a : `${a}:${b}`;
  }

  protected override readProperty(property: string): unknown {
    const sheet = this.sheetRef();
    const b = this.bounds();
    if (!b) throw NOT_LOADED(property);
    const grid = <T>(f: (cell: CellModel | undefined) => T) =>
      Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => f(peekCell(sheet, b.top + r, b.left + c))));
    switch (property) {
      case 'values':
        return grid((c) => (c ? (c.value ?? '') : ''));
      case 'valueTypes':
        return grid((c) => (!c || c.value === null ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : /^#/.test(String(c.value)) && c.formula !== undefined ? 'Error' : 'String'));
      case 'formulas':
        return grid((c) => (c?.formula ?? (c ? (c.value ?? '') : '')));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'text':
        return grid((c) => (c && c.value !== null ? String(c.value) : ''));
      case 'address':
        return `${quoteName(sheet.name)}!${this.localAddress()}`;
      case 'rowIndex':
        return b.top;
      case 'columnIndex':
        return b.left;
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      default:
        return super.readProperty(property);
    }
  }

  override resolveLoad(): void {
    this.isNullObject = this.bounds() === null;
    // A null object has no properties to load; reading one throws, as in Excel.
    if (!this.isNullObject) super.resolveLoad();
  }
}

class FakeRangeAreas extends ClientObject {
  isNullObject = false;
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  get address(): string {
    return this.get('address');
  }
  protected override readProperty(property: string): unknown {
    if (property !== 'address') return super.readProperty(property);
    const sheet = this.range.sheetRef();
    return sheet.merges
      .map((m) => {
        const a = `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;
        return `${quoteName(sheet.name)}!${a}`;
      })
      .join(',');
  }
  override resolveLoad(): void {
    super.resolveLoad();
    this.isNullObject = this.range.sheetRef().merges.length === 0;
  }
}

export class FakeWorksheet extends ClientObject {
  isNullObject = false;
  readonly freezePanes = { freezeRows: (n: number) => this.queue(() => (this.sheet().freezeRows = n), n) };
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
    const model = () => this.sheet();
    this.pageLayout = {
      set orientation(v: string) { queue(() => (model().orientation = v), v); },
      set paperSize(v: string) { queue(() => (model().paperSize = v), v); },
      set zoom(v: { horizontalFitToPages?: number }) { queue(() => (model().fitToWidth = v.horizontalFitToPages), v); },
      set leftMargin(_: number) { /* not modelled */ },
      set rightMargin(_: number) { /* not modelled */ },
      set topMargin(_: number) { /* not modelled */ },
      set bottomMargin(_: number) { /* not modelled */ },
      set centerHorizontally(_: boolean) { /* not modelled */ },
      setPrintTitleRows(rows: string) { queue(() => (model().printTitleRows = rows), rows); },
    };
    this.protection = {
      protect: () => this.queue(() => (this.sheet().protected = true)),
      unprotect: () => this.queue(() => (this.sheet().protected = false)),
    };
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

  delete(): void {
    this.queue(() => {
      const sheet = this.sheet();
      const model = this.context.model;
      if (model.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      model.sheets = model.sheets.filter((s) => s !== sheet);
      // Names that pointed into the sheet now point at #REF!, as in Excel.
      for (const n of model.names) if (sheetPrefixes(sheet.name).some((p) => n.formula.startsWith(`=${p}`))) n.formula = '=#REF!';
    });
  }

  activate(): void {
    this.queue(() => (this.context.model.activeSheet = this.sheet().name));
  }

  /** Charts: what is set is recorded on the sheet's model, to be checked by the tests. */
  get charts() {
    const queue = (run: () => void, payload: unknown) => this.queue(run, payload);
    const sheet = () => this.sheet();
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

  getRange(address: string): FakeRange {
    const bounds = parseAddress(address);
    return new FakeRange(this.context, this.sheet, () => bounds);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
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
    return super.readProperty(property);
  }

  override resolveLoad(): void {
    this.isNullObject = !this.exists();
    if (this.isNullObject) return;
    super.resolveLoad();
  }
}

class FakeWorksheetCollection extends ClientObject {
  constructor(context: FakeRequestContext) {
    super(context);
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

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.sheetByName(name);
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

class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => NameModel | undefined,
  ) {
    super(context);
  }
  isNullObject = false;
  get name(): string { return this.get('name'); }
  get formula(): string { return this.get('formula'); }
  get value(): string { return this.get('value'); }
  get type(): string { return this.get('type'); }
  get comment(): string { return this.get('comment'); }
  delete(): void {
    this.queue(() => {
      const item = this.find();
      if (!item) throw new FakeExcelError('ItemNotFound', 'The name does not exist.');
      this.context.model.names = this.context.model.names.filter((n) => n !== item);
    });
  }
  protected override readProperty(property: string): unknown {
    const item = this.find();
    if (!item) throw NOT_LOADED(property);
    switch (property) {
      case 'name': return item.name;
      case 'formula': return item.formula;
      case 'value': return item.formula.replace(/^=/, '');
      case 'type': return item.formula === '=#REF!' ? 'Error' : 'Range';
      case 'comment': return item.comment ?? '';
      default: return super.readProperty(property);
    }
  }
  override resolveLoad(): void {
    this.isNullObject = this.find() === undefined;
    if (!this.isNullObject) super.resolveLoad();
  }
}

class FakeNamedItemCollection extends ClientObject {
  get items(): FakeNamedItem[] {
    return this.get('items');
  }
  add(name: string, reference: FakeRange | string, comment?: string): void {
    this.queue(() => {
      if (this.context.model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError('ItemAlreadyExists', `The name ${name} already exists.`);
      }
      const formula = typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : `=${quoteName(reference.sheetRef().name)}!$${reference.localAddress().replace(/(\d+)/, '$$$1').replace(':', ':$')}`;
      this.context.model.names.push(comment ? { name, formula, comment } : { name, formula });
    }, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
  }
  getItem(name: string): FakeNamedItem {
    return this.getItemOrNullObject(name);
  }
  protected override readProperty(property: string): unknown {
    const [head, child] = property.split('/');
    if (head !== 'items') return super.readProperty(property);
    return this.context.model.names.map((n) => {
      const item = new FakeNamedItem(this.context, () => this.context.model.names.find((x) => x === n));
      item.load(child ?? 'name');
      item.resolveLoad();
      return item;
    });
  }
}

export interface FakeModel extends WorkbookModel {
  selection?: { sheet: string; address: string };
  activeSheet?: string;
}

export class FakeRequestContext {
  readonly model: FakeModel;
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection; getSelectedRange: () => never };
  pendingLoads: ClientObject[] = [];
  private operations: Operation[] = [];
  /** Syncs so far, and the largest request sent and response received, in bytes. */
  syncCount = 0;
  maxPayloadBytes = 0;
  maxResponseBytes = 0;
  private fault?: { code: string; afterOperations: number };
  /** Excel on the web's limit; tests lower it to exercise large workbooks with small ones. */
  responseLimitBytes = 5 * 1024 * 1024;

  constructor(model: WorkbookModel) {
    this.model = model as FakeModel;
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
      getSelectedRange: () => {
        throw new FakeExcelError('NotImplemented', 'getSelectedRange is not modelled');
      },
    };
  }

  queue(run: () => void, payload: unknown): void {
    let size = 64;
    if (payload !== null && payload !== undefined) size += typeof payload === 'string' ? payload.length : JSON.stringify(payload).length;
    this.operations.push({ run, size });
  }

  /** The next sync fails with `code` after applying its first `afterOperations` operations. */
  failNextSyncWith(code: string, afterOperations = 0): void {
    this.fault = { code, afterOperations };
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const operations = this.operations;
    const loads = this.pendingLoads;
    this.operations = [];
    this.pendingLoads = [];
    const payload = operations.reduce((sum, op) => sum + op.size, 0);
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, payload);
    if (payload > 5 * 1024 * 1024) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const fault = this.fault;
    this.fault = undefined;
    for (const [i, op] of operations.entries()) {
      if (fault && i >= fault.afterOperations) throw new FakeExcelError(fault.code, `Injected fault: ${fault.code}`);
      op.run();
    }
    if (fault) throw new FakeExcelError(fault.code, `Injected fault: ${fault.code}`);
    const loaded = [...new Set(loads)];
    for (const object of loaded) object.resolveLoad();
    // Excel on the web refuses a response over 5 MB, as it does a request.
    const response = loaded.reduce((sum, object) => sum + object.responseBytes(), 0);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, response);
    if (response > this.responseLimitBytes) {
      for (const object of loaded) object.discardLoad();
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}

/** A fake Excel with the given sheets (values from A1), and `run` in the manner of Excel.run. */
export function createFakeExcel(initial: { name: string; values: Scalar[][]; formulas?: Record<string, string> }[] = []) {
  const model = new WorkbookModel();
  for (const { name, values, formulas } of initial) {
    const sheet = model.addSheet(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') cellOf(sheet, r, c).value = value;
      }),
    );
    for (const [address, formula] of Object.entries(formulas ?? {})) {
      const { top, left } = parseAddress(address);
      cellOf(sheet, top, left).formula = formula;
    }
  }
  const context = new FakeRequestContext(model);
  return {
    model: context.model,
    context,
    /** As `Excel.run(batch)`, on this fake's context. */
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext),
  };
}

/** A sheet's values as a dense grid from A1 (for assertions). */
export function sheetValues(sheet: SheetModel): Scalar[][] {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const [r, c] = key.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => peekCell(sheet, r, c)?.value ?? null));
}
