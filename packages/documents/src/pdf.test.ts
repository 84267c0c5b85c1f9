import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_CANDIDATES, PdfError, PdfRenderer, findChromium, renderPdf } from './pdf.js';
import { buildPlanDocument } from './kinds/ke-hoach.js';
import { referencePlanData } from './kinds/ke-hoach.reference.js';
import { buildConclusionNotice } from './kinds/thong-bao-ket-luan.js';
import { buildResponseLetter } from './kinds/van-ban-tra-loi.js';
import { sampleConclusionNotice, sampleResponseLetter } from './testing/samples.js';
import { canRenderPdf, warnIfSkipped } from './testing/browser.js';
import { pdfInfo, pdfPageText, pdfText } from './testing/tools.js';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH, then the first candidate that exists', () => {
    const exists = (p: string) => p === '/opt/edge' || p === '/usr/bin/google-chrome';
    expect(findChromium({ CHROMIUM_PATH: '/opt/edge' }, exists)).toBe('/opt/edge');
    expect(findChromium({}, exists)).toBe('/usr/bin/google-chrome');
    expect(BROWSER_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });

  it('finds nothing when CHROMIUM_PATH points nowhere or no candidate exists', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, (p) => p === '/usr/bin/chromium'),
    ).toBeNull();
    expect(findChromium({}, () => false)).toBeNull();
  });
});

describe('PdfRenderer without a browser', () => {
  it('fails with PDF_BROWSER_MISSING and says what to install', async () => {
    const renderer = new PdfRenderer({ executablePath: '/nowhere/chromium' });
    const error = await renderer
      .render(buildResponseLetter(sampleResponseLetter()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).code).toBe('PDF_BROWSER_MISSING');
    expect((error as PdfError).message).toContain('apt-get install chromium');
    expect((error as PdfError).message).toContain('CHROMIUM_PATH');
    expect((error as PdfError).message).toContain('PDF needs a Chromium-family browser');
    await renderer.close();
  });
});

warnIfSkipped('pdf');

describe.skipIf(!canRenderPdf)('PDF through Chromium', () => {
  let renderer: PdfRenderer;
  beforeAll(() => {
    renderer = new PdfRenderer();
  });
  afterAll(async () => {
    await renderer.close();
  });

  it('prints the reference plan on A4 with every Vietnamese string intact', async () => {
    const pdf = await renderer.render(buildPlanDocument(referencePlanData()));
    const info = pdfInfo(pdf);
    expect(info.widthPt).toBeCloseTo(595.3, 0);
    expect(info.heightPt).toBeCloseTo(841.9, 0);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    expect(text.normalize('NFC')).toBe(text);
    for (const s of [
      'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
      'ĐẢNG ỦY XÃ SƠN GIANG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 25-KH/ĐU',
      'Sơn Giang, ngày 15 tháng 02 năm 2022',
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, THÀNH PHẦN, THỜI GIAN',
      '6. Xử lý công việc sau đối thoại',
      'III. TỔ CHỨC THỰC HIỆN',
      'Lần thứ nhất: Hoàn thành trước ngày 15 tháng 6 năm 2022.',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Hồ Đình Linh',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('numbers pages from page 2, at the top', async () => {
    const pdf = await renderer.render(buildPlanDocument(referencePlanData()));
    expect(pdfPageText(pdf, 1).trim().split('\n')[0]).toBe('ĐẢNG BỘ HUYỆN HƯƠNG SƠN');
    expect(pdfPageText(pdf, 2).trim().split('\n')[0]).toBe('2');
  });

  it('prints a conclusion notice of 200 matters, the signature whole on the last page', async () => {
    const doc = buildConclusionNotice(sampleConclusionNotice(200));
    await renderer.render(doc); // warm
    const started = performance.now();
    const pdf = await renderer.render(doc);
    const ms = performance.now() - started;
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThan(10);
    const last = pdfPageText(pdf, info.pages);
    for (const s of ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Hồ Đình Linh']) expect(last).toContain(s);
    // The table header repeats on every page the table runs over.
    expect(pdfPageText(pdf, 5)).toContain('Nội dung ý kiến, kiến nghị');
    expect(ms).toBeLessThan(20_000);
  });

  it('serves concurrent documents from one browser', async () => {
    const docs = [1, 2, 3, 4].map((n) => buildConclusionNotice(sampleConclusionNotice(n)));
    const pdfs = await Promise.all(docs.map((d) => renderer.render(d)));
    for (const [i, pdf] of pdfs.entries()) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfText(pdf)).toContain(`có ${i + 1 + 14} ý kiến`);
    }
  });

  it('renderPdf starts and closes a browser of its own when given none', async () => {
    const pdf = await renderPdf(buildResponseLetter(sampleResponseLetter()));
    const text = pdfText(pdf);
    expect(text).toContain('V/v trả lời kiến nghị của công dân');
    expect(text).toContain('Kính gửi: Ông Nguyễn Văn An');
    expect(pdfInfo(pdf).pages).toBe(1);
  });
});
