// The whole path of one round, as a clerk of Xã Sơn Tây does it (Sơn Giang already has its demo
// year): the year's plan from the rules in one click, issued; round 1 scheduled, its notice
// refused when late and published on time; a walk-in registered; the console run with three
// questions (settled, carried over, new from the floor) while the network drops and returns, with
// nothing lost; the session closed with its minutes; the conclusion notice drafted and issued —
// and the carried-over items due 30 working days after the notice.
import { expect, test, type Page } from '@playwright/test';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const vi = (date: string) => date.split('-').reverse().join('/');

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong.sontay');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Xã Sơn Tây (demo)' })).toBeVisible();
}

test('a clerk runs round 1 from the plan to the conclusion notice, offline in the middle', async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const me = await (await page.request.get('/api/me')).json();
  const unitId: string = me.grants[0].unitId;
  // Setup a commune would already have: its Đảng ủy (to issue the plan) and one classified opinion.
  expect((await page.request.post(`/api/units/${unitId}/organisations`, { data: { kind: 'dang-uy', name: 'Đảng ủy xã Sơn Tây', abbreviation: 'ĐU' } })).status()).toBe(201);
  const prepared = 'Đề nghị nâng cấp đường giao thông nội đồng thôn 1';
  expect((await page.request.post(`/api/units/${unitId}/opinions`, { data: { content: prepared, source: 'village', field: 'nong-nghiep' } })).status()).toBe(201);

  // Dates: round 1 of this year is held by 15 June; the session on that day, or today if earlier.
  const today = iso(new Date(Date.now() + 7 * 3600_000));
  const year = Number(today.slice(0, 4));
  const heldBy = `${year}-06-15`;
  const sessionDate = today < heldBy ? today : heldBy;
  const conclusionDate = sessionDate === today ? today : shift(sessionDate, 1);

  // The plan in one click, then issued with the Đảng ủy's first number.
  await page.getByRole('link', { name: 'Kế hoạch' }).click();
  await page.getByRole('button', { name: `Tạo kế hoạch năm ${year} từ quy định` }).click();
  await expect(page.getByTestId('plan-state')).toHaveText('Dự thảo');
  await expect(page.getByLabel('I. Mục đích, yêu cầu')).toHaveValue(/Thông qua hội nghị tiếp xúc, đối thoại/);
  await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
  await expect(page.getByTestId('plan-number')).toHaveText('Đã ban hành: Số 01-KH/ĐU');

  // Round 1: scheduled, a late notice refused with its date, then published on time.
  await page.getByRole('link', { name: 'Mở trang hội nghị' }).click();
  await page.getByRole('link', { name: `Mở Hội nghị lần 1 ${year}` }).click();
  await page.getByLabel('Ngày hội nghị').fill(sessionDate);
  await page.getByLabel('Địa điểm').fill('Hội trường UBND xã Sơn Tây');
  await page.getByLabel('Chủ trì').fill('Đồng chí Bí thư Đảng ủy\nĐồng chí Chủ tịch UBND xã');
  await page.getByRole('button', { name: 'Lên lịch hội nghị' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đã lên lịch');
  await page.getByLabel('Ngày phát hành thông báo').fill(shift(sessionDate, -6));
  await page.getByRole('button', { name: 'Phát hành thông báo' }).click();
  await expect(page.getByRole('alert')).toHaveText(`Thông báo phải phát hành chậm nhất ngày ${vi(shift(sessionDate, -7))} (7 ngày trước hội nghị)`);
  await page.getByLabel('Ngày phát hành thông báo').fill(shift(sessionDate, -7));
  await page.getByLabel('Hạn gửi ý kiến, đăng ký phát biểu').fill(shift(sessionDate, -2));
  await page.getByRole('button', { name: 'Phát hành thông báo' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đã thông báo');
  await expect(page.getByTestId('short-notice')).toHaveValue(/THÔNG BÁO: Đảng ủy, UBND xã Sơn Tây/);
  await expect(page.getByTestId('timeline-announced')).toContainText('Đúng hạn');

  // A walk-in registers to speak: an opinion "at the session".
  const walkIn = 'Đề nghị xã sớm sửa cầu tràn khe Bãi';
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await page.getByLabel('Câu hỏi, kiến nghị').fill(walkIn);
  await page.getByRole('button', { name: 'Đăng ký phát biểu (người đến trực tiếp)' }).click();
  await expect(page.getByTestId('registrations')).toContainText('Nguyễn Thị Hoa');

  // The console: three questions; the network drops in the middle and comes back.
  await page.getByRole('link', { name: 'Mở bàn điều hành hội nghị' }).click();
  const q1 = page.getByRole('group', { name: 'Câu hỏi 1' });
  const q2 = page.getByRole('group', { name: 'Câu hỏi 2' });
  await expect(q1.getByLabel('Câu hỏi, kiến nghị')).toHaveValue(prepared);
  await expect(q2.getByLabel('Câu hỏi, kiến nghị')).toHaveValue(walkIn);
  await page.getByLabel('Số người dự').fill('85');
  await q1.getByLabel('Trả lời', { exact: true }).fill('Đường đã có trong kế hoạch năm nay, khởi công tháng tới.');
  await q1.getByLabel('Người trả lời').fill('Chủ tịch UBND xã');
  await q1.getByText('Giải quyết tại hội nghị').click();
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tất cả thay đổi');

  await context.setOffline(true);
  await q2.getByLabel('Trả lời', { exact: true }).fill('Xin tiếp thu, giao công chức địa chính kiểm tra và trả lời bằng văn bản.');
  await q2.getByText('Chuyển sau hội nghị').click();
  await page.getByRole('button', { name: 'Thêm câu hỏi từ hội trường' }).click();
  const q3 = page.getByRole('group', { name: 'Câu hỏi 3' });
  const floor = 'Hỏi về tiến độ chi trả tiền hỗ trợ lũ lụt cho thôn 1';
  await q3.getByLabel('Người hỏi').fill('Trần Văn Bình');
  await q3.getByLabel('Câu hỏi, kiến nghị').fill(floor);
  await q3.getByText('Chuyển sau hội nghị').click();
  await expect(page.getByTestId('autosave-status')).toContainText('Mất kết nối');
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('doithoai.console.')))).toBe(true);

  await context.setOffline(false);
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tất cả thay đổi', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('group', { name: 'Câu hỏi 3' }).getByLabel('Câu hỏi, kiến nghị')).toHaveValue(floor);
  await expect(page.getByRole('group', { name: 'Câu hỏi 2' }).getByLabel('Trả lời', { exact: true })).toHaveValue(/Xin tiếp thu/);
  await expect(page.getByLabel('Số người dự')).toHaveValue('85');

  // The session closes with its minutes.
  await page.getByRole('link', { name: '← Trang hội nghị' }).click();
  await page.getByRole('button', { name: 'Kết thúc hội nghị, lập biên bản' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đã tổ chức');
  await expect(page.getByTestId('minutes').locator('tbody tr')).toHaveCount(3);

  // The conclusion notice: drafted, then issued; the carried-over items now have their due dates.
  await page.getByLabel('Ngày thông báo kết luận').fill(conclusionDate);
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByTestId('conclusion-lines').locator('tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Ban hành thông báo kết luận' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Đã thông báo kết luận');
  const due = await (await page.request.get(`/api/calendar/deadline?rule=working-days-after&start=${conclusionDate}&n=30`)).json();
  const items = page.getByTestId('conclusion-item');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) {
    await expect(item.getByTestId('due-date')).toHaveText(vi(due.date));
    await expect(item.getByTestId('due-text')).toContainText(`cộng 30 ngày làm việc`);
  }
  await expect(items.first()).toContainText(walkIn);
  await expect(items.nth(1)).toContainText(floor);
});
