/**
 * Step 6, the appraisal round: each agency's draft result (kết quả thẩm định dự thảo) as a
 * protected sheet of its own, the reply column open, with the deadline and where to send it typed
 * once; and, for an agency that asks, how its number was formed.
 */
import { Assessment } from '../../engine/assessing/assess';
import { draftResults } from '../../engine/output/draft-result';
import { explainAgency, explanationLines } from '../../engine/output/explain';
import { writeUserSheets } from '../../adapters/excel/write';
import { byId, replaceChildren } from '../dom';
import { PaneParts, Step } from '../parts';
import { readyToWrite } from './ready';

export class DraftResultsStep implements Step {
  private readonly agencies = byId<HTMLSelectElement>('explain-agency');
  private readonly explanation = byId('explanation');
  /** The assessment the agency list was made from. */
  private listed?: Assessment;

  constructor(
    private readonly parts: PaneParts,
    private readonly check: () => Promise<Assessment>,
    private readonly year: () => string | undefined | false,
  ) {
    byId('make-drafts').addEventListener('click', () => parts.act(() => this.makeDrafts()));
    // The list follows the last check, whichever step made it.
    this.agencies.addEventListener('focus', () => this.listAgencies());
    this.agencies.addEventListener('change', () => this.explain());
  }

  render(): void {
    this.listAgencies(true);
    this.explain();
  }

  clearResults(): void {
    this.explanation.textContent = '';
  }

  private async makeDrafts(): Promise<void> {
    const { session, bar } = this.parts;
    const ready = await readyToWrite(bar, this.year, this.check);
    if (!ready) return;
    const { year, assessment } = ready;
    const value = (id: string) => byId<HTMLInputElement>(id).value.trim() || undefined;
    const sheets = draftResults(assessment, { year, deadline: value('draft-deadline'), sendTo: value('draft-send-to') }).map((d) => d.sheet);
    if (sheets.length === 0) return bar.show({ kind: 'error', text: (w) => w.noAgenciesToDraft });
    bar.progress((w) => w.makingDrafts(sheets.length));
    const result = await session.host.run((context) => writeUserSheets(context, sheets));
    bar.show({ kind: 'success', text: (w) => w.draftsMade(result.sheets) });
    this.listAgencies();
  }

  /** Every agency of the last check, by group, as the choices to explain. */
  private listAgencies(force = false): void {
    const assessment = this.parts.session.assessment;
    if (assessment === this.listed && !force) return;
    this.listed = assessment;
    const chosen = this.agencies.value;
    const words = this.parts.words();
    const prompt = new Option(assessment ? words.explainChoose : words.explainCheckFirst, '');
    const options = (assessment?.groups ?? []).flatMap((g, gi) => g.agencies.map((a, ai) => new Option(`${g.annex}. ${a.name}`, `${gi}:${ai}`)));
    replaceChildren(this.agencies, prompt, options);
    if (options.some((o) => o.value === chosen)) this.agencies.value = chosen;
  }

  private explain(): void {
    const [g, a] = this.agencies.value.split(':').map(Number);
    const group = this.listed?.groups[g];
    const agency = group?.agencies[a];
    this.explanation.textContent = group && agency ? explanationLines(explainAgency(this.listed!, group, agency), this.parts.language()).join('\n') : '';
  }
}
