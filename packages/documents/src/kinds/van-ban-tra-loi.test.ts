import { describe, expect, it } from 'vitest';
import { buildResponseLetter } from './van-ban-tra-loi.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx, runPropsOf } from '../testing/docx-xml.js';
import { sampleResponseLetter } from '../testing/samples.js';

describe('buildResponseLetter', () => {
  const doc = buildResponseLetter(sampleResponseLetter());

  it('is a state công văn of the UBND to one petitioner', () => {
    expect(doc.format).toBe('state');
    expect(doc.kind).toBe('CÔNG VĂN');
    expect(doc.addressees).toEqual(['Ông Nguyễn Văn An, thôn Tân Thành, xã Sơn Giang']);
    expect(doc.recipients.lines[0]).toBe('Như trên;');
    expect(doc.recipients.lines.at(-1)).toBe('Lưu: VT.');
  });

  it('puts the V/v excerpt under the number, Kính gửi before the text, and the UBND signer', async () => {
    const { document } = await openDocx(await renderDocx(doc));
    const text = documentText(document);
    expect(text).toContain('Số: 245/UBND-ĐC\nV/v trả lời kiến nghị của công dân');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).toContain('Kính gửi: Ông Nguyễn Văn An, thôn Tân Thành, xã Sơn Giang');
    expect(text.indexOf('Kính gửi')).toBeLessThan(
      text.indexOf('Ủy ban nhân dân xã Sơn Giang nhận được'),
    );
    expect(text).toContain(
      'Thực hiện Thông báo số 31-TB/ĐU ngày 08 tháng 6 năm 2026 của Ban Thường vụ Đảng ủy xã',
    );
    expect(text).toContain('trả lời để Ông Nguyễn Văn An được biết./.');
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng$/);
    expect(runPropsOf(document, 'V/v trả lời kiến nghị của công dân')).toContain(
      '<w:sz w:val="24"/>',
    );
    expect(
      runPropsOf(
        document,
        '“Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi, hồ sơ đã nộp từ năm 2023.”',
      ),
    ).toContain('<w:i/>');
  });

  it('signs for a deputy with KT.', () => {
    const deputy = buildResponseLetter({
      ...sampleResponseLetter(),
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        position: 'CHỦ TỊCH',
        deputyPosition: 'PHÓ CHỦ TỊCH',
        name: 'Lê Văn Tâm',
      },
    });
    expect(renderHtml(deputy)).toMatch(
      /TM\. ỦY BAN NHÂN DÂN<\/div><div class="signature-title">KT\. CHỦ TỊCH<\/div><div class="signature-title">PHÓ CHỦ TỊCH/,
    );
  });

  it('works without a session or a conclusion notice', () => {
    const plain = buildResponseLetter({
      ...sampleResponseLetter(),
      session: null,
      conclusionNotice: null,
    });
    const html = renderHtml(plain);
    expect(html).toContain('nhận được kiến nghị của Ông Nguyễn Văn An, với nội dung:');
    expect(html).toContain('Sau khi xem xét, Ủy ban nhân dân xã Sơn Giang trả lời như sau:');
  });
});
