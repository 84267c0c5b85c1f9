import { describe, expect, it } from 'vitest';
import { buildPlanDocument, ordinalVi, roundLine } from './ke-hoach.js';
import { referencePlanData } from './ke-hoach.reference.js';
import type { Block } from '../model.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { toNfd } from '../testing/fixtures.js';

function headings(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'heading'
      ? [`${b.label}. ${b.text}`]
      : b.type === 'keep-together'
        ? headings(b.blocks)
        : [],
  );
}

function inOrder(text: string, parts: readonly string[]): void {
  const positions = parts.map((p) => text.indexOf(p));
  expect(parts.filter((_, i) => positions[i] === -1)).toEqual([]);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

const SECTIONS = [
  'I. MỤC ĐÍCH, YÊU CẦU',
  'II. NỘI DUNG, THÀNH PHẦN, THỜI GIAN',
  '1. Nội dung tiếp xúc, đối thoại',
  '2. Thành phần, đối tượng tham gia hội nghị',
  '3. Công tác chuẩn bị trước khi tiếp xúc, đối thoại',
  '4. Thời gian tổ chức tiếp xúc, đối thoại',
  '5. Chủ trì hội nghị',
  '6. Xử lý công việc sau đối thoại',
  'III. TỔ CHỨC THỰC HIỆN',
];

describe('buildPlanDocument(referencePlanData())', () => {
  const plan = buildPlanDocument(referencePlanData());

  it('is a Party plan of Đảng ủy xã Sơn Giang under Đảng bộ huyện Hương Sơn', () => {
    expect(plan.format).toBe('party');
    expect(plan.kind).toBe('KẾ HOẠCH');
    expect(plan.header).toEqual({
      parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
      issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG',
    });
    expect(plan.title).toMatch(/^Tổ chức hội nghị tiếp xúc, đối thoại trực tiếp/);
    expect(plan.signature).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      position: 'BÍ THƯ',
      name: 'Hồ Đình Linh',
    });
  });

  it('has the sections I, II 1–6 and III in the reference order', () => {
    expect(headings(plan.blocks)).toEqual(SECTIONS);
    const first = plan.blocks[0];
    expect(
      first?.type === 'paragraph' &&
        typeof first.text === 'string' &&
        first.text.startsWith('Thực hiện Quyết định số 657-QĐ/TU'),
    ).toBe(true);
  });

  it('writes the rounds with their deadlines', () => {
    expect(roundLine(0, { heldBy: '2022-06-15' })).toBe(
      'Lần thứ nhất: Hoàn thành trước ngày 15 tháng 6 năm 2022.',
    );
    expect(roundLine(1, { heldBy: '2022-11-15' })).toBe(
      'Lần thứ hai: Hoàn thành trước ngày 15 tháng 11 năm 2022.',
    );
    expect(ordinalVi(4)).toBe('thứ tư');
  });

  it('renders to DOCX with everything in order: header, sections, closing, recipients, signer', async () => {
    const text = documentText((await openDocx(await renderDocx(plan))).document);
    inOrder(text, [
      'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
      'ĐẢNG ỦY XÃ SƠN GIANG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 25-KH/ĐU',
      'Sơn Giang, ngày 15 tháng 02 năm 2022',
      'KẾ HOẠCH',
      'Thực hiện Quyết định số 657-QĐ/TU',
      ...SECTIONS.slice(0, 6),
      '- Lần thứ nhất: Hoàn thành trước ngày 15 tháng 6 năm 2022.',
      '- Lần thứ hai: Hoàn thành trước ngày 15 tháng 11 năm 2022.',
      ...SECTIONS.slice(6),
      '1. Thường trực UBMTTQ',
      '2. UBND xã xây dựng kế hoạch',
      '3. Ban Văn hóa xã',
      'Trên đây là Kế hoạch',
      'Nơi nhận:',
      '- Thường trực Huyện ủy (để b/c);',
      '- Ban Dân vận Huyện ủy;',
      '- TT HĐND, UBND xã;',
      '- UBMTTQ và các đoàn thể xã;',
      '- Cấp ủy chi bộ, ban cán sự thôn;',
      '- Lưu.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Hồ Đình Linh',
    ]);
  });

  it('renders to HTML with the same sections', () => {
    const html = renderHtml(plan);
    inOrder(html, [...SECTIONS, 'Hồ Đình Linh']);
  });

  it('carries none of the scan’s OCR slips', () => {
    const all = JSON.stringify(referencePlanData());
    for (const slip of [
      'Chấm nhất',
      'tham quyền',
      'tòng hợp',
      'UBNDTTQ',
      'lành đạo',
      'chính đảng',
      'Kết hoạch',
      'đề b/c',
      'nêu có',
      'y kiến',
    ]) {
      expect(all).not.toContain(slip);
    }
    expect(all).toContain('Chậm nhất 30 ngày làm việc');
    expect(all).toContain('vượt thẩm quyền, tổng hợp báo cáo');
  });

  it('composes NFD input', () => {
    const nfd = buildPlanDocument(toNfd(referencePlanData()));
    expect(JSON.stringify(nfd)).toBe(JSON.stringify(plan));
  });
});
