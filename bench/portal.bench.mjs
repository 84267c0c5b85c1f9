// The public portal's weight and first paint on a slow phone network (issue 8's goals: ≤ 60 KB of
// JavaScript gzipped on first load, first content in ≤ 3 s on slow 3G), in Chromium with its own
// network throttling (CDP Network.emulateNetworkConditions) at DevTools' "Slow 3G" preset:
// 2,000 ms latency, 500 kbps × 0.8 down and up; cache off, a fresh context per load.
//  - JavaScript on first load, gzipped (each script's body gzipped here, whatever the server sent),
//    of the commune page and of the send form, against the staff console's first load (its login
//    page, loaded unthrottled) in the same run;
//  - bytes transferred for the commune page against a trivial HTML page;
//  - first contentful paint of the commune page and of the send form against the trivial page.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../packages/documents/dist/index.js';
import * as lib from './lib.mjs';
import { median, report } from './lib.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = path.join(root, 'packages/server/dist/bundle/main.js');
const RUNS = Number(process.env.PORTAL_BENCH_RUNS ?? 5);
const slow3g = {
  offline: false,
  latency: 400 * 5,
  downloadThroughput: ((500 * 1000) / 8) * 0.8,
  uploadThroughput: ((500 * 1000) / 8) * 0.8,
};
const GOAL_JS_KB = 60;
const GOAL_FCP_MS = 3000;

/** Up once it answers at all (a 404 of the bare server's root included). */
const waitFor = (url) => lib.waitFor(url, { ok: (res) => res.status < 500 });

/** One cold load under throttling: first contentful paint, bytes on the wire, script bytes raw and gzipped. */
async function load(browser, url, { throttle = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', slow3g);
  const types = new Map();
  const scripts = [];
  let total = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') scripts.push(e.requestId);
  });
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) =>
          resolve(list.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
        ).observe({ type: 'paint', buffered: true });
      }),
  );
  let jsRaw = 0,
    jsGzip = 0;
  for (const id of scripts) {
    const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: id });
    const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
    jsRaw += bytes.length;
    jsGzip += gzipSync(bytes, { level: 9 }).length;
  }
  const scriptTags = await page.locator('script').count();
  await context.close();
  return { fcp, total, jsRaw, jsGzip, scriptTags };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'portal bench: no Chromium-family browser (apt-get install chromium, or set CHROMIUM_PATH)',
  );
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-portal-bench-'));
const appPort = 3831,
  trivialPort = 3832;
const appProc = spawn(process.execPath, [cli, 'serve'], {
  cwd: path.join(root, 'packages/server'),
  stdio: 'ignore',
  env: {
    ...process.env,
    LOG_LEVEL: 'error',
    DATA_DIR: path.join(dir, 'app'),
    DATABASE_URL: '',
    PORT: String(appPort),
    BASE_URL: `http://127.0.0.1:${appPort}`,
  },
});
const trivialHtml =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body><h1>Xã Sơn Giang</h1><p>Trang thử.</p></body></html>';
const trivial = http
  .createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(trivialHtml),
  )
  .listen(trivialPort, '127.0.0.1');
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const kb = (n) => n / 1024;
try {
  await waitFor(`http://127.0.0.1:${appPort}/api/health`);
  const app = `http://127.0.0.1:${appPort}`;
  const urls = {
    home: `${app}/xa/son-giang`,
    form: `${app}/xa/son-giang/gui-y-kien`,
    staff: `${app}/`,
    trivial: `http://127.0.0.1:${trivialPort}/`,
  };
  await load(browser, urls.home); // warm the server, not the browser (each load is a fresh context)
  const runs = { home: [], form: [], staff: [], trivial: [] };
  // The staff console's weight is the baseline for script bytes only: loaded unthrottled (on slow
  // 3G its bundle alone takes longer than a page load may), its paint is not compared.
  for (let i = 0; i < RUNS; i++)
    for (const k of Object.keys(runs))
      runs[k].push(await load(browser, urls[k], { throttle: k !== 'staff' }));
  const last = (k) => runs[k].at(-1);
  const fcp = (k) => median(runs[k].map((r) => r.fcp));

  report({
    name: `portal: JavaScript on first load of /xa/son-giang, gzipped (goal ≤ ${GOAL_JS_KB} KB)`,
    figure: kb(last('home').jsGzip),
    unit: 'KB',
    baseline: kb(last('staff').jsGzip),
    baselineName: 'staff console first load (login page), gzipped',
  });
  report({
    name: `portal: JavaScript on first load of the send form, gzipped (goal ≤ ${GOAL_JS_KB} KB)`,
    figure: kb(last('form').jsGzip),
    unit: 'KB',
    baseline: kb(last('staff').jsGzip),
    baselineName: 'staff console first load (login page), gzipped',
  });
  report({
    name: 'portal: bytes transferred for /xa/son-giang',
    figure: kb(last('home').total),
    unit: 'KB',
    baseline: kb(last('trivial').total),
    baselineName: 'trivial HTML page',
  });
  report({
    name: `portal: first contentful paint of /xa/son-giang, Slow 3G (2 s latency, 400 kbps; goal ≤ ${GOAL_FCP_MS} ms)`,
    figure: fcp('home'),
    unit: 'ms',
    baseline: fcp('trivial'),
    baselineName: 'trivial HTML page, same throttling',
  });
  report({
    name: `portal: first contentful paint of the send form, Slow 3G (goal ≤ ${GOAL_FCP_MS} ms)`,
    figure: fcp('form'),
    unit: 'ms',
    baseline: fcp('trivial'),
    baselineName: 'trivial HTML page, same throttling',
  });
  const jsOk = Math.max(last('home').jsGzip, last('form').jsGzip) <= GOAL_JS_KB * 1024;
  const fcpOk = Math.max(fcp('home'), fcp('form')) <= GOAL_FCP_MS;
  console.error(
    `portal bench: staff console first load ${kb(last('staff').jsRaw).toFixed(1)} KB of script raw, ${kb(last('staff').jsGzip).toFixed(1)} KB gzipped; portal goals: JavaScript ${jsOk ? 'met' : 'MISSED'}, first content ${fcpOk ? 'met' : 'MISSED'}`,
  );
  for (const k of ['home', 'form'])
    if (last(k).scriptTags !== 0)
      console.error(`portal bench: ${last(k).scriptTags} <script> element(s) on ${urls[k]}`);
} finally {
  await browser.close();
  trivial.close();
  appProc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
