// Issue 18, "entry that finishes the job": the office clerk enters a paper petition as a person
// does at the desk — the source is a paper petition by default, the date received is the one on
// the paper (a date in the future is refused at once), the suggested field is taken with Alt+L,
// a similar demo opinion is shown with the shared words marked, a photo of the paper goes with it
// — and on saving gets the tracking code to give the person, the matter's page and its receipt;
// the next entry keeps the source, village and date. Then the citizen's side on a 375 px phone:
// the portal's photo button is in Vietnamese, the code tracks (who handles it, the date the
// commune must answer by), and a wrong code says that no opinion has it.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';

const dayInVietnam = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const vn = (iso: string) => iso.split('-').reverse().join('/');
/** A tiny real PNG (drawn by Chromium), as a phone's photo of the paper would be. */
async function paperPhoto(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 120;
    c.height = 160;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fdfdf5';
    g.fillRect(0, 0, 120, 160);
    g.fillStyle = '#222';
    for (let y = 20; y < 150; y += 12) g.fillRect(10, y, 100, 2);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(b64, 'base64');
}

test('a clerk enters a paper petition: date received, the field by Alt+L, a similar opinion marked, a photo; gets the code, the page and the receipt', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'vanphong');
  // The page readies the commune's engine as it opens, before anything is typed.
  const warmed = page.waitForRequest(
    (r) => r.url().endsWith('/opinions/similar') && r.postDataJSON()?.content === '',
  );
  await page.getByRole('link', { name: 'Nhập ý kiến', exact: true }).click();
  const box = page.getByLabel('Nội dung ý kiến');
  await expect(box).toBeFocused();
  expect((await (await warmed).response())?.status()).toBe(200);

  // Told in other words (no village chosen yet), nothing clearly alike: the closest are offered
  // apart, as possibly related.
  await box.fill(
    'Mùa mưa đường liên thôn lầy lội, học sinh đi học bẩn hết quần áo, phụ huynh phải đưa đón',
  );
  const related = page.getByRole('region', { name: 'Có thể liên quan' });
  await expect(related.getByRole('heading', { name: 'Có thể liên quan' })).toBeVisible();
  await expect(related.getByTestId('duplicate').first()).toContainText('đường');
  await expect(page.getByRole('region', { name: 'Có thể trùng với' })).toHaveCount(0);
  await box.fill('');

  // A clerk's form is for paper: the source says so before anything is chosen.
  await expect(page.getByRole('combobox', { name: 'Nguồn' })).toHaveValue(
    'Công dân gửi đơn giấy, trực tiếp',
  );
  await page.getByRole('combobox', { name: 'Thôn', exact: true }).click();
  await page.getByRole('option', { name: 'Thôn Giang Hà' }).click();

  // The date received: today by default, dd/mm/yyyy; tomorrow is refused at once.
  const date = page.getByRole('textbox', { name: 'Ngày nhận' });
  await expect(date).toHaveValue(vn(dayInVietnam(0)));
  await date.fill(vn(dayInVietnam(1)));
  await date.blur();
  await expect(page.getByText('Ngày nhận không được sau hôm nay')).toBeVisible();
  const receivedOn = dayInVietnam(-2);
  await date.fill(vn(receivedOn));
  await date.blur();
  await expect(page.getByText('Ngày nhận không được sau hôm nay')).toHaveCount(0);

  // A petition like a demo opinion: offered while typing, the shared words marked.
  await box.fill(
    'Đường liên thôn Giang Hà đi Thanh Tiến xuống cấp nặng, nhiều ổ gà, đề nghị xã sớm sửa chữa trước mùa mưa.',
  );
  const similar = page.getByTestId('duplicate').filter({ hasText: 'Thanh Tiến' }).first();
  await expect(similar).toBeVisible();
  await expect(similar.locator('mark').first()).toBeVisible();
  const marked = (await similar.locator('mark').allInnerTexts()).join(' ').toLowerCase();
  expect(marked, 'the shared words include the road').toMatch(/thanh tiến|giang hà|ổ gà|đường/);
  await expect(
    similar.getByRole('button', { name: 'Cùng nội dung: thêm người này vào ý kiến này' }),
  ).toBeVisible();
  await expect(similar.getByRole('link', { name: 'Xem ý kiến' })).toHaveAttribute(
    'href',
    /^\/y-kien\/[\w-]+$/,
  );

  // The suggested field, shown with its key, taken with Alt+L from the text box.
  const chip = page.getByTestId('field-suggestion');
  await expect(chip).toBeVisible();
  await expect(chip).toContainText('Alt+L');
  const suggested = (await chip.textContent())!
    .replace(/^Xác nhận: /, '')
    .replace(/\s*\d+%.*$/, '')
    .trim();
  await box.focus();
  await page.keyboard.press('Alt+KeyL');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toHaveValue(suggested);

  await page.getByLabel('Người phản ánh').fill('Hồ Văn Tài');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'don-giay.png', mimeType: 'image/png', buffer: await paperPhoto(page) });
  const saving = page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      /\/api\/units\/[^/]+\/opinions$/.test(new URL(r.url()).pathname),
  );
  await box.focus();
  await page.keyboard.press('Control+Enter');
  const response = await saving;
  expect(response.status(), await response.text()).toBe(201);
  const saved = (await response.json()) as { id: string; trackingCode: string };

  // The panel: the code in large type, the matter's page and its receipt.
  const panel = page.getByTestId('saved-panel');
  await expect(panel.getByTestId('tracking-code')).toHaveText(saved.trackingCode);
  expect(saved.trackingCode).toMatch(/^[A-HJ-KMNP-Z2-9]{8}$/);
  await expect(panel.getByText('Đã đính kèm: don-giay.png')).toBeVisible();
  await expect(panel.getByText(`Ngày nhận: ${vn(receivedOn)}`)).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Mở trang ý kiến' })).toHaveAttribute(
    'href',
    `/y-kien/${saved.id}`,
  );
  await expect(panel.getByRole('link', { name: 'In biên nhận' })).toHaveAttribute(
    'href',
    `/y-kien/${saved.id}/bien-nhan`,
  );

  // Saved as typed: the date on the paper, the field taken, the photo with it.
  const matter = await (await page.request.get(`/api/opinions/${saved.id}`)).json();
  expect(matter).toMatchObject({ receivedOn, source: 'citizen-paper' });
  expect(matter.field).toBeTruthy();
  const files = await (await page.request.get(`/api/opinions/${saved.id}/attachments`)).json();
  expect(files).toEqual([
    expect.objectContaining({ mediaType: 'image/png', originalName: 'don-giay.png' }),
  ]);

  // The matter's page opens from the panel (in a tab of its own, as a clerk keeps the form open).
  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    panel.getByRole('link', { name: 'Mở trang ý kiến' }).click({ modifiers: ['Control'] }),
  ]);
  await opened.waitForURL(`**/y-kien/${saved.id}`);
  await expect(
    opened.getByText('Đường liên thôn Giang Hà đi Thanh Tiến xuống cấp nặng').first(),
  ).toBeVisible();
  await opened.close();

  // The next entry keeps the source, the village and the date received.
  await panel.getByRole('button', { name: 'Nhập ý kiến tiếp' }).click();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(page.getByLabel('Người phản ánh')).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Ngày nhận' })).toHaveValue(vn(receivedOn));
  await expect(page.getByRole('combobox', { name: 'Nguồn' })).toHaveValue(
    'Công dân gửi đơn giấy, trực tiếp',
  );
  await expect(page.getByRole('combobox', { name: 'Thôn', exact: true })).toHaveValue(
    'Thôn Giang Hà',
  );
  // The clerk's last source is remembered for them on this computer.
  await page.getByRole('combobox', { name: 'Nguồn' }).click();
  await page.getByRole('option', { name: 'Mặt trận Tổ quốc' }).click();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Nguồn' })).toHaveValue('Mặt trận Tổ quốc');

  // The citizen's side, on a phone.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  const citizen = await phone.newPage();
  await citizen.goto('/xa/son-giang/gui-y-kien');
  const fileButton = citizen.locator('label.file-button');
  await expect(fileButton).toHaveText('Chọn ảnh hoặc chụp ảnh');
  await expect(fileButton).toBeVisible();
  expect((await fileButton.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expect(citizen.locator('body')).not.toContainText(/Choose File|No file chosen/);
  // The hidden input is reached with the keyboard: Tab from the box before it lands on it, shown on its button.
  await citizen.getByLabel('Nội dung ý kiến, câu hỏi *').focus();
  await citizen.keyboard.press('Tab');
  await expect(citizen.locator('#photo')).toBeFocused();
  await citizen.screenshot({ path: test.info().outputPath('portal-form-375.png'), fullPage: true });
  expect(await citizen.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

  await citizen.goto(`/xa/son-giang/tra-cuu?ma=${saved.trackingCode}`);
  await expect(
    citizen.getByRole('heading', { name: `Ý kiến mã ${saved.trackingCode}` }),
  ).toBeVisible();
  await expect(citizen.getByText('Ủy ban nhân dân xã Sơn Giang')).toBeVisible();
  await expect(citizen.getByText(`${vn(receivedOn)}`).first()).toBeVisible();
  await expect(citizen.locator('body')).not.toContainText('Hồ Văn Tài');
  await citizen.screenshot({
    path: test.info().outputPath('portal-track-375.png'),
    fullPage: true,
  });
  expect(await citizen.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

  // A code of the right shape that is nobody's: said so, the code left in the box.
  await citizen.getByLabel('Mã tra cứu (8 ký tự)').fill('ABCD2345');
  await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(citizen.getByText('Không tìm thấy ý kiến có mã này')).toBeVisible();
  await expect(citizen.getByLabel('Mã tra cứu (8 ký tự)')).toHaveValue('ABCD2345');
  // A code that cannot be one keeps the hint about its form.
  await citizen.getByLabel('Mã tra cứu (8 ký tự)').fill('ABC-10');
  await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(citizen.getByText('Mã tra cứu gồm 8 chữ và số')).toBeVisible();
  await expect(citizen.getByLabel('Mã tra cứu (8 ký tự)')).toHaveValue('ABC-10');
  await phone.close();
});
