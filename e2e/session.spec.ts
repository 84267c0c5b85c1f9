// The whole path of one round, as a clerk of Xã Sơn Tây does it (Sơn Giang already has its demo
// year): the year's plan from the rules in one click, issued; round 1 scheduled, its notice
// refused when late and published on time; a walk-in registered; the console run one question at
// a time by keyboard through three questions (settled, carried over, new from the floor) while the
// network drops and returns, with nothing lost, attendance per composition adding up to the total,
// and the hall's screen following the question shown; the session closed with its minutes; the
// conclusion notice drafted and issued — and the carried-over items due 30 working days after it.
import { expect, test, type Page } from '@playwright/test';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (date: string, days: number) =>
  iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const vi = (date: string) => date.split('-').reverse().join('/');

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong.sontay');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Xã Sơn Tây (demo)' })).toBeVisible();
}

test('a clerk runs round 1 from the plan to the conclusion notice, offline in the middle', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const me = await (await page.request.get('/api/me')).json();
  const unitId: string = me.grants[0].unitId;
  // Setup a commune would already have: its Đảng ủy (to issue the plan) and one classified opinion.
  expect(
    (
      await page.request.post(`/api/units/${unitId}/organisations`, {
        data: { kind: 'dang-uy', name: 'Đảng ủy xã Sơn Tây', abbreviation: 'ĐU' },
      })
    ).status(),
  ).toBe(201);
  const prepared = 'Đề nghị nâng cấp đường giao thông nội đồng thôn 1';
  const asker = 'Lê Thị Lan';
  expect(
    (
      await page.request.post(`/api/units/${unitId}/opinions`, {
        data: {
          content: prepared,
          source: 'village',
          field: 'nong-nghiep',
          petitioner: { fullName: asker },
        },
      })
    ).status(),
  ).toBe(201);

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
  await expect(page.getByLabel('I. Mục đích, yêu cầu')).toHaveValue(
    /Thông qua hội nghị tiếp xúc, đối thoại/,
  );
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
  await expect(page.getByRole('alert')).toHaveText(
    `Thông báo phải phát hành chậm nhất ngày ${vi(shift(sessionDate, -7))} (7 ngày trước hội nghị)`,
  );
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

  // The console: one question at a time, by keyboard; the network drops in the middle and comes back.
  await page.getByRole('link', { name: 'Mở bàn điều hành hội nghị' }).click();
  const current = page.getByTestId('agenda-item');
  const entries = page.getByTestId('agenda-entry');
  await expect(current).toHaveAttribute('aria-label', 'Câu hỏi 1');
  await expect(entries).toHaveCount(2);
  await expect(current.getByLabel('Câu hỏi, kiến nghị')).toHaveValue(prepared);
  // Who asks a prepared question: the person who raised it.
  await expect(current.getByLabel('Người hỏi')).toHaveValue(asker);
  await expect(page.getByTestId('console-keys')).toContainText('Alt+↓');

  // Attendance per composition: the total is their sum.
  const present = page.getByLabel(/^có mặt: /);
  expect(await present.count()).toBeGreaterThan(1);
  await present.nth(0).fill('60');
  await present.nth(1).fill('25');
  await expect(page.getByTestId('attendance-total')).toContainText('Số người dự: 85');

  // Question 1: answered, settled with Alt+G.
  await current
    .getByLabel('Trả lời', { exact: true })
    .fill('Đường đã có trong kế hoạch năm nay, khởi công tháng tới.');
  await current.getByLabel('Người trả lời').fill('Chủ tịch UBND xã');
  await page.keyboard.press('Alt+G');
  await expect(entries.nth(0)).toContainText('Đã giải quyết');
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tất cả thay đổi');

  // The hall's screen, in another window: the question shown, the asker masked.
  const sessionId = new URL(page.url()).pathname.split('/')[2]!;
  const hall = await context.newPage();
  await hall.goto(`/hoi-nghi/${sessionId}/trinh-chieu`);
  await expect(hall.getByTestId('projector-question')).toHaveText(prepared);
  await expect(hall.getByTestId('projector-asker')).toHaveText('Người hỏi: Bà L.T.L.');
  await expect(hall.getByRole('heading', { level: 1 })).toContainText('Hội nghị lần 1');
  await expect(hall.getByTestId('projector')).toContainText(
    `07 giờ 30 · ngày ${vi(sessionDate)} · Hội trường UBND xã Sơn Tây`,
  );

  await context.setOffline(true);
  // Question 2 (Alt+↓): carried over with Alt+C.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(current).toHaveAttribute('aria-label', 'Câu hỏi 2');
  await expect(current.getByLabel('Câu hỏi, kiến nghị')).toHaveValue(walkIn);
  await expect(current.getByLabel('Người hỏi')).toHaveValue('Nguyễn Thị Hoa');
  await expect(hall.getByTestId('projector-question')).toHaveText(walkIn);
  await current
    .getByLabel('Trả lời', { exact: true })
    .fill('Xin tiếp thu, giao công chức địa chính kiểm tra và trả lời bằng văn bản.');
  await page.keyboard.press('Alt+C');
  await expect(entries.nth(1)).toContainText('Chuyển sau');
  // Question 3, new from the floor (Alt+N): the cursor waits in "who asks".
  await page.keyboard.press('Alt+N');
  await expect(current).toHaveAttribute('aria-label', 'Câu hỏi 3');
  await expect(current.getByLabel('Người hỏi')).toBeFocused();
  await page.keyboard.type('Trần Văn Bình');
  const floor = 'Hỏi về tiến độ chi trả tiền hỗ trợ lũ lụt cho thôn 1';
  await current.getByLabel('Câu hỏi, kiến nghị').fill(floor);
  await page.keyboard.press('Alt+C');
  await expect(hall.getByTestId('projector-question')).toHaveText(floor);
  await expect(hall.getByTestId('projector-asker')).toHaveText('Người hỏi: Ông T.V.B.');
  await expect(page.getByTestId('autosave-status')).toContainText('Mất kết nối');
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).some((k) => k.startsWith('doithoai.console.')),
    ),
  ).toBe(true);

  await context.setOffline(false);
  await expect(page.getByTestId('autosave-status')).toHaveText('Đã lưu tất cả thay đổi', {
    timeout: 15_000,
  });
  await page.reload();
  await expect(current).toHaveAttribute('aria-label', 'Câu hỏi 3');
  await expect(current.getByLabel('Câu hỏi, kiến nghị')).toHaveValue(floor);
  await expect(current.getByLabel('Người hỏi')).toHaveValue('Trần Văn Bình');
  await page.keyboard.press('PageUp');
  await expect(current).toHaveAttribute('aria-label', 'Câu hỏi 2');
  await expect(current.getByLabel('Trả lời', { exact: true })).toHaveValue(/Xin tiếp thu/);
  await expect(page.getByTestId('attendance-total')).toContainText('Số người dự: 85');
  await expect(entries).toHaveCount(3);
  await hall.close();

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
  const due = await (
    await page.request.get(
      `/api/calendar/deadline?rule=working-days-after&start=${conclusionDate}&n=30`,
    )
  ).json();
  const items = page.getByTestId('conclusion-item');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) {
    await expect(item.getByTestId('due-date')).toHaveText(vi(due.date));
    await expect(item.getByTestId('due-text')).toContainText(`cộng 30 ngày làm việc`);
  }
  await expect(items.first()).toContainText(walkIn);
  await expect(items.nth(1)).toContainText(floor);
});
