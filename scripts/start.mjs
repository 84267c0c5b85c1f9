// `npm start`: build what is out of date, then serve (migrating and loading the demo commune
// into an empty database on the way).
import { ensureBuild } from './ensure-build.mjs';

await ensureBuild({ web: true });
const { runServe } = await import('../packages/server/dist/bundle/serve-command.js');
const code = await runServe(['serve']);
if (code !== 0) process.exit(code);
