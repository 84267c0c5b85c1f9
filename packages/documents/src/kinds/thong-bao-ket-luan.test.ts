import { describe, expect, it } from 'vitest';
import { buildConclusionNotice } from './thong-bao-ket-luan.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleConclusionNotice } from '../testing/samples.js';

describe('buildConclusionNotice', () => {
  it('is a Party notice of the secretary with the session facts, the table and the signer', async () => {
    const doc = buildConclusionNotice(sampleConclusionNotice(4));
    expect(doc.format).toBe('party');
    expect(doc.kind).toBe('THÔNG BÁO');
    expect(doc.title).toContain('Kết luận của đồng chí Bí thư Đảng ủy');
    expect(doc.title).toContain('lần thứ nhất năm 2026');
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    expect(text).toContain('Số 31-TB/ĐU');
    expect(text).toContain('Ngày 05 tháng 6 năm 2026, tại Hội trường UBND xã');
    expect(text).toContain(
      'Tại hội nghị có 18 ý kiến, kiến nghị của Nhân dân; 14 ý kiến đã được trả lời, giải quyết tại hội nghị; 4 ý kiến chưa được giải quyết.',
    );
    expect(text).toContain('Người kiến nghị (số người, thôn)');
    expect(text).toContain('12 người, thôn Giang Hà, thôn Kim Lũ');
    expect(text).toContain('20/07/2026(30 ngày làm việc sau ngày thông báo)');
    expect(text).toMatch(/T\/M BAN THƯỜNG VỤ\nBÍ THƯ\nHồ Đình Linh$/);
  });

  it('shows the response period it is given', () => {
    const doc = buildConclusionNotice({ ...sampleConclusionNotice(1), responseWorkingDays: 15 });
    expect(renderHtml(doc)).toContain('20/07/2026<br>(15 ngày làm việc sau ngày thông báo)');
  });

  it('says so when every matter was settled at the session', () => {
    const doc = buildConclusionNotice(sampleConclusionNotice(0));
    expect(doc.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(renderHtml(doc)).toContain('Không có nội dung nào chưa được giải quyết tại hội nghị.');
  });

  it('renders 200 matters, one table row each', async () => {
    const doc = buildConclusionNotice(sampleConclusionNotice(200));
    const started = performance.now();
    const docx = await renderDocx(doc);
    const docxMs = performance.now() - started;
    const { document } = await openDocx(docx);
    const table =
      /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Người kiến nghị[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table.match(/<w:tr>/g)).toHaveLength(201);
    expect(documentText(document)).toContain('\n200\n');
    const html = renderHtml(doc);
    const data = /<table class="data">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(data.match(/<tr>/g)).toHaveLength(201);
    // Generous bound: the point is that a long notice is not a slow path (measured ~100 ms).
    expect(docxMs).toBeLessThan(5000);
  });
});
