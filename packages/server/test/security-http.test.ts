// HTTP hardening: a cookie-carrying write sent from another site is refused (403) and changes
// nothing, while the staff app's own requests, the portal's no-script form posts and
// non-browser clients pass; every kind of page carries its Content-Security-Policy and the
// security headers. (The staff app's built index.html has no inline script: checked too.)
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDistDir } from '../src/http/app.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(dialectCases)(
  'CSRF refusal and security headers on $dialect',
  ({ dialect, skip }) => {
    let t: TestApp;
    let cookie = '';
    let org: { id: string; version: number; name: string };
    beforeAll(async () => {
      if (skip) return;
      t = await startTestApp(dialect);
      cookie = await t.login('vanphong');
      const row = await t.deps.db.kysely
        .selectFrom('organisation')
        .select(['id', 'version', 'name'])
        .where('name', '=', 'Hội Nông dân xã')
        .executeTakeFirstOrThrow();
      org = { id: row.id, version: Number(row.version), name: row.name };
    });
    afterAll(async () => {
      if (!skip) await t.close();
    });

    const patch = (headers: Record<string, string>, name: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/organisations/${org.id}`,
        headers: { cookie, ...headers },
        payload: { name, version: org.version },
      });

    it.skipIf(skip)(
      'a write sent from another site is refused with 403 in Vietnamese, and nothing changes',
      async () => {
        for (const headers of [
          { 'sec-fetch-site': 'cross-site', origin: 'https://ke-xau.example' },
          { 'sec-fetch-site': 'same-site', origin: 'https://khac.doithoai.local' },
          { origin: 'https://ke-xau.example' }, // an older browser: no Fetch Metadata, but an Origin
          { origin: 'null' }, // a sandboxed frame or a data: page
          { referer: 'https://ke-xau.example/trang' },
        ]) {
          const res = await patch(headers, 'Bị đổi tên từ trang khác');
          expect(res.statusCode, JSON.stringify(headers)).toBe(403);
          expect(res.json().error).toMatchObject({ code: 'FORBIDDEN' });
          expect(res.json().error.message).toContain('trang khác');
        }
        const en = await patch({ 'sec-fetch-site': 'cross-site', 'accept-language': 'en' }, 'x');
        expect(en.json().error.message).toContain('another site');
        const still = await t.deps.db.kysely
          .selectFrom('organisation')
          .select('name')
          .where('id', '=', org.id)
          .executeTakeFirstOrThrow();
        expect(still.name).toBe(org.name);
        // Sign-in from another site is refused too (a forged sign-in into the attacker's account).
        const forged = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in/username',
          headers: { 'sec-fetch-site': 'cross-site', origin: 'https://ke-xau.example' },
          payload: { username: 'vanphong', password: 'doithoai2026' },
        });
        expect(forged.statusCode).toBe(403);
      },
    );

    it.skipIf(skip)(
      "the app's own requests pass: same-origin Fetch Metadata, our Origin, or no browser headers at all",
      async () => {
        const sameOrigin = await patch(
          { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3999' },
          'Hội Nông dân xã (1)',
        );
        expect(sameOrigin.statusCode, sameOrigin.body).toBe(200);
        org.version += 1;
        const byOrigin = await patch({ origin: 'http://localhost:3999' }, 'Hội Nông dân xã (2)');
        expect(byOrigin.statusCode, byOrigin.body).toBe(200);
        org.version += 1;
        const cli = await patch({}, 'Hội Nông dân xã');
        expect(cli.statusCode, cli.body).toBe(200);
        org.version += 1;
        // Reads are never refused, whatever their origin (a link followed from another site).
        const read = await t.app.inject({
          url: '/api/units/tree',
          headers: { cookie, 'sec-fetch-site': 'cross-site' },
        });
        expect(read.statusCode).toBe(200);
      },
    );

    it.skipIf(skip)(
      "the portal's no-script form post passes from the portal itself and is refused from elsewhere",
      async () => {
        const form = 'content=Đề nghị sửa đường&consent=x';
        const fromPortal = await t.app.inject({
          method: 'POST',
          url: '/xa/son-giang/gui-y-kien',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'sec-fetch-site': 'same-origin',
            origin: 'http://localhost:3999',
          },
          payload: form,
        });
        expect(fromPortal.statusCode).not.toBe(403);
        const fromElsewhere = await t.app.inject({
          method: 'POST',
          url: '/xa/son-giang/gui-y-kien',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'sec-fetch-site': 'cross-site',
            origin: 'https://ke-xau.example',
          },
          payload: form,
        });
        expect(fromElsewhere.statusCode).toBe(403);
        expect(fromElsewhere.headers['content-type']).toContain('text/html');
      },
    );

    it.skipIf(skip)(
      'CSP and security headers: staff app, portal (no script at all), API',
      async () => {
        const staff = await t.app.inject({ url: '/theo-doi' });
        const csp = String(staff.headers['content-security-policy']);
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("frame-ancestors 'self'");
        expect(staff.headers['x-content-type-options']).toBe('nosniff');
        expect(staff.headers['referrer-policy']).toBe('same-origin');

        const portal = await t.app.inject({ url: '/xa/son-giang' });
        expect(portal.statusCode).toBe(200);
        const pcsp = String(portal.headers['content-security-policy']);
        expect(pcsp).toContain("default-src 'none'");
        expect(pcsp).not.toMatch(/script-src (?!'none')/); // default-src 'none' forbids every script
        expect(pcsp).toContain("form-action 'self'");
        expect(pcsp).toMatch(/frame-ancestors '(none|self)'/);
        expect(portal.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(portal.body).not.toMatch(/<script/i);

        const api = await t.app.inject({ url: '/api/me', headers: { cookie } });
        expect(String(api.headers['content-security-policy'])).toContain("default-src 'none'");
        expect(api.headers['cache-control']).toBe('no-store');
        expect(api.headers['cross-origin-opener-policy']).toBe('same-origin');
      },
    );

    it.skipIf(skip || !fs.existsSync(path.join(webDistDir, 'index.html')))(
      "the built staff app has no inline script (so script-src 'self' is enough)",
      () => {
        const html = fs.readFileSync(path.join(webDistDir, 'index.html'), 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        expect(scripts.length).toBeGreaterThan(0);
        for (const [, attrs, body] of scripts) {
          expect(attrs).toMatch(/\bsrc=/);
          expect(body!.trim()).toBe('');
        }
        expect(html).not.toMatch(/\son[a-z]+=/i);
      },
    );
  },
);
