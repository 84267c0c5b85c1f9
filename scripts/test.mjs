// `npm test`: every test. Unit and integration tests (Vitest; the integration suites run on
// SQLite and on PostgreSQL when one answers), then the browser flows (Playwright in Chromium).
// Ends with one plain line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

await ensureBuild({ web: true });

const lint = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.'],
  { cwd: root, stdio: 'inherit' },
);
if (lint.status !== 0) {
  console.error('eslint: lỗi / errors above');
  exitCode = lint.status ?? 1;
  totals.failed += 1;
}

// Formatting (.prettierrc.json; `npm run format` writes it).
const format = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'],
  { cwd: root, stdio: 'inherit' },
);
if (format.status !== 0) {
  console.error(
    'prettier: tệp chưa định dạng ở trên, chạy `npm run format` / files above are not formatted: run `npm run format`',
  );
  exitCode = format.status ?? 1;
  totals.failed += 1;
}

// The browser flows are not part of the build: their types are checked here.
const e2eTypes = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'e2e/tsconfig.json'],
  { cwd: root, stdio: 'inherit' },
);
if (e2eTypes.status !== 0) {
  console.error('tsc -p e2e: lỗi kiểu trong e2e / type errors in e2e above');
  exitCode = e2eTypes.status ?? 1;
  totals.failed += 1;
}

const vitestJson = path.join(tmp, 'vitest.json');
const vitest = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ],
  { cwd: root, stdio: 'inherit' },
);
if (vitest.status !== 0) exitCode = vitest.status ?? 1;
if (fs.existsSync(vitestJson)) {
  const r = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else exitCode ||= 1;

const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    fs.existsSync(p),
  );
if (!chromium && process.env.REQUIRE_BROWSER === '1') {
  console.error('REQUIRE_BROWSER=1 but no Chromium found');
  exitCode ||= 1;
} else if (!chromium) {
  console.warn(
    '\n⚠ Browser tests SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH).\n',
  );
} else {
  const pwJson = path.join(tmp, 'playwright.json');
  const pw = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@playwright/test/cli.js'),
      'test',
      '-c',
      'e2e/playwright.config.ts',
      '--reporter=list,json',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
    },
  );
  if (pw.status !== 0) exitCode ||= pw.status ?? 1;
  if (fs.existsSync(pwJson)) {
    const s = JSON.parse(fs.readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else exitCode ||= 1;
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
