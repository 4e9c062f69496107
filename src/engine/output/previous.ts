/**
 * Year over year: each agency's rank and ratio last year, matched by normalised name, with a
 * mapping sheet ("Tên cũ" | "Tên mới") for agencies that were renamed or merged.
 */
import { assess, Assessment } from '../assessing/assess';
import { Hundredths } from '../values/decimal';
import { cellAt, cellText, Grid, WorkbookGrids } from '../values/grid';
import { ResultsJson } from './results-json';
import { rowLength } from '../reading/table';
import { nameKey, normalizeText } from '../values/text';
import { HEADER_SEARCH_ROWS, matchNameMappingHeader } from '../rules/headers';

export interface PreviousResult {
  rank: number;
  /** Null for an index table's agency, which has no ratio. */
  ratio: Hundredths | null;
}

/** Last year's results by this year's name key. */
export type PreviousResults = Map<string, PreviousResult>;

/** Old name → new name, from a sheet with the headers "Tên cũ" and "Tên mới". */
export function readNameMapping(grids: Grid[]): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const grid of grids) {
    for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
      let oldColumn = -1;
      let newColumn = -1;
      for (let c = 0; c < rowLength(grid, r); c++) {
        const field = matchNameMappingHeader(cellText(cellAt(grid, r, c)));
        if (field === 'oldName') oldColumn = c;
        if (field === 'newName') newColumn = c;
      }
      if (oldColumn < 0 || newColumn < 0) continue;
      for (let row = r + 1; row < grid.rows.length; row++) {
        const from = normalizeText(cellText(cellAt(grid, row, oldColumn)));
        const to = normalizeText(cellText(cellAt(grid, row, newColumn)));
        if (from && to) mapping.set(nameKey(from), to);
      }
      break;
    }
  }
  return mapping;
}

/**
 * Last year's assessment as results keyed by this year's names. Where two old agencies map to
 * one new name (a merger), the better rank is kept.
 */
export function previousResults(previous: Assessment, mapping: Map<string, string> = new Map()): PreviousResults {
  const out: PreviousResults = new Map();
  for (const group of previous.groups) {
    for (const agency of group.agencies) {
      if (agency.rank === null) continue;
      const key = nameKey(mapping.get(nameKey(agency.name)) ?? agency.name);
      const known = out.get(key);
      if (!known || agency.rank < known.rank) out.set(key, { rank: agency.rank, ratio: agency.ratio });
    }
  }
  return out;
}

/**
 * "▲ 3" (up three places), "▼ 1", "=", or "mới" for an agency not ranked last year; nothing for
 * one not ranked this year.
 */
export function rankChange(rank: number | null, previous: PreviousResult | undefined): string {
  if (rank === null) return '';
  if (!previous) return 'mới';
  const moved = previous.rank - rank;
  return moved > 0 ? `▲ ${moved}` : moved < 0 ? `▼ ${-moved}` : '=';
}

/** Which of this year's agencies the previous results know, for the summary line. */
export function matchedCount(current: Assessment, previous: PreviousResults): number {
  return current.groups.reduce((n, g) => n + g.agencies.filter((a) => previous.has(nameKey(a.name))).length, 0);
}

/**
 * Last year's results from its annex workbook: its "Phụ lục" sheets hold the ranking (the detail
 * and component sheets would read as tables too); a "Tên cũ | Tên mới" sheet maps renamed ones.
 */
export function previousFromWorkbook(workbook: WorkbookGrids): PreviousResults {
  const annexes = workbook.sheets.filter((s) => /^phụ lục\b/i.test(s.sheet.normalize('NFC')));
  const ranked = annexes.length > 0 ? { ...workbook, sheets: annexes } : workbook;
  return previousResults(assess([ranked], { ownAnnexes: true }), readNameMapping(workbook.sheets));
}

/** Last year's results from the JSON of `cntt build --json`; undefined if it is not that. */
export function previousFromJson(text: string): PreviousResults | undefined {
  const json = parseResultsJson(text);
  if (typeof json === 'string') return undefined;
  const results: PreviousResults = new Map();
  for (const group of json.groups) {
    for (const a of group.agencies) {
      // Scored but not ranked last year: as in an annex workbook, it has no rank to compare with.
      if (a.rank !== null) results.set(nameKey(a.name), { rank: a.rank, ratio: a.ratio === null ? null : Math.round(a.ratio * 100) });
    }
  }
  return results;
}

/** Ranks and ratios any results file could hold: whole ranks, ratios in percent with at most two decimals. */
const MAX_RANK = 10_000_000;
const MAX_RATIO = 1_000_000;

/** Where results JSON is not what `--json` writes: the path of the first wrong field ("groups[0].agencies[3].ratio"), or "" for text that is not JSON. */
export function resultsJsonProblem(text: string): string | undefined {
  const json = parseResultsJson(text);
  return typeof json === 'string' ? json : undefined;
}

interface CheckedAgency {
  name: string;
  /** Null for an agency scored but not ranked (the rules' unranked list). */
  rank: number | null;
  /** Null for an index table's agency. */
  ratio: number | null;
}

function parseResultsJson(text: string): { groups: { agencies: CheckedAgency[] }[] } | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return '';
  }
  const groups = (json as ResultsJson | null)?.groups;
  if (!Array.isArray(groups)) return 'groups';
  for (const [g, group] of groups.entries()) {
    const agencies = (group as { agencies?: unknown } | null)?.agencies;
    if (!Array.isArray(agencies)) return `groups[${g}].agencies`;
    for (const [i, agency] of agencies.entries()) {
      const where = `groups[${g}].agencies[${i}]`;
      const a = agency as Partial<CheckedAgency> | null;
      if (typeof a?.name !== 'string') return `${where}.name`;
      if (a.rank !== null && (!Number.isInteger(a.rank) || a.rank! < 1 || a.rank! > MAX_RANK)) return `${where}.rank`;
      if (a.ratio !== null && (typeof a.ratio !== 'number' || !Number.isFinite(a.ratio) || a.ratio < 0 || a.ratio > MAX_RATIO)) return `${where}.ratio`;
    }
  }
  return { groups: groups as { agencies: CheckedAgency[] }[] };
}
