// The province's own dashboard (tinh at Tỉnh Hà Tĩnh): it receives no matters itself, so its
// figures are the sum of its communes', by commune where a commune's are by village; a commune's
// figure opens the list of that commune's matters. It showed zeros everywhere before.
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';

test('an oversight user reads the province-wide figures and opens one commune’s matters', async ({
  page,
}) => {
  await signIn(page, 'tinh');
  await page.getByRole('link', { name: 'Tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: 'Tỉnh Hà Tĩnh' })).toBeVisible();
  await expect(page.getByTestId('whole-area')).toHaveText(
    'Cộng số liệu của các xã, phường trực thuộc',
  );
  await expect(page.getByTestId('on-time-rate')).not.toHaveText(/—/);
  await expect(page.getByText('Theo xã, phường')).toBeVisible();
  const commune = page.getByTestId('figure-communeId').filter({ hasText: 'Xã Sơn Giang' });
  const count = Number((await commune.innerText()).split(':')[1]);
  expect(count).toBeGreaterThan(0);
  // The total is the communes' sum.
  const total = Number(
    (await page.getByText(/^Ý kiến, kiến nghị: \d+$/).innerText()).split(':')[1],
  );
  let sum = 0;
  for (const t of await page.getByTestId('figure-communeId').allInnerTexts())
    sum += Number(t.split(':')[1]);
  expect(sum).toBe(total);
  await commune.click();
  const rows = page.getByTestId('figure-list').locator('tbody tr');
  await expect(rows).toHaveCount(Math.min(count, 50));
});
