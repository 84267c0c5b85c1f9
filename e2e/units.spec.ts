// A demo clerk signs in, opens the Sơn Giang unit tree from the menu (the home page is "Việc của
// tôi") and edits an organisation; the edit is still there after a reload. A refused edit keeps
// what was typed.
import { expect, test } from '@playwright/test';

test('a clerk edits an organisation of Sơn Giang', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Xã Sơn Giang' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thôn Giang Hà' })).toBeVisible();
  await expect(page.getByText('Xã Sơn Tây (demo)')).toHaveCount(0);

  await page.getByRole('button', { name: 'Sửa Hội Nông dân xã' }).click();
  const dialog = page.getByRole('dialog');
  const name = dialog.getByLabel('Tên');
  await name.fill('Hội Nông dân xã Sơn Giang');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu');
  await expect(
    page.getByRole('cell', { name: 'Hội Nông dân xã Sơn Giang', exact: true }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('cell', { name: 'Hội Nông dân xã Sơn Giang', exact: true }),
  ).toBeVisible();
});

test('a refused edit names the field and keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await page.getByRole('button', { name: 'Sửa Hội Cựu chiến binh xã' }).click();
  const dialog = page.getByRole('dialog');
  const typed = 'Hội Cựu chiến binh ' + 'x'.repeat(200);
  await dialog.getByLabel('Tên').fill(typed);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Trường «name»');
  await expect(dialog.getByLabel('Tên')).toHaveValue(typed);
});

test('a wrong password is refused in Vietnamese', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu');
  // Nothing on the sign-in form speaks English (Mantine's password toggle did).
  await expect(page.getByRole('button', { name: 'Hiện hoặc ẩn các ký tự đã gõ' })).toBeAttached();
  expect(
    await page
      .locator('[aria-label]')
      .evaluateAll((els) =>
        els
          .map((e) => e.getAttribute('aria-label'))
          .filter((l) => /\b(toggle|show|hide|password)\b/i.test(l ?? '')),
      ),
  ).toEqual([]);
});
