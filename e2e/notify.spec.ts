// The bell and the notification pages in the browser, against the real server and its job
// runner: the office submits an answer, the chair's bell shows the unread notice (delivered by
// the runner after commit), the chair reads it on /thong-bao and the count goes; the
// administrator sees the channel settings on /gui-thong-bao.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test("an answer submitted by the office rings the chair's bell; read on /thong-bao, the count goes", async ({
  browser,
}) => {
  const office = await browser.newPage();
  await signIn(office, 'vanphong');
  const me = (await (await office.request.get('/api/me')).json()) as {
    grants: { unitId: string; unitName: string }[];
  };
  const sg = me.grants.find((g) => g.unitName.includes('Sơn Giang'))!;
  const list = (await (await office.request.get(`/api/units/${sg.unitId}/follow-up`)).json()) as {
    items: { matterId: string; answerState: string | null; state: string }[];
  };
  const item = list.items.find((i) => i.state === 'in-follow-up' && i.answerState === null)!;
  expect(
    (
      await office.request.put(`/api/follow-up/${item.matterId}/answer`, {
        data: { text: 'UBND xã đã kiểm tra thực địa và sẽ sửa chữa trong tháng tới.' },
      })
    ).ok(),
  ).toBe(true);
  expect(
    (await office.request.post(`/api/follow-up/${item.matterId}/answer/submit`, { data: {} })).ok(),
  ).toBe(true);
  await office.close();

  const page = await browser.newPage();
  await signIn(page, 'chutich');
  const bell = page.getByTestId('bell');
  // Delivered by the server's job runner within a second or two; the bell reads on load.
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAccessibleName(/Thông báo: \d+ chưa đọc/, { timeout: 5000 });
  }).toPass({ timeout: 45_000 });
  await bell.click();
  await expect(page).toHaveURL(/\/thong-bao$/);
  await expect(page.getByRole('heading', { name: 'Thông báo của tôi' })).toBeVisible();
  await expect(
    page.getByTestId('notification').filter({ hasText: 'Văn bản trả lời chờ duyệt' }).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await expect(page.getByText('0 chưa đọc')).toBeVisible();
  await expect(bell).toHaveAccessibleName('Thông báo');
  await page.close();
});

test('the administrator sees which channels are configured and the deliveries that need attention', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/gui-thong-bao');
  await expect(page.getByRole('heading', { name: 'Gửi thông báo: lỗi và đang chờ' })).toBeVisible();
  await expect(page.getByText('Email: chưa cấu hình (SMTP_URL)')).toBeVisible();
  await expect(page.getByText('Trong ứng dụng: đã cấu hình')).toBeVisible();
});
