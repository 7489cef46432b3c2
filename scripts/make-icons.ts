// Generates the installers' icons from build/icon.svg (run: node scripts/make-icons.ts; the results are
// checked in, so packaging needs no browser): build/icon.png (1024 px, electron-builder makes the macOS
// .icns from it), build/icons/NxN.png (Linux), build/icon.ico (Windows, PNG-compressed entries).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { probeModes } from '../e2e/mode.ts';

const buildDir = resolve(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico holding PNG images (Windows Vista and later read these). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const { chromium: executablePath } = probeModes();
  if (!executablePath) throw new Error('no Chromium to render the icon with');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const render = async (size: number) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  const pngs = new Map<number, Buffer>();
  for (const size of LINUX_SIZES) {
    const png = await render(size);
    pngs.set(size, png);
    writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), png);
  }
  writeFileSync(join(buildDir, 'icon.png'), pngs.get(1024)!);
  writeFileSync(join(buildDir, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  await browser.close();
  console.log(`[icons] wrote build/icon.png, build/icon.ico and build/icons/ (${LINUX_SIZES.join(', ')})`);
}

if (import.meta.main) await main();
