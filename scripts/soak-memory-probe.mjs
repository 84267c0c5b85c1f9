// Loaded into the server by scripts/soak.mjs (node --import): every 2 s it writes the process's
// memory (RSS, V8 heap, external) to $SOAK_MEMORY_FILE, so the soak can report growth without
// touching the application's code. Does nothing unless that variable is set.
import fs from 'node:fs';

const file = process.env.SOAK_MEMORY_FILE;
if (file) {
  const write = () => {
    const m = process.memoryUsage();
    fs.writeFileSync(
      `${file}.tmp`,
      JSON.stringify({
        at: Date.now(),
        rss: m.rss,
        heapUsed: m.heapUsed,
        heapTotal: m.heapTotal,
        external: m.external,
      }),
    );
    fs.renameSync(`${file}.tmp`, file);
  };
  setInterval(write, 2000).unref();
  write();
}
