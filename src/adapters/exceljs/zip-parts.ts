/**
 * The parts of a zip (an .xlsx is one) read from its central directory, and each part inflated
 * in small steps under a byte budget: a part that declares more than the limits, or that inflates
 * past what it declared (the declared size can lie), is refused before the whole of it exists in
 * memory. No Node modules: the task pane runs this too. fflate inflates; the directory layout
 * is the zip format's (APPNOTE 4.3.12, 4.3.16).
 */
import { Inflate } from 'fflate';

export interface ZipPart {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Why a zip cannot be read within the limits; the reader turns it into its one-line message. */
export class ZipLimitError extends Error {
  constructor(
    readonly reason: 'not-a-zip' | 'too-many-parts' | 'part-too-large' | 'parts-too-large' | 'part-lies',
    readonly part?: string,
  ) {
    super(reason);
    this.name = 'ZipLimitError';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const SATURATED_32 = 0xffffffff;
/** Compressed bytes handed to the inflater at a time: at most about 1,000 times as much comes out. */
const STEP = 4096;

const notAZip = (): never => {
  throw new ZipLimitError('not-a-zip');
};

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535, at the very end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return notAZip();
}

/** The central directory's entries, refused past `maxParts` from the count it declares. */
export function zipParts(bytes: Uint8Array, maxParts: number): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) notAZip();
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  if (count > maxParts) throw new ZipLimitError('too-many-parts');
  const names = new TextDecoder();
  const parts: ZipPart[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) notAZip();
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > bytes.length) notAZip();
    parts.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return parts;
}

/** Refuses a part that declares more than `maxPartBytes`, or parts that declare more than `maxTotalBytes` together. */
export function checkDeclaredSizes(parts: ZipPart[], maxPartBytes: number, maxTotalBytes: number): void {
  let total = 0;
  for (const part of parts) {
    // A saturated size means a Zip64 record holds the real one: at least 4 GB.
    if (part.declaredSize > maxPartBytes || part.declaredSize === SATURATED_32) throw new ZipLimitError('part-too-large', part.name);
    total += part.declaredSize;
    if (total > maxTotalBytes) throw new ZipLimitError('parts-too-large', part.name);
  }
}

function compressedData(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) notAZip();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (part.compressedSize === SATURATED_32 || start + part.compressedSize > bytes.length) notAZip();
  return bytes.subarray(start, start + part.compressedSize);
}

/**
 * Hands the part's inflated bytes to `take` in pieces, stopping as soon as they pass its declared
 * size: the declared sizes were checked against the limits, so the limits hold whatever the part
 * really holds. A method other than stored (0) or deflated (8), or encryption, is not an .xlsx.
 */
export function inflatePart(bytes: Uint8Array, part: ZipPart, take: (piece: Uint8Array) => void): void {
  if ((part.flags & 1) !== 0 || (part.method !== 0 && part.method !== 8)) notAZip();
  const data = compressedData(bytes, part);
  let produced = 0;
  // What the inflater throws means a broken zip; what `accept` throws is passed on as it is.
  let stop: unknown;
  const accept = (piece: Uint8Array) => {
    try {
      produced += piece.length;
      if (produced > part.declaredSize) throw new ZipLimitError('part-lies', part.name);
      if (piece.length > 0) take(piece);
    } catch (error) {
      stop = error;
      throw error;
    }
  };
  if (part.method === 0) {
    for (let at = 0; at < data.length; at += STEP * 16) accept(data.subarray(at, at + STEP * 16));
    return;
  }
  const inflater = new Inflate((piece) => accept(piece));
  try {
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error === stop) throw error;
    notAZip();
  }
}
