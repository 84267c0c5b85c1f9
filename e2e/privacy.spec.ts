// Personal data as the office and the administrator use it: the clerk receives a request to see
// one's data (the petitioner found by name), sees both deadlines with how each was computed and
// opens the copy, where a consent is withdrawn by phone; the administrator finds that copy in the audit log and checks the hash chain.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('a request to see one’s data: deadlines explained, the copy opened, and the view in the audit log', async ({
  page,
  browser,
}) => {
  await signIn(page, 'vanphong');
  await page.getByRole('link', { name: 'Dữ liệu cá nhân' }).click();
  await expect(page.getByRole('heading', { name: 'Yêu cầu của chủ thể dữ liệu' })).toBeVisible();

  await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill('Văn Bình');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByRole('combobox', { name: 'Người kiến nghị' }).click();
  await page.getByRole('option', { name: /Nguyễn Văn Bình/ }).click();
  await expect(page.getByRole('textbox', { name: 'Người yêu cầu' })).toHaveValue('Nguyễn Văn Bình');
  await page
    .getByRole('textbox', { name: 'Nội dung yêu cầu' })
    .fill('Đề nghị cho xem thông tin cá nhân xã đang lưu');
  await page.getByLabel('Ngày nhận').fill('2026-11-27');
  await page.getByRole('button', { name: 'Lưu' }).click();

  const row = page.getByRole('row').filter({ hasText: 'Đề nghị cho xem thông tin cá nhân' });
  await expect(row).toContainText('2026-12-01'); // Friday + 2 working days: Tuesday
  await expect(row).toContainText('Mới tiếp nhận');
  await row.getByRole('button', { name: 'Đã phản hồi' }).click();
  await expect(row).toContainText('Đã phản hồi');
  await row.getByRole('button', { name: 'Bản sao dữ liệu' }).click();
  await expect(page.getByText('"fullName": "Nguyễn Văn Bình"')).toBeVisible();
  // He withdraws, by phone, his consent to be contacted about the answer.
  const consent = page.getByRole('row').filter({ hasText: 'contact-about-answer' });
  await consent.getByRole('combobox', { name: 'Rút bằng cách' }).click();
  await page.getByRole('option', { name: 'Điện thoại' }).click();
  await consent.getByRole('button', { name: 'Rút' }).click();
  await expect(consent).toContainText('Điện thoại');
  await expect(consent.getByRole('button', { name: 'Rút' })).toHaveCount(0);

  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/nhat-ky');
  await expect(admin.getByRole('heading', { name: 'Nhật ký kiểm tra' })).toBeVisible();
  await admin.getByLabel('Loại bản ghi').fill('petitioner');
  await admin.getByRole('button', { name: 'Lọc' }).click();
  await expect(
    admin.getByRole('row').filter({ hasText: 'petitioner.export' }).first(),
  ).toContainText('vanphong');
  await admin.getByRole('button', { name: 'Kiểm tra chuỗi băm' }).click();
  await expect(admin.getByRole('status')).toContainText('Chuỗi nguyên vẹn');
});
