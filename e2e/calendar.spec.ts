// The working calendar and regulation profiles as people use them: the clerk checks Tết 2026 and
// a deadline across it; the administrator corrects 2027 and resets it; the administrator clones
// the Hà Tĩnh profile, shortens the written-answer time and applies the clone to the province.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';

async function openYear(page: Page, year: number) {
  await page.getByRole('link', { name: 'Lịch làm việc' }).click();
  await page.getByRole('textbox', { name: 'Năm', exact: true }).fill(String(year));
  await expect(page.getByRole('heading', { name: `Lịch làm việc năm ${year}` })).toBeVisible();
}

const day = (page: Page, viDate: string) =>
  page.getByRole('button', { name: new RegExp(`^${viDate}, `) });

test('the clerk sees Tết 2026 with its basis and a deadline across it, with the skipped days', async ({
  page,
}) => {
  await signIn(page, 'vanphong');
  await openYear(page, 2026);
  await expect(page.getByTestId('year-source')).toHaveText('Theo quyết định chính thức');

  for (const d of ['16', '17', '18', '19', '20']) {
    await expect(day(page, `${d}/02/2026`)).toHaveAttribute('data-mark', 'off');
    await expect(day(page, `${d}/02/2026`)).toHaveAccessibleName(/Tết Nguyên đán/);
  }
  await expect(day(page, '10/01/2026')).toHaveAttribute('data-mark', 'worked');
  await day(page, '16/02/2026').hover();
  await expect(page.getByRole('tooltip')).toContainText(
    'Thông báo của Bộ Nội vụ về lịch nghỉ Tết Âm lịch năm 2026',
  );
  const tetRow = page
    .getByTestId('holiday-list')
    .getByRole('row')
    .filter({ hasText: '16/02/2026' });
  await expect(tetRow).toContainText('Tết Nguyên đán');
  await expect(tetRow).toContainText('Thông báo của Bộ Nội vụ về lịch nghỉ Tết Âm lịch năm 2026');

  // Selecting a day shows its lunar date: 17/02/2026 is Tết, the 1st of the 1st lunar month.
  await day(page, '17/02/2026').click();
  await expect(page.getByTestId('lunar-date')).toHaveText('Âm lịch: 1/1/2026');
  await expect(page.getByTestId('year-editor')).toHaveCount(0);

  await page.getByLabel('Ngày bắt đầu (không tính)').fill('2026-02-10');
  await page.getByLabel('Số ngày (N)').fill('30');
  await page.getByRole('button', { name: 'Tính hạn', exact: true }).click();
  const explanation = page.getByRole('region', { name: 'Cách tính ngày này' });
  await expect(explanation.getByTestId('deadline-date')).toHaveText('31/03/2026');
  await expect(explanation.getByTestId('deadline-text')).toContainText('Tết Nguyên đán');
  const skipped = explanation.getByTestId('skipped-days');
  await expect(skipped.getByTestId('skipped-day')).toHaveCount(5);
  await expect(skipped.getByTestId('skipped-weekends')).toContainText(
    'Thứ Bảy, Chủ nhật (14): 14/02, 15/02, 21/02',
  );
  await expect(explanation).toContainText('Ngày không tính (19)');
  for (const d of ['16', '17', '18', '19', '20'])
    await expect(skipped.getByRole('row').filter({ hasText: `${d}/02/2026` })).toContainText(
      'Tết Nguyên đán',
    );

  // The clerk reads the profiles but may not change them.
  await page.getByRole('link', { name: 'Quy định' }).click();
  await expect(page.getByTestId('unit-profile')).toContainText('Xã Sơn Giang đang áp dụng');
  await expect(page.getByTestId('unit-profile')).toContainText('ha-tinh-657');
  await expect(page.getByTestId('writtenAnswerWorkingDays')).toHaveText('30 ngày làm việc');
  await expect(page.getByRole('button', { name: 'Nhân bản' })).toHaveCount(0);
  await expect(page.getByLabel('Chọn quy định cho đơn vị')).toHaveCount(0);
});

