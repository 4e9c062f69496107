/**
 * The issues of a check, to be worked through: counts per severity and per code first, filters
 * (errors only, one agency, one code), then the lines under agency headings, each message once
 * with the cells it concerns under it; a click on a cell selects it in Excel. One Tab stop into
 * the lines, arrows inside (roving-focus.ts). The message bar announces the counts; this list is
 * not a live region.
 */
import { Issue } from '../engine/messages/issues';
import { byId, el, replaceChildren, replaceWith } from './dom';
import { applyFilter, countByCode, countBySeverity, IssueFilter, IssueLine, IssueSection, sections } from './issue-groups';
import { explainError } from './office-errors';
import { PaneParts } from './parts';
import { resetRoving, rovingFocus } from './roving-focus';
import { WORKBOOK_FILE } from './session';

/** Cells shown under a message before the button that shows the rest. */
const CELLS_SHOWN = 8;

export class IssueList {
  private issues: Issue[] = [];
  private filter: IssueFilter = { errorsOnly: false };
  private readonly lines: HTMLElement;

  constructor(
    private readonly parts: PaneParts,
    private readonly container: HTMLElement,
  ) {
    this.lines = el('div', { className: 'issue-lines', attrs: { id: 'issue-lines', role: 'group' } });
    rovingFocus(this.lines);
  }

  show(issues: Issue[]): void {
    this.issues = issues;
    // A filter on an agency or a code that is gone would hide everything.
    if (this.filter.agency !== undefined && !issues.some((i) => i.agency === this.filter.agency)) this.filter.agency = undefined;
    if (this.filter.code !== undefined && !issues.some((i) => i.code === this.filter.code)) this.filter.code = undefined;
    this.render();
  }

  clear(): void {
    this.show([]);
  }

  render(): void {
    if (this.issues.length === 0) return replaceChildren(this.container);
    const words = this.parts.words();
    this.lines.setAttribute('aria-label', words.issueList);
    replaceChildren(this.container, this.summary(), this.filters(), this.lines);
    this.renderLines();
  }

  private summary(): HTMLElement {
    const words = this.parts.words();
    const bySeverity = countBySeverity(this.issues);
    const codes = countByCode(this.issues, this.parts.language());
    return el(
      'div',
      { className: 'issue-summary' },
      el('p', { className: 'counts', text: words.counts(bySeverity.error, bySeverity.warning, bySeverity.info) }),
      el('ul', { className: 'code-counts' }, ...codes.map((c) => el('li', {}, el('span', { className: `badge ${c.severity}`, text: String(c.count) }), el('span', { className: 'title', text: c.title })))),
    );
  }

  private filters(): HTMLElement {
    const words = this.parts.words();
    const errorsOnly = el('input', { attrs: { type: 'checkbox', id: 'issues-errors-only' } });
    errorsOnly.checked = this.filter.errorsOnly;
    errorsOnly.addEventListener('change', () => this.refilter({ errorsOnly: errorsOnly.checked }));
    const agencies = [...new Set(this.issues.map((i) => i.agency).filter((a): a is string => a !== undefined))];
    const agency = this.select('issues-agency', words.allAgencies, agencies.map((a) => [a, a]), this.filter.agency, (value) => this.refilter({ agency: value }));
    const codes = countByCode(this.issues, this.parts.language()).map((c): [string, string] => [c.code, `${c.title} (${c.count})`]);
    const code = this.select('issues-code', words.allCodes, codes, this.filter.code, (value) => this.refilter({ code: value }));
    return el(
      'div',
      { className: 'filters' },
      el('label', { className: 'check' }, errorsOnly, el('span', { text: words.errorsOnly })),
      el('label', { attrs: { for: 'issues-agency' }, className: 'sr-only', text: words.filterAgency }),
      agency,
      el('label', { attrs: { for: 'issues-code' }, className: 'sr-only', text: words.filterCode }),
      code,
    );
  }

  private select(id: string, all: string, options: [string, string][], value: string | undefined, change: (value: string | undefined) => void): HTMLSelectElement {
    const select = el('select', { attrs: { id } }, el('option', { text: all, attrs: { value: '' } }), options.map(([v, label]) => el('option', { text: label, attrs: { value: `=${v}` } })));
    select.value = value === undefined ? '' : `=${value}`;
    select.addEventListener('change', () => change(select.value === '' ? undefined : select.value.slice(1)));
    return select;
  }

  private refilter(change: Partial<IssueFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.renderLines();
  }

  private renderLines(): void {
    const words = this.parts.words();
    const shown = applyFilter(this.issues, this.filter);
    const blocks = sections(shown, this.parts.language()).map((s) => this.section(s));
    replaceChildren(this.lines, blocks.length > 0 ? blocks : el('p', { className: 'muted', text: words.noneShown }));
    resetRoving(this.lines);
  }

  private section(section: IssueSection): HTMLElement {
    const words = this.parts.words();
    const heading = section.several ? words.severalAgencies : (section.agency ?? words.general);
    return el('div', { className: 'issue-section' }, el('h3', { className: 'agency', text: heading }), section.lines.map((l) => this.line(l, section.several)));
  }

  private line(line: IssueLine, several: boolean): HTMLElement {
    const words = this.parts.words();
    const count = line.issues.length > 1 ? ` (×${line.issues.length})` : '';
    const located = line.issues.filter((i) => i.sheet || i.file);
    return el(
      'div',
      { className: 'issue', attrs: { 'data-row': '', tabindex: '-1' } },
      el('div', { className: 'issue-head' }, el('span', { className: `badge ${line.severity}`, text: words.severity[line.severity] }), el('span', { className: 'title', text: line.title + count })),
      el('p', { className: 'message', text: line.message }),
      located.length > 0 ? this.cells(located, several) : null,
    );
  }

  /** The cells of a line, the first few shown and the rest behind a button, so a slip made 400 times stays one short line. */
  private cells(located: Issue[], several: boolean): HTMLElement {
    const box = el('div', { className: 'cells' }, ...located.slice(0, CELLS_SHOWN).map((i) => this.cell(i, several)));
    if (located.length > CELLS_SHOWN) {
      const rest = located.slice(CELLS_SHOWN);
      const more: HTMLButtonElement = el('button', {
        className: 'link more',
        text: this.parts.words().moreCells(rest.length),
        attrs: { type: 'button', tabindex: '-1' },
        onClick: () => {
          const first = this.cell(rest[0], several);
          replaceWith(more, first, rest.slice(1).map((i) => this.cell(i, several)));
          first.focus();
        },
      });
      box.append(more);
    }
    return box;
  }

  private cell(issue: Issue, several: boolean): HTMLElement {
    const words = this.parts.words();
    const where = [issue.sheet, issue.cell].filter(Boolean).join('!');
    const whose = several && issue.agency ? ` (${issue.agency})` : '';
    if (issue.file !== WORKBOOK_FILE || !issue.sheet || !issue.cell) return el('span', { className: 'muted where', text: [issue.file, where].filter(Boolean).join(': ') + whose });
    return el('button', {
      className: 'link where',
      text: where,
      attrs: { type: 'button', tabindex: '-1', title: `${words.goToCell} ${where}${whose}`, 'aria-label': `${words.goToCell} ${where}${whose}` },
      // Not through act(): disabling the buttons would take the focus off the list.
      onClick: () => void this.selectCell(issue).catch((error: unknown) => this.parts.bar.show(explainError(error))),
    });
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

/** The list's first line, for the message bar's details link. */
export function firstIssueLine(): HTMLElement {
  return document.querySelector<HTMLElement>('#issue-lines [data-row]') ?? byId('issues');
}
