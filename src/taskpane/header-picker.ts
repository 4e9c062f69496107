/**
 * Under a sheet the reading report could not read: each header cell seen, with a list of the
 * columns it could be, and a button that writes the picks to the «Cài đặt» sheet and reads the
 * workbook again. Only sheets of the open workbook (a file beside it cannot be written to).
 */
import { SheetReport } from '../engine/reading/report';
import { HeaderPick, PICKABLE_FIELDS } from '../engine/output/office-headers';
import { matchSummaryHeader, SummaryColumn } from '../engine/rules/headers';
import { headerFieldWords } from '../engine/messages/reading-report';
import { writeOfficeHeaders } from '../adapters/excel/office-headers';
import { el } from './dom';
import { PaneParts } from './parts';

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export function headerPicker(parts: PaneParts, sheet: SheetReport, index: number): HTMLElement {
  const words = parts.words();
  const language = parts.language();
  const headers = sheet.headersSeen ?? [];
  const selects = headers.map((text, h) => {
    const known = matchSummaryHeader(text);
    const option = (value: string, label: string) => {
      const item = el('option', { text: label, attrs: { value } });
      item.selected = value === (known ?? '');
      return item;
    };
    const fields = PICKABLE_FIELDS.map((field) => option(field, capitalized(headerFieldWords({ field, text }, language))));
    const select = el('select', { attrs: { id: `header-pick-${index}-${h}`, 'aria-label': words.pickHeaderFor(sheet.sheet, text) } }, option('', words.notAColumn), ...fields);
    return { text, select };
  });
  const write = async () => {
    const picks: HeaderPick[] = selects.flatMap(({ text, select }) => (select.value ? [{ text, field: select.value as SummaryColumn }] : []));
    const written = await parts.session.host.run((context) => writeOfficeHeaders(context, picks));
    if (written.added === 0) return parts.bar.show({ kind: 'warning', text: (w) => w.noHeaderPicked });
    await parts.session.readNow();
    parts.workbookRead();
    parts.resultsStale();
    parts.bar.show({ kind: 'success', text: (w) => w.headerPicksWritten(written.added, written.sheet) });
  };
  const rows = selects.map(({ text, select }) => el('label', { className: 'header-pick' }, el('span', { text: `«${text}»` }), select));
  const button = el('button', { text: words.writeHeaderPicks, attrs: { type: 'button' }, onClick: () => void parts.act(write) });
  return el('div', { className: 'header-picker' }, el('p', { text: words.pickHeaders }), ...rows, button);
}
