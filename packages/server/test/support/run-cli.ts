// Runs the `doithoai` CLI in-process and captures what it prints (stdout, stderr, console).
import { vi } from 'vitest';
import { main } from '../../src/cli/cli.js';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err.push(String(s));
      return true;
    }),
    vi.spyOn(console, 'log').mockImplementation((...s) => {
      out.push(`${s.join(' ')}\n`);
    }),
    vi.spyOn(console, 'error').mockImplementation((...s) => {
      err.push(`${s.join(' ')}\n`);
    }),
  ];
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
