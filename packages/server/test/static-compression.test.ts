// The staff app's bundle goes compressed to browsers that accept it: the web build writes .br and
// .gz beside each asset (vite.config.ts) and the server sends the one the browser asks for, the
// plain file otherwise; decompressed, each is the file itself.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

const dist = fileURLToPath(new URL('../../web/dist', import.meta.url));
let t: TestApp | undefined;
afterAll(async () => {
  await t?.close();
});

it('sends the bundle as brotli, gzip or plain, as the browser accepts', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const original = fs.readFileSync(path.join(dist, script!));
  t = await startTestApp('sqlite');
  const get = (encoding?: string) =>
    t!.app.inject({ url: script!, headers: encoding ? { 'accept-encoding': encoding } : {} });

  const br = await get('gzip, deflate, br');
  expect(br.statusCode).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['content-type']).toContain('javascript');
  expect(br.headers.vary).toMatch(/accept-encoding/i); // a cache between must not give brotli to a browser that did not ask
  expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
  expect(br.rawPayload.length).toBeLessThan(original.length / 3);

  const gz = await get('gzip');
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gz.rawPayload).equals(original)).toBe(true);

  const plain = await get();
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.rawPayload.equals(original)).toBe(true);
});
