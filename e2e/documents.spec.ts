// The documents page on a laptop and on a phone: the register's title is readable (on a phone the
// kind goes under it), and the chosen document's preview shows its whole sheet, scaled to the
// column as a print preview does, not its left part cut off.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 375, height: 740 },
]) {
  test(`the office previews an issued document whole (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'vanphong');
    await page.goto('/van-ban');
    const register = page.getByTestId('document-register');
    const first = register.locator('tbody tr').first();
    await expect(first).toBeVisible();
    const phone = viewport.width < 600;
    await expect(register.getByRole('columnheader', { name: 'Loại' })).toHaveCount(phone ? 0 : 1);
    // The title is not squeezed to a word a line.
    const title = first.locator('td').nth(phone ? 1 : 2);
    expect((await title.boundingBox())!.width).toBeGreaterThan(phone ? 120 : 180);

    await first.click();
    const frame = page.locator('iframe[title="Xem trước văn bản"]');
    await expect(frame).toBeVisible();
    const sheet = page.frameLocator('iframe[title="Xem trước văn bản"]').locator('.sheet');
    await expect(sheet).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The sheet is not wider than the frame's window (nothing of it hidden to the right), and the
    // frame, scaled, is inside the preview's box, the box inside the page.
    const fits = await sheet.evaluate(
      (el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth,
    );
    expect(fits, 'the whole width of the sheet is in the frame').toBe(true);
    const box = (await frame.locator('..').boundingBox())!;
    const shown = (await frame.boundingBox())!;
    expect(shown.x + shown.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await expect(frame).toBeInViewport();
  });
}
