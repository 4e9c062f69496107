#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-N.png): a green rounded square with three white bars
 * rising to the right, a ranking. Run again after changing the drawing; the PNGs are committed.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GREEN = [0x1e, 0x7d, 0x4f];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixel of the icon at (x, y) for size n, with 4×4 supersampling at the edges. */
function pixel(x, y, n) {
  let cover = 0;
  let white = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = (x + (sx + 0.5) / 4) / n;
      const py = (y + (sy + 0.5) / 4) / n;
      const r = 0.18;
      const dx = Math.max(r - px, px - (1 - r), 0);
      const dy = Math.max(r - py, py - (1 - r), 0);
      if (dx * dx + dy * dy > r * r) continue;
      cover++;
      // Three bars on a baseline at 0.78: heights 0.25, 0.4, 0.55.
      const bars = [
        [0.2, 0.34, 0.53],
        [0.43, 0.57, 0.38],
        [0.66, 0.8, 0.23],
      ];
      if (bars.some(([left, right, top]) => px >= left && px < right && py >= top && py < 0.78)) white++;
    }
  }
  const mix = cover === 0 ? 0 : white / cover;
  const rgb = GREEN.map((g, i) => Math.round(g + (WHITE[i] - g) * mix));
  return [...rgb, Math.round((cover / 16) * 255)];
}

function png(n) {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
}
process.stdout.write('assets/icon-*.png written\n');
