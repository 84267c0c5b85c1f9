// Visual check: rendered pages compared with approved images in test-fixtures/visual/. Pages are
// printed through Chromium, rasterised by pdftoppm at 60 dpi, averaged down to 30 dpi in greyscale,
// and may differ from the reference in at most 1% of pixels (a word changed is ~0.01%, a format
// change 5–20%; text itself is checked by pdftotext in pdf.test.ts). Approve new images with
// UPDATE_REFERENCE_IMAGES=1 (then look at them: they are PNGs); without it a missing image fails.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdfRenderer } from './pdf.js';
import type { OfficialDocument } from './model.js';
import { buildPlanDocument } from './kinds/ke-hoach.js';
import { referencePlanData } from './kinds/ke-hoach.reference.js';
import { buildConclusionNotice } from './kinds/thong-bao-ket-luan.js';
import { buildResponseLetter } from './kinds/van-ban-tra-loi.js';
import { buildMinutes } from './kinds/bien-ban.js';
import { sampleConclusionNotice, sampleMinutes, sampleResponseLetter } from './testing/samples.js';
import { canRenderPdf, warnIfSkipped } from './testing/browser.js';
import { rasterisePdf } from './testing/raster.js';
import { decodePng, differenceRatio, encodePng } from './testing/png.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'visual');
const UPDATE = process.env.UPDATE_REFERENCE_IMAGES === '1';
const TOLERANCE = 0.01;

const CASES: Record<string, () => OfficialDocument> = {
  'ke-hoach-2022': () => buildPlanDocument(referencePlanData()),
  'thong-bao-ket-luan-6': () => buildConclusionNotice(sampleConclusionNotice(6)),
  'van-ban-tra-loi': () => buildResponseLetter(sampleResponseLetter()),
  'bien-ban': () => buildMinutes({ ...sampleMinutes(), recipients: ['Lưu: VT.'] }),
};

function referencePages(name: string): string[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(`${name}-p`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(FIXTURES, f));
}

warnIfSkipped('visual');

describe.skipIf(!canRenderPdf)('rendered pages match the approved images', () => {
  let renderer: PdfRenderer;
  beforeAll(() => {
    renderer = new PdfRenderer();
  });
  afterAll(async () => {
    await renderer.close();
  });

  for (const [name, build] of Object.entries(CASES)) {
    it(name, async () => {
      const pages = rasterisePdf(await renderer.render(build()), 60, 2);
      if (UPDATE) {
        mkdirSync(FIXTURES, { recursive: true });
        for (const old of referencePages(name)) rmSync(old);
        pages.forEach((page, i) =>
          writeFileSync(join(FIXTURES, `${name}-p${i + 1}.png`), encodePng(page)),
        );
        return;
      }
      const references = referencePages(name);
      expect(
        references,
        `no approved images for ${name}: run with UPDATE_REFERENCE_IMAGES=1 and check them`,
      ).not.toHaveLength(0);
      expect(pages.length, `${name}: page count`).toBe(references.length);
      const out = mkdtempSync(join(tmpdir(), `doithoai-visual-${name}-`));
      const ratios = pages.map((page, i) => {
        const ratio = differenceRatio(page, decodePng(readFileSync(references[i] ?? '')));
        if (ratio > TOLERANCE)
          writeFileSync(join(out, `${name}-p${i + 1}.actual.png`), encodePng(page));
        return ratio;
      });
      const failing = ratios
        .map((r, i) => ({ page: i + 1, ratio: r }))
        .filter((r) => r.ratio > TOLERANCE);
      if (failing.length === 0) rmSync(out, { recursive: true, force: true });
      expect(
        failing,
        `${name}: pages differ from the approved images; actual pages in ${out}`,
      ).toEqual([]);
    });
  }
});
