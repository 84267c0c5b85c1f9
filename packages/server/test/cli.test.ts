// The CLI's contract: --help on every command, bad arguments exit 2 with one line.
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

describe('doithoai CLI', () => {
  it.each([
    [['--help']],
    [['serve', '--help']],
    [['migrate', '--help']],
    [['demo', '--help']],
    [['backup', '--help']],
    [['restore', '--help']],
  ])('%j prints help and exits 0', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage:');
  });

  it.each([[['frobnicate']], [['backup']], [['demo', '--bogus']], [['restore', 'a', 'b']]])(
    '%j exits 2 with one line',
    async (args) => {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    },
  );
});
