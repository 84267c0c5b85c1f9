// Entry point of the compiled CLI (bin/doithoai.js loads it). A plain `serve` does not load the
// other commands (cli/serve-command.ts).
import { isPlainServe, runServe } from './serve-command.js';

const argv = process.argv.slice(2);
const code = isPlainServe(argv)
  ? await runServe(argv)
  : await (await import('./cli.js')).main(argv);
// `serve` keeps running; every other command ends here.
if (argv[0] !== 'serve' || code !== 0) process.exit(code);
