import { describe, expect, it } from 'vitest';
import { buildEscalation } from './de-nghi-cap-tren.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { renderHtml } from '../render/html/render-html.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleEscalation } from '../testing/samples.js';

describe('buildEscalation', () => {
  it('is a công văn to the higher body with the matters beyond authority in a table', async () => {
    const doc = buildEscalation(sampleEscalation());
    expect(doc.kind).toBe('CÔNG VĂN');
    const text = documentText((await openDocx(await renderDocx(doc))).document);
    for (const part of [
      'Số: 250/UBND-VP',
      'V/v đề nghị giải quyết kiến nghị của Nhân dân',
      'Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh',
      'Tại hội nghị có 18 ý kiến, kiến nghị của Nhân dân, trong đó 2 nội dung vượt thẩm quyền giải quyết của cấp xã.',
      'kính đề nghị Ủy ban nhân dân tỉnh Hà Tĩnh xem xét, giải quyết các nội dung sau:',
      'Cơ quan có thẩm quyền',
      'Sở Nông nghiệp và Môi trường',
      '- Như trên;',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('lists several addressees and addresses them together', () => {
    const html = renderHtml(
      buildEscalation({
        ...sampleEscalation(),
        addressees: ['Sở Xây dựng tỉnh Hà Tĩnh', 'Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh'],
      }),
    );
    expect(html).toContain('<div>- Sở Xây dựng tỉnh Hà Tĩnh</div>');
    expect(html).toContain('kính đề nghị các cơ quan có thẩm quyền xem xét');
  });
});
