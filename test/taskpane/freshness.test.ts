/**
 * The pane's watch on the workbook: which events it listens to on hosts with and without
 * worksheets.onChanged, and which changes it takes as its own.
 */
import { createFakeExcel, cellOf } from '../support/excel-double';
import { ChangeFilter, OWN_ECHO_MS, watchWorkbook, WorkbookChange } from '../../src/taskpane/freshness';

/** Lets the double deliver the events raised so far (each on a later turn, as Excel does). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

async function watched(hostHas: (version: string) => boolean) {
  const excel = createFakeExcel([{ name: 'Tổng hợp', values: [['Tên cơ quan', 'Điểm'], ['Phòng A', 800]] }]);
  const changes: WorkbookChange[] = [];
  const host = { run: excel.run };
  await watchWorkbook(host, (change) => changes.push(change), hostHas);
  return { excel, changes, host };
}

/** The clerk types into a cell in Excel. */
function clerkTypes(excel: ReturnType<typeof createFakeExcel>, sheet: string, value: string | number) {
  const model = excel.model.sheetByName(sheet)!;
  cellOf(model, 1, 1).value = value;
  excel.model.events.rangeEdited(model.id, 'B2', 'Unknown');
}

describe('watching the workbook for changes', () => {
  it.each([
    ['ExcelApi 1.9: worksheets.onChanged', () => true],
    ['ExcelApi 1.7: each sheet’s onChanged, a sheet added later included', (v: string) => v === '1.7'],
  ])('hears the clerk’s changes and the add-in’s own, told apart where Excel says who made them (%s)', async (_, hostHas) => {
    const { excel, changes, host } = await watched(hostHas);
    clerkTypes(excel, 'Tổng hợp', 750);
    await delivered();
    expect(changes).toEqual([expect.objectContaining({ triggerSource: 'Unknown' })]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tổng hợp').getRange('C1').values = [['Ghi chú']];
      context.workbook.worksheets.add('Mới');
      await context.sync();
    });
    await delivered();
    expect(changes.slice(1)).toEqual([expect.objectContaining({ triggerSource: 'ThisLocalAddin' })]);
    clerkTypes(excel, 'Mới', 'x');
    await delivered();
    expect(changes).toHaveLength(3);
    // A sheet deleted is a change, whoever deleted it (the event does not say).
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Tổng hợp').activate();
      context.workbook.worksheets.getItem('Mới').delete();
      await context.sync();
    });
    await delivered();
    expect(changes[3]).toEqual({});
  });

  it('takes a change without a trigger source (before ExcelApi 1.14) as the pane’s own while an action runs and for a moment after', () => {
    let now = 0;
    const filter = new ChangeFilter(() => now);
    expect(filter.isOthers({})).toBe(true);
    filter.actionStarted();
    expect(filter.isOthers({})).toBe(false);
    // Excel's own and the clerk's, told apart by Excel where it can, whatever the timing.
    expect(filter.isOthers({ triggerSource: 'ThisLocalAddin' })).toBe(false);
    expect(filter.isOthers({ triggerSource: 'Unknown' })).toBe(true);
    now = 5000;
    filter.actionEnded();
    now += OWN_ECHO_MS - 1;
    expect(filter.isOthers({})).toBe(false);
    now += 1;
    expect(filter.isOthers({})).toBe(true);
    expect(filter.isOthers({ triggerSource: 'ThisLocalAddin' })).toBe(false);
  });
});
