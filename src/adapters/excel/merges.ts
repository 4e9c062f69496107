/**
 * Merged areas of the sheets read, apart from their values. Excel's
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13) fails on a range holding more than 512
 * merged areas, and a failure fails its whole request: so the merges come in a request of their
 * own after the values, and a failed request is halved until the sheet that fails is alone
 * (each-sheet.ts). That sheet is read without merges (and the reader notes it); the others keep
 * theirs. The whole sheet is asked, not its used range: Excel gives only the areas whose top-left
 * cell lies in the range (office-js #3611).
 */
import { MergedRange, parseRangeAddress } from '../../engine/values/grid';
import { askEachSheet } from './each-sheet';

/** Each sheet's merged areas, or undefined where Excel could not give them. */
export async function readMergedAreas(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<(MergedRange[] | undefined)[]> {
  return askEachSheet(context, sheets.length, (i) => {
    const areas = sheets[i].getRange().getMergedAreasOrNullObject().load('address');
    return () => (areas.isNullObject ? [] : parseAreas(areas.address));
  });
}

/** A RangeAreas address, "Sheet1!A1:B2,'Tổ 1, 2'!C3:D4", → its areas; a comma inside a quoted sheet name is the name's. */
export function parseAreas(address: string): MergedRange[] {
  return splitAreas(address).flatMap((part) => {
    const range = parseRangeAddress(part.trim().replace(/^.*!/, ''));
    return range ? [range] : [];
  });
}

/**
 * A RangeAreas address split into its areas, at the commas outside single quotes ('' inside a
 * quoted name toggles twice: no effect); each part keeps its "Sheet!" prefix.
 */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts;
}
