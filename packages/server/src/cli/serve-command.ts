// `doithoai serve` on its own: the server's start without the other commands and their parser
// (commander and every command's modules: ~0.1 s of CPU and ~9 MB at start; docs/PERFORMANCE.md,
// Start and footprint). Anything else, `serve --help` included, goes through the whole CLI (cli.ts).
import { loadConfig } from '../config.js';
import { serve } from '../server.js';

/** `serve` or `serve --no-demo`: the only arguments this path takes. */
export function isPlainServe(argv: readonly string[]): boolean {
  return argv[0] === 'serve' && argv.slice(1).every((a) => a === '--no-demo');
}

/** Starts the server; a failure to start is one line on stderr and status 1, as in the whole CLI. */
export async function runServe(argv: readonly string[]): Promise<number> {
  try {
    await serve(loadConfig(), { demo: !argv.includes('--no-demo') });
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
