// The optional TOTP second factor (better-auth's twoFactor plugin), with codes computed here by
// RFC 6238 from the secret the enrolment hands out: a chair enrols, then signing in needs the
// password AND a current code; the password alone opens no session; a wrong code is refused.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

function base32(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of s.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238: HMAC-SHA1 over the 30-second counter, dynamic truncation, 6 digits. */
export function totp(secret: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

const origin = { origin: 'http://localhost:3999' };
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

describe.each(dialectCases)('TOTP second factor on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'a chair enrols; then a sign-in needs the password and a current code',
    async () => {
      t = await startTestApp(dialect);
      const cookie = await t.login('chutich');
      const enable = await t.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/enable',
        headers: { ...origin, cookie },
        payload: { password: 'doithoai2026' },
      });
      expect(enable.statusCode, enable.body).toBe(200);
      const { totpURI, backupCodes } = enable.json() as { totpURI: string; backupCodes: string[] };
      expect(totpURI).toMatch(/^otpauth:\/\/totp\//);
      expect(backupCodes.length).toBeGreaterThan(0);
      const secret = new URL(totpURI).searchParams.get('secret')!;
      // Enrolment completes only once a code from the authenticator app is confirmed.
      const confirm = await t.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: { ...origin, cookie: `${cookie}; ${cookieOf(enable)}` },
        payload: { code: totp(secret) },
      });
      expect(confirm.statusCode, confirm.body).toBe(200);

      // The password alone: no session, a challenge instead.
      const first = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/username',
        headers: origin,
        payload: { username: 'chutich', password: 'doithoai2026' },
      });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
      const challenge = cookieOf(first);
      expect(
        (await t.app.inject({ url: '/api/me', headers: { cookie: challenge } })).statusCode,
      ).toBe(401);

      const wrong = String((Number(totp(secret)) + 1) % 1_000_000).padStart(6, '0');
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: { ...origin, cookie: challenge },
        payload: { code: wrong },
      });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.message).toContain('Mã xác thực');

      const second = await t.app.inject({
        method: 'POST',
        url: '/api/auth/two-factor/verify-totp',
        headers: { ...origin, cookie: challenge },
        payload: { code: totp(secret) },
      });
      expect(second.statusCode, second.body).toBe(200);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie: cookieOf(second) } });
      expect(me.statusCode).toBe(200);

      // Others are unaffected.
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/auth/sign-in/username',
            headers: origin,
            payload: { username: 'bithu', password: 'doithoai2026' },
          })
        ).json().twoFactorRedirect,
      ).toBeUndefined();
    },
  );
});
