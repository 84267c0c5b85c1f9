// A citizen on a cheap phone with JavaScript off: from the list of communes to Sơn Giang's page,
// reads the conclusion notice of the last session, sends a question (the form first refused for a
// wrong phone, coming back filled), gets a tracking code, and tracks it.
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a citizen reads the notice, sends a question, gets a code and tracks it, without JavaScript', async ({ page }) => {
  await page.goto('/xa');
  await page.getByRole('link', { name: 'Xã Sơn Giang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Xã Sơn Giang');
  // Nothing overflows the 360px screen.
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  await page.getByRole('link', { name: 'Thông báo kết luận' }).first().click();
  await expect(page.getByText('THÔNG BÁO', { exact: true })).toBeVisible();
  await expect(page.getByText('Các nội dung chưa được giải quyết tại hội nghị')).toBeVisible();
  await page.getByRole('link', { name: /Về trang Xã Sơn Giang/ }).click();

  await page.getByRole('link', { name: 'Gửi ý kiến' }).first().click();
  const question = 'Đề nghị xã lắp biển báo giảm tốc độ trước cổng trường tiểu học.';
  await page.getByLabel('Họ và tên *').fill('Võ Thị Lan');
  await page.getByLabel('Thôn *').selectOption({ label: 'Thôn Khe Bá' });
  await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('12345');
  await page.getByLabel('Nội dung ý kiến, câu hỏi *').fill(question);
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

  // Refused: the message beside the field, and everything typed still there.
  await expect(page.getByText('Số điện thoại hoặc email chưa đúng')).toBeVisible();
  await expect(page.getByLabel('Họ và tên *')).toHaveValue('Võ Thị Lan');
  await expect(page.getByLabel('Nội dung ý kiến, câu hỏi *')).toHaveValue(question);
  await expect(page.getByLabel('Thôn *')).toHaveValue(/.+/);

  await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('0912 000 777');
  await page.getByLabel(/cán bộ xã liên hệ với tôi/).check();
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

  await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
  const code = (await page.locator('#tracking-code').textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);

  await page.getByRole('link', { name: 'Tra cứu ý kiến' }).click();
  await expect(page.getByText('Tình trạng: Mới tiếp nhận.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Võ Thị Lan');
  await expect(page.locator('body')).not.toContainText('0912');

  // Tracking by typing the code into the form.
  await page.goto('/xa/son-giang/tra-cuu');
  await page.getByLabel('Mã tra cứu (8 ký tự)').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByRole('heading', { name: `Ý kiến mã ${code}` })).toBeVisible();
});
