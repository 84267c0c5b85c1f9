// Benchmark: 1,000,000 "30 working days after" deadlines over random starts in 2020–2030, with
// the table-based addWorkingDays against a naive day-by-day loop, measured in the same run.
// The machine is shared and noisy (docs: MACHINE.md), so the two are interleaved over several
// rounds and the medians compared. Needs `npx tsc -b packages/core` first.
// Run: node bench/deadlines.bench.mjs
import {
  createWorkingCalendar,
  parseIsoDate,
  formatIsoDate,
} from '../packages/core/dist/calendar/index.js';

const COUNT = 1_000_000;
const NAIVE_COUNT = 200_000;
const ROUNDS = 5;
const N = 30;

// A fixed seed keeps runs comparable (mulberry32).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const calendar = createWorkingCalendar();
const first = parseIsoDate('2020-01-01');
const span = parseIsoDate('2030-12-31') - first + 1;
const rand = random(657);
const starts = Array.from({ length: COUNT }, () =>
  formatIsoDate(first + Math.floor(rand() * span)),
);
const startDays = Int32Array.from(starts, parseIsoDate);

// The naive rule as anyone would first write it: step a day, ask whether it is a working day.
// Same edges as the fast path (parse the start once, format the result once).
function naiveAddDay(d, n) {
  for (let left = n; left > 0;) {
    d++;
    if (calendar.isWorkingDayNumber(d)) left--;
  }
  return d;
}
const naiveAdd = (start, n) => formatIsoDate(naiveAddDay(parseIsoDate(start), n));

for (let i = 0; i < 10_000; i++) {
  if (calendar.addWorkingDays(starts[i], N) !== naiveAdd(starts[i], N))
    throw new Error(`mismatch at ${starts[i]}`);
}

function rate(count, fn) {
  const t0 = process.hrtime.bigint();
  fn(count);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return count / seconds;
}

let sink = 0;
const runs = { iso: [], day: [], naive: [], naiveDay: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.iso.push(
    rate(COUNT, (c) => {
      for (let i = 0; i < c; i++) sink += calendar.addWorkingDays(starts[i], N).length;
    }),
  );
  runs.naive.push(
    rate(NAIVE_COUNT, (c) => {
      for (let i = 0; i < c; i++) sink += naiveAdd(starts[i], N).length;
    }),
  );
  runs.day.push(
    rate(COUNT, (c) => {
      for (let i = 0; i < c; i++) sink += calendar.addWorkingDayNumber(startDays[i], N);
    }),
  );
  runs.naiveDay.push(
    rate(NAIVE_COUNT, (c) => {
      for (let i = 0; i < c; i++) sink += naiveAddDay(startDays[i], N);
    }),
  );
}
if (sink === 0) throw new Error('nothing computed');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const iso = median(runs.iso);
const day = median(runs.day);
const naive = median(runs.naive);
const naiveDay = median(runs.naiveDay);
const round = (x) => Math.round(x);

console.log(`deadlines_iso\t${round(iso)}\tdeadlines/s`);
console.log(`deadlines_day_number\t${round(day)}\tdeadlines/s`);
console.log(`naive_day_by_day\t${round(naive)}\tdeadlines/s`);
console.log(`naive_day_by_day_day_number\t${round(naiveDay)}\tdeadlines/s`);
console.log(`ratio_iso_vs_naive\t${(iso / naive).toFixed(1)}\tx`);
console.log(`ratio_day_number_vs_naive\t${(day / naiveDay).toFixed(1)}\tx`);
console.log(
  `deadlines: ${round(iso)}/s vs naive ${round(naive)}/s (ratio ${(iso / naive).toFixed(1)}x)`,
);
