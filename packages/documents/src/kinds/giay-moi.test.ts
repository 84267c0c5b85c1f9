import { describe, expect, it } from 'vitest';
import { buildInvitation } from './giay-moi.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleInvitation } from '../testing/samples.js';
import { toNfd } from '../testing/fixtures.js';

describe('buildInvitation', () => {
  const doc = buildInvitation(sampleInvitation());

  it('is a state invitation to one addressee with the time, venue, content and requests', async () => {
    expect(doc.format).toBe('state');
    expect(doc.kind).toBe('GIẤY MỜI');
    expect(doc.addressees).toEqual(['Đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng']);
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    for (const part of [
      'Số: 07/GM-UBND',
      'GIẤY MỜI',
      'Dự hội nghị tiếp xúc, đối thoại trực tiếp',
      'Kính gửi: Đồng chí Nguyễn Văn Bình',
      'trân trọng kính mời Đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng đến dự hội nghị',
      'Thời gian: 7 giờ 30 phút, thứ Sáu, ngày 05 tháng 6 năm 2026.',
      'Địa điểm: Hội trường UBND xã Sơn Giang.',
      'Chủ trì: Đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã; Đồng chí Chủ tịch UBND xã.',
      '- Trả lời, giải quyết các ý kiến thuộc thẩm quyền.',
      '- Chuẩn bị nội dung trả lời các ý kiến thuộc lĩnh vực đất đai, xây dựng.',
      '- Như trên;',
      'Nguyễn Văn Hùng',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('leaves out what it is not given', () => {
    const data = sampleInvitation();
    const html = renderHtml(
      buildInvitation({
        ...data,
        basis: undefined,
        requests: [],
        contact: undefined,
        session: { ...data.session, chairs: [] },
      }),
    );
    expect(html).not.toContain('Thực hiện');
    expect(html).not.toContain('Chủ trì:');
    expect(html).not.toContain('Đề nghị:');
    expect(html).not.toContain('liên hệ');
  });

  it('composes NFD input', () => {
    expect(JSON.stringify(buildInvitation(toNfd(sampleInvitation())))).toBe(JSON.stringify(doc));
  });
});
