/**
 * Step 3, Kiểm tra: the workbook read as it is now and checked; the counts in the message bar,
 * the issues in a list under it.
 */
import { Assessment } from '../../engine/assessing/assess';
import { Issue } from '../../engine/messages/issues';
import { byId } from '../dom';
import { firstIssueLine, IssueList } from '../issue-list';
import { PaneParts, Step } from '../parts';

export class CheckStep implements Step {
  readonly list: IssueList;

  constructor(private readonly parts: PaneParts) {
    this.list = new IssueList(parts, byId('issues'));
    byId('check').addEventListener('click', () => parts.act(() => this.check()));
  }

  /** Checks and reports; returns the assessment for the steps that go on from it. */
  async check(): Promise<Assessment> {
    const { session, bar } = this.parts;
    bar.progress((w) => w.checking);
    const assessment = await session.check();
    this.parts.workbookRead();
    this.list.show(assessment.issues);
    this.report(assessment.issues);
    return assessment;
  }

  /** The counts in the bar, with a link to the list; an error is what blocks the next steps. */
  private report(issues: Issue[]): void {
    const count = (severity: Issue['severity']) => issues.filter((i) => i.severity === severity).length;
    if (issues.length === 0) return this.parts.bar.show({ kind: 'success', text: (w) => w.noIssues });
    const kind = count('error') > 0 ? 'error' : count('warning') > 0 ? 'warning' : 'success';
    this.parts.bar.show({ kind, text: (w) => w.counts(count('error'), count('warning'), count('info')), detailsAt: firstIssueLine(), keepFocus: true });
  }

  render(): void {
    this.list.render();
  }

  clearResults(): void {
    this.list.clear();
  }
}
