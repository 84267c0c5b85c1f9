// Shared by the benchmarks: every benchmark prints its figures as `BENCH {json}` lines —
// the figure, a baseline measured in the same run, and their ratio — which bench/run.mjs
// gathers into one table.
import net from 'node:net';
export function report({ name, figure, unit, baseline, baselineName, better = 'lower' }) {
  const ratio = baseline ? figure / baseline : null;
  const line = { name, figure: round(figure), unit, baseline: round(baseline), baselineName, ratio: ratio && round(ratio, 2), better };
  console.log(`BENCH ${JSON.stringify(line)}`);
  return line;
}

export const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Whether a PostgreSQL server answers at the URL's host and port (1 s), before a bench tries it. */
export function postgresAnswers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    s.setTimeout(1000);
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
    s.once('timeout', () => { s.destroy(); resolve(false); });
  });
}
