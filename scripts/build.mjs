// `npm run build`: builds every package from scratch.
import { ensureBuild } from './ensure-build.mjs';

await ensureBuild({ web: true, force: process.argv.includes('--force') });
