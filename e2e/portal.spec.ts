// The public portal on a phone, in Debian's Chromium against the real server:
//  1. (issue 8, done when) a citizen reads the conclusion notice, sends a question WITH a photo,
//     gets a code and tracks it; the office takes the matter through to a written answer over the
//     API (vanphong drafts and submits, chutich approves); the tracking page and the published
//     answers list then show the answer, and no petitioner's name anywhere;
//  2. the same form with JavaScript off: a refusal (not a photo) comes back filled, then it sends;
//  3. every portal page passes axe-core (no serious or critical violation), fits 320 CSS px (200 %
//     zoom on a 640 px window) without sideways scrolling, has tap targets of at least 44 px and a
//     label on every field.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A real JPEG as a phone camera would give (drawn and encoded by Chromium itself). */
async function cameraPhoto(browser: Browser): Promise<Buffer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 480;
    const g = c.getContext('2d')!;
    g.fillStyle = '#6b8e4e';
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#5a4a3a';
    g.fillRect(0, 300, 640, 180);
    g.fillStyle = '#222';
    g.beginPath();
    g.ellipse(320, 380, 120, 40, 0, 0, Math.PI * 2);
    g.fill();
    return c.toDataURL('image/jpeg', 0.85).split(',')[1]!;
  });
  await context.close();
  return Buffer.from(b64, 'base64');
}

