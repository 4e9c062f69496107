/**
 * Step 1's rules: the grading and ranking rules a check would use, in short words, and where
 * they come from (the default preset and its document, or a «Quy định» sheet); a button writes
 * a «Quy định» sheet pre-filled with them for the office to edit, never over an existing one.
 */
import { rulesSheetRows } from '../../engine/output/rules-sheet';
import { describeRulesSource } from '../../engine/rules/presets';
import { describeRules } from '../../engine/rules/rules-text';
import { RulesSource } from '../../engine/rules/rules';
import { writeRulesSheet } from '../../adapters/excel/rules-sheet';
import { byId, el, replaceChildren } from '../dom';
import { PaneParts, Step } from '../parts';
import { WORKBOOK_FILE } from '../session';

export class RulesView implements Step {
  constructor(private readonly parts: PaneParts) {
    byId('write-rules').addEventListener('click', () => parts.act(() => this.write()));
  }

  /** The rules as the workbook last read gives them. */
  render(): void {
    const { rules, issues } = this.parts.session.rulesInForce();
    const words = this.parts.words();
    const language = this.parts.language();
    byId('rules-source').textContent = words.rulesSource(this.sourceText(rules.source));
    const rows = describeRules(rules, language).map(([what, how]) => el('tr', {}, el('th', { text: what, attrs: { scope: 'row' } }), el('td', { text: how })));
    replaceChildren(byId('rules-detail'), el('table', {}, el('tbody', {}, ...rows)));
    const problems = byId('rules-problems');
    const errors = issues.filter((i) => i.severity === 'error');
    problems.classList.toggle('hidden', errors.length === 0);
    problems.textContent = errors.length === 0 ? '' : words.rulesProblems(errors.length, errors.map((i) => i.cell ?? '').filter((c) => c !== '').join(', '));
  }

  private sourceText(source: RulesSource): string {
    if (source.kind === 'sheet' && source.file === WORKBOOK_FILE) return this.parts.words().rulesThisWorkbook(source.sheet);
    return describeRulesSource(source, this.parts.language());
  }

  /** Reads the workbook now, then writes the rules in force as a new «Quy định» sheet, unless one exists. */
  private async write(): Promise<void> {
    const { session, bar } = this.parts;
    await session.readNow();
    const { rules } = session.rulesInForce();
    const result = await session.host.run((context) => writeRulesSheet(context, rulesSheetRows(rules)));
    await session.readNow();
    this.parts.workbookRead();
    bar.show(result.written ? { kind: 'success', text: (w) => w.rulesWritten(result.sheet) } : { kind: 'warning', text: (w) => w.rulesSheetExists(result.sheet) });
  }
}
