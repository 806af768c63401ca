// Draws the Trust Coach icon (a speech bubble with a check mark on a teal
// tile) with signed-distance functions and writes PNGs, no dependencies.
//   node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Signed distances in a 0..1 unit square (negative inside).
const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
};
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (x1, y1, x2, y2) => (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  const inside = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  const d = Math.min(segment(x, y, ax, ay, bx, by), segment(x, y, bx, by, cx, cy), segment(x, y, cx, cy, ax, ay));
  return inside ? -d : d;
};

function shade(x, y, small) {
  // Tile: teal-to-indigo diagonal gradient.
  const tile = roundRect(x, y, 0.5, 0.5, 0.5, 0.5, small ? 0.18 : 0.22);
  if (tile > 0) return null;
  const t = (x + y) / 2;
  let col = [15 + (67 - 15) * t, 118 + (56 - 118) * t, 110 + (202 - 110) * t];
  // Speech bubble: rounded body plus a tail at bottom left.
  const bw = small ? 0.36 : 0.33, bh = small ? 0.27 : 0.25;
  const body = roundRect(x, y, 0.5, 0.45, bw, bh, small ? 0.1 : 0.12);
  const tail = triangle(x, y, [0.28, 0.62], [0.45, 0.66], [0.24, 0.84]);
  const bubble = Math.min(body, tail);
  if (bubble < 0) col = [255, 255, 255];
  // Check mark inside the bubble, in the tile's colour.
  const w = small ? 0.075 : 0.055;
  const check = Math.min(segment(x, y, 0.35, 0.46, 0.46, 0.56), segment(x, y, 0.46, 0.56, 0.66, 0.34)) - w;
  if (check < 0 && bubble < 0) col = [20, 110, 130];
  return col;
}

function render(size) {
  const ss = 4, small = size <= 32;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
      const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, small);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const i = (py * size + px) * 4;
    if (a) { out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a); }
    out[i + 3] = Math.round((a / (ss * ss)) * 255);
  }
  return png(size, out);
}

const dir = new URL('../assets/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(new URL(`${size}.png`, dir), render(size));
writeFileSync(new URL('../assets/icon/512.png', import.meta.url), render(512));
console.log('Wrote assets/icon/{16,32,48,96,128,512}.png');
