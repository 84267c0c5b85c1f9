// Signing in through the staff app's form, as a person does (every demo login has the same password).
import { expect, type Page } from '@playwright/test';

/** Fills and sends the form; what comes next (the app, a second-factor prompt) is the caller's to check. */
export async function submitSignIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in and waits until the app shows the signed-in person's header. */
export async function signIn(page: Page, username: string): Promise<void> {
  await submitSignIn(page, username);
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible({ timeout: 20_000 });
}
