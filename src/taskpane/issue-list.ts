/**
 * The issues of a check, grouped by agency, errors first; a click on a cell address selects the
 * cell in Excel.
 */
import { Issue, issueMessage, sortIssues } from '../engine/messages/issues';
import { el, replaceChildren } from './dom';
import { PaneParts } from './parts';
import { WORKBOOK_FILE } from './session';

export class IssueList {
  private issues: Issue[] = [];

  constructor(
    private readonly parts: PaneParts,
    private readonly container: HTMLElement,
  ) {}

  show(issues: Issue[]): void {
    this.issues = issues;
    this.render();
  }

  clear(): void {
    this.show([]);
    replaceChildren(this.container);
  }

  render(): void {
    const words = this.parts.words();
    const issues = this.issues;
    if (issues.length === 0) return replaceChildren(this.container);
    // Grouped by agency, errors first; within an agency, in sheet order.
    const byAgency = new Map<string, Issue[]>();
    for (const issue of sortIssues(issues)) {
      const key = issue.agency ?? words.general;
      byAgency.set(key, [...(byAgency.get(key) ?? []), issue]);
    }
    const blocks = [...byAgency].map(([agency, list]) => el('div', {}, el('div', { className: 'agency', text: agency }), ...list.map((issue) => this.line(issue))));
    replaceChildren(this.container, ...blocks);
  }

  private line(issue: Issue): HTMLElement {
    const words = this.parts.words();
    const where = [issue.sheet, issue.cell].filter(Boolean).join('!');
    const inWorkbook = issue.file === WORKBOOK_FILE && issue.sheet && issue.cell;
    return el(
      'div',
      { className: 'issue' },
      el('span', { className: `badge ${issue.severity}`, text: words.severity[issue.severity] }),
      el('span', { text: issueMessage(issue, this.parts.language()) }),
      inWorkbook
        ? el('button', { className: 'link', text: where, attrs: { type: 'button', title: words.goToCell, 'aria-label': `${words.goToCell} ${where}` }, onClick: () => void this.parts.act(() => this.selectCell(issue)) })
        : el('span', { className: 'muted', text: [issue.file, where].filter(Boolean).join(': ') }),
    );
  }

  private async selectCell(issue: Issue): Promise<void> {
    if (!issue.sheet || !issue.cell) return;
    const { sheet, cell } = issue;
    await this.parts.session.host.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}