test('the administrator corrects 2027, a refused save keeps the edits, then resets the year', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await openYear(page, 2027);
  const badge = page.getByTestId('year-source');
  await expect(badge).toHaveText('Tính theo quy tắc, chưa có quyết định chính thức');
  await expect(day(page, '01/03/2027')).toHaveAttribute('data-mark', 'working');

  const editor = page.getByTestId('year-editor');
  await editor.getByRole('button', { name: 'Sửa lịch năm này' }).click();
  const rows = editor.getByTestId('entry-row');
  const before = await rows.count();
  await editor.getByRole('button', { name: 'Thêm ngày' }).click();
  await expect(rows).toHaveCount(before + 1);
  const n = before + 1;
  await editor.getByLabel(`Ngày #${n}`).fill('2028-03-01');
  await editor.getByLabel(`Tên #${n}`).fill('Nghỉ thêm (thử nghiệm)');
  await editor.getByLabel(`Căn cứ #${n}`).fill('Quyết định giả định số 1/QĐ-TTg');
  await editor.getByLabel('Lý do điều chỉnh').fill('Theo quyết định của Thủ tướng');
  await editor.getByRole('button', { name: 'Lưu lịch' }).click();
  await expect(editor.getByRole('alert')).toContainText('2028-03-01');
  await expect(editor.getByLabel(`Tên #${n}`)).toHaveValue('Nghỉ thêm (thử nghiệm)');
  await expect(badge).toHaveText('Tính theo quy tắc, chưa có quyết định chính thức');

  await editor.getByLabel(`Ngày #${n}`).fill('2027-03-01');
  await editor.getByRole('button', { name: 'Lưu lịch' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu lịch năm 2027');
  await expect(badge).toHaveText('Do quản trị viên điều chỉnh');
  await expect(day(page, '01/03/2027')).toHaveAttribute('data-mark', 'off');
  await expect(day(page, '01/03/2027')).toHaveAccessibleName(/Nghỉ thêm \(thử nghiệm\)/);

  await page.getByLabel('Ngày bắt đầu (không tính)').fill('2027-02-26');
  await page.getByLabel('Số ngày (N)').fill('1');
  await page.getByRole('button', { name: 'Tính hạn', exact: true }).click();
  await expect(page.getByTestId('deadline-date')).toHaveText('02/03/2027');

  await editor.getByRole('button', { name: 'Trở về mặc định' }).click();
  await editor.getByLabel('Lý do điều chỉnh').fill('Hủy thử nghiệm');
  await editor.getByRole('button', { name: 'Xác nhận trở về mặc định' }).click();
  await expect(page.getByRole('status')).toHaveText('Lịch năm 2027 đã trở về mặc định');
  await expect(badge).toHaveText('Tính theo quy tắc, chưa có quyết định chính thức');
  await expect(day(page, '01/03/2027')).toHaveAttribute('data-mark', 'working');
});

test('the administrator clones ha-tinh-657, shortens the written answer and applies the clone', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Quy định' }).click();
  const unitCard = page.getByTestId('unit-profile');
  await expect(unitCard).toContainText('Tỉnh Hà Tĩnh đang áp dụng');
  await expect(unitCard).toContainText('ha-tinh-657');

  await page.getByRole('button', { name: /ha-tinh-657/ }).click();
  await page.getByRole('button', { name: 'Nhân bản' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mã mới').fill('ha-tinh-e2e');
  await dialog.getByLabel('Tên (tiếng Việt)').fill('Hà Tĩnh (thử nghiệm)');
  await dialog.getByRole('button', { name: 'Nhân bản' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã nhân bản');
  await expect(page.getByRole('heading', { name: 'Hà Tĩnh (thử nghiệm)' })).toBeVisible();
  await expect(page.getByText('Nhân bản từ ha-tinh-657')).toBeVisible();

  await page.getByRole('button', { name: 'Sửa số liệu' }).click();
  const form = page.getByTestId('profile-numbers-form');
  await form.getByLabel('Trả lời bằng văn bản trong vòng').fill('20');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu bộ quy định');
  await expect(page.getByTestId('writtenAnswerWorkingDays')).toHaveText('20 ngày làm việc');

  await page.reload();
  await page.getByRole('button', { name: /ha-tinh-e2e/ }).click();
  await expect(page.getByTestId('writtenAnswerWorkingDays')).toHaveText('20 ngày làm việc');

  await unitCard.getByRole('combobox', { name: 'Chọn quy định cho đơn vị' }).click();
  await page.getByRole('option', { name: /ha-tinh-e2e/ }).click();
  await unitCard.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đổi quy định của đơn vị');
  await expect(unitCard).toContainText('ha-tinh-e2e');
  await expect(unitCard).toContainText('do đơn vị tự chọn');

  // Back to the demo's choice, so other flows see the demo as shipped.
  await unitCard.getByRole('combobox', { name: 'Chọn quy định cho đơn vị' }).click();
  await page.getByRole('option', { name: /^ha-tinh-657/ }).click();
  await unitCard.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(unitCard).toContainText('ha-tinh-657');
});
