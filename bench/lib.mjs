// Shared by the benchmarks: every benchmark prints its figures as `BENCH {json}` lines —
// the figure, a baseline measured in the same run, and their ratio — which bench/run.mjs
// gathers into one table.
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
