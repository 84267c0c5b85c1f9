// Issue 20 in the staff app: the administrator proposes a merger of two communes with its date
// and legal basis, sees it listed as a proposal (nothing moved), and undoes it. Confirming moves
// people and matters for good, which the other flows share, so it is proved in
// packages/server/test/unit-merger.test.ts and unit-ended.test.ts instead. Both screen sizes.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

for (const [w, h] of [
  [1366, 768],
  [375, 740],
] as const) {
  test(`the administrator proposes a merger and undoes it (${w}×${h})`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await signIn(page, 'admin');
    if (w < 600) await page.getByRole('button', { name: 'Trình đơn' }).click();
    await page.getByRole('link', { name: 'Sắp xếp đơn vị hành chính' }).click();
    await expect(page.getByRole('heading', { name: 'Sắp xếp đơn vị hành chính' })).toBeVisible();
    // Two tiers since 1/7/2025 (the demo's Hương Sơn ended then): the province is the only level, so
    // no level is offered to choose and the form lists the communes directly under it.
    await expect(page.getByLabel('Các đơn vị trực thuộc')).toHaveCount(0);
    const form = page.getByRole('form', { name: 'Đề xuất sáp nhập' });
    const save = form.getByRole('button', { name: 'Lưu đề xuất' });
    await expect(save).toBeDisabled();
    await form.getByLabel('Xã Sơn Giang').check();
    await form.getByLabel('Xã Sơn Tây (demo)').check();
    const name = `Xã Sơn Hòa ${w}`;
    await form.getByLabel('Tên đơn vị mới').fill(name);
    await form.getByLabel('Mã đơn vị mới').fill(`e2e-${w}`);
    await form.getByLabel('Ngày có hiệu lực').fill('2030-07-01');
    await form.getByLabel(/Căn cứ pháp lý/).fill('Nghị quyết 1665/NQ-UBTVQH15');
    await save.click();
    await expect(page.getByText('Đã lưu đề xuất')).toBeVisible();
    // Listed as a proposal with its date in dd/mm/yyyy; nothing moved: the communes are still offered.
    const row = (
      w < 600
        ? page.getByTestId('unit-change-card')
        : page.getByTestId('unit-changes').locator('tr')
    ).filter({ hasText: name });
    await expect(row).toContainText('01/07/2030');
    await expect(row).toContainText('Đề xuất (chưa áp dụng)');
    await expect(form.getByLabel('Xã Sơn Giang')).toBeVisible();
    await row.getByRole('button', { name: 'Hủy đề xuất' }).click();
    await expect(row).toContainText('Đã hủy');
    await expect(row.getByRole('button', { name: 'Xác nhận' })).toHaveCount(0);
  });
}
