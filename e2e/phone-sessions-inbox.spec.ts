// The session list and the inbox on a phone (375×740): a session is a card whose open button is
// on the screen (the table had pushed it off the right edge), and a notification's text takes the
// card's width, its actions below it (beside it they squeezed the text to a word a line).
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

const noHorizontalScroll = () => document.documentElement.scrollWidth <= window.innerWidth;

test('a clerk on a phone opens a session from the list', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/hoi-nghi');
  const first = page.getByTestId('session-row').first();
  await expect(first).toBeInViewport();
  const open = first.getByRole('link', { name: /^Mở Hội nghị lần/ });
  await expect(open).toBeInViewport({ ratio: 1 });
  // The round's name reads on one line, not a word a line.
  const name = first.getByText(/^Hội nghị lần \d+ · \d{4}/);
  expect((await name.boundingBox())!.height).toBeLessThan(40);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
  await open.click();
  await expect(page).toHaveURL(/\/hoi-nghi\/[^/]+$/);
});

test('a clerk on a phone reads a notification across the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/thong-bao');
  const first = page.getByTestId('notification').first();
  await expect(first).toBeVisible();
  const card = (await first.boundingBox())!;
  const subject = (await first.locator('p').first().boundingBox())!;
  expect(subject.width).toBeGreaterThan(card.width * 0.75);
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);
});

const stateCode = /\b(in-follow-up|responded|complex|escalated|carried-over|settled)\b/;

test('a session held and concluded reads on a phone: steps, minutes and follow-up by name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'vanphong');
  await page.goto('/hoi-nghi');
  await page.getByRole('link', { name: /^Mở Hội nghị lần 2/ }).click();
  const firstStep = page.getByTestId('timeline').locator('[data-testid^="timeline-"]').first();
  await expect(firstStep).toBeVisible();
  // The step's name on one line (the table gave it a word a line).
  expect((await firstStep.locator('p').first().boundingBox())!.height).toBeLessThan(40);
  const items = page.getByTestId('conclusion-item');
  await expect(items.first()).toBeVisible();
  for (const text of await items.allInnerTexts()) {
    expect(text).toContain('Trạng thái:');
    expect(text).not.toMatch(stateCode);
  }
  expect(await page.evaluate(noHorizontalScroll)).toBe(true);

  // On a laptop the same list is a table, its state by name too.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByTestId('follow-up').locator('tbody tr').first()).toBeVisible();
  for (const text of await items.allInnerTexts()) expect(text).not.toMatch(stateCode);
});
