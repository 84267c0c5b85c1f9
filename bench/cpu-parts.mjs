// Where a server's CPU goes, by part, from a V8 CPU profile (`node --cpu-prof`) of the bundled
// server. Each sample's function is traced back through the bundle's source maps to the file it
// was written in (kysely and zod are inlined in the bundle, so the bundle's own file names say
// little), and the file to a part by the rules below, first match first. Self time: the time in a
// function's own code, so a part's figure does not count what it awaits. A synchronous call into
// SQLite (better-sqlite3) counts as the SQLite part, the wait for the disk at commit included.
// Used by intake.bench.mjs; `node bench/cpu-parts.mjs <file.cpuprofile>` prints one profile's.
import fs from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** [part, test on the original file (or the runtime's own name for V8's pseudo-frames)]. */
export const PARTS = [
  ['garbage collection', (f) => f === '(garbage collector)'],
  [
    'SQLite: statements, commit and its fsync (native)',
    (f) => /server\/(src|dist)\/db\/|kysely\/dist\/esm\/dialect\/sqlite\/sqlite-driver/.test(f),
  ],
  ['Kysely: building and compiling queries', (f) => f.includes('node_modules/kysely/')],
  [
    'classifier and similarity features',
    (f) => /core\/(src|dist)\/opinion\//.test(f) || f.includes('RegExp:'),
  ],
  [
    'deadlines: calendar and profiles',
    (f) => /(core|server)\/(src|dist)\/(calendar|profile)\//.test(f),
  ],
  ['audit chain (sha256)', (f) => /server\/(src|dist)\/audit\/|node:internal\/crypto/.test(f)],
  ['validation (zod)', (f) => f.includes('node_modules/zod/')],
  ['sign-in session', (f) => /server\/(src|dist)\/auth\/|node_modules\/better-auth/.test(f)],
  [
    'HTTP and Fastify (parsing, routing, replies)',
    (f) =>
      /node_modules\/(fastify|find-my-way|@fastify|avvio|light-my-request|fast-json-stringify|secure-json-parse)|node:(_http|net|events|internal\/(streams|http|stream_base|url|js_stream))|^writev$|^writeUtf8String$/.test(
        f,
      ),
  ],
  [
    'async context (promise hooks of AsyncLocalStorage)',
    (f) => /node:(internal\/)?async_hooks/.test(f),
  ],
  ['server: use cases and routes', (f) => /server\/(src|dist)\//.test(f)],
  ['core: other rules', (f) => /core\/(src|dist)\//.test(f)],
  ['other (Node internals, logging, microtasks)', () => true],
];

const maps = new Map();
/** The file a position of a bundle's file was written in (its source map), or the URL itself. */
function originalFile(url, line, column) {
  if (!url.startsWith('file://') || !url.endsWith('.js')) return url;
  if (!maps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    maps.set(
      url,
      fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8'))) : null,
    );
  }
  const map = maps.get(url);
  if (!map) return url;
  const source = map.findEntry(line, column)?.originalSource;
  return source ? path.resolve(path.dirname(fileURLToPath(url)), source) : url;
}

/**
 * The samples of the load: the last busy stretch (between pauses of `gapMs` or more) that lasted
 * `minMs` or more, so that start-up, the demo's loading and shutdown are left out.
 */
function loadWindow(profile, idleIds, gapMs, minMs) {
  const stretches = [];
  let t = 0,
    idleSince = null,
    current = null;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    if (idleIds.has(id)) {
      idleSince ??= t;
      return;
    }
    if (!current || (idleSince !== null && t - idleSince >= gapMs * 1000))
      stretches.push((current = { first: k, from: t }));
    current.last = k;
    current.to = t;
    idleSince = null;
  });
  const load = stretches.filter((s) => s.to - s.from >= minMs * 1000).at(-1);
  if (!load) throw new Error('cpu-parts: no busy stretch of the load in the profile');
  return load;
}

/** Self time per part over the load (ms, and share of the busy time: idle left out); sorted. */
export function cpuByPart(profileFile, { gapMs = 400, minMs = 1500 } = {}) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const idleIds = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const { first, last } = loadWindow(profile, idleIds, gapMs, minMs);
  const partOf = new Map();
  const byPart = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (let k = first; k <= last; k++) {
    const id = profile.samples[k];
    if (idleIds.has(id)) continue;
    const dt = profile.timeDeltas[k];
    busy += dt;
    if (!partOf.has(id)) {
      const { url, lineNumber, columnNumber, functionName } = nodes.get(id).callFrame;
      const file = url ? originalFile(url, lineNumber, columnNumber) : functionName;
      partOf.set(id, PARTS.find(([, test]) => test(file))[0]);
    }
    byPart.set(partOf.get(id), (byPart.get(partOf.get(id)) ?? 0) + dt);
    const name = `${partOf.get(id)}\u0000${nodes.get(id).callFrame.functionName || '(anonymous)'}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
  }
  const functions = [...byFunction].sort((a, b) => b[1] - a[1]);
  return [...byPart]
    .map(([part, us]) => ({
      part,
      share: us / busy,
      ms: us / 1000,
      /** The part's five costliest functions, with their shares of the busy time. */
      top: functions
        .filter(([key]) => key.startsWith(`${part}\u0000`))
        .slice(0, 5)
        .map(([key, fus]) => ({ name: key.split('\u0000')[1], share: fus / busy })),
    }))
    .sort((a, b) => b.share - a.share);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pct = (x) => `${(x * 100).toFixed(1).padStart(5)} %`;
  for (const { part, share, top } of cpuByPart(process.argv[2]))
    console.log(
      `${pct(share)}  ${part}: ${top.map((f) => `${f.name} ${pct(f.share).trim()}`).join(', ')}`,
    );
}
