// Test helper: a PDF's pages as greyscale images, through `pdftoppm -gray` (poppler-utils).

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodePgm, downscale } from './png.js';
import type { GreyImage } from './png.js';
import { withPdfFile } from './tools.js';

/** Pages rendered at dpi and averaged down by factor (e.g. 50 dpi / 2 → 25 dpi). */
export function rasterisePdf(pdf: Buffer, dpi = 50, factor = 2): GreyImage[] {
  return withPdfFile(pdf, (path, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), path, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]))
      .map((name) => downscale(decodePgm(readFileSync(join(dir, name))), factor));
  });
}
