/**
 * A summary table's header: which column is which field (formats.md §1), one or two rows, with
 * component columns named as the rubric names them (titles or aliases) or under "Trong đó".
 * Two columns that could both be the score are reported, never guessed between.
 */
import { cellAddress, cellAt, cellKey, Grid } from '../values/grid';
import { headerKey, isComponentParentHeader, matchSummaryHeader, OfficeHeaders, SummaryColumn } from '../rules/headers';
import { components, Rubric } from '../rules/rubric';
import { headerText, MergeMasters, rowLength } from './table';
import { HeaderMatch } from './report';
import { normalizeText } from '../values/text';

export interface ComponentColumn {
  column: number;
  name: string;
  code?: string;
}

export interface TableHeader {
  /** First and last header row (two-row headers span two). */
  top: number;
  bottom: number;
  columns: Map<SummaryColumn, number>;
  components: ComponentColumn[];
  /** Fields more than one column claims: left unmatched, reported. */
  ambiguous: { field: SummaryColumn; columns: number[] }[];
  matches: HeaderMatch[];
  unread: { cell: string; text: string }[];
  /** The leftmost and rightmost header columns. */
  left: number;
  right: number;
  /** Names and an index, no scores (formats.md §6): ranked on the index. */
  indexTable: boolean;
}

export type ComponentLookup = Map<string, { code: string; name: string }>;

/** Fields two columns must not both claim: which one holds the score would be a guess. */
const SINGLE_FIELDS: readonly SummaryColumn[] = ['achievedScore', 'selfScore', 'appraisedScore', 'standardScore', 'index'];
const SCORE_FIELDS: readonly SummaryColumn[] = ['achievedScore', 'selfScore', 'appraisedScore'];

/** Component names of a rubric by their header key: titles and aliases (short names too). */
export function componentLookup(rubric: Rubric | undefined): ComponentLookup {
  const lookup: ComponentLookup = new Map();
  for (const c of rubric ? components(rubric) : []) {
    for (const name of [c.title, ...c.aliases]) lookup.set(headerKey(name), { code: c.code, name: c.title });
  }
  return lookup;
}

/** What one header row says, before deciding. */
interface RowMatches {
  candidates: Map<SummaryColumn, number[]>;
  components: ComponentColumn[];
  parents: number[];
  matches: HeaderMatch[];
  unread: { cell: string; text: string }[];
  left: number;
  right: number;
}

function emptyMatches(): RowMatches {
  return { candidates: new Map(), components: [], parents: [], matches: [], unread: [], left: Infinity, right: -1 };
}

function addCandidate(found: RowMatches, field: SummaryColumn, column: number): void {
  const list = found.candidates.get(field) ?? [];
  if (!list.includes(column)) list.push(column);
  found.candidates.set(field, list);
}

/** The header row's cells: a field, a component, a "Trong đó" parent, or unread. */
function matchRow(grid: Grid, row: number, masters: MergeMasters, lookup: ComponentLookup, office?: OfficeHeaders): RowMatches {
  const found = emptyMatches();
  // The row's own cells, not the widest row's width: a sheet with one cell at XFD3 and one at
  // A1048576 would otherwise cost 16,384 columns on each of a million rows.
  for (let c = 0; c < rowLength(grid, row); c++) {
    const master = masters.get(cellKey(row, c));
    const text = headerText(grid, row, c, masters);
    if (text === '') continue;
    if (master && master[0] === row && isComponentParentHeader(text)) found.parents.push(c);
    // The rest of a merged header cell is the same header, not a second column.
    if (master && master[0] === row) continue;
    found.left = Math.min(found.left, c);
    found.right = Math.max(found.right, c);
    const cell = cellAddress(row, c);
    const component = lookup.get(headerKey(text));
    const field = matchSummaryHeader(text, office);
    if (component && !found.components.some((f) => f.code === component.code)) {
      found.components.push({ column: c, ...component });
      found.matches.push({ cell, text, field: 'component', component: component.name });
    } else if (field) {
      addCandidate(found, field, c);
      found.matches.push({ cell, text, field });
    } else if (isComponentParentHeader(text)) {
      found.parents.push(c);
      found.matches.push({ cell, text, field: 'componentParent' });
    } else found.unread.push({ cell, text });
  }
  return found;
}

