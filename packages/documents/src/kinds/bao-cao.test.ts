import { describe, expect, it } from 'vitest';
import { buildReport, percentVi } from './bao-cao.js';
import type { TableBlock } from '../model.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleReport } from '../testing/samples.js';

describe('buildReport', () => {
  it('reports a round: figures table with rates, then the narrative sections in order', async () => {
    const doc = buildReport(sampleReport(1));
    expect(doc.kind).toBe('BÁO CÁO');
    expect(doc.title).toContain('lần thứ nhất năm 2026');
    const figures = doc.blocks.find((b): b is TableBlock => b.type === 'table');
    expect(figures?.rows[3]).toEqual(['4', 'Trả lời, giải quyết tại hội nghị', '14', '77,8']);
    expect(figures?.rows[6]).toEqual(['7', 'Trong đó: trả lời đúng hạn', '3', '100']);
    expect(figures?.rows[0]?.[3]).toBe('');
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    const parts = [
      'Số 40-BC/ĐU',
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Công tác tổ chức',
      'Tỷ lệ (%)',
      'Lĩnh vực',
      'II. ĐÁNH GIÁ CHUNG',
      '2. Hạn chế, nguyên nhân',
      'III. PHƯƠNG HƯỚNG',
      'Trên đây là báo cáo',
    ];
    const positions = parts.map((p) => text.indexOf(p));
    expect(parts.filter((_, i) => positions[i] === -1)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reports a year, leaving out empty optional sections', () => {
    const data = sampleReport();
    const html = renderHtml(
      buildReport({ ...data, byField: [], narrative: { ...data.narrative, shortcomings: [] } }),
    );
    expect(html).toContain('đối thoại năm 2026');
    expect(html).not.toContain('Hạn chế');
    expect(html).not.toContain('IV. ĐỀ XUẤT');
  });

  it('writes rates the Vietnamese way', () => {
    expect(percentVi(1, 3)).toBe('33,3');
    expect(percentVi(0, 0)).toBe('');
    expect(percentVi(2, 2)).toBe('100');
  });
});