async function signIn(request: APIRequestContext, baseURL: string, username: string) {
  const res = await request.post('/api/auth/sign-in/username', {
    headers: { origin: baseURL },
    data: { username, password: 'doithoai2026' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function fillForm(
  page: Page,
  fields: { name: string; village: string; contact: string; question: string },
) {
  await page.getByLabel('Họ và tên *').fill(fields.name);
  await page.getByLabel('Thôn *').selectOption({ label: fields.village });
  await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill(fields.contact);
  await page.getByLabel('Nội dung ý kiến, câu hỏi *').fill(fields.question);
}

test.describe('on a phone', () => {
  test.use(phone);

  test('reads the notice, sends a question with a photo, tracks it; after the office answers, tracking and the published list show the answer and no name', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const photo = await cameraPhoto(browser);
    const stamp = Date.now().toString(36);
    const question = `Đề nghị xã sửa ổ gà lớn trên đường trục thôn Khe Bá gần cầu Đá (${stamp}), xe máy hay bị ngã.`;
    const name = 'Trương Thị Nguyệt';

    await page.goto('/xa');
    // A commune's name that wraps keeps its bullet on its first line (the link is a flex box).
    const merged = page.getByRole('link', { name: /Xã Sơn Hà \(demo\) \(đến ngày/ });
    expect(await merged.evaluate((a) => getComputedStyle(a).display)).toBe('inline-flex');
    await page.getByRole('link', { name: 'Xã Sơn Giang', exact: true }).click();
    // The send button keeps its padding: the rule for a paragraph's only link is not a button's.
    const send = page.getByRole('link', { name: 'Gửi ý kiến', exact: true });
    expect(await send.evaluate((a) => parseFloat(getComputedStyle(a).paddingLeft))).toBeGreaterThan(
      10,
    );
    await page.getByRole('link', { name: 'Thông báo kết luận' }).first().click();
    await expect(page.getByText('THÔNG BÁO', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: /Về trang Xã Sơn Giang/ }).click();

    await page.getByRole('link', { name: 'Gửi ý kiến' }).first().click();
    await fillForm(page, { name, village: 'Thôn Khe Bá', contact: '0915 246 802', question });
    await page
      .getByLabel('Ảnh kèm theo (không bắt buộc)')
      .setInputFiles({ name: 'IMG_20261127_0712.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByLabel(/cán bộ xã liên hệ với tôi/).check();
    await page.getByLabel(/đăng công khai câu hỏi và câu trả lời/).check();
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

    await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
    const code = (await page.locator('#tracking-code').textContent())!.trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await page.getByRole('link', { name: 'Tra cứu ý kiến' }).click();
    await expect(page.getByText('Tình trạng: Mới tiếp nhận.')).toBeVisible();
    await expect(page.getByText('Chưa có câu trả lời được công bố.')).toBeVisible();

    // The office, over the API: finds the matter, sees the photo, takes it to a written answer.
    const office = await playwright.request.newContext({ baseURL });
    const chair = await playwright.request.newContext({ baseURL });
    await signIn(office, baseURL!, 'vanphong');
    await signIn(chair, baseURL!, 'chutich');
    const me = await (await office.get('/api/me')).json();
    const unitId: string = me.grants[0].unitId;
    const found = await (
      await office.get(`/api/units/${unitId}/opinions?q=${encodeURIComponent(stamp)}`)
    ).json();
    const matterId: string = found.items[0].id;
    const files = await (await office.get(`/api/opinions/${matterId}/attachments`)).json();
    expect(files).toEqual([
      expect.objectContaining({ mediaType: 'image/jpeg', size: photo.length }),
    ]);
    const file = await office.get(`/api/attachments/${files[0].id}`);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    expect(file.headers()['content-security-policy']).toContain('sandbox');
    expect((await file.body()).equals(photo)).toBe(true);
    // Between sessions: classified, assigned, answer prepared, raised, carried over to a written answer.
    for (const to of [
      'classified',
      'assigned',
      'answer-prepared',
      'raised',
      'carried-over',
      'in-follow-up',
    ]) {
      const current = await (await office.get(`/api/opinions/${matterId}`)).json();
      const moved = await office.post(`/api/opinions/${matterId}/move`, {
        data: { to, version: current.version },
      });
      expect(moved.status(), `${to}: ${await moved.text()}`).toBe(200);
    }
    const answer = `Trả lời bà ${name}: UBND xã đã kiểm tra, sẽ vá ổ gà trên đường trục thôn Khe Bá trong tháng này (${stamp}).`;
    expect(
      (await office.put(`/api/follow-up/${matterId}/answer`, { data: { text: answer } })).status(),
    ).toBe(200);
    expect(
      (await office.post(`/api/follow-up/${matterId}/answer/submit`, { data: {} })).status(),
    ).toBe(200);
    const approved = await chair.post(`/api/follow-up/${matterId}/answer/approve`, {
      data: { comment: 'Đồng ý' },
    });
    expect(approved.status(), await approved.text()).toBe(200);

    // Tracking shows the answer, the petitioner's name masked out.
    await page.goto(`/xa/son-giang/tra-cuu?ma=${code}`);
    await expect(page.getByRole('heading', { name: 'Câu trả lời' })).toBeVisible();
    await expect(page.getByText(/sẽ vá ổ gà trên đường trục thôn Khe Bá/)).toBeVisible();
    await expect(page.getByText('Trả lời bà T.T.N.', { exact: false })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(name);
    await expect(page.locator('body')).not.toContainText('0915');

    // The published list, searched without accents, shows it the same way.
    await page.goto('/xa/son-giang');
    await page.getByRole('link', { name: 'Câu trả lời của xã đã công bố' }).click();
    await page
      .getByLabel('Tìm trong câu hỏi và câu trả lời')
      .fill(`o ga duong truc khe ba ${stamp}`);
    await page.getByRole('button', { name: 'Tìm' }).click();
    await expect(page.getByText('Tìm thấy 1 câu trả lời')).toBeVisible();
    const card = page.locator('article.card');
    await expect(card).toContainText('Hỏi: Đề nghị xã sửa ổ gà lớn');
    await expect(card).toContainText('Người hỏi: Bà T.T.N., thôn Khe Bá');
    await expect(card).toContainText('sẽ vá ổ gà');
    await expect(page.locator('body')).not.toContainText(name);
    await expect(page.locator('body')).not.toContainText('0915');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await office.dispose();
    await chair.dispose();
  });
});

test.describe('on a phone with JavaScript off', () => {
  test.use({ ...phone, javaScriptEnabled: false });

  test('the form refuses a file that is not a photo keeping what was typed, then sends with a photo; the code tracks', async ({
    page,
    browser,
  }) => {
    const photo = await cameraPhoto(browser);
    await page.goto('/xa');
    await page.getByRole('link', { name: 'Xã Sơn Giang', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Xã Sơn Giang');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: 'Gửi ý kiến' }).first().click();
    const question = 'Đề nghị xã lắp biển báo giảm tốc độ trước cổng trường tiểu học.';
    await fillForm(page, {
      name: 'Võ Thị Lan',
      village: 'Thôn Khe Bá',
      contact: '12345',
      question,
    });
    await page.getByLabel('Ảnh kèm theo (không bắt buộc)').setInputFiles({
      name: 'anh.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('MZ this is not a picture at all'),
    });
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

    // Refused: a message beside each field, everything typed still there.
    await expect(page.getByText('Số điện thoại hoặc email chưa đúng')).toBeVisible();
    await expect(page.getByText('không phải ảnh JPEG, PNG hoặc WebP')).toBeVisible();
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('Võ Thị Lan');
    await expect(page.getByLabel('Nội dung ý kiến, câu hỏi *')).toHaveValue(question);
    await expect(page.getByLabel('Số điện thoại hoặc email (không bắt buộc)')).toHaveValue('12345');
    await expect(page.getByLabel('Thôn *')).toHaveValue(/.+/);

    await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('0912 000 777');
    await page.getByLabel(/cán bộ xã liên hệ với tôi/).check();
    await page
      .getByLabel('Ảnh kèm theo (không bắt buộc)')
      .setInputFiles({ name: 'bien-bao.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

    await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
    const code = (await page.locator('#tracking-code').textContent())!.trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await page.getByRole('link', { name: 'Tra cứu ý kiến' }).click();
    await expect(page.getByText('Tình trạng: Mới tiếp nhận.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Võ Thị Lan');
    await expect(page.locator('body')).not.toContainText('0912');

    await page.goto('/xa/son-giang/tra-cuu');
    await page.getByLabel('Mã tra cứu (8 ký tự)').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page.getByRole('heading', { name: `Ý kiến mã ${code}` })).toBeVisible();
  });
});

test.describe('accessibility of every portal page', () => {
  // 200 % zoom of a 640 px wide window: 320 CSS px.
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  /** Controls a finger must hit: buttons, fields, stand-alone links (lists, buttons, header). */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const sel =
        'button, .btn, input:not([type=hidden]), select, textarea, ul.links a, header a, nav a, p > a:only-child';
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
        if (el.closest('.trap')) continue;
        let r = el.getBoundingClientRect();
        if (el instanceof HTMLInputElement && el.type === 'file' && el.labels?.length) {
          // A visually hidden file input is tapped through its label drawn as a button.
          r = Array.from(el.labels)
            .map((l) => l.getBoundingClientRect())
            .sort((a, b) => b.width * b.height - a.width * a.height)[0]!;
        } else if (
          el instanceof HTMLInputElement &&
          (el.type === 'checkbox' || el.type === 'radio') &&
          el.labels?.[0]
        ) {
          // The label is part of the target: a tap on it ticks the box.
          const l = el.labels[0].getBoundingClientRect();
          r = new DOMRect(
            Math.min(r.left, l.left),
            Math.min(r.top, l.top),
            Math.max(r.right, l.right) - Math.min(r.left, l.left),
            Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top),
          );
        }
        if (r.height < 44 || r.width < 44)
          out.push(
            `${el.tagName.toLowerCase()}#${el.id || el.textContent?.trim().slice(0, 30)}: ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return out;
    });
  }

  async function unlabelled(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea'),
      )
        .filter(
          (el) =>
            !el.closest('.trap') &&
            !(el.labels && el.labels.length > 0) &&
            !el.getAttribute('aria-label'),
        )
        .map((el) => el.name || el.id),
    );
  }

  async function check(page: Page, what: string) {
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      what,
    ).toEqual([]);
    expect(
      await page.evaluate('document.documentElement.scrollWidth'),
      `${what}: sideways scroll at 320 px`,
    ).toBeLessThanOrEqual(320);
    expect(await smallTargets(page), `${what}: tap targets`).toEqual([]);
    expect(await unlabelled(page), `${what}: fields without a label`).toEqual([]);
  }

  test('directory, commune, form (empty and refused), receipt, tracking, published answers, notices', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const url of [
      '/xa',
      '/xa/son-giang',
      '/xa/son-giang/gui-y-kien',
      '/xa/son-giang/tra-cuu',
      '/xa/son-giang/tra-loi',
      '/xa/son-giang/tra-loi?q=duong',
    ]) {
      await page.goto(url);
      await check(page, url);
    }
    // A notice page (the official document as published).
    await page.goto('/xa/son-giang');
    await page.getByRole('link', { name: 'Thông báo kết luận' }).first().click();
    await check(page, 'conclusion notice');
    // The form refused (the browser's own checks pass; the server's do not), with its messages.
    await page.goto('/xa/son-giang/gui-y-kien');
    const question = 'Đề nghị xã tổ chức tiêm phòng dại cho chó, mèo trong thôn.';
    await fillForm(page, {
      name: 'Đinh Văn Sáu',
      village: 'Thôn Khe Bá',
      contact: 'abc',
      question,
    });
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(page.getByText('Ý kiến chưa gửi được.')).toBeVisible();
    await check(page, 'refused form');
    // Receipt and tracking with a result.
    await page.getByLabel('Số điện thoại hoặc email (không bắt buộc)').fill('');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
    await check(page, 'receipt');
    await page.getByRole('link', { name: 'Tra cứu ý kiến' }).click();
    await expect(page.getByText('Tình trạng: Mới tiếp nhận.')).toBeVisible();
    await check(page, 'tracking result');
  });
});