/**
 * The row under a header, taken in when it holds component names (the rubric's, or any under a
 * "Trong đó" parent) or field names the first row lacks.
 */
function matchSubRow(grid: Grid, row: number, masters: MergeMasters, lookup: ComponentLookup, above: RowMatches, office?: OfficeHeaders): RowMatches {
  const found = emptyMatches();
  for (let c = 0; c < rowLength(grid, row); c++) {
    const value = cellAt(grid, row, c);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const cell = cellAddress(row, c);
    const component = lookup.get(headerKey(value));
    const field = matchSummaryHeader(value, office);
    if (component) {
      found.components.push({ column: c, ...component });
      found.matches.push({ cell, text: value, field: 'component', component: component.name });
    } else if (above.parents.includes(c) || isUnderParent(masters, row - 1, c, above.parents)) {
      found.components.push({ column: c, name: normalizeText(value) });
      found.matches.push({ cell, text: value, field: 'component', component: normalizeText(value) });
    } else if (field && !above.candidates.has(field)) {
      addCandidate(found, field, c);
      found.matches.push({ cell, text: value, field });
    } else found.unread.push({ cell, text: value });
    found.left = Math.min(found.left, c);
    found.right = Math.max(found.right, c);
  }
  return found;
}

function holdsNumber(grid: Grid, row: number): boolean {
  for (let c = 0; c < rowLength(grid, row); c++) if (typeof cellAt(grid, row, c) === 'number') return true;
  return false;
}

/** Whether column c lies under a merged "Trong đó" cell of the header row. */
function isUnderParent(masters: MergeMasters, row: number, column: number, parents: number[]): boolean {
  const master = masters.get(cellKey(row, column));
  return master !== undefined && master[0] === row && parents.includes(master[1]);
}

/**
 * Reads the header at `row`, if it is one: a name column and a score (achieved, self,
 * appraised, or an ambiguous one), component columns, or else an index (an index table).
 */
/** `office`: the workbook's own header words, from its "Cài đặt" sheet. */
export function readHeader(grid: Grid, row: number, masters: MergeMasters, lookup: ComponentLookup, office?: OfficeHeaders): TableHeader | undefined {
  const first = matchRow(grid, row, masters, lookup, office);
  if (!first.candidates.has('name')) return undefined;
  const below = matchSubRow(grid, row + 1, masters, lookup, first, office);
  // A row holding numbers is data, even where one of its cells reads like a header word.
  const takeBelow = (below.components.length > 0 || below.candidates.size > 0) && !holdsNumber(grid, row + 1);
  const rows = takeBelow ? [first, below] : [first];
  const columns = new Map<SummaryColumn, number>();
  const ambiguous: TableHeader['ambiguous'] = [];
  for (const found of rows) {
    for (const [field, list] of found.candidates) {
      if (list.length > 1 && SINGLE_FIELDS.includes(field)) ambiguous.push({ field, columns: list });
      else if (!columns.has(field)) columns.set(field, list[0]);
    }
  }
  const componentColumns = [...first.components];
  for (const c of takeBelow ? below.components : []) if (!componentColumns.some((f) => f.column === c.column)) componentColumns.push(c);
  const hasScore = SCORE_FIELDS.some((k) => columns.has(k) || ambiguous.some((a) => a.field === k));
  const indexTable = !hasScore && componentColumns.length === 0;
  if (indexTable && !columns.has('index') && !ambiguous.some((a) => a.field === 'index')) return undefined;
  return {
    top: row,
    bottom: takeBelow ? row + 1 : row,
    columns,
    components: componentColumns.sort((a, b) => a.column - b.column),
    ambiguous,
    matches: rows.flatMap((r) => r.matches),
    unread: rows.flatMap((r) => r.unread),
    left: Math.min(...rows.map((r) => r.left)),
    right: Math.max(...rows.map((r) => r.right)),
    indexTable,
  };
}
