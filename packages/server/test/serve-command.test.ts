// A plain `doithoai serve` starts the server without loading the other commands
// (cli/serve-command.ts); every other argument list goes through the whole CLI.
import { describe, expect, it } from 'vitest';
import { isPlainServe } from '../src/cli/serve-command.js';

describe('the plain serve path', () => {
  it('takes `serve` and `serve --no-demo`, nothing else', () => {
    expect(isPlainServe(['serve'])).toBe(true);
    expect(isPlainServe(['serve', '--no-demo'])).toBe(true);
    expect(isPlainServe(['serve', '--help'])).toBe(false);
    expect(isPlainServe(['serve', '--port', '1'])).toBe(false);
    expect(isPlainServe(['migrate'])).toBe(false);
    expect(isPlainServe([])).toBe(false);
  });
});
