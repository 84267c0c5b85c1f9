// `npm start`: build what is out of date, then serve (migrating and loading the demo commune
// into an empty database on the way).
import { ensureBuild } from './ensure-build.mjs';

await ensureBuild({ web: true });
const { main } = await import('../packages/server/dist/cli/cli.js');
const code = await main(['serve']);
if (code !== 0) process.exit(code);
