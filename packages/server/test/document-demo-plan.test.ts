// Issue 7, "done when": the plan generated from the demo data has the reference plan's sections
// in order (I, II 1–6, III), then its recipients and its signer — checked on the DOCX the API
// serves for the demo commune's plan (issued, or its draft), on SQLite and PostgreSQL.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

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

/** Paragraph texts of word/document.xml, in reading order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&'),
  );
}

describe.each(dialectCases)('the demo plan on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'keeps the reference sections in order, then recipients, then the signer',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('bithu');
      const { documents } = (
        await t.app.inject({ url: '/api/documents?kind=ke-hoach', headers: { cookie } })
      ).json();
      expect(documents.length, 'the demo commune has a plan (issued or draft)').toBeGreaterThan(0);
      const plan = documents[0];
      const res = await t.app.inject({
        url: `/api/documents/ke-hoach/${plan.id}.docx`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      const text = paragraphs(
        await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string'),
      );

      const at = (s: string) => text.findIndex((p) => p.startsWith(s));
      const positions = SECTIONS.map(at);
      expect(SECTIONS.filter((_, i) => positions[i] === -1)).toEqual([]);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);

      const recipients = at('Nơi nhận:');
      expect(recipients).toBeGreaterThan(positions.at(-1)!);
      const list = text.slice(recipients + 1).filter((p) => p.startsWith('- '));
      expect(list.length).toBeGreaterThanOrEqual(4);
      expect(list.at(-1)).toMatch(/^- Lưu/);
      const tail = text.slice(recipients).join('\n');
      expect(tail).toMatch(/T\/M BAN THƯỜNG VỤ\nBÍ THƯ[\s\S]*Hồ Đình Linh/);
      if (plan.numberText) expect(text.some((p) => p.includes(plan.numberText))).toBe(true);
    },
  );
});
