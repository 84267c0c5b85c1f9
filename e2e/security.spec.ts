// Security as a person meets it, in Chromium against the real server: the strict CSP blocks
// nothing the staff app needs (no violation reported while signing in and using the admin
// screens), an administrator sees sessions, and a chair turns on two-step sign-in and then
// signs in with a code computed from the key the app showed (RFC 6238).
import { createHmac } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signIn, submitSignIn } from './sign-in';

function totp(secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secret.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const o = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(String(e)));
  return violations;
}

test('the staff app runs under its CSP with no violation; the administrator sees accounts and sessions', async ({
  page,
}) => {
  const violations = watchCsp(page);
  const res = await page.goto('/');
  expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
  await signIn(page, 'admin');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto('/tai-khoan'); // (the navbar lists many pages; this one is near its end)
  await expect(page.getByRole('heading', { name: 'Tài khoản và phiên đăng nhập' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'admin' }).first()).toBeVisible();
  await page
    .getByRole('row')
    .filter({ hasText: '(admin)' })
    .getByRole('button', { name: 'Xem phiên' })
    .click();
  await expect(page.getByRole('button', { name: 'Thu hồi', exact: true }).first()).toBeVisible();
  await page
    .getByRole('link', { name: 'Ý kiến' })
    .first()
    .click()
    .catch(() => undefined);
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
});

test('a chair turns on two-step sign-in, then signs in with password and code', async ({
  page,
}) => {
  const violations = watchCsp(page);
  await signIn(page, 'chutich');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.goto('/bao-mat');
  await expect(page.getByText('Đang tắt.')).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill('doithoai2026');
  await page.getByRole('button', { name: 'Bật đăng nhập hai bước' }).click();
  const secret = (await page.locator('code').first().textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await page.getByLabel('Mã 6 chữ số').fill(totp(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã bật đăng nhập hai bước.')).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await submitSignIn(page, 'chutich');
  await expect(page.getByText('Tài khoản này bật đăng nhập hai bước.')).toBeVisible();
  await page.getByLabel(/Mã xác thực/).fill(totp(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  expect(violations).toEqual([]);
});
