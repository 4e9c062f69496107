/**
 * What the pane knows between clicks: the workbook as last read, files loaded beside it, the
 * clerk's choices, and the last results. No DOM here; the steps render it.
 */
import { Assessment, assess, describeSheets, findRubric, INPUT_SHEET_KINDS } from '../engine/assessing/assess';
import { WorkbookGrids } from '../engine/values/grid';
import { PreviousResults } from '../engine/output/previous';
import { presetRubric } from '../engine/rules/presets';
import { Rubric } from '../engine/rules/rubric';
import { DEFAULT_RULES } from '../engine/rules/rules';
import { findRulesSheet, isRulesSheetName, RulesSheetRead } from '../engine/rules/rules-sheet';
import { readWorkbookGrids } from '../adapters/excel/read';

/** How the pane reaches Excel: Excel.run in Excel, a test double in the browser tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export type RubricChoice = { kind: 'sheet'; sheet: string } | { kind: 'preset' } | { kind: 'none' };

/** The file name messages give for the open workbook (Excel's API gives none). */
export const WORKBOOK_FILE = 'Sổ làm việc';

export class Session {
  workbook: WorkbookGrids = { file: WORKBOOK_FILE, sheets: [] };
  /** Forms read from .xlsx files and kept aside (not inserted). */
  imported: WorkbookGrids[] = [];
  rubricChoice: RubricChoice = { kind: 'none' };
  /** Input sheets the user unticked (a kept copy of an old annex, say), by lower-case name. */
  readonly skipped = new Set<string>();
  /** Leave hidden rows out of summary tables (each is listed in the reading report), as --skip-hidden. */
  skipHidden = false;
  assessment?: Assessment;
  previous?: { file: string; results: PreviousResults };
  draft?: { file: string; assessment: Assessment };

  /** The workbook changed (not by the pane) after it was last read: what the pane shows may be out of date. */
  changedSinceRead = false;

  constructor(readonly host: ExcelHost) {}

  /**
   * The workbook as it is at this moment (the reader's four syncs): a score corrected in Excel a
   * second ago counts. The chosen rubric stays chosen unless `pickRubric` (opening, Đọc lại).
   */
  async readNow(pickRubric = false): Promise<void> {
    this.workbook = await this.host.run((context) => readWorkbookGrids(context, { file: WORKBOOK_FILE }));
    this.changedSinceRead = false;
    const found = this.rubricSheet();
    if (found && (pickRubric || this.rubricChoice.kind === 'sheet')) this.rubricChoice = { kind: 'sheet', sheet: found };
    else if (!found && this.rubricChoice.kind === 'sheet') this.rubricChoice = { kind: 'none' };
  }

  /** The rubric sheet of the workbook, if it has one. */
  rubricSheet(): string | undefined {
    return findRubric([this.workbook])?.sheet;
  }

  rubric(): Rubric | undefined {
    if (this.rubricChoice.kind === 'preset') return presetRubric('khanh-hoa-2014');
    if (this.rubricChoice.kind === 'sheet') return findRubric([this.workbook])?.rubric;
    return undefined;
  }

  /** Whether a sheet read (of the workbook or a file beside it) hides rows: the pane then offers to leave them out. */
  hasHiddenRows(): boolean {
    return [this.workbook, ...this.imported].some((w) => w.sheets.some((g) => (g.hiddenRows?.length ?? 0) > 0));
  }

  /** The open workbook without the sheets the user unticked. */
  inputSheets(): WorkbookGrids {
    return { ...this.workbook, sheets: this.workbook.sheets.filter((g) => !this.skipped.has(g.sheet.toLowerCase())) };
  }

  /**
   * The rules a check would grade and rank by: the first "Quy định" sheet of the workbook or of
   * the files loaded beside it (with the problems in it), else the default rules.
   */
  rulesInForce(): RulesSheetRead {
    return findRulesSheet([this.inputSheets(), ...this.imported]) ?? { rules: DEFAULT_RULES, issues: [] };
  }

  /** Reads the workbook as it is now and checks it with the files loaded beside it. */
  async check(): Promise<Assessment> {
    await this.readNow();
    // An open workbook with nothing to read is not an error when forms were imported from files;
    // its rules sheet still rules them. Without imported files the workbook is read once, by assess.
    const workbook = this.inputSheets();
    const workbookHasInputs = this.imported.length === 0 || describeSheets(workbook).some((d) => INPUT_SHEET_KINDS.includes(d.kind));
    const rulesOnly = { ...workbook, sheets: workbook.sheets.filter((g) => isRulesSheetName(g.sheet)) };
    const inputs = workbookHasInputs ? [workbook, ...this.imported] : rulesOnly.sheets.length > 0 ? [rulesOnly, ...this.imported] : this.imported;
    this.assessment = assess(inputs, { rubric: this.rubric(), skipHidden: this.skipHidden });
    return this.assessment;
  }
}
