import { describe, expect, it } from 'vitest';
import { buildOpinionList, groupByField, petitionersCell } from './danh-sach-y-kien.js';
import type { TableBlock } from '../model.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleOpinionList } from '../testing/samples.js';

describe('buildOpinionList', () => {
  it('groups matters by field, in the order fields first appear, numbering across the groups', () => {
    const doc = buildOpinionList(sampleOpinionList(6));
    const headings = doc.blocks.flatMap((b) =>
      b.type === 'heading' ? [`${b.label}. ${b.text}`] : [],
    );
    expect(headings).toEqual([
      '1. Lĩnh vực đất đai (2 nội dung)',
      '2. Lĩnh vực giao thông nông thôn (2 nội dung)',
      '3. Lĩnh vực môi trường (1 nội dung)',
      '4. Lĩnh vực chính sách xã hội (1 nội dung)',
    ]);
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.map((t) => t.rows.map((r) => r[0]))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5'],
      ['6'],
    ]);
    expect(tables[0]?.columns.map((c) => c.header)).toEqual([
      'TT',
      'Nội dung ý kiến, kiến nghị',
      'Người kiến nghị (số người, thôn)',
      'Người chịu trách nhiệm trả lời',
      'Nội dung trả lời dự kiến',
    ]);
  });

  it('says how many matters, people and fields, and renders a draft without a number', async () => {
    const doc = buildOpinionList(sampleOpinionList(6));
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    expect(text).toContain(`Số:${'\u00A0'.repeat(6)}/`);
    expect(text).toContain('tổng số 6 nội dung của 36 lượt người, thuộc 4 lĩnh vực');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Đã kiểm tra hồ sơ; trả lời cụ thể tại hội nghị.');
    expect(renderHtml(doc)).toContain('12 người<br>thôn Giang Hà, thôn Kim Lũ');
  });

  it('keeps an empty list readable', () => {
    const html = renderHtml(buildOpinionList(sampleOpinionList(0)));
    expect(html).toContain('Chưa có ý kiến, kiến nghị nào.');
    expect(html).not.toContain('<table class="data">');
  });

  it('helpers', () => {
    expect(petitionersCell(3, [])).toBe('03 người');
    expect(groupByField([])).toEqual([]);
  });
});
