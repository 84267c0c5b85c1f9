// Entry point of the compiled CLI (bin/doithoai.js loads it).
import { main } from './cli.js';

const code = await main(process.argv.slice(2));
// `serve` keeps running; every other command ends here.
if (!['serve'].includes(process.argv[2] ?? '') || code !== 0) process.exit(code);
