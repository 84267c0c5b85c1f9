import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.js';
import {
  attr,
  documentText,
  openDocx,
  paragraphWith,
  paragraphs,
  runPropsOf,
  textOf,
} from '../../testing/docx-xml.js';
import { partyPlan, stateNotice, toNfd } from '../../testing/fixtures.js';

describe('renderDocx: page and defaults', () => {
  it('is A4 portrait with margins 20/20/30/15 mm and page numbers from page 2', async () => {
    const { document, headers } = await openDocx(await renderDocx(stateNotice()));
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(document, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(document, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(document, 'w:pgMar', 'w:right')).toBe('850');
    expect(document).toContain('<w:titlePg/>');
    // One header holds the PAGE field (pages 2+); the first page's header is empty.
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
    expect(headers.filter((h) => !/PAGE/.test(h)).map(textOf)).toEqual(['']);
  });

  it('sets Times New Roman 14 pt, Vietnamese, as the document default', async () => {
    const { styles } = await openDocx(await renderDocx(stateNotice()));
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    for (const a of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
      expect(attr(defaults, 'w:rFonts', a)).toBe('Times New Roman');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(attr(defaults, 'w:lang', 'w:val')).toBe('vi-VN');
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt before', async () => {
    const { document } = await openDocx(await renderDocx(stateNotice()));
    const p = paragraphWith(document, 'Hội nghị tổ chức tại Hội trường UBND xã.');
    expect(attr(p, 'w:jc', 'w:val')).toBe('both');
    expect(attr(p, 'w:ind', 'w:firstLine')).toBe('720');
    expect(attr(p, 'w:spacing', 'w:before')).toBe('120');
    expect(attr(p, 'w:spacing', 'w:line')).toBe('240');
    expect(runPropsOf(document, 'Hội nghị tổ chức tại Hội trường UBND xã.')).toContain(
      '<w:sz w:val="28"/>',
    );
  });
});

describe('renderDocx: state header (NĐ 30/2020)', () => {
  it('prints the motto, the slogan with its rule, the body with its rule and the number', async () => {
    const { document } = await openDocx(await renderDocx(stateNotice()));
    const motto = runPropsOf(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:sz w:val="24"/>');
    const slogan = runPropsOf(document, 'Độc lập - Tự do - Hạnh phúc');
    expect(slogan).toContain('<w:b/>');
    expect(slogan).toContain('<w:sz w:val="26"/>');
    // The slogan's rule: a bottom border between indents that leave about the slogan's width.
    const sloganP = paragraphWith(document, 'Độc lập - Tự do - Hạnh phúc');
    expect(sloganP).toMatch(/<w:bottom w:val="single"/);
    const indent = Number(attr(sloganP, 'w:ind', 'w:left'));
    expect(indent).toBeGreaterThan(1000);
    expect(runPropsOf(document, 'ỦY BAN NHÂN DÂN')).toContain('<w:b/>');
    expect(runPropsOf(document, 'XÃ SƠN GIANG')).toContain('<w:sz w:val="26"/>');
    expect(
      paragraphs(document).some((p) => /<w:top w:val="single"/.test(p) && textOf(p) === ''),
    ).toBe(true);
    expect(documentText(document)).toContain('Số: 12/TB-UBND');
    const date = runPropsOf(document, 'Sơn Giang, ngày 05 tháng 01 năm 2026');
    expect(date).toContain('<w:i/>');
  });

  it('prints the recipients 12/11 pt and a bold signature that cannot split', async () => {
    const { document } = await openDocx(await renderDocx(stateNotice()));
    const label = runPropsOf(document, 'Nơi nhận:');
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    expect(label).toContain('<w:sz w:val="24"/>');
    expect(runPropsOf(document, '- Lưu: VT, VP.')).toContain('<w:sz w:val="22"/>');
    for (const t of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng'])
      expect(runPropsOf(document, t)).toContain('<w:b/>');
    expect(paragraphWith(document, 'TM. ỦY BAN NHÂN DÂN')).toContain('<w:keepNext/>');
    expect(paragraphWith(document, 'Nguyễn Văn Hùng')).toContain('<w:keepLines/>');
    const closingRow =
      /<w:tr>(?:(?!<\/w:tr>)[\s\S])*Nguyễn Văn Hùng[\s\S]*?<\/w:tr>/.exec(document)?.[0] ?? '';
    expect(closingRow).toContain('<w:cantSplit/>');
    expect(closingRow).toContain('Nơi nhận:');
  });

  it('renders every kind of block in order', async () => {
    const text = documentText((await openDocx(await renderDocx(stateNotice()))).document);
    const order = [
      'THÔNG BÁO',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      '1. Thành phần',
      '1. Thường trực HĐND xã;',
      '2. Đại diện Nhân dân.',
      '- Nội dung một;',
      '- Nội dung hai',
      'a) Điểm a',
      'Đoạn đi liền với điểm a.',
      'Đường liên thôn',
      'Nơi nhận:',
    ];
    const positions = order.map((t) => text.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps a keep-together group on one page and repeats table headers', async () => {
    const { document } = await openDocx(await renderDocx(stateNotice()));
    expect(paragraphWith(document, 'a) Điểm a')).toContain('<w:keepNext/>');
    expect(paragraphWith(document, 'Đoạn đi liền với điểm a.')).toContain('<w:keepLines/>');
    expect(runPropsOf(document, 'hai')).toContain('<w:b/>');
    const table =
      /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Đường liên thôn[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(table.match(/<w:cantSplit\/>/g)).toHaveLength(3);
    expect(runPropsOf(document, 'Nội dung')).toContain('<w:b/>');
    expect(runPropsOf(document, 'Môi trường')).toContain('<w:sz w:val="24"/>');
  });
});

describe('renderDocx: Party header (HD 36-HD/VPTW)', () => {
  it('prints the Party title underlined, the bodies, the asterisk and the number without colon', async () => {
    const { document } = await openDocx(await renderDocx(partyPlan()));
    const title = runPropsOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:u w:val="single"/>');
    expect(title).toContain('<w:sz w:val="30"/>');
    const parent = runPropsOf(document, 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN');
    expect(parent).not.toContain('<w:b/>');
    expect(parent).toContain('<w:sz w:val="28"/>');
    expect(runPropsOf(document, 'ĐẢNG ỦY XÃ SƠN GIANG')).toContain('<w:b/>');
    const text = documentText(document);
    expect(text).toMatch(/ĐẢNG ỦY XÃ SƠN GIANG\n\*\n/);
    expect(text).toContain('Số 25-KH/ĐU');
    expect(text).not.toContain('Số:');
    expect(text).toContain('Sơn Giang, ngày 18 tháng 3 năm 2026');
    expect(runPropsOf(document, 'KẾ HOẠCH')).toContain('<w:sz w:val="32"/>');
    expect(text).toContain('-----');
    const label = runPropsOf(document, 'Nơi nhận:');
    expect(label).toContain('<w:u w:val="single"/>');
    expect(label).not.toContain('<w:b/>');
    expect(runPropsOf(document, '- Lưu Văn phòng Đảng ủy.')).toContain('<w:sz w:val="24"/>');
    expect(text).toMatch(/T\/M BAN THƯỜNG VỤ\nBÍ THƯ\nHồ Đình Linh/);
    expect(text).not.toContain('CỘNG HÒA');
  });
});

describe('renderDocx: text', () => {
  it('composes NFD input to NFC', async () => {
    const { document } = await openDocx(await renderDocx(toNfd(stateNotice())));
    expect(document.normalize('NFC')).toBe(document);
    expect(documentText(document)).toContain('Hội nghị tổ chức tại Hội trường UBND xã.');
    expect(documentText(document)).toContain('Nguyễn Văn Hùng');
  });

  it('escapes markup characters', async () => {
    const { document } = await openDocx(await renderDocx(stateNotice({ title: 'A <b> & "C"' })));
    expect(document).toContain('A &lt;b&gt; &amp;');
    expect(documentText(document)).toContain('A <b> & "C"');
  });
});
