// `npm run bench`: runs every bench/*.bench.mjs in turn and prints one table: the figure, its
// baseline from the same run, and the ratio.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
const rows = [];
for (const f of files) {
  process.stderr.write(`… ${f}\n`);
  const r = spawnSync(process.execPath, [path.join(dir, f)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    rows.push({ name: `${f}: FAILED (exit ${r.status})`, figure: '', unit: '', baseline: '', baselineName: r.stderr.trim().split('\n').pop(), ratio: '' });
    continue;
  }
  for (const line of r.stdout.split('\n')) if (line.startsWith('BENCH ')) rows.push(JSON.parse(line.slice(6)));
}
const cols = ['name', 'figure', 'unit', 'baseline', 'baselineName', 'ratio'];
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
const fmt = (r) => cols.map((c, i) => String(r[c] ?? '').padEnd(width[i])).join('  ');
console.log(fmt(Object.fromEntries(cols.map((c) => [c, c]))));
for (const r of rows) console.log(fmt(r));
