// Lists on a phone: the filters fold behind one button, so the first matter is on the first
// screen; on the worklist each matter is a card with its due date, its official and the button to open it.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('an official on a phone sees the first late matter without scrolling, and filters from one button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/theo-doi');
  const first = page.getByTestId('worklist-row').first();
  await expect(first).toBeVisible();
  await expect(first).toBeInViewport();
  await expect(first.getByRole('button', { name: /^Mở:/ })).toBeInViewport();
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực', exact: true })).toBeHidden();
  const noHorizontalScroll = await page.evaluate(
    () => document.documentElement.scrollWidth <= window.innerWidth,
  );
  expect(noHorizontalScroll).toBe(true);

  await expect(page.getByTestId('urgency-due-soon')).toBeVisible();
  // The four ways to group fit the screen (beside their label the last was cut off).
  const groupBy = (await page.getByRole('radiogroup', { name: 'Nhóm theo' }).boundingBox())!;
  expect(groupBy.x + groupBy.width).toBeLessThanOrEqual(375);

  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực', exact: true })).toBeVisible();
  // The list reloads as the filter applies: click, then wait for the state.
  await page.getByRole('checkbox', { name: 'Quá hạn' }).click();
  await expect(page.getByRole('checkbox', { name: 'Quá hạn' })).toBeChecked();
  await expect(page).toHaveURL(/[?&]overdue=1/);
  await page.getByRole('button', { name: 'Ẩn bộ lọc' }).click();
  await expect(page.getByRole('button', { name: 'Lọc (1 điều kiện đang áp dụng)' })).toBeVisible();
  await expect(page.getByTestId('urgency-overdue')).toBeVisible();
  await expect(page.getByTestId('urgency-due-soon')).toHaveCount(0);
});

test('a clerk on a phone finds the search box and the first opinion on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/y-kien');
  await expect(page.getByLabel('Tìm (gõ không dấu cũng được)')).toBeInViewport();
  await expect(page.getByTestId('opinion-row').first()).toBeInViewport();
  await expect(page.getByRole('combobox', { name: 'Trạng thái' })).toBeHidden();
  await page.getByRole('button', { name: 'Lọc danh sách' }).click();
  await page.getByRole('checkbox', { name: 'Chỉ ý kiến quá hạn' }).click();
  await expect(page).toHaveURL(/[?&]overdue=1/);
  await page.getByRole('button', { name: 'Ẩn bộ lọc' }).click();
  await expect(page.getByRole('button', { name: 'Lọc (1 điều kiện đang áp dụng)' })).toBeVisible();
});
