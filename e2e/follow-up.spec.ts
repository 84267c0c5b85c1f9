// After the demo's round 2: the office names the official for a question carried over from the
// floor; the official (congchuc) answers it from a template in the follow-up page and submits it;
// the chair (chutich) approves it; the office records the letters as sent and the matter closes.
// The petitioner's public tracking page then shows the answer with the official's name and no
// petitioner's name.
//
// The demo's carried-over matters were raised at the session, not sent from the portal, so none
// has a tracking code; the test gives this one the code its petitioner would have received from
// the portal (one row in portal_submission, written into the server's SQLite file).
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';

async function signedIn(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Theo dõi trả lời' })).toBeVisible();
  return page;
}

async function openMatter(page: Page, content: string) {
  if (await page.getByRole('dialog').isVisible()) {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.getByRole('link', { name: 'Theo dõi trả lời' }).click();
  await page.getByRole('button', { name: `Mở: ${content.slice(0, 60)}` }).click();
  await expect(page.getByRole('dialog').getByText(content, { exact: true })).toBeVisible();
  return page.getByRole('dialog');
}

async function pick(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

test('the office filters the worklist by field, and names an official for an overdue matter nobody answers, from its row', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const office = await signedIn(browser, baseURL!, 'vanphong');
  const me = await (await office.request.get('/api/me')).json();
  const unitId: string = me.grants[0].unitId;
  const all = await (await office.request.get(`/api/units/${unitId}/follow-up`)).json();
  const withField = all.items.find((i: { field: string | null }) => i.field);
  const sameField = all.items.filter(
    (i: { field: string | null }) => i.field === withField.field,
  ).length;
  const orphan = all.items.find(
    (i: { official: { personId: string | null }; due: { date: string } }) =>
      !i.official.personId && i.due.date < all.today,
  );
  expect(orphan, 'the demo has an overdue matter with nobody responsible').toBeTruthy();
  const other = all.officials.find((o: { name: string }) => o.name !== 'Phan Thị Hương');

  await office.getByRole('link', { name: 'Theo dõi trả lời' }).click();
  const rows = office.getByTestId('worklist-row');
  await expect(rows).toHaveCount(all.total);
  // The legal basis of the due dates is said once, under the list, not in every row.
  await expect(office.getByTestId('due-basis')).toContainText('Bộ luật Dân sự 2015');
  for (const row of await rows.all()) await expect(row).not.toContainText('Căn cứ');
  // Each row opens the matter's page.
  await expect(rows.getByRole('link', { name: orphan.content })).toHaveAttribute(
    'href',
    `/y-kien/${orphan.matterId}`,
  );

  // By field: the field kept in the URL, only that field's matters.
  const fieldName = await rows
    .filter({ hasText: withField.content })
    .locator('td')
    .nth(1)
    .innerText();
  await office.getByRole('combobox', { name: 'Lĩnh vực', exact: true }).click();
  await office.getByRole('option', { name: fieldName, exact: true }).click();
  await expect(office).toHaveURL(new RegExp(`[?&]field=${withField.field}(&|$)`));
  await expect(rows).toHaveCount(sameField);
  for (const row of await rows.all()) await expect(row.locator('td').nth(1)).toHaveText(fieldName);
  await office.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(rows).toHaveCount(all.total);

  // Overdue and nobody responsible: the matter is on the office's list, and is named from its row.
  // (The boxes follow the URL, which changes a moment after the click.)
  for (const name of ['Chưa có người phụ trách', 'Quá hạn']) {
    await office.getByRole('checkbox', { name }).click();
    await expect(office.getByRole('checkbox', { name })).toBeChecked();
  }
  await expect(office).toHaveURL(/unassigned=1/);
  await expect(office).toHaveURL(/overdue=1/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(orphan.content);
  await expect(rows.first().getByTestId('no-official')).toHaveText('Chưa có người phụ trách');
  await rows
    .first()
    .getByRole('combobox', { name: `Giao cho công chức: ${orphan.content.slice(0, 60)}` })
    .click();
  await office.getByRole('option', { name: other.name, exact: true }).click();
  await rows
    .first()
    .getByRole('button', { name: `Giao: ${orphan.content.slice(0, 60)}` })
    .click();
  await expect(rows).toHaveCount(0);
  await expect(office.getByText('Không có vấn đề nào đang chờ trả lời.')).toBeVisible();
  // The same list, reloaded from its URL, without "nobody responsible": named.
  await office.goto('/theo-doi?overdue=1');
  await expect(rows.filter({ hasText: orphan.content })).toContainText(other.name);
  await office.context().close();
});

test('an official answers a carried-over matter, the chair approves it, the tracking page shows it without names', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const office = await signedIn(browser, baseURL!, 'vanphong');
  const me = await (await office.request.get('/api/me')).json();
  const unitId: string = me.grants[0].unitId;
  const worklist = await (await office.request.get(`/api/units/${unitId}/follow-up`)).json();
  const item = worklist.items.find(
    (i: { state: string; answerState: string | null }) =>
      i.state === 'in-follow-up' && !i.answerState,
  );
  expect(item, 'the demo has a carried-over matter awaiting its answer').toBeTruthy();
  const detail = await (await office.request.get(`/api/follow-up/${item.matterId}`)).json();
  const names: string[] = detail.petitioners
    .map((p: { fullName: string | null }) => p.fullName)
    .filter(Boolean);

  const code =
    'HT' +
    Math.random()
      .toString(36)
      .slice(2, 8)
      .toUpperCase()
      .replace(/[01ILO]/g, '7');
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, 'doithoai.sqlite'));
  try {
    db.prepare(
      'insert into portal_submission (id, unit_id, matter_id, tracking_code, session_id, wants_to_speak, created_at) values (?, ?, ?, ?, null, 0, ?)',
    ).run(`e2e-${code}`, unitId, item.matterId, code, new Date().toISOString());
  } finally {
    db.close();
  }

  // The office names the official who answers (the question came from the floor with no field).
  let drawer = await openMatter(office, item.content);
  await pick(office, 'Giao cho công chức', /^Phan Thị Hương/);
  await pick(office, 'Lĩnh vực', 'Tài nguyên (đất đai, khoáng sản, nước)');
  await drawer.getByRole('button', { name: 'Giao', exact: true }).click();
  await expect(drawer.getByText('Công chức phụ trách: Phan Thị Hương')).toBeVisible();

  // The official: her worklist now holds it; she starts from the land template and writes the rest.
  const official = await signedIn(browser, baseURL!, 'congchuc');
  drawer = await openMatter(official, item.content);
  await pick(official, 'Chèn câu mẫu', /Mở đầu: đất đai/);
  const editor = drawer.getByLabel('Dự thảo văn bản trả lời', { exact: true });
  await expect(editor).toHaveValue(/Luật Đất đai 2024/);
  // A placeholder the matter cannot fill (a question from the floor has no village) stays visible
  // for her to complete by hand.
  const opening = (await editor.inputValue()).replace('{thon}', 'thôn Đồng Lạc');
  const answer =
    'UBND xã đã rà soát hồ sơ; giấy chứng nhận của các hộ thôn Đồng Lạc được trao trong tháng 12.';
  await editor.fill(`${opening}\n${answer}`);
  await drawer.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(drawer.getByText(/Chờ duyệt · Phan Thị Hương/)).toBeVisible();

  // The chair approves: one letter per petitioner is issued.
  const chair = await signedIn(browser, baseURL!, 'chutich');
  drawer = await openMatter(chair, item.content);
  await drawer.getByRole('button', { name: 'Duyệt và phát hành' }).click();
  await expect(drawer.getByText(/Đã duyệt, chờ gửi/)).toBeVisible();
  await expect(drawer.getByText(/UBND/).first()).toBeVisible();

  // The office records the letters as sent: the matter is closed.
  drawer = await openMatter(office, item.content);
  await drawer.getByRole('button', { name: /Ghi nhận đã gửi/ }).click();
  await expect(drawer.getByText(/^Đã kết thúc/)).toBeVisible();

  // The petitioner's tracking page, with no sign-in.
  const citizen = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
  await citizen.goto(`/xa/son-giang/tra-cuu?ma=${code}`);
  await expect(citizen.getByRole('heading', { name: `Ý kiến mã ${code}` })).toBeVisible();
  await expect(citizen.getByText('Câu trả lời', { exact: true })).toBeVisible();
  await expect(citizen.locator('.notice')).toContainText(answer);
  await expect(citizen.locator('.notice')).toContainText('Luật Đất đai 2024');
  await expect(citizen.getByText(/Người trả lời: Phan Thị Hương/)).toBeVisible();
  const page = await citizen.locator('body').innerText();
  for (const n of names) expect(page).not.toContain(n);
});

