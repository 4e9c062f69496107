/**
 * Step 2's reading report: what every input sheet (and every file loaded beside the workbook)
 * was read as, table by table, so a table misread is seen before anything is checked or built.
 */
import { readWorkbooks } from '../engine/reading/workbooks';
import { SheetReport } from '../engine/reading/report';
import { readingReportTitle, sheetReportLines } from '../engine/messages/reading-report';
import { byId, el, replaceChildren } from './dom';
import { PaneParts } from './parts';

/** Renders the report into #reading-report; the sheets the clerk unticked are listed as left out. */
export function renderReadingReport(parts: PaneParts): void {
  const { session } = parts;
  const language = parts.language();
  const target = byId('reading-report');
  if (session.workbook.sheets.length === 0 && session.imported.length === 0) return replaceChildren(target);
  const { sheets } = readWorkbooks([session.workbook, ...session.imported], { rubric: session.rubric(), skipSheets: [...session.skipped] });
  const item = (sheet: SheetReport) => {
    const { title, lines } = sheetReportLines(sheet, language);
    // Lines under a table are indented by two spaces: they nest under its line.
    const details = lines.map((line) => el('li', { className: line.startsWith('  ') ? 'under' : '', text: line.trim() }));
    return el('li', { className: `read-${sheet.kind}` }, el('span', { className: 'name', text: title }), details.length > 0 ? el('ul', {}, ...details) : null);
  };
  replaceChildren(target, el('details', {}, el('summary', { text: readingReportTitle(language) }), el('ul', { className: 'plain' }, ...sheets.map(item))));
}
