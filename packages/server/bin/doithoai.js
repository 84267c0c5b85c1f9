#!/usr/bin/env node
// `npx doithoai …` from the repository: builds what is out of date (first run after
// `npm install`), then runs the compiled CLI.
import { ensureBuild } from '../../../scripts/ensure-build.mjs';

await ensureBuild({ web: process.argv[2] === 'serve', quiet: true });
await import('../dist/bundle/main.js');
