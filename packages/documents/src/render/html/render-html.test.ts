import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';
import { escapeHtml } from './escape.js';
import { partyPlan, stateNotice, toNfd } from '../../testing/fixtures.js';

/** The visible text of the page, tags dropped and entities decoded (enough for these tests). */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\n]+/g, ' ');
}

describe('renderHtml', () => {
  it('is one standalone UTF-8 page that loads nothing', () => {
    const html = renderHtml(stateNotice());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toContain('<script');
  });

  it('prints on A4 with the margins, Times New Roman (Tinos fallback) and page numbers from page 2', () => {
    const html = renderHtml(stateNotice());
    expect(html).toMatch(/@page \{ size: A4; margin: 20mm 15mm 20mm 30mm;/);
    expect(html).toContain('@top-center { content: counter(page);');
    expect(html).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
    expect(html).toMatch(/font-family: "Times New Roman", Tinos/);
    expect(html).toMatch(/p, \.heading \{[^}]*text-align: justify; text-indent: 1\.27cm;/);
  });

  it('lays out the state header, title, blocks and closing', () => {
    const text = visibleText(renderHtml(stateNotice()));
    const order = [
      'ỦY BAN NHÂN DÂN XÃ SƠN GIANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/TB-UBND',
      'Sơn Giang, ngày 05 tháng 01 năm 2026',
      'THÔNG BÁO',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thường trực HĐND xã;',
      '- Nội dung hai',
      'a) Điểm a',
      'Đường liên thôn',
      'Nơi nhận:',
      '- Lưu: VT, VP.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn Hùng',
    ];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the closing, keep-together groups and table rows unbroken, and repeats table headers', () => {
    const html = renderHtml(stateNotice());
    expect(html).toMatch(/table\.closing \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/\.keep \{ break-inside: avoid; \}/);
    expect(html).toContain('<div class="keep">');
    expect(html).toMatch(/table\.data thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/table\.data tr \{ break-inside: avoid; \}/);
    expect(html).toContain('<col style="width:20.00%">');
  });

  it('lays out the Party header with the asterisk, the number without colon and the dashes', () => {
    const html = renderHtml(partyPlan());
    const text = visibleText(html);
    expect(text).toContain('ĐẢNG BỘ HUYỆN HƯƠNG SƠN ĐẢNG ỦY XÃ SƠN GIANG *');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(html).toMatch(
      /\.top-right \{ font-size: 15pt; font-weight: bold; font-style: normal; text-decoration: underline;/,
    );
    expect(text).toContain('Số 25-KH/ĐU');
    expect(text).toContain('Sơn Giang, ngày 18 tháng 3 năm 2026');
    expect(text).toContain('KẾ HOẠCH Tổ chức hội nghị tiếp xúc, đối thoại năm 2026 -----');
    expect(text).toContain('T/M BAN THƯỜNG VỤ BÍ THƯ Hồ Đình Linh');
    expect(text).not.toContain('CỘNG HÒA');
  });

  it('escapes every piece of text', () => {
    const evil = '<script>alert("x")</script>';
    const html = renderHtml(
      stateNotice({
        title: evil,
        kind: 'THÔNG BÁO <img>',
        place: '<b>Sơn Giang</b>',
        addressees: [evil],
        blocks: [
          { type: 'paragraph', text: evil },
          { type: 'heading', level: 1, label: '<I>', text: evil },
          { type: 'table', columns: [{ header: evil, width: 1 }], rows: [[evil]] },
          { type: 'paragraph', text: [{ text: evil, bold: true }] },
        ],
        recipients: { label: evil, lines: [evil] },
        signature: { authority: evil, position: evil, name: evil },
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Sơn');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('composes NFD input to NFC', () => {
    const html = renderHtml(toNfd(partyPlan()));
    expect(html.normalize('NFC')).toBe(html);
    expect(html).toContain('Hồ Đình Linh');
  });

  it('prints a công văn with its V/v excerpt under the number and no kind line', () => {
    const html = renderHtml(
      stateNotice({
        kind: 'CÔNG VĂN',
        title: 'trả lời kiến nghị của công dân',
        addressees: ['Ông Nguyễn Văn An, thôn Tân Thành'],
      }),
    );
    const text = visibleText(html);
    expect(text).toMatch(/Số: 12\/TB-UBND V\/v trả lời kiến nghị của công dân/);
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).toContain('Kính gửi: Ông Nguyễn Văn An, thôn Tân Thành');
  });
});
