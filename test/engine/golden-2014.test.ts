import { assessRecords, GroupResult } from '../../src/engine/assessing/assess';
import { rankAll } from '../../src/engine/assessing/score';
import { presetRubric, rulesPreset } from '../../src/engine/rules/presets';
import { DEFAULT_RULES } from '../../src/engine/rules/rules';
import { AgencyRecord } from '../../src/engine/reading/records';
import { formatHundredths, fromHundredths, toHundredths } from '../../src/engine/values/decimal';
import { readKhanhHoa2014, Row2014 } from '../fixtures/khanh-hoa-2014';
import { readKhanhSon2021 } from '../fixtures/khanh-son';

const rows = readKhanhHoa2014();
const GROUPS = { so: 'Sở, ban, ngành', huyen: 'UBND cấp huyện' } as const;
const COMPONENT_NAMES = ['Hạ tầng CNTT', 'Nhân lực CNTT', 'Sử dụng các phần mềm ứng dụng', 'Chính sách và đầu tư', 'Trang/Cổng thông tin điện tử', 'An toàn thông tin số'];
// The notice's rankings shorten or spell some names otherwise than its detailed table.
const DETAIL_NAME: Record<string, string> = {
  'Ban Quản lý Khu kinh tế Vân Phong': 'BQL Khu kinh tế Vân Phong',
  'Văn phòng Đoàn ĐBQH và HĐND': 'VP Đoàn ĐBQH và HĐND tỉnh',
  'Văn phòng Đoàn ĐBQH và HĐND tỉnh': 'VP Đoàn ĐBQH và HĐND tỉnh',
  'Sở Giao thông vận tải': 'Sở Giao thông - Vận tải',
};

function recordOf(row: Row2014, i: number): AgencyRecord {
  return {
    name: row.name,
    group: GROUPS[row.group],
    achievedScore: toHundredths(row.total),
    standardScore: null,
    selfScore: null,
    components: row.components.map((score, c) => ({ code: String(c + 1), name: COMPONENT_NAMES[c], score: toHundredths(score), cell: `${String.fromCharCode(69 + c)}${i + 2}` })),
    note: '',
    sheet: 'Chi tiết',
    cell: `C${i + 2}`,
    achievedCell: `D${i + 2}`,
    source: 'summary',
  };
}

const detail = rows.filter((r) => r.section === 'detail');
const assessment = assessRecords(detail.map(recordOf), {
  rubric: presetRubric('khanh-hoa-2014'),
  rules: rulesPreset('khanh-hoa-2014')!.rules,
});
const groupOf = (key: 'so' | 'huyen'): GroupResult => assessment.groups.find((g) => g.name === GROUPS[key])!;
const ranking = (section: string) => rows.filter((r) => r.section === section);

describe('Khánh Hòa 2014 (Thông báo 29/TB-HĐTĐ) with the preset khanh-hoa-2014', () => {
  it('reads the fixture whole: the detailed table of 29 agencies and six rankings', () => {
    expect(detail).toHaveLength(29);
    expect(new Set(rows.filter((r) => r.section !== 'detail').map((r) => r.section)).size).toBe(6);
    expect(assessment.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each(['so', 'huyen'] as const)('gives the detailed table of %s: TT order, totals and components', (key) => {
    const computed = groupOf(key).agencies.map((a) => [Number(a.ordinal), a.name, formatHundredths(a.achievedScore!), ...a.components.map((c) => String(fromHundredths(c.achievedScore)))]);
    const published = detail.filter((r) => r.group === key).map((r) => [r.tt, r.name, formatHundredths(toHundredths(r.total)), ...r.components]);
    expect(computed).toEqual(published);
  });

  it.each([
    ['ranking I.1', 'so'],
    ['ranking II.1', 'huyen'],
  ] as const)('gives %s (the total) exactly: TT, name, score and grade, tied agencies sharing a rank', (section, key) => {
    const computed = groupOf(key).agencies.map((a) => ({ tt: Number(a.ordinal), name: a.name, total: fromHundredths(a.achievedScore!), grade: a.grade }));
    const published = ranking(section).map((r) => ({ tt: r.tt, name: DETAIL_NAME[r.name] ?? r.name, total: Number(r.total), grade: r.grade }));
    expect(computed).toEqual(published);
    for (const a of groupOf(key).agencies) expect(a.rank).toBe(sharedRank(ranking(section), fromHundredths(a.achievedScore!)));
  });

  it.each([
    ['ranking I.2', 'so', '5'],
    ['ranking I.3', 'so', '6'],
    ['ranking II.2', 'huyen', '5'],
    ['ranking II.3', 'huyen', '6'],
  ] as const)('gives %s (a component) with each agency’s score, grade and shared rank', (section, key, code) => {
    const published = ranking(section);
    const computed = groupOf(key)
      .agencies.map((a) => ({ name: a.name, component: a.components.find((c) => c.code === code)! }))
      .sort((x, y) => x.component.rank - y.component.rank);
    // The scores in the published order; tied agencies may stand in another order within their tie.
    expect(computed.map((c) => fromHundredths(c.component.achievedScore))).toEqual(published.map((r) => Number(r.total)));
    for (const row of published) {
      const agency = computed.find((c) => c.name === (DETAIL_NAME[row.name] ?? row.name))!;
      expect([row.name, fromHundredths(agency.component.achievedScore), agency.component.grade, agency.component.rank]).toEqual([
        row.name, Number(row.total), row.grade, sharedRank(published, Number(row.total)),
      ]);
    }
  });
});

/** The rank a published table gives a score: the first TT of the agencies with that score. */
function sharedRank(table: Row2014[], score: number): number {
  return Math.min(...table.filter((r) => Number(r.total) === score).map((r) => r.tt));
}

describe('Khánh Sơn 2021 with the preset khanh-hoa-2020 (the default)', () => {
  it('is the default rules', () => {
    expect(rulesPreset('khanh-hoa-2020')!.rules).toBe(DEFAULT_RULES);
  });

  it('gives the published annexes unchanged', () => {
    const published = readKhanhSon2021();
    const groups = rankAll(
      published.map((r) => ({ name: r.name, group: r.group, achievedScore: toHundredths(r.achieved), standardScore: toHundredths(r.standard) })),
      { rules: rulesPreset('khanh-hoa-2020')!.rules, language: 'vi' },
    );
    const computed = groups.flatMap((g) => g.agencies.map((a) => [g.name, a.ordinal, a.agency.name, formatHundredths(a.ratio!), a.grade]));
    expect(computed).toEqual(published.map((r) => [r.group, r.ordinal, r.name, r.ratio, r.grade]));
  });
});