test('the office keeps an answer template, marks a pair as not a duplicate and back, and creates a session outside the plan', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const office = await signedIn(browser, baseURL!, 'vanphong');
  const me = await (await office.request.get('/api/me')).json();
  const unitId: string = me.grants[0].unitId;

  // A template for the land field, with a placeholder.
  await office.getByRole('link', { name: 'Theo dõi trả lời' }).click();
  await office.getByRole('button', { name: 'Mẫu trả lời' }).click();
  const drawer = office.getByRole('dialog');
  await drawer.getByLabel('Tên mẫu').fill('Đã trao giấy chứng nhận');
  await pick(office, 'Lĩnh vực', 'Tài nguyên (đất đai, khoáng sản, nước)');
  await drawer
    .getByLabel('Nội dung mẫu')
    .fill('Giấy chứng nhận của cử tri {thon} đã được trao trước ngày {han_tra_loi}.');
  await drawer.getByRole('button', { name: 'Thêm mẫu' }).click();
  await expect(
    drawer.getByText('Giấy chứng nhận của cử tri {thon} đã được trao trước ngày {han_tra_loi}.'),
  ).toBeVisible();
  await office.keyboard.press('Escape');

  // Two near-identical matters are grouped as one concern; "not the same", then undone.
  interface Node {
    id: string;
    name: string;
    children: Node[];
  }
  const tree = (await (await office.request.get('/api/units/tree')).json()) as { units: Node[] };
  const find = (nodes: Node[]): Node | undefined =>
    nodes.map((n) => (n.id === unitId ? n : find(n.children))).find(Boolean);
  const commune = find(tree.units)!;
  const village = commune.children.find((c) => c.name === 'Thôn Khe Bá')!.id;
  const first =
    'Đề nghị lắp đèn chiếu sáng đoạn đường từ cầu Khe Bá lên trường mầm non thôn Khe Bá';
  const second =
    'Đề nghị lắp đèn chiếu sáng đoạn đường từ cầu Khe Bá đến trường mầm non của thôn Khe Bá';
  for (const content of [first, second]) {
    expect(
      (
        await office.request.post(`/api/units/${unitId}/opinions`, {
          data: { content, villageId: village, source: 'village' },
        })
      ).status(),
    ).toBe(201);
  }
  await office.getByRole('link', { name: 'Phân loại, trùng lặp' }).click();
  const pair = office.getByTestId('cluster').filter({ hasText: first }).filter({ hasText: second });
  await expect(pair).toHaveCount(1);
  await pair
    .getByTestId('cluster-member')
    .filter({ hasText: second })
    .getByTestId('cluster-not-same')
    .click();
  await expect(pair).toHaveCount(0);
  const dismissed = office.getByTestId('not-duplicate').filter({ hasText: first });
  await expect(dismissed).toBeVisible();
  await dismissed.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(pair).toHaveCount(1);
  // The routing table is shown to the office, read-only.
  await expect(office.getByRole('table', { name: 'Bảng phân công theo lĩnh vực' })).toBeVisible();
  await expect(office.getByText(/Chỉ quản trị viên được sửa bảng phân công/)).toBeVisible();

  // A session outside the plan, with the invited count per composition against the cap.
  await office.getByRole('link', { name: 'Hội nghị' }).click();
  await office
    .getByLabel('Lý do tổ chức (ít nhất 10 ký tự)')
    .fill('Sạt lở bờ sông thôn Giang Hà, cần đối thoại ngay với Nhân dân');
  await office.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(office.getByRole('heading', { level: 2 })).toContainText('(ngoài kế hoạch)');
  await office
    .getByLabel('Thành phần mời')
    .fill('Nhân dân thôn Giang Hà | 80\nTrưởng các thôn | 12');
  await office.getByLabel('Số người tối đa').fill('100');
  await expect(office.getByText('Tổng số mời: 92 / tối đa 100')).toBeVisible();
});
