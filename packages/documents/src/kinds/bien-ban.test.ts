import { describe, expect, it } from 'vitest';
import { askerLine, buildMinutes, maskName } from './bien-ban.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleMinutes } from '../testing/samples.js';

describe('buildMinutes', () => {
  it('records time, place, chairs, attendance and each question with its answer and outcome', async () => {
    const doc = buildMinutes(sampleMinutes());
    expect(doc.kind).toBe('BIÊN BẢN');
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    const parts = [
      'Số: 03/BB-UBND',
      'BIÊN BẢN',
      'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      '1. Thời gian: bắt đầu lúc 7 giờ 30 phút, thứ Sáu, ngày 05 tháng 6 năm 2026.',
      '3. Chủ trì hội nghị: Đồng chí Hồ Đình Linh',
      '4. Thư ký hội nghị: Đồng chí Phan Thị Mai',
      '5. Thành phần tham dự: gồm 126 đại biểu:',
      'II. NỘI DUNG HỘI NGHỊ',
      'Tại hội nghị có 2 ý kiến, kiến nghị; 1 ý kiến đã được trả lời, giải quyết tại hội nghị; 1 ý kiến chuyển giải quyết sau hội nghị.',
      'Ý kiến thứ 1: Ông N.V.A., thôn Tân Thành',
      'Nội dung: Hồ sơ cấp giấy chứng nhận',
      'Trả lời (đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng): Hồ sơ đã được thẩm định',
      'Kết quả: Chuyển giải quyết sau hội nghị; giao công chức Địa chính - Xây dựng.',
      'Ý kiến thứ 2: Bà T.T.L., thôn Trung Thành',
      'Kết quả: Đã trả lời, giải quyết tại hội nghị.',
      '3. Kết luận của chủ trì hội nghị',
      'Hội nghị kết thúc lúc 11 giờ 15 phút cùng ngày. Biên bản được lập thành 02 bản',
      'THƯ KÝ',
      'CHỦ TRÌ HỘI NGHỊ',
    ];
    const positions = parts.map((p) => text.indexOf(p));
    expect(parts.filter((_, i) => positions[i] === -1)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('Nơi nhận');
  });

  it('prints no place-and-date line, as NĐ 30 Mẫu 1.6 has none: the time opens the body', async () => {
    const doc = buildMinutes(sampleMinutes());
    expect(doc.placeDateLine).toBe(false);
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    expect(text).not.toContain('Sơn Giang, ngày');
    expect(text).toContain('thứ Sáu, ngày 05 tháng 6 năm 2026');
    const html = renderHtml(doc);
    expect(html).not.toContain('class="place-date"');
    expect(renderHtml({ ...doc, placeDateLine: true })).toContain(
      'Sơn Giang, ngày 05 tháng 6 năm 2026',
    );
  });

  it('prints names in full when asked (the archive copy)', () => {
    const html = renderHtml(buildMinutes({ ...sampleMinutes(), askerNames: 'full' }));
    expect(html).toContain('Ý kiến thứ 1: Ông Nguyễn Văn An, thôn Tân Thành');
  });

  it('puts the secretary and the chair side by side on one unsplittable row', async () => {
    const doc = buildMinutes({ ...sampleMinutes(), recipients: ['Lưu: VT.'] });
    const html = renderHtml(doc);
    const closing =
      /<table class="layout closing two-signers">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(closing).toMatch(
      /<tr><td class="signature">.*THƯ KÝ.*Phan Thị Mai.*<\/td><td class="signature">.*CHỦ TRÌ HỘI NGHỊ.*Hồ Đình Linh.*<\/td><\/tr>/,
    );
    expect(closing).toContain('- Lưu: VT.');
    const { document } = await openDocx(await renderDocx(doc));
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?THƯ KÝ[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    expect(firstRow).toContain('<w:cantSplit/>');
    expect(firstRow).toContain('THƯ KÝ');
    expect(firstRow).toContain('CHỦ TRÌ HỘI NGHỊ');
    expect(firstRow.indexOf('Phan Thị Mai')).toBeLessThan(firstRow.indexOf('Hồ Đình Linh'));
  });

  it('masks names to initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N.V.A.');
    expect(maskName('  đặng   thị  ánh ')).toBe('Đ.T.Á.');
    expect(askerLine({ name: 'Lê Văn Đức' }, 'masked')).toBe('L.V.Đ.');
    expect(askerLine({ honorific: 'Ông', name: 'Lê Văn Đức', village: 'thôn 3' }, 'full')).toBe(
      'Ông Lê Văn Đức, thôn 3',
    );
  });
});
