// Importing a list on a phone (375×740): every bad row is a block with its problems and an input
// for each column at fault, under the file's own column name, so a wrong e-mail or date is fixed
// in place too (the old table offered only four fixed columns, named by their codes, squeezed to a
// few letters each).
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const csv = [
  'STT,"Nội dung ý kiến, kiến nghị",Thôn,Họ và tên người phản ánh,Điện thoại,Thư điện tử,Hình thức nhận trả lời,Lĩnh vực,Nguồn,Ngày nhận',
  '1,Den duong thon Dong Lac hong nhieu thang chua sua,Thôn Đồng Lạc,Le Van C,,abc@,,,,31/02/2026',
  '2,Tram y te thieu thuoc cho nguoi cao tuoi,Thôn Đồng Lạc,,,,,,,07/12/2026',
].join('\r\n');

test('a clerk on a phone fixes a bad e-mail and date of an imported row in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/nhap-tep');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'danh-sach.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page.getByText('1 dòng hợp lệ')).toBeVisible();
  const bad = page.getByTestId('bad-row');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('Cột «Thư điện tử»: địa chỉ thư không hợp lệ');
  // The columns at fault, named as in the file; a column without a problem is not offered.
  await page.getByLabel('Dòng 2 · Thư điện tử').fill('cong.dan@example.vn');
  await page.getByLabel('Dòng 2 · Ngày nhận').fill('28/02/2026');
  await expect(page.getByLabel('Dòng 2 · Điện thoại')).toHaveCount(0);
  const box = (await page.getByLabel('Dòng 2 · Thư điện tử').boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await expect(page.getByText('2 dòng hợp lệ')).toBeVisible();
  await expect(page.getByText('0 dòng lỗi')).toBeVisible();
  // Every button's words are on the screen, none cut off.
  for (const name of ['Nhập tất cả (có lỗi thì không nhập gì)', 'Nhập các dòng hợp lệ']) {
    const b = page.getByRole('button', { name });
    const r = (await b.boundingBox())!;
    expect(r.x + r.width).toBeLessThanOrEqual(375);
    expect(await b.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
});
