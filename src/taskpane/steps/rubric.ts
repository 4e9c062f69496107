/**
 * Step 1, the rubric: the rubric sheet found in the workbook, the built-in one, or none; the
 * chosen rubric's components and maxima per group; then the rules in force (rules.ts).
 */
import { fromHundredths } from '../../engine/values/decimal';
import { formatNumber } from '../../engine/messages/numbers';
import { ANY_GROUP, components, maxFor, rubricGroupKey, rubricStandard } from '../../engine/rules/rubric';
import { byId, el, replaceChildren } from '../dom';
import { PaneParts, Step } from '../parts';
import { RubricChoice } from '../session';
import { RulesView } from './rules';

export class RubricStep implements Step {
  private readonly select = byId<HTMLSelectElement>('rubric');
  private readonly rules: RulesView;

  constructor(private readonly parts: PaneParts) {
    this.rules = new RulesView(parts);
    this.select.addEventListener('change', () => {
      parts.session.rubricChoice = JSON.parse(this.select.value) as RubricChoice;
      this.renderDetail();
      // Issues and grades found under the other rubric no longer hold.
      parts.resultsStale();
    });
  }

  render(): void {
    this.renderChoices();
    this.renderDetail();
    this.rules.render();
  }

  private renderChoices(): void {
    const { session } = this.parts;
    const words = this.parts.words();
    const sheet = session.rubricSheet();
    const options: [RubricChoice, string][] = [];
    if (sheet) options.push([{ kind: 'sheet', sheet }, words.rubricFromSheet(sheet)]);
    options.push([{ kind: 'preset' }, words.rubricPreset], [{ kind: 'none' }, words.rubricNone]);
    replaceChildren(this.select, ...options.map(([choice, label]) => el('option', { text: label, attrs: { value: JSON.stringify(choice) } })));
    this.select.value = JSON.stringify(session.rubricChoice);
  }

  private renderDetail(): void {
    const rubric = this.parts.session.rubric();
    const detail = byId('rubric-detail');
    if (!rubric) return replaceChildren(detail);
    const words = this.parts.words();
    const groups = rubric.groups.length > 0 ? rubric.groups : [''];
    const keys = groups.map((g) => (g === '' ? ANY_GROUP : (rubricGroupKey(rubric, g) ?? ANY_GROUP)));
    const language = this.parts.language();
    const points = (value: number | null) => (value === null ? 'KAD' : formatNumber(fromHundredths(value), language));
    const header = el('tr', {}, el('th', { text: words.rubricComponent }), ...groups.map((g) => el('th', { text: g || words.rubricTotal })));
    const rows = components(rubric).map((c) => el('tr', {}, el('td', { text: `${c.code}. ${c.title}` }), ...keys.map((k) => el('td', { className: 'num', text: points(maxFor(c, k)) }))));
    const total = el('tr', {}, el('th', { text: words.rubricTotal }), ...keys.map((k) => el('th', { className: 'num', text: points(rubricStandard(rubric, k)) })));
    replaceChildren(detail, el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows, total)));
  }
}
