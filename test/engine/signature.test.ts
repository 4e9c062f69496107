import { annexLayout } from '../../src/engine/output/annex';
import { assess } from '../../src/engine/assessing/assess';
import { presetRubric } from '../../src/engine/rules/presets';
import { recipientLines, signatureGrid } from '../../src/engine/output/signature';
import { settingsRows, settingsSheet } from '../../src/engine/output/settings';
import { DocumentSettings, isSettingsSheet, settingsFromRows } from '../../src/engine/reading/settings';
import { isOwnAnnex } from '../../src/engine/reading/own-output';
import { readWorkbooks } from '../../src/engine/reading/workbooks';
import { Grid } from '../../src/engine/values/grid';
import { noticeGrid } from '../fixtures/notice-grid';
import { khanhHoa2014Grids } from '../fixtures/print-inputs';

const SETTINGS: DocumentSettings = {
  notice: 'Thông báo số 123/TB-UBND ngày 29/10/2021 của UBND huyện Khánh Sơn',
  signature: { recipients: ['Như trên', '- Sở TT&TT;', 'Lưu: VT'], titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer: 'Nguyễn Văn A' },
};

const asGrid = (sheet: { name: string; rows: { value: string | number | null }[][] }): Grid => ({ sheet: sheet.name, rows: sheet.rows.map((r) => r.map((c) => c.value)), merges: [] });

describe('the signature block', () => {
  it('prints the recipients as a list, a dash before each, ";" between and "." at the end', () => {
    expect(recipientLines(['Như trên', '- Sở TT&TT;', '', 'Lưu: VT'])).toEqual(['- Như trên;', '- Sở TT&TT;', '- Lưu: VT.']);
  });

  it('puts "Nơi nhận:" on the left and the title lines, room to sign and the name on the right', () => {
    const { rows, merges } = signatureGrid(SETTINGS.signature!, 7);
    const left = rows.map((r) => r[0].value);
    const right = rows.map((r) => r[4].value);
    expect(left).toEqual(['Nơi nhận:', '- Như trên;', '- Sở TT&TT;', '- Lưu: VT.', null, null, null]);
    expect(right).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', null, null, null, 'Nguyễn Văn A']);
    expect(merges.slice(0, 2)).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 6 }]);
  });

  it('goes under each annex table only when given', () => {
    const assessment = assess([{ file: 'thong-bao.xlsx', sheets: [noticeGrid()] }]);
    const signed = annexLayout(assessment, { signature: SETTINGS.signature }).sheets[0];
    const plain = annexLayout(assessment).sheets[0];
    // A blank row, then the block: the longer of its two columns (3 title lines, 3 to sign, the name).
    expect(signed.rows.length).toBe(plain.rows.length + 1 + 7);
    expect(signed.rows[plain.rows.length + 1][0]).toEqual({ value: 'Nơi nhận:', style: 'recipientsHeading' });
  });
});

describe('the settings kept in the workbook', () => {
  it('reads back what was written, and is a sheet of its own kind that the reader passes over', () => {
    expect(settingsFromRows(settingsRows(SETTINGS))).toEqual(SETTINGS);
    const grid = asGrid(settingsSheet(SETTINGS));
    expect(isSettingsSheet(grid)).toBe(true);
    const read = readWorkbooks([{ file: 'so-lieu.xlsx', sheets: [noticeGrid(), grid] }]);
    expect(read.sheets.map((s) => s.kind)).toEqual(['summary', 'settings']);
    expect(read.issues).toEqual([]);
  });
});

describe('annexes read again', () => {
  it('are still known as the add-in\'s own without their marks, with the (Kèm theo …) line and one sheet per component', () => {
    const assessment = assess([{ file: 'kh.xlsx', sheets: khanhHoa2014Grids() }], { rubric: presetRubric('khanh-hoa-2014') });
    const layout = annexLayout(assessment, { notice: SETTINGS.notice });
    for (const sheet of layout.sheets) expect([sheet.name, isOwnAnnex(asGrid(sheet))]).toEqual([sheet.name, true]);
  });
});
