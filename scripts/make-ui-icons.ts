// Draws the interface's line icons (renderer/src/assets/icons/shapes.ts) into PNGs at 1×, 2× and 3×
// (run: node scripts/make-ui-icons.ts; the results are checked in, so building needs no browser).
// Drawn in Chromium's canvas, as the page would draw them: the same antialiasing as its own strokes.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { probeModes } from '../e2e/mode.ts';
import { ICON_SHAPES, ICON_SIZE, ICON_STROKE, type IconName } from '../renderer/src/assets/icons/shapes.ts';

export const ICON_SCALES = [1, 2, 3] as const;
const iconsDir = resolve(import.meta.dirname, '..', 'renderer', 'src', 'assets', 'icons');

export const iconFile = (name: IconName, scale: number) => `${name}-${scale}x.png`;

async function main(): Promise<void> {
  const { chromium: executablePath } = probeModes();
  if (!executablePath) throw new Error('no Chromium to draw the icons with');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const [name, paths] of Object.entries(ICON_SHAPES) as [IconName, readonly string[]][]) {
      for (const scale of ICON_SCALES) {
        const uri = await page.evaluate(({ paths, size, stroke, scale }) => {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = size * scale;
          const context = canvas.getContext('2d')!;
          context.scale(scale, scale);
          context.lineWidth = stroke;
          context.lineCap = 'round';
          context.lineJoin = 'round';
          context.strokeStyle = '#000';
          for (const d of paths) context.stroke(new Path2D(d));
          return canvas.toDataURL('image/png');
        }, { paths, size: ICON_SIZE, stroke: ICON_STROKE, scale });
        writeFileSync(join(iconsDir, iconFile(name, scale)), Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64'));
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`[ui-icons] wrote ${Object.keys(ICON_SHAPES).length * ICON_SCALES.length} PNGs into renderer/src/assets/icons/`);
}

if (import.meta.main) await main();
