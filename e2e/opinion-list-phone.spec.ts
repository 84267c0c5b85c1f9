// The opinion list on a phone: each matter is a card (its content readable across the screen, the
// date and village, the field, the state, the button that opens it), so the clerk sees the first
// matters on the first screen without the list scrolling sideways; on a laptop it stays a table.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';

/** Whether the page, or anything on it, scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(
    () =>
      document.documentElement.scrollWidth > window.innerWidth ||
      [...document.querySelectorAll('main *')].some((el) => {
        const overflow = getComputedStyle(el).overflowX;
        return (
          (overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1
        );
      }),
  );

test('a clerk on a phone reads the first matters as cards on the first screen and opens one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/y-kien');
  const cards = page.getByTestId('opinion-row');
  const first = cards.first();
  await expect(first).toBeVisible();
  // The whole first card is on the first screen, and the second begins there too.
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(cards.nth(1)).toBeInViewport();
  expect(await scrollsSideways(page)).toBe(false);

  // Its content reads across the card, not a word a line.
  const content = first.getByTestId('opinion-content');
  const box = await content.boundingBox();
  expect(box!.width).toBeGreaterThan(250);
  await expect(first).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(first.getByTestId('opinion-state')).toBeVisible();

  // The card's own button opens the matter's page.
  const text = (await content.textContent())!;
  const open = first.getByRole('link', { name: /^Mở ý kiến:/ });
  await expect(open).toBeInViewport();
  await open.click();
  await expect(page).toHaveURL(/\/y-kien\/[^/?]+$/);
  await expect(page.getByTestId('matter-content')).toHaveText(text);

  // In English too, nothing scrolls sideways.
  await page.evaluate(() => localStorage.setItem('lang', 'en'));
  await page.goto('/y-kien');
  await expect(first.getByRole('link', { name: /^Open the opinion:/ })).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test('on a laptop the opinion list stays a table', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'vanphong');
  await page.goto('/y-kien');
  const first = page.getByTestId('opinion-row').first();
  await expect(first).toBeVisible();
  await expect(first.locator('td')).toHaveCount(8);
  await expect(page.getByRole('columnheader', { name: 'Nội dung ý kiến' })).toBeVisible();
});
