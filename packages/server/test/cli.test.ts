// The CLI's contract: --help on every command, bad arguments exit 2 with one line.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/cli.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('doithoai CLI', () => {
  it.each([[['--help']], [['serve', '--help']], [['migrate', '--help']], [['demo', '--help']], [['backup', '--help']], [['restore', '--help']]])(
    '%j prints help and exits 0',
    async (args) => {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage:');
    },
  );

  it.each([[['frobnicate']], [['backup']], [['demo', '--bogus']], [['restore', 'a', 'b']]])('%j exits 2 with one line', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
