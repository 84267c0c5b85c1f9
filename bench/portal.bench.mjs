// The public portal's weight and first paint on a slow phone network: bytes of JavaScript and total
// transfer of a commune's page (/xa/son-giang, goal 0 KB of script), and first contentful paint in
// Chromium under slow-3G throttling (CDP Network.emulateNetworkConditions: 400 kbps down and up,
// 400 ms round trip, cache off), against a trivial HTML page served in the same run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../packages/documents/dist/index.js';
import { median, report } from './lib.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = path.join(root, 'packages/server/dist/cli/main.js');
const RUNS = 5;
const slow3g = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

async function waitFor(url) {
  const t0 = performance.now();
  for (;;) {
    try { if ((await fetch(url)).status < 500) return; } catch { /* not yet */ }
    if (performance.now() - t0 > 60_000) throw new Error(`${url} did not answer in 60 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One cold load under throttling: first contentful paint, and bytes by resource type. */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  const types = new Map();
  let total = 0, js = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') js += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(() => new Promise((resolve) => {
    const found = performance.getEntriesByName('first-contentful-paint')[0];
    if (found) return resolve(found.startTime);
    new PerformanceObserver((list) => resolve(list.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)).observe({ type: 'paint', buffered: true });
  }));
  const scripts = await page.locator('script').count();
  await context.close();
  return { fcp, total, js, scripts };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('portal bench: no Chromium-family browser (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-portal-bench-'));
const appPort = 3831, trivialPort = 3832;
const appProc = spawn(process.execPath, [cli, 'serve'], {
  cwd: path.join(root, 'packages/server'), stdio: 'ignore',
  env: { ...process.env, LOG_LEVEL: 'error', DATA_DIR: path.join(dir, 'app'), DATABASE_URL: '', PORT: String(appPort), BASE_URL: `http://127.0.0.1:${appPort}` },
});
const trivialHtml = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body><h1>Xã Sơn Giang</h1><p>Trang thử.</p></body></html>';
const trivial = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(trivialHtml)).listen(trivialPort, '127.0.0.1');
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  await waitFor(`http://127.0.0.1:${appPort}/api/health`);
  const portalUrl = `http://127.0.0.1:${appPort}/xa/son-giang`;
  await load(browser, portalUrl); // warm the server, not the browser (each load is a fresh context)
  const portal = [], base = [];
  for (let i = 0; i < RUNS; i++) {
    portal.push(await load(browser, portalUrl));
    base.push(await load(browser, `http://127.0.0.1:${trivialPort}/`));
  }
  const last = portal.at(-1);
  report({ name: 'portal: JavaScript on /xa/son-giang (goal 0)', figure: last.js / 1024, unit: 'KB', baseline: base.at(-1).js / 1024, baselineName: 'trivial HTML page', better: 'lower' });
  report({ name: 'portal: total transfer of /xa/son-giang', figure: last.total / 1024, unit: 'KB', baseline: base.at(-1).total / 1024, baselineName: 'trivial HTML page' });
  report({ name: 'portal: first contentful paint, slow 3G (400 kbps, 400 ms RTT)', figure: median(portal.map((r) => r.fcp)), unit: 'ms', baseline: median(base.map((r) => r.fcp)), baselineName: 'trivial HTML page, same throttling' });
  if (last.scripts !== 0) console.error(`portal bench: ${last.scripts} <script> element(s) on the page`);
} finally {
  await browser.close();
  trivial.close();
  appProc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
