// "Việc của tôi", the page after sign-in, for each demo role: it shows that role's work, and its
// lines open the place to act (the list with its filter, a matter, triage, the worklist, a
// commune's overdue matters) without typing a URL; the menu holds only what the role can use,
// grouped by the stages of a round. Screenshots of each home page at 1366×768 and 375×740 are kept
// as test artifacts (test-results/…, attached to the report) and compared against the approved
// images in home.spec.ts-snapshots/: taken on the second server no flow changes, with the app's
// and the browser's clocks both at E2E_CLOCK (regenerate after a deliberate change with
// `--update-snapshots`, then look at every image before keeping it). Then every staff page, as the
// office and as the province's oversight, is scanned for an ISO date (dd/mm/yyyy only), and the
// home page passes axe-core (no serious or critical violation).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { E2E_CLOCK } from './clock';
import { signIn } from './sign-in';

async function home(page: Page, username: string) {
  await page.clock.setFixedTime(new Date(E2E_CLOCK));
  await signIn(page, username);
  await expect(page).toHaveURL(/\/viec-cua-toi$/);
  await expect(page.getByRole('heading', { name: 'Việc của tôi' })).toBeVisible();
  // The groups have come from the server.
  await expect(
    page
      .locator('[data-testid^="work-"]')
      .first()
      .or(page.getByText('Gửi một ý kiến thu thập được')),
  ).toBeVisible();
}

