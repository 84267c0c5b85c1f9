// The public portal as an older citizen uses it: a cheap phone (375×740), typing without accents,
// no script needed. A refused form comes back filled and its message names each field to fix (a
// link to it); the receipt shows the code in two groups of four, picked up whole by one tap, and
// says what to do next; the code tracks typed in lower case, with spaces, dashes or dots; the
// conclusion notice reads as one column with its table as one block per row, no text under 16 px;
// and every page is one light HTML response (no stylesheet, script or font to fetch).
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** Visible text set smaller than 16 CSS px, as "tag: text (size)". */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('.trap')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) out.push(`${el.tagName}: ${node.textContent.trim().slice(0, 30)} (${size}px)`);
    }
    return out;
  });
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('a refused form comes back filled, its message names the fields to fix and leads to them', async ({
  page,
}) => {
  await page.goto('/xa/son-giang/gui-y-kien');
  await page.getByLabel('Họ và tên *').fill('Nguyen Van Ba');
  await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('0912 34');
  const question = 'de nghi xa sua duong thon 3 bi lun, troi mua lay loi';
  await page.getByLabel('Nội dung ý kiến, câu hỏi *').fill(question);
  // The village left unchosen: the server refuses it (the browser's own check set aside).
  await page.locator('#villageId').evaluate((s) => s.removeAttribute('required'));
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Ý kiến chưa gửi được.');
  // Each field to fix is named at the top, as a link to it; its message is beside it.
  await expect(alert.getByRole('link')).toHaveText(['Thôn', 'Số điện thoại hoặc email']);
  await expect(page.getByText('Vui lòng chọn thôn nơi bạn ở.')).toBeVisible();
  await expect(page.getByText('Số điện thoại hoặc email chưa đúng')).toBeVisible();
  await expect(page.getByLabel('Họ và tên *')).toHaveValue('Nguyen Van Ba');
  await expect(page.getByLabel('Số điện thoại hoặc email (không bắt buộc)')).toHaveValue('0912 34');
  await expect(page.getByLabel('Nội dung ý kiến, câu hỏi *')).toHaveValue(question);
  // What is typed shows in the page's own type, not a typewriter face.
  const font = await page
    .getByLabel('Nội dung ý kiến, câu hỏi *')
    .evaluate((t) => getComputedStyle(t).fontFamily);
  expect(font).not.toMatch(/monospace/);
  expect(await sideways(page)).toBe(false);
  expect(await smallText(page)).toEqual([]);

  // The link to the village brings its label and box on screen.
  await alert.getByRole('link', { name: 'Thôn' }).click();
  await expect(page.getByText('Thôn *', { exact: true })).toBeInViewport();
  await expect(page.locator('#villageId')).toBeInViewport();
  await page.getByLabel('Thôn *').selectOption({ label: 'Thôn Khe Bá' });
  await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
});

test('the receipt shows the code to note down and the next step; the code tracks however it is typed', async ({
  page,
}) => {
  await page.goto('/xa/son-giang/gui-y-kien');
  await page.getByLabel('Họ và tên *').fill('Tran Thi Hoa');
  await page.getByLabel('Thôn *').selectOption({ label: 'Thôn Khe Bá' });
  await page.getByLabel('Nội dung ý kiến, câu hỏi *').fill('den duong thon bi hong tu thang truoc');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();

  const codeBox = page.locator('#tracking-code');
  const code = (await codeBox.textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  // Read and noted down as two groups of four; one tap picks up the whole code to copy.
  await expect(codeBox.locator('span')).toHaveText([code.slice(0, 4), code.slice(4)]);
  expect(await codeBox.evaluate((e) => getComputedStyle(e).userSelect)).toBe('all');
  await expect(codeBox).toBeInViewport();
  expect(
    await codeBox.evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
  ).toBeGreaterThanOrEqual(28);
  // The next step, in words: how to see the answer later.
  await expect(page.getByText(/Chép mã này ra giấy hoặc chụp màn hình/)).toBeVisible();
  await expect(page.getByText(/chữ hoa hay chữ thường đều được/)).toBeVisible();
  expect(await sideways(page)).toBe(false);
  expect(await smallText(page)).toEqual([]);

  for (const typed of [
    code.toLowerCase(),
    `${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase(),
    `${code.slice(0, 4)}-${code.slice(4)}`,
    `${code.slice(0, 4)}.${code.slice(4)}.`,
  ]) {
    await page.goto('/xa/son-giang/tra-cuu');
    await page.getByLabel('Mã tra cứu (8 ký tự)').fill(typed);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('heading', { name: `Ý kiến mã ${code}` }), typed).toBeVisible();
    await expect(page.getByText('Tình trạng: Mới tiếp nhận.')).toBeVisible();
  }
  expect(await sideways(page)).toBe(false);
  expect(await smallText(page)).toEqual([]);
});

test('the conclusion notice reads as one column: its table one block per row, no small type', async ({
  page,
}) => {
  await page.goto('/xa/son-giang');
  await page.getByRole('link', { name: 'Thông báo kết luận' }).first().click();
  await expect(page.getByText('THÔNG BÁO', { exact: true })).toBeVisible();
  expect(await sideways(page)).toBe(false);
  expect(await smallText(page)).toEqual([]);
  const table = page.locator('table.data');
  expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
  // Each cell says which column it is, the cells of a row one under another.
  const row = table.locator('tbody tr').first();
  await expect(row.locator('td').nth(4)).toHaveAttribute('data-label', 'Thời hạn giải quyết');
  const label = await row
    .locator('td')
    .nth(4)
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('Thời hạn giải quyết');
  const [a, b] = await Promise.all([1, 2].map((i) => row.locator('td').nth(i).boundingBox()));
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);
});

test('every portal page is one light HTML response: no stylesheet, script or font to fetch', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(`${r.resourceType()} ${r.url()}`));
  for (const url of [
    '/xa',
    '/xa/son-giang',
    '/xa/son-giang/gui-y-kien',
    '/xa/son-giang/tra-cuu',
    '/xa/son-giang/tra-loi',
  ]) {
    fetched.length = 0;
    const res = await page.goto(url);
    const body = await res!.body();
    expect(fetched, url).toEqual([`document ${new URL(url, page.url()).href}`]);
    expect(body.length, `${url}: bytes of HTML`).toBeLessThan(24_000);
    expect(await sideways(page), url).toBe(false);
    expect(await smallText(page), url).toEqual([]);
  }
});
