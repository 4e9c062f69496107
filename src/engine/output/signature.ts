/**
 * What closes a document to be signed, as Nghị định 30/2020/NĐ-CP lays it out: "Nơi nhận:" and
 * its list on the left; on the right the signer's title lines ("TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), room for the signature and seal, and the signer's name.
 * Typed once, kept in the workbook (see settings.ts) and printed under the annexes and the notice.
 */
import { LayoutCell } from './layout';
import { MergedRange } from '../values/grid';
import { SignatureBlock } from '../reading/settings';

export type { SignatureBlock };

/** Blank lines left for the signature and the seal. */
export const SIGNING_ROOM_LINES = 3;

/** Whether a block has anything to print. */
export function hasSignature(block: SignatureBlock | undefined): block is SignatureBlock {
  return block !== undefined && (block.recipients.length > 0 || block.titleLines.length > 0 || block.signer.trim() !== '');
}

/** "- Như trên;" … "- Lưu: VT." as the list is printed: a dash before each, ";" between, "." at the end. */
export function recipientLines(recipients: string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]$/, '')).filter((r) => r !== '');
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`);
}

/** The right-hand column, top to bottom: title lines, room to sign, the name. */
export function signerLines(block: SignatureBlock): string[] {
  const titles = block.titleLines.map((line) => line.trim()).filter((line) => line !== '');
  if (titles.length === 0 && block.signer.trim() === '') return [];
  return [...titles, ...Array.from({ length: SIGNING_ROOM_LINES }, () => ''), block.signer.trim()];
}

/**
 * The block as rows of a sheet `width` columns wide: the list merged over the left columns, the
 * signer over the right ones. Merges are relative to the block's first row.
 */
export function signatureGrid(block: SignatureBlock, width: number): { rows: LayoutCell[][]; merges: MergedRange[] } {
  const split = Math.ceil(width / 2) - 1;
  const left = recipientLines(block.recipients);
  const leftLines = left.length > 0 ? ['Nơi nhận:', ...left] : [];
  const right = signerLines(block);
  const height = Math.max(leftLines.length, right.length);
  const rows: LayoutCell[][] = [];
  const merges: MergedRange[] = [];
  for (let r = 0; r < height; r++) {
    const row: LayoutCell[] = Array.from({ length: width }, () => ({ value: null, style: 'plain' }));
    if (r < leftLines.length) row[0] = { value: leftLines[r], style: r === 0 ? 'recipientsHeading' : 'recipients' };
    if (r < right.length && right[r] !== '') row[split + 1] = { value: right[r], style: 'signature' };
    merges.push({ top: r, left: 0, bottom: r, right: split }, { top: r, left: split + 1, bottom: r, right: width - 1 });
    rows.push(row);
  }
  return { rows, merges };
}
