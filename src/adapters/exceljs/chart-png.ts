/**
 * A chart as a PNG image, for .xlsx files (ExcelJS cannot write native charts): bars of the
 * ratios over the grade bands, with the percent scale and the ordinals drawn in a small pixel
 * font. The names and the band labels stay in the sheet's cells, in real text.
 */
import * as zlib from 'zlib';
import { LayoutChart } from '../../engine/output/layout';

type Rgb = [number, number, number];

const BAND_COLOURS: Rgb[] = [
  [248, 215, 218], // Yếu
  [255, 242, 204], // Trung bình
  [219, 233, 247], // Khá
  [217, 242, 227], // Tốt
];
const BAR: Rgb = [30, 125, 79];
const INK: Rgb = [64, 64, 64];
const GRID: Rgb = [160, 160, 160];

/**
 * A 3×5 pixel font of the digits, a percent sign and a dot (enough for the scale and the
 * ordinals): its five pixel rows, the glyphs side by side in the order of FONT_CHARACTERS,
 * each three pixels wide and one space apart, "#" a pixel drawn.
 */
const FONT_CHARACTERS = '0123456789%.';
const FONT_ROWS = [
  '### .#. ### ### #.# ### ### ### ### ### #.# ...',
  '#.# ##. ..# ..# #.# #.. #.. ..# #.# #.# ..# ...',
  '#.# .#. ### ### ### ### ### .#. ### ### .#. ...',
  '#.# .#. #.. ..# ..# ..# #.# .#. #.# ..# #.. ...',
  '### ### ### ### ..# ### ### .#. ### ### #.# .#.',
];
const GLYPHS: Record<string, string[]> = Object.fromEntries([...FONT_CHARACTERS].map((ch, k) => [ch, FONT_ROWS.map((row) => row.slice(k * 4, k * 4 + 3))]));

class Canvas {
  readonly pixels: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = Buffer.alloc(width * height * 3, 255);
  }

  rect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    for (let j = Math.max(0, Math.round(y)); j < Math.min(this.height, Math.round(y + h)); j++) {
      for (let i = Math.max(0, Math.round(x)); i < Math.min(this.width, Math.round(x + w)); i++) {
        this.pixels.set(colour, (j * this.width + i) * 3);
      }
    }
  }

  text(value: string, x: number, y: number, scale: number, colour: Rgb): void {
    [...value].forEach((ch, k) => {
      const glyph = GLYPHS[ch];
      if (!glyph) return;
      glyph.forEach((line, j) => [...line].forEach((bit, i) => bit === '#' && this.rect(x + (k * 4 + i) * scale, y + j * scale, scale, scale, colour)));
    });
  }

  png(): Buffer {
    const raw = Buffer.alloc((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) this.pixels.copy(raw, y * (this.width * 3 + 1) + 1, y * this.width * 3, (y + 1) * this.width * 3);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8;
    header[9] = 2; // RGB
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  }
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function chartPng(chart: LayoutChart): Buffer {
  const canvas = new Canvas(chart.width, chart.height);
  const left = 44;
  const right = chart.width - 12;
  const top = 12;
  const bottom = chart.height - 28;
  const y = (percent: number) => bottom - ((bottom - top) * Math.max(0, Math.min(100, percent))) / 100;
  chart.bands.forEach((band, i) => canvas.rect(left, y(band.to), right - left, y(band.from) - y(band.to), BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)]));
  // The scale: every band's bound, labelled.
  const ticks = [...new Set([0, 100, ...chart.bands.flatMap((b) => [b.from, b.to])])];
  for (const tick of ticks) {
    canvas.rect(left, y(tick), right - left, 1, GRID);
    canvas.text(`${tick}%`, 4, y(tick) - 5, 2, INK);
  }
  const slot = (right - left) / Math.max(1, chart.values.length);
  const every = Math.ceil(chart.values.length / Math.floor((right - left) / 26));
  chart.values.forEach((value, i) => {
    const x = left + i * slot;
    canvas.rect(x + slot * 0.2, y(value), slot * 0.6, bottom - y(value), BAR);
    if (i % every === 0) canvas.text(chart.categories[i], x + slot / 2 - 7, bottom + 8, 2, INK);
  });
  canvas.rect(left, bottom, right - left, 1, INK);
  return canvas.png();
}
