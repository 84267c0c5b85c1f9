// The last word typed is searched as a prefix (issue 17, migration 0027): SQLite's text index as
// the app builds it (fts5, contentless, detail=none) over 50,000 generated documents, a page of
// 50 newest first for a last word of 3, 5 and 6 letters, with the prefix lengths of 0027
// ('2 3 4 5 6') against those before it ('2 3 4') in the same run. In memory: the index's own
// cost, no disk. Run: node bench/search-prefix.bench.mjs   DOCS=50000
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadAverage, median, report, root } from './lib.mjs';

const Database = createRequire(path.join(root, 'packages/server/package.json'))('better-sqlite3');
const DOCS = Number(process.env.DOCS ?? 50_000);
const words =
  'duong lien thon sat lo nguoi dan de nghi xa sua chua cau cong truong hoc tram y te dien nuoc sach rac thai ho ngheo so do dat dai be tong mua lu thuong xuyen nguy hiem'.split(
    ' ',
  );
console.error(
  `search-prefix bench: load average at start ${loadAverage()} (2 cores), ${DOCS.toLocaleString('en')} documents`,
);

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
function build(prefix) {
  seed = 7;
  const db = new Database(':memory:');
  db.exec(
    `create virtual table f using fts5(document, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 2 tokenchars '-_'", prefix='${prefix}')`,
  );
  const ins = db.prepare('insert into f(rowid, document) values (?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= DOCS; i++) {
      const n = 15 + Math.floor(rnd() * 30);
      ins.run(
        i,
        `${Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ')} _u_x`,
      );
    }
  })();
  db.exec(`insert into f(f) values ('optimize')`);
  return db.prepare('select rowid from f where f match ? order by rowid desc limit 50');
}

const time = (q, match) => {
  for (let k = 0; k < 5; k++) q.all(match);
  const ms = [];
  for (let k = 0; k < 40; k++) {
    const t = performance.now();
    q.all(match);
    ms.push(performance.now() - t);
  }
  return median(ms);
};
const before = build('2 3 4');
const after = build('2 3 4 5 6');
for (const match of ['lien duo*', 'lien duong*', 'thuong*']) {
  report({
    name: `a page of search results, last word "${match.split(' ').at(-1)}", ${DOCS.toLocaleString('en')} documents (median)`,
    figure: time(after, match),
    unit: 'ms',
    baseline: time(before, match),
    baselineName: "prefix='2 3 4' (before 0027)",
  });
}
console.error(`load average at the end ${loadAverage()}`);
