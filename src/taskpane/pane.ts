/**
 * The task pane: the steps it shows (rubric, inputs, check, build and fill, blank forms) over one
 * session and one message bar. Every failure is said with what to do; nothing leaves it stuck.
 */
import { byId } from './dom';
import { PANE_WORDS, PaneWords, Language } from '../engine/messages/pane-words';
import { MessageBar } from './message-bar';
import { explainError } from './office-errors';
import { ChangeFilter, watchWorkbook, WorkbookChange } from './freshness';
import { PaneParts, Step } from './parts';
import { ExcelHost, Session } from './session';
import { BuildStep } from './steps/build';
import { CheckStep } from './steps/check';
import { CompareStep } from './steps/compare';
import { FillStep } from './steps/fill';
import { DraftResultsStep } from './steps/draft-results';
import { FormsStep } from './steps/forms';
import { InputsStep } from './steps/inputs';
import { RubricStep } from './steps/rubric';
import { applyWords } from './words';
import { ReadCancelled, XlsxReadError } from './xlsx-reader';

export type { ExcelHost } from './session';

export class Pane implements PaneParts {
  readonly session: Session;
  readonly bar: MessageBar;
  private readonly rubricStep: RubricStep;
  private readonly inputs: InputsStep;
  private readonly checkStep: CheckStep;
  private readonly build: BuildStep;
  private readonly forms: FormsStep;
  private readonly steps: Step[];
  /** Tells the pane's own changes to the workbook from the clerk's. */
  private readonly changes = new ChangeFilter();

  constructor(
    host: ExcelHost,
    private uiLanguage: Language,
  ) {
    this.session = new Session(host);
    this.bar = new MessageBar(() => this.words());
    this.rubricStep = new RubricStep(this);
    this.inputs = new InputsStep(this);
    this.checkStep = new CheckStep(this);
    const check = () => this.checkStep.check();
    this.build = new BuildStep(this, check);
    this.forms = new FormsStep(this, () => this.build.checkedYear());
    const drafts = new DraftResultsStep(this, check, () => this.build.checkedYear());
    this.steps = [this.rubricStep, this.inputs, this.checkStep, this.build, new CompareStep(this, check), new FillStep(this, check), this.forms, drafts];
  }

  words(): PaneWords {
    return PANE_WORDS[this.uiLanguage];
  }

  language(): Language {
    return this.uiLanguage;
  }

  /** Shows the pane's words now; reads the workbook when `shown` says (by default at once). */
  start(shown: (read: () => void) => void = (read) => read()): Promise<void> {
    applyWords(this.words(), this.uiLanguage);
    byId('language').addEventListener('click', () => this.switchLanguage());
    const opened = () => this.act(() => this.inputs.readAgain()).then(() => this.listen());
    return new Promise((resolve) => shown(() => void opened().then(resolve)));
  }

  /** Listens to the workbook's changes; a host that cannot tell them leaves the pane as it was. */
  private async listen(): Promise<void> {
    try {
      await watchWorkbook(this.session.host, (change) => this.workbookChanged(change));
    } catch {
      // Without events the pane works as before: each action reads the workbook afresh.
    }
  }

  /** The first change since the last read that is not the pane's own: the results shown are out of date. */
  private workbookChanged(change: WorkbookChange): void {
    if (!this.changes.isOthers(change) || this.session.changedSinceRead) return;
    this.session.changedSinceRead = true;
    this.bar.show({ kind: 'warning', text: (w) => w.workbookChanged });
  }

  workbookRead(): void {
    this.rubricStep.render();
    this.inputs.render();
    this.build.workbookRead();
    this.forms.workbookRead();
  }

  resultsStale(): void {
    for (const step of this.steps) step.clearResults?.();
  }

  async act(action: () => Promise<unknown> | unknown): Promise<void> {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('main button')];
    buttons.forEach((b) => (b.disabled = true));
    document.body.dataset.state = 'busy';
    this.changes.actionStarted();
    try {
      await action();
    } catch (error) {
      // Hủy while a file was read: nothing was changed, and nothing is to be said.
      if (error instanceof ReadCancelled) this.bar.clear();
      else if (error instanceof XlsxReadError) this.bar.show({ kind: 'error', text: (w) => w.importFailed(error.file, error.message) });
      else this.bar.show(explainError(error));
    } finally {
      buttons.forEach((b) => (b.disabled = false));
      this.changes.actionEnded();
      document.body.dataset.state = 'ready';
    }
  }

  private switchLanguage(): void {
    this.uiLanguage = this.uiLanguage === 'vi' ? 'en' : 'vi';
    applyWords(this.words(), this.uiLanguage);
    this.bar.render();
    for (const step of this.steps) step.render();
  }
}
