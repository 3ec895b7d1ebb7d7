import { deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder, so the `image` scenario can send real `data:image/png` URLs without
 * shipping binary assets. Partial images are the same picture pixelated, like a progressive
 * image generator would send.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGB pixels (`rgb.length === width * height * 3`) as a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, no interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const WIDTH = 192;
const HEIGHT = 128;

/** A sunset over hills; `block` > 1 pixelates it (partial renders). */
function sunsetPixel(x: number, y: number): [number, number, number] {
  const t = y / HEIGHT;
  const hill = HEIGHT * 0.72 + Math.sin(x / 23) * 9 + Math.sin(x / 9) * 3;
  if (y > hill) return [34 + Math.round(t * 30), 92 + Math.round(t * 40), 60];
  const dx = x - WIDTH * 0.62;
  const dy = y - HEIGHT * 0.55;
  if (dx * dx + dy * dy < 22 * 22) return [255, 214, 102];
  return [Math.round(60 + 190 * t), Math.round(70 + 80 * t), Math.round(170 - 60 * t)];
}

export function demoImagePng(block = 1): Buffer {
  const rgb = new Uint8Array(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const sx = Math.floor(x / block) * block + Math.floor(block / 2);
      const sy = Math.floor(y / block) * block + Math.floor(block / 2);
      rgb.set(sunsetPixel(Math.min(sx, WIDTH - 1), Math.min(sy, HEIGHT - 1)), (y * WIDTH + x) * 3);
    }
  }
  return encodePng(WIDTH, HEIGHT, rgb);
}

export function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
