// The province's oversight (tinh, Ban Dân vận Tỉnh ủy, at Tỉnh Hà Tĩnh; two tiers since 1/7/2025): the
// table of communes below, sorted by
// unanswered overdue matters (most first), a drill-down into the commune at the top (its
// dashboard, read-only), then the table exported to Excel: the file opens with exceljs and
// holds the same rows, in the same order, as the screen.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';

test('an oversight user sorts the communes by late answers, drills into one, exports the table to Excel', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Giám sát các xã' }).click();

  const table = page.getByTestId('oversight-table');
  await expect(table).toBeVisible();
  const rows = table.getByTestId('oversight-row');
  await expect(rows).toHaveCount(2); // Sơn Giang and Sơn Tây (demo); the communes merged on 1/7/2025 are no row of this year
  const header = await table.locator('thead th').allInnerTexts();
  const overdueCol = header.findIndex((h) => h.startsWith('Quá hạn chưa trả lời'));
  expect(overdueCol).toBeGreaterThan(0);

  await page.getByTestId('sort-answersOverdue').click();
  await expect(table.locator('thead th').nth(overdueCol)).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const overdue = (
    await rows.evaluateAll(
      (trs, col) => trs.map((tr) => tr.children[col]!.textContent ?? ''),
      overdueCol,
    )
  ).map(Number);
  expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
  expect(overdue[0]).toBeGreaterThan(0); // the demo's round 1 left one answer overdue
  const screenNames = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.children[0]!.textContent ?? ''),
  );
  expect(screenNames[0]).toBe('Xã Sơn Giang');
  // A cell with an overdue answer is red.
  const bg = await rows
    .first()
    .evaluate((tr, col) => getComputedStyle(tr.children[col]!).backgroundColor, overdueCol);
  expect(bg).toBe('rgb(255, 201, 201)');

  // Drill into the commune: its dashboard, read-only, with the overdue list and its owner.
  await rows.first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Chỉ xem')).toBeVisible();
  await expect(drawer.getByTestId('overdue-table').locator('tbody tr')).toHaveCount(overdue[0]!);
  await expect(drawer.getByTestId('round-timeline')).toBeVisible();
  // A figure opens the list behind it, as many rows as it counts.
  const overdueButton = drawer.getByTestId('answers-overdue');
  const count = Number((await overdueButton.innerText()).split(':')[1]);
  await overdueButton.click();
  await expect(page.getByTestId('figure-list').locator('tbody tr')).toHaveCount(count);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Export what the screen shows.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('oversight-excel').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^theo-doi-.*\.xlsx$/);
  const file = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(file) as never);
  const ws = book.worksheets[0]!;
  const fileHeader = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  expect(fileHeader).toEqual(header.map((h) => h.replace(/ [▲▼]$/, '')));
  const screenCells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')),
  );
  const fileCells: string[][] = [];
  for (let i = 3; i <= ws.rowCount; i++)
    fileCells.push(
      Array.from((ws.getRow(i).values as unknown[]).slice(1), (v) =>
        v === null || v === undefined ? '—' : String(v),
      ),
    );
  for (const row of fileCells) while (row.length < header.length) row.push('—');
  expect(fileCells).toEqual(screenCells);
  await context.close();
});
