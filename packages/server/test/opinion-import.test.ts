// Importing compiled lists on SQLite and PostgreSQL: a good file, a mixed one (every bad row
// and why; good rows only, or nothing), an all-bad one, a malformed file, 5 MB of junk, a
// 10,000-row file in seconds, and an export that imports again unchanged.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { sonGiang } from './support/opinion-fixtures.js';

const header = [
  'STT',
  'Nội dung ý kiến, kiến nghị',
  'Thôn',
  'Họ và tên người phản ánh',
  'Điện thoại',
  'Thư điện tử',
  'Hình thức nhận trả lời',
  'Lĩnh vực',
  'Nguồn',
  'Ngày nhận',
];

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('MTTQ');
  ws.addRow(['TỔNG HỢP Ý KIẾN CỬ TRI — MTTQ xã Sơn Giang']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(dialectCases)('opinion import on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const preview = (unitId: string, cookie: string, body: Buffer, source = 'mttq') =>
    t!.app.inject({
      method: 'POST',
      url: `/api/units/${unitId}/opinions/import/preview?source=${source}`,
      headers: { cookie, 'content-type': 'application/octet-stream' },
      payload: body,
    });
  const commit = (unitId: string, cookie: string, payload: object) =>
    t!.app.inject({
      method: 'POST',
      url: `/api/units/${unitId}/opinions/import`,
      headers: { cookie },
      payload,
    });

  it.skipIf(skip)(
    'a good MTTQ spreadsheet imports; a mixed one lists every bad row, then good rows only or nothing',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const good = await preview(
        sg.id,
        cookie,
        await xlsx([
          [
            1,
            'Đề nghị nạo vét kênh mương xứ đồng Bàu Sen',
            'Thôn Đồng Lạc',
            'Lê Văn Hải',
            '0912345678',
            '',
            'Văn bản',
            '',
            '',
            '05/03/2026',
          ],
          [
            2,
            'Trạm y tế thiếu thuốc điều trị bệnh mãn tính',
            'khe ba',
            '',
            '',
            '',
            '',
            'Văn hóa – xã hội',
            '',
            '',
          ],
        ]),
      );
      expect(good.statusCode).toBe(200);
      expect(good.json()).toMatchObject({ good: 2, bad: [], firstRow: 3 });
      const done = (
        await commit(sg.id, cookie, {
          source: 'mttq',
          mode: 'all-or-nothing',
          rows: good.json().rows,
          firstRow: 3,
        })
      ).json();
      expect(done).toMatchObject({ imported: 2, skipped: 0 });
      const list = (
        await t.app.inject({ url: `/api/units/${sg.id}/opinions?q=bau sen`, headers: { cookie } })
      ).json().items;
      expect(list[0]).toMatchObject({
        source: 'mttq',
        villageName: 'Thôn Đồng Lạc',
        receivedOn: '2026-03-05',
        state: 'received',
      });
      expect(list[0].suggestions[0].field).toBe('nong-nghiep');
      const health = (
        await t.app.inject({
          url: `/api/units/${sg.id}/opinions?q=tram y te thieu thuoc`,
          headers: { cookie },
        })
      ).json().items;
      expect(health[0]).toMatchObject({ state: 'assigned', assigneeName: 'Võ Thị Lan' }); // field given → routed

      const mixedFile = await xlsx([
        [1, 'Đường vào nghĩa trang lầy lội', 'Thôn Giang Hà', '', '', '', '', '', '', ''],
        [2, '', 'Thôn Giang Hà', 'Trần Văn B', '', '', '', '', '', ''],
        [3, 'Cần lắp đèn đường', 'Thôn Không Tồn Tại', '', '09-12', '', '', '', '', ''],
        [4, 'x'.repeat(4001), '', '', '', '', '', '', '', ''],
      ]);
      const mixed = (await preview(sg.id, cookie, mixedFile)).json();
      expect(mixed.good).toBe(1);
      expect(mixed.bad.map((b: { row: number }) => b.row)).toEqual([4, 5, 6]);
      expect(mixed.bad[1].issues.map((i: { field: string }) => i.field)).toEqual([
        'village',
        'phone',
      ]);
      expect(mixed.bad[0].issues[0].message).toBe(
        'Cột «Nội dung ý kiến, kiến nghị»: thiếu nội dung',
      );
      const nothing = (
        await commit(sg.id, cookie, {
          source: 'mttq',
          mode: 'all-or-nothing',
          rows: mixed.rows,
          firstRow: 3,
        })
      ).json();
      expect(nothing).toMatchObject({ imported: 0 });
      const some = (
        await commit(sg.id, cookie, {
          source: 'mttq',
          mode: 'good-only',
          rows: mixed.rows,
          firstRow: 3,
        })
      ).json();
      expect(some).toMatchObject({ imported: 1, skipped: 3 });
      // Fixed by hand in the preview, the bad rows import too.
      const fixed = mixed.rows
        .map((r: Record<string, string>, i: number) =>
          i === 1
            ? { ...r, content: 'Bổ sung nội dung' }
            : i === 2
              ? { ...r, village: 'Thôn Khe Bá', phone: '0912000222' }
              : r,
        )
        .slice(1, 3);
      expect(
        (
          await commit(sg.id, cookie, { source: 'mttq', mode: 'all-or-nothing', rows: fixed })
        ).json(),
      ).toMatchObject({ imported: 2 });
    },
  );

  it.skipIf(skip)(
    'an all-bad file, a malformed file and 5 MB of junk are refused with a clear message',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const allBad = (
        await preview(
          sg.id,
          cookie,
          await xlsx([
            [1, '', 'Thôn X', '', '', '', '', '', '', ''],
            [2, '', '', '', 'abc', '', '', '', '', ''],
          ]),
        )
      ).json();
      expect(allBad).toMatchObject({ good: 0 });
      expect(allBad.bad).toHaveLength(2);
      const noHeader = await preview(sg.id, cookie, Buffer.from('a,b,c\n1,2,3\n'));
      expect(noHeader.statusCode).toBe(400);
      expect(noHeader.json().error.message).toContain('Không tìm thấy dòng tiêu đề');
      const brokenZip = await preview(
        sg.id,
        cookie,
        Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2000)]),
      );
      expect(brokenZip.statusCode).toBe(400);
      expect(brokenZip.json().error.message).toContain('Tệp không đọc được');
      const junk = await preview(sg.id, cookie, randomBytes(5 * 1024 * 1024));
      expect(junk.statusCode).toBe(400);
      expect(junk.json().error.message).toContain('Tệp không đọc được');
      const tooBig = await preview(sg.id, cookie, Buffer.alloc(11 * 1024 * 1024, 65));
      expect(tooBig.statusCode).toBe(400);
      const collector = await t.login('tinh');
      expect((await preview(sg.id, collector, await xlsx([]))).statusCode).toBe(404);
    },
  );

  it.skipIf(skip)(
    '10,000 CSV rows (BOM, NFD) import in seconds, and the export imports again unchanged',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg } = await sonGiang(t, cookie);
      const villages = ['Thôn Giang Hà', 'Thôn Thanh Tiến', 'Thôn Trung Thủy', 'Thôn Đồng Lạc'];
      const lines = [header.map((h) => `"${h}"`).join(',')];
      for (let i = 0; i < 10_000; i++)
        lines.push(
          `${i + 1},"Đề nghị sửa đường, mương số ${i}",${villages[i % 4]},Người ${i},09${String(i).padStart(8, '0')},,,,,01/04/2026`,
        );
      const csv = Buffer.from(`\ufeff${lines.join('\r\n').normalize('NFD')}`, 'utf8');
      const started = performance.now();
      const p = (await preview(sg.id, cookie, csv, 'village')).json();
      expect(p.good).toBe(10_000);
      const done = (
        await commit(sg.id, cookie, {
          source: 'village',
          mode: 'all-or-nothing',
          rows: p.rows,
          firstRow: p.firstRow,
        })
      ).json();
      const seconds = (performance.now() - started) / 1000;
      console.log(`import of 10,000 rows on ${dialect}: ${seconds.toFixed(1)} s`);
      expect(done.imported).toBe(10_000);
      expect(seconds).toBeLessThan(20);
      expect(p.rows[5].content).toBe('Đề nghị sửa đường, mương số 5'); // NFC again

      const exported = await t.app.inject({
        url: `/api/units/${sg.id}/opinions/export?format=csv`,
        headers: { cookie },
      });
      expect(exported.headers['content-type']).toContain('text/csv');
      const again = (await preview(sg.id, cookie, exported.rawPayload)).json();
      expect(again.bad).toEqual([]);
      const strip = (rows: Record<string, string>[]) => rows.map(({ stt: _s, ...r }) => r);
      // Import the export into the Sơn Tây demo commune? No: its villages differ. Re-import here, export again, compare.
      await commit(sg.id, cookie, {
        source: 'village',
        mode: 'all-or-nothing',
        rows: again.rows,
        firstRow: again.firstRow,
      });
      const second = (
        await preview(
          sg.id,
          cookie,
          (
            await t.app.inject({
              url: `/api/units/${sg.id}/opinions/export?format=xlsx`,
              headers: { cookie },
            })
          ).rawPayload,
        )
      ).json();
      expect(strip(second.rows).slice(again.rows.length)).toEqual(strip(again.rows));
    },
    120_000,
  );
});
