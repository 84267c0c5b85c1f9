// One page per matter, from the list: the office filters the opinions by a state through the UI
// (the view lands in the URL, so a link opens it again), opens a matter from the list, sees who
// raised it, its due date with how it was counted and its history, then gives the receipt with
// the tracking code. Paging and the URL's filters are checked on the way.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('the office opens a matter from the filtered list, reads it whole and prints its receipt', async ({
  page,
}) => {
  await signIn(page, 'vanphong');
  await page.getByRole('link', { name: 'Ý kiến, kiến nghị' }).click();
  await expect(page.getByTestId('opinion-row').first()).toBeVisible();
  await expect(page.getByTestId('opinion-total')).toHaveText(/^\d+ ý kiến$/);
  // Every row shows its received date the Vietnamese way.
  await expect(page.getByTestId('opinion-row').first().locator('td').first()).toHaveText(
    /^\d{2}\/\d{2}\/\d{4}$/,
  );

  // Filter by a state through the select: the URL carries it.
  await page.getByRole('combobox', { name: 'Trạng thái' }).click();
  await page.getByRole('option', { name: 'Đang xử lý sau đối thoại' }).click();
  await expect(page).toHaveURL(/[?&]status=in-follow-up/);
  const rows = page.getByTestId('opinion-row');
  await expect(rows.filter({ hasNotText: 'Đang xử lý sau đối thoại' })).toHaveCount(0);
  await expect(rows.first()).toBeVisible();
  // The same link opens the same view.
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('combobox', { name: 'Trạng thái' })).toHaveValue(
    'Đang xử lý sau đối thoại',
  );

  // Sort by due date, nearest first: the URL says so too.
  // Wait for the sorted page itself: reading the first row before it arrives opened another matter.
  const sorted = page.waitForResponse(
    (r) => /\/opinions\?/.test(r.url()) && r.url().includes('sort=deadline') && r.ok(),
  );
  await page.getByRole('combobox', { name: 'Sắp xếp' }).click();
  await page.getByRole('option', { name: 'Hạn gần nhất trước' }).click();
  await expect(page).toHaveURL(/sort=deadline/);
  await expect(page).toHaveURL(/status=in-follow-up/);
  const content = ((await (await sorted).json()) as { items: { content: string }[] }).items[0]!
    .content;

  // A row is a link: open the first matter by keyboard.
  const link = rows.first().getByRole('link');
  await expect(link).toHaveText(content);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/y-kien\/[^/?]+$/);
  await expect(page.getByTestId('matter-content')).toHaveText(content);
  await expect(page.getByTestId('matter-state')).toHaveText('Đang xử lý sau đối thoại');

  // Who raised it, the due date and how it was counted, the history with dates and times.
  await expect(page.getByRole('heading', { name: /^Những người nêu \(\d+\)$/ })).toBeVisible();
  await expect(page.getByTestId('matter-petitioners')).not.toBeEmpty();
  const due = page.getByTestId('matter-due');
  await expect(due.getByTestId('deadline-explanation')).toBeVisible();
  await expect(due.getByText('Cách tính hạn này')).toBeVisible();
  await expect(due.getByTestId('deadline-date')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  const history = page.getByTestId('matter-history');
  await expect(history.locator('tr').first()).toBeVisible();
  await expect(history.locator('tr').first().locator('td').first()).toHaveText(
    /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
  );
  await expect(history).toContainText('Chuyển sang «Đang xử lý sau đối thoại»');
  await expect(page.getByRole('main')).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  // The receipt: a code is issued if the matter has none yet, then the print view shows it large.
  const issue = page.getByRole('button', { name: 'Cấp mã tra cứu' });
  if (await issue.isVisible()) await issue.click();
  const code = (await page.getByTestId('matter-code').textContent())!
    .replace('Mã tra cứu: ', '')
    .trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  await page.getByRole('link', { name: 'In giấy biên nhận' }).click();
  await expect(page).toHaveURL(/\/bien-nhan/);
  const receipt = page.getByTestId('receipt');
  await expect(receipt.getByTestId('receipt-code')).toHaveText(code);
  await expect(receipt).toContainText('GIẤY BIÊN NHẬN Ý KIẾN, KIẾN NGHỊ');
  await expect(receipt).toContainText(content);
  await expect(receipt.getByTestId('receipt-url')).toContainText(`/tra-cuu?ma=${code}`);
  await expect(receipt.getByTestId('receipt-clerk')).not.toBeEmpty();
  // In print, only the sheet: the menu and header are gone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In biên nhận' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Ý kiến, kiến nghị' })).toBeHidden();
  await expect(receipt).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The portal tracks the code.
  const tracked = await page.request.get(
    (await receipt.getByTestId('receipt-url').textContent())!.replace(/^https?:\/\/[^/]+/, ''),
  );
  expect(tracked.status()).toBe(200);
});
