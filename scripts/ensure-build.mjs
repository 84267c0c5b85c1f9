// Builds what is out of date, so `npm start` and `npx doithoai` work right after `npm install`:
// the TypeScript packages (tsc -b) and the server's bundle when a source is newer than the last
// build, and the web app (vite build) when asked and its sources changed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDir, bundleServer } from './bundle-server.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith('node_modules') || p.endsWith('dist')) return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

const lock = path.join(root, 'node_modules', '.doithoai-build.lock');
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

function run(cmd, args, cwd, label) {
  process.stderr.write(`… ${label}\n`);
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`Build thất bại / build failed: ${label}\n`);
    fs.rmSync(lock, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
}

// One build at a time: several test runs on one machine (or `npm start` beside `npm test`) must
// not write the same dist/ folders together. A lock folder older than 10 minutes is stale.
async function withBuildLock(fn) {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - mtime(lock) > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export async function ensureBuild(options = {}) {
  return withBuildLock(() => buildIfStale(options));
}

async function buildIfStale({ web = true, force = false } = {}) {
  const pkgs = ['core', 'documents', 'server'].map((p) => path.join(root, 'packages', p));
  const stamp = path.join(root, 'packages', 'server', 'dist', '.build-stamp');
  const sources = [
    ...pkgs.flatMap((p) => [path.join(p, 'src'), path.join(p, 'tsconfig.json')]),
    path.join(root, 'tsconfig.base.json'),
  ];
  const bundled = fs.existsSync(path.join(bundleDir, 'main.js'));
  if (force || !bundled || newestMtime(sources) > mtime(stamp)) {
    run(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'packages/server'],
      root,
      'tsc -b packages/server',
    );
    try {
      await bundleServer();
    } catch (e) {
      process.stderr.write(
        `${e instanceof Error ? e.message : e}\nBuild thất bại / build failed: rolldown packages/server\n`,
      );
      fs.rmSync(lock, { recursive: true, force: true });
      process.exit(1);
    }
    fs.writeFileSync(stamp, new Date().toISOString());
  }
  if (web) {
    const webDir = path.join(root, 'packages', 'web');
    const webSources = [
      path.join(webDir, 'src'),
      path.join(webDir, 'index.html'),
      path.join(webDir, 'vite.config.ts'),
      path.join(root, 'packages', 'core', 'src'),
    ];
    if (force || newestMtime(webSources) > mtime(path.join(webDir, 'dist', 'index.html'))) {
      run(
        process.execPath,
        [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
        webDir,
        'vite build packages/web',
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureBuild({ force: process.argv.includes('--force') });
}
