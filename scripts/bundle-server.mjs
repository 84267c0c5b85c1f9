// The server as it is run (`npm start`, `npx doithoai`, the tests' child servers, the benches):
// the compiled CLI bundled into a few files by rolldown, with the workspace packages, kysely and
// zod inlined and the other packages left to node_modules. Node loads a few large files much
// faster than the ~750 small ones it read before: a warm start 1.9× a bare Fastify's instead of
// 2.9×, and idle memory 104 MB instead of 124.5 MB, on an idle machine (docs/PERFORMANCE.md,
// Start and footprint). What is imported on first use (the other CLI commands, the DOCX
// renderer, metrics) stays in chunks of its own, loaded then.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = path.join(root, 'packages', 'server', 'dist');
/** Where the bundle is written: at the depth of dist/http/, so paths relative to a module still resolve. */
export const bundleDir = path.join(dist, 'bundle');

const inlined = (id) =>
  id.startsWith('.') ||
  path.isAbsolute(id) ||
  id.startsWith('@doithoai/') ||
  /^(kysely|zod)(\/|$)/.test(id);

export async function bundleServer() {
  const { build } = await import('rolldown');
  fs.rmSync(bundleDir, { recursive: true, force: true });
  process.stderr.write('… rolldown packages/server/dist/bundle\n');
  await build({
    input: {
      main: path.join(dist, 'cli', 'main.js'),
      'serve-command': path.join(dist, 'cli', 'serve-command.js'),
    },
    platform: 'node',
    external: (id) => !inlined(id),
    logLevel: 'warn',
    output: {
      dir: bundleDir,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: true,
    },
  });
}
