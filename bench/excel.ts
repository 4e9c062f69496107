/**
 * Excel: the reader's and the writer's context.sync() count from 10 to 20,000 agencies
 * (constant), and the largest request sent (≤ 4 MB; Excel on the web refuses more than 5 MB) and
 * response received, against the test double of the Excel API. The read takes merged areas and
 * hidden rows as a host with ExcelApi 1.13 does, every seventh agency's row hidden (each hidden
 * row splits the visible cells into one more area).
 */
import { annexLayout } from '../src/engine/output/annex';
import { assess } from '../src/engine/assessing/assess';
import { writeAnnexLayout } from '../src/adapters/excel/write';
import { readWorkbookGrids } from '../src/adapters/excel/read';
import { createFakeExcel } from '../test/support/excel-double';
import { agencies, summaryGrid } from './data';
import { heading, row } from './measure';

export async function excelBenchmarks(): Promise<void> {
  heading('Excel writer: syncs and request size (test double of the Excel API)');
  row('agencies', 'read syncs', 'write syncs', 'request MB', 'response MB');
  for (const n of [10, 1_000, 5_000, 20_000]) {
    const grid = summaryGrid(agencies(n, 2021, Math.ceil(n / 3)));
    const hiddenRows = grid.rows.flatMap((_, r) => (r > 0 && r % 7 === 0 ? [r] : []));
    const excel = createFakeExcel([{ name: grid.sheet, values: grid.rows as (string | number | null)[][], hiddenRows }]);
    const grids = await excel.run((context) => readWorkbookGrids(context, { merges: true, hidden: true }));
    const readSyncs = excel.context.syncCount;
    const responseMb = excel.context.maxResponseBytes / 1048576;
    // The write as measured before hidden rows were read: their warnings would add an issues sheet of n / 7 rows.
    const shown = { ...grids, sheets: grids.sheets.map((sheet) => ({ ...sheet, hiddenRows: undefined })) };
    const layout = annexLayout(assess([shown]));
    const result = await excel.run((context) => writeAnnexLayout(context, layout, { pageLayout: true }));
    row(`${n.toLocaleString('en')} agencies`, String(readSyncs), String(result.syncs), excel.context.maxPayloadBytes / 1048576, responseMb);
  }
  process.stdout.write('(targets: the same number of syncs at every size; no request over 4 MB; a read whose response would pass 5 MB falls back to blocks)\n');
}
