// `npm run bench`: runs every bench/*.bench.mjs in turn (each in its own process, so one that
// crashes or hangs cannot take the others with it) and prints one table: the figure, its baseline
// from the same run, and the ratio. A benchmark that fails or times out is a row marked FAILED
// with the last line it printed; the others still run, and the exit code is then 1.
//   npm run bench                 every benchmark
//   npm run bench search portal   only those whose file name contains one of the words
//   npm run bench -- --markdown   the table as Markdown (for docs/PERFORMANCE.md)
//   BENCH_TIMEOUT_MIN=30          minutes allowed per benchmark (default 20)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const only = args.filter((a) => !a.startsWith('--'));
const timeoutMs = Number(process.env.BENCH_TIMEOUT_MIN ?? 20) * 60_000;
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${only.join(', ')} in bench/`);
  process.exit(1);
}

const rows = [];
let failed = 0;
for (const f of files) {
  process.stderr.write(`… ${f}\n`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(dir, f)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const before = rows.length;
  const lines = (r.stdout ?? '').split('\n').filter((l) => l.startsWith('BENCH '));
  for (const line of lines) {
    try {
      rows.push(JSON.parse(line.slice(6)));
    } catch {
      rows.push({ name: `${f}: unreadable line`, baselineName: line.slice(0, 80) });
    }
  }
  // A benchmark that prints its own `name<TAB>figure<TAB>unit` lines instead of BENCH lines still
  // gets its rows (without a same-run baseline; its own ratio lines say how it compares).
  if (lines.length === 0 && r.status === 0) {
    for (const line of (r.stdout ?? '').split('\n')) {
      const [name, figure, unit, extra] = line.split('\t');
      if (name && figure !== undefined && extra === undefined && !Number.isNaN(Number(figure)))
        rows.push({
          name: `${f.replace('.bench.mjs', '')}: ${name}`,
          figure: Number(figure),
          unit: unit ?? '',
          baseline: '',
          baselineName: '',
          ratio: '',
        });
    }
  }
  if (rows.length === before && r.status === 0)
    rows.push({
      name: `${f}: printed no figures`,
      baselineName: (r.stdout ?? '').trim().split('\n').pop()?.slice(0, 120) ?? '',
    });
  if (r.status !== 0 || r.error) {
    failed++;
    const why =
      r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL'
        ? `timed out after ${timeoutMs / 60_000} min`
        : r.error
          ? r.error.message
          : `exit ${r.status}`;
    // The line that says what went wrong (an uncaught error ends with Node's version line).
    const said = (r.stderr ?? '')
      .trim()
      .split('\n')
      .filter((l) => l.trim() && !/^Node\.js v/.test(l) && !/^\s+at /.test(l));
    const last = said.findLast((l) => /error|fail|refused|cannot/i.test(l)) ?? said.at(-1) ?? '';
    rows.push({
      name: `${f}: FAILED (${why})`,
      figure: '',
      unit: '',
      baseline: '',
      baselineName: last.slice(0, 120),
      ratio: '',
    });
  }
  process.stderr.write(
    `  ${f}: ${lines.length} figure(s), ${seconds} s${r.status === 0 ? '' : ' — FAILED'}\n`,
  );
}

const cols = ['name', 'figure', 'unit', 'baseline', 'baselineName', 'ratio'];
const titles = {
  name: 'benchmark',
  figure: 'figure',
  unit: 'unit',
  baseline: 'baseline',
  baselineName: 'baseline is',
  ratio: 'ratio',
};
const cell = (r, c) =>
  c === 'ratio' && r.ratio !== '' && r.ratio != null ? `${r.ratio}×` : String(r[c] ?? '');
if (markdown) {
  console.log(`| ${cols.map((c) => titles[c]).join(' | ')} |`);
  console.log(`|${cols.map(() => '---').join('|')}|`);
  for (const r of rows)
    console.log(`| ${cols.map((c) => cell(r, c).replace(/\|/g, '\\|')).join(' | ')} |`);
} else {
  const width = cols.map((c) => Math.max(titles[c].length, ...rows.map((r) => cell(r, c).length)));
  const fmt = (values) => values.map((v, i) => v.padEnd(width[i])).join('  ');
  console.log(fmt(cols.map((c) => titles[c])));
  for (const r of rows) console.log(fmt(cols.map((c) => cell(r, c))));
}
console.log(
  `\n${files.length} benchmark(s), ${rows.filter((r) => r.figure !== '' && r.figure != null).length} figure(s), ${failed} failed`,
);
process.exit(failed ? 1 : 0);