/** Both sizes of the home page, kept with the test's results and compared against the approved images. */
async function screenshots(page: Page, info: TestInfo, username: string) {
  for (const [w, h] of [
    [1366, 768],
    [375, 740],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300); // the stepper turns vertical on a phone
    const name = `home-${username}-${w}x${h}`;
    const file = info.outputPath(`${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await info.attach(name, { path: file, contentType: 'image/png' });
    // With both clocks fixed and a server no flow touches, the page is the same on every run but
    // for one thing, masked: the lines of "Quá hạn trả lời" that share a due date come in the order
    // of their matters' ids, drawn at random by each fresh demo load (their count, dates and
    // wording are checked by the role tests above).
    const mask = [page.getByTestId('work-overdue').locator('ul')];
    await expect(page, `${name} as approved`).toHaveScreenshot(`${name}.png`, {
      fullPage: true,
      maxDiffPixelRatio: 0.01,
      mask,
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Trình đơn' });
const count = async (page: Page, key: string) =>
  Number((await page.getByTestId(`work-${key}-link`).innerText()).split(':').pop());

test.use({ viewport: { width: 1366, height: 768 } });

test('the office clerk: overdue, fields to confirm, duplicates, unassigned, notices and the round; each opens its place', async ({
  page,
}) => {
  await home(page, 'vanphong');
  for (const key of [
    'overdue',
    'due-soon',
    'unassigned-overdue',
    'unclassified',
    'duplicates',
    'notices',
  ])
    await expect(page.getByTestId(`work-${key}`)).toBeVisible();
  await expect(page.getByTestId('work-to-approve')).toHaveCount(0);
  await expect(page.getByTestId('work-late-communes')).toHaveCount(0);
  // The demo's round 1 left answers overdue; its round 2 is at the written answers.
  expect(await count(page, 'overdue')).toBeGreaterThan(0);
  await expect(page.getByTestId('round-stage')).toContainText('Trả lời');
  await expect(page.getByTestId('work-overdue')).toContainText(
    /hạn \d{2}\/\d{2}\/\d{4} · quá hạn \d+ ngày làm việc/,
  );

  // The menu by stage, with what the office uses and not the province's oversight.
  for (const stage of ['Chuẩn bị', 'Hội nghị', 'Sau hội nghị', 'Báo cáo', 'Quản trị'])
    await expect(menu(page).getByRole('group', { name: stage, exact: true })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: 'Nhập ý kiến' })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: 'Giám sát các xã' })).toHaveCount(0);

  // The overdue figure opens the opinion list filtered to overdue matters.
  await page.getByTestId('work-overdue-link').click();
  await expect(page).toHaveURL(/\/y-kien\?overdue=1$/);
  await page.goBack();
  // One overdue line opens that matter.
  const first = page.getByTestId('work-overdue').getByTestId('work-item').first();
  await first.click();
  await expect(page).toHaveURL(/\/y-kien\/[^/?]+$/);
  await page.goBack();
  // Overdue with nobody assigned: the worklist, filtered to the unassigned.
  await page.getByTestId('work-unassigned-overdue-link').click();
  await expect(page).toHaveURL(/\/theo-doi\?unassigned=1$/);
  await page.goBack();
  // Duplicates to decide: triage.
  await page.getByTestId('work-duplicates-link').click();
  await expect(page).toHaveURL(/\/phan-loai$/);
  // The unit tree is still in the menu.
  await menu(page).getByRole('link', { name: 'Đơn vị' }).click();
  await expect(page.getByRole('button', { name: 'Thôn Giang Hà' })).toBeVisible();
});

test('the official: the matters assigned to them, and the worklist from there', async ({
  page,
}) => {
  await home(page, 'congchuc');
  await expect(page.getByTestId('work-my-answers')).toBeVisible();
  // The demo names congchuc for three carried-over matters (overdue with a draft, due soon, extended).
  expect(await count(page, 'my-answers')).toBeGreaterThanOrEqual(3);
  expect(await count(page, 'overdue')).toBeGreaterThanOrEqual(1);
  for (const key of ['unclassified', 'duplicates', 'notices', 'to-approve'])
    await expect(page.getByTestId(`work-${key}`)).toHaveCount(0);
  for (const label of [
    'Nhập ý kiến',
    'Phân loại, trùng lặp',
    'Tổng hợp',
    'Giám sát các xã',
    'Tài khoản, phiên đăng nhập',
  ])
    await expect(menu(page).getByRole('link', { name: label, exact: true })).toHaveCount(0);
  await page.getByTestId('work-my-answers-link').click();
  await expect(page).toHaveURL(/\/theo-doi$/);
  await expect(page.getByRole('link', { name: 'Theo dõi trả lời' })).toBeVisible();
});

test('the chair: drafts to approve and the round; no data entry in the menu', async ({ page }) => {
  await home(page, 'chutich');
  await expect(page.getByTestId('work-to-approve')).toBeVisible();
  await expect(page.getByTestId('round-stage')).toBeVisible();
  for (const key of ['unclassified', 'duplicates', 'notices'])
    await expect(page.getByTestId(`work-${key}`)).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Nhập ý kiến' })).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Tổng hợp' })).toBeVisible();
  await page.getByTestId('work-to-approve-link').click();
  await expect(page).toHaveURL(/\/theo-doi$/);
});

test("the province: communes with late answers; one opens that commune's overdue matters", async ({
  page,
}) => {
  await home(page, 'tinh');
  const late = page.getByTestId('work-late-communes');
  await expect(late).toBeVisible();
  await expect(page.getByTestId('round-stage')).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Nhập ý kiến' })).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Gửi thông báo (quản trị)' })).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: 'Giám sát các xã' })).toBeVisible();

  const commune = late.getByTestId('work-item').filter({ hasText: 'Xã Sơn Giang' });
  await expect(late).toContainText('ý kiến quá hạn');
  await commune.click();
  await expect(page).toHaveURL(/\/giam-sat/);
  // The commune's overdue list opens at once, as many rows as its figure counts.
  const list = page.getByTestId('figure-list');
  await expect(list).toBeVisible({ timeout: 15_000 });
  const n = Number(
    (await page.getByRole('dialog').getByTestId('answers-overdue').first().innerText()).split(
      ':',
    )[1],
  );
  expect(n).toBeGreaterThan(0);
  await expect(list.locator('tbody tr')).toHaveCount(n);
});

test('the collector and the administrator have a home page too', async ({ browser, baseURL }) => {
  for (const username of ['mttq', 'admin']) {
    const context = await browser.newContext({
      baseURL,
      locale: 'vi-VN',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await home(page, username);
    if (username === 'mttq') {
      await expect(menu(page).getByRole('link', { name: 'Ý kiến, kiến nghị' })).toHaveCount(0);
      await page.getByRole('link', { name: 'Gửi một ý kiến thu thập được' }).click();
      await expect(page).toHaveURL(/\/nhap-y-kien$/);
    } else {
      await expect(menu(page).getByRole('link', { name: 'Nhật ký kiểm tra' })).toBeVisible();
      await expect(
        menu(page).getByRole('link', { name: 'Tài khoản, phiên đăng nhập' }),
      ).toBeVisible();
    }
    await context.close();
  }
});

// The approved images: every role's home page on the server no flow changes.
const pristine = `http://localhost:${process.env.E2E_PRISTINE_PORT}`;
for (const username of ['vanphong', 'congchuc', 'chutich', 'tinh', 'mttq', 'admin']) {
  test(`the home page of ${username}, at 1366×768 and 375×740, is as approved`, async ({
    browser,
  }, info) => {
    const context = await browser.newContext({
      baseURL: pristine,
      locale: 'vi-VN',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await home(page, username);
    await screenshots(page, info, username);
    await context.close();
  });
}

const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

for (const username of ['vanphong', 'tinh']) {
  test(`no ISO date on any staff page, as ${username}`, async ({ page }) => {
    test.setTimeout(180_000);
    await home(page, username);
    const paths = await menu(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(paths.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const path of paths) {
      await menu(page).locator(`a[href="${path}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
      const text = await page.locator('main').innerText();
      const hit = text.match(isoDate);
      if (hit)
        found.push(
          `${path}: «${text.slice(Math.max(0, hit.index! - 40), hit.index! + 20).replace(/\s+/g, ' ')}»`,
        );
    }
    // Open a commune's figures too (the oversight's drawer, the dashboard's lists).
    if (username === 'tinh') {
      await menu(page).getByRole('link', { name: 'Giám sát các xã' }).click();
      await page.getByTestId('oversight-row').first().click();
      await expect(page.getByRole('dialog').getByTestId('round-timeline')).toBeVisible();
      await page.getByRole('dialog').getByTestId('answers-overdue').click();
      await expect(page.getByTestId('figure-list')).toBeVisible();
      const text = await page.locator('body').innerText();
      if (isoDate.test(text)) found.push(`/giam-sat (drawer): ${text.match(isoDate)![0]}`);
    }
    expect(found).toEqual([]);
  });
}

test('the home page passes axe-core (no serious or critical violation), on a laptop and a phone', async ({
  page,
}) => {
  await home(page, 'vanphong');
  for (const [w, h] of [
    [1366, 768],
    [375, 740],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(300);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      ),
      `${w}×${h}`,
    ).toEqual([]);
  }
});
