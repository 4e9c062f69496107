/**
 * Step 2's reading report: what every input sheet (and every file loaded beside the workbook)
 * was read as, table by table, so a table misread is seen before anything is checked or built.
 * Folded at first; its lines are made when it is opened.
 */
import { readWorkbooks } from '../engine/reading/workbooks';
import { SheetReport } from '../engine/reading/report';
import { readingReportTitle, sheetReportLines } from '../engine/messages/reading-report';
import { byId, el, replaceChildren } from './dom';
import { PaneParts } from './parts';
import { headerPicker } from './header-picker';

/** Renders the report's fold into #reading-report, and its lines where it is open. */
export function renderReadingReport(parts: PaneParts): void {
  const target = byId('reading-report');
  const { session } = parts;
  if (session.workbook.sheets.length === 0 && session.imported.length === 0) return replaceChildren(target);
  let fold = target.querySelector('details');
  if (!fold) {
    const details = el('details', {}, el('summary', { attrs: { id: 'reading-report-toggle' } }));
    details.addEventListener('toggle', () => renderLines(parts, details));
    replaceChildren(target, details);
    fold = details;
  }
  fold.querySelector('summary')!.textContent = readingReportTitle(parts.language());
  renderLines(parts, fold);
}

function renderLines(parts: PaneParts, fold: HTMLDetailsElement): void {
  fold.querySelector('ul')?.remove();
  if (!fold.open) return;
  const { session } = parts;
  const language = parts.language();
  const { sheets } = readWorkbooks([session.workbook, ...session.imported], { rubric: session.rubric(), skipSheets: [...session.skipped], skipHidden: session.skipHidden });
  const item = (sheet: SheetReport, index: number) => {
    const { title, lines } = sheetReportLines(sheet, language);
    // Lines under a table are indented by two spaces: they nest under its line.
    const details = lines.map((line) => el('li', { className: line.startsWith('  ') ? 'under' : '', text: line.trim() }));
    // A sheet of this workbook with headers not understood: the clerk can say what they are.
    const picker = sheet.kind === 'nothing' && sheet.file === session.workbook.file && (sheet.headersSeen?.length ?? 0) > 0 ? headerPicker(parts, sheet, index) : null;
    return el('li', { className: `read-${sheet.kind}` }, el('span', { className: 'name', text: title }), details.length > 0 ? el('ul', {}, ...details) : null, picker);
  };
  fold.append(el('ul', { className: 'plain' }, ...sheets.map(item)));
}
