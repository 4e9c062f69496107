/** Range proxies: values, formulas, formats, merges, sort, hidden rows and columns, visible cells. */
import { ClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { CellModel, cellOf, columnLetters, FakeExcelError, guardProtected, NOT_LOADED, peekCell, quoteName, referencedSheets, Scalar, SheetModel, storeValue } from './model';

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
  set rowHeight(v: number) {
    // Excel: a row is at most 409 points tall.
    if (!(v >= 0 && v <= 409)) throw new FakeExcelError('InvalidArgument', `Row height ${v} is outside 0 to 409 points.`);
    this.range.eachRow((sheet, r) => sheet.rowHeights.set(r, v), v);
  }
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
      guardProtected(sheet);
      const { top, left, bottom, right } = this.area();
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) apply(cellOf(sheet, r, c));
    }, payload);
  }

  eachColumn(apply: (sheet: SheetModel, column: number) => void, payload: unknown): void {
    this.queue(() => {
      guardProtected(this.sheetRef());
      const { left, right } = this.area();
      for (let c = left; c <= right; c++) apply(this.sheetRef(), c);
    }, payload);
  }

  eachRow(apply: (sheet: SheetModel, row: number) => void, payload: unknown): void {
    this.queue(() => {
      guardProtected(this.sheetRef());
      const { top, bottom } = this.area();
      for (let r = top; r <= bottom; r++) apply(this.sheetRef(), r);
    }, payload);
  }

  applyBorder(edge: string, style: string): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      guardProtected(sheet);
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

  /** Writes a matrix; `edited` (values, formulas) raises onChanged, as the add-in's own change. */
  private matrix<T>(values: T[][], apply: (cell: CellModel, value: T) => void, edited = false): void {
    this.queue(() => {
      const sheet = this.sheetRef();
      guardProtected(sheet);
      const { top, left, bottom, right } = this.area();
      if (values.length !== bottom - top + 1 || values.some((row) => row.length !== right - left + 1)) {
        throw new FakeExcelError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      }
      values.forEach((row, r) => row.forEach((value, c) => apply(cellOf(sheet, top + r, left + c), value)));
      if (edited) this.context.model.events.rangeEdited(sheet.id, this.localAddress(), 'ThisLocalAddin');
    }, values);
  }

  set values(values: Scalar[][]) {
    this.matrix(values, (cell, value) => this.store(cell, value), true);
  }

  /** As storeValue, refusing a formula that names a sheet the workbook lacks (Excel would take it for another file). */
  private store(cell: CellModel, value: Scalar): void {
    storeValue(cell, value);
    if (cell.formula === undefined) return;
    for (const name of referencedSheets(cell.formula)) {
      if (!this.context.model.sheetByName(name)) {
        throw new FakeExcelError('InvalidArgument', `The formula ${cell.formula} refers to a sheet ${name} that is not in the workbook.`);
      }
    }
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
    this.matrix(formulas, (cell, value) => this.store(cell, value), true);
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
      guardProtected(sheet);
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
        guardProtected(sheet);
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
  /** true where every column of the range is hidden, false where none is, null where some are (ExcelApi 1.2). */
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }

  set rowHidden(hidden: boolean) {
    this.eachRow((sheet, r) => (hidden ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r)), hidden);
  }
  /** true where every row of the range is hidden, false where none is, null where some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, () => mergedAreas(this));
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9); only `Visible` is modelled: the cells of
   * the range in rows and columns that are not hidden, as rectangles (each run of visible rows
   * by each run of visible columns), a null object where every cell is hidden.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== 'Visible') throw new FakeExcelError('NotImplemented', `getSpecialCells(${cellType}) is not modelled`);
    return new FakeRangeAreas(this.context, this, () => visibleAreas(this));
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
    // Excel on the web refuses a response over 5 MB: a whole sheet's values never fit.
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5 * 1024 * 1024) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
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
      case 'rowHidden':
        return allOrNone(b.top, b.bottom, (r) => sheet.hiddenRows.has(r));
      case 'columnHidden':
        return allOrNone(b.left, b.right, (c) => sheet.hiddenColumns.has(c));
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

/** true where `hidden` holds for every index from `first` to `last`, false for none, null for some. */
function allOrNone(first: number, last: number, hidden: (i: number) => boolean): boolean | null {
  let count = 0;
  for (let i = first; i <= last; i++) if (hidden(i)) count++;
  return count === 0 ? false : count === last - first + 1 ? true : null;
}

type Bounds = { top: number; left: number; bottom: number; right: number };

/** Excel's limit: `getMergedAreasOrNullObject` fails on a range holding more merged areas. */
export const MERGED_AREAS_LIMIT = 512;

/** The merged areas whose top-left cell lies in the range (office-js #3611), at most 512. */
function mergedAreas(range: FakeRange): Bounds[] {
  const b = range.bounds();
  if (!b) throw new FakeExcelError('InvalidOperation', 'The range is a null object.');
  const areas = range.sheetRef().merges.filter((m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right);
  if (areas.length > MERGED_AREAS_LIMIT) throw new FakeExcelError('GeneralException', `The range holds ${areas.length} merged areas; Excel gives at most ${MERGED_AREAS_LIMIT}.`);
  return areas;
}

/** The runs of indices from `first` to `last` that are not hidden, as [start, end] pairs. */
function visibleRuns(first: number, last: number, hidden: Set<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = first; i <= last; i++) {
    if (hidden.has(i)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** The visible cells of a range as rectangles: each run of visible rows by each run of visible columns. */
function visibleAreas(range: FakeRange): Bounds[] {
  const b = range.bounds();
  if (!b) throw new FakeExcelError('InvalidOperation', 'The range is a null object.');
  const sheet = range.sheetRef();
  const columns = visibleRuns(b.left, b.right, sheet.hiddenColumns);
  return visibleRuns(b.top, b.bottom, sheet.hiddenRows).flatMap(([top, bottom]) => columns.map(([left, right]) => ({ top, bottom, left, right })));
}

/**
 * A RangeAreas: its address names the sheet of each area ("'Tổ 1, 2'!A1:B2,'Tổ 1, 2'!C3:D4");
 * a null object where there is no area. Asked of a null range, the request fails.
 */
export class FakeRangeAreas extends ClientObject {
  isNullObject = false;
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly areas: () => Bounds[],
  ) {
    super(context);
  }
  get address(): string {
    return this.get('address');
  }
  protected override readProperty(property: string): unknown {
    if (property !== 'address') return super.readProperty(property);
    const sheet = this.range.sheetRef();
    return this.areas()
      .map((m) => {
        const first = `${columnLetters(m.left)}${m.top + 1}`;
        const last = `${columnLetters(m.right)}${m.bottom + 1}`;
        // Excel writes a one-cell area as that cell: "S!B2".
        return `${quoteName(sheet.name)}!${first === last ? first : `${first}:${last}`}`;
      })
      .join(',');
  }
  override resolveLoad(): void {
    this.isNullObject = this.areas().length === 0;
    if (!this.isNullObject) super.resolveLoad();
  }
}
