// The CLI for the queue: `doithoai notify-test` sends through the configured SMTP server (a real
// one on 127.0.0.1) and says which channel failed; `jobs status` counts; `jobs work --once` runs
// what is due without the web server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from './notify-servers.js';
import { runCli } from './support/run-cli.js';

describe('doithoai jobs / notify-test', () => {
  const saved = { ...process.env };
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let dir: string;
  beforeAll(async () => {
    smtp = await startSmtp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-notify-cli-'));
    Object.assign(process.env, {
      DATA_DIR: dir,
      DATABASE_URL: '',
      BASE_URL: 'http://localhost:3000',
      SMTP_URL: smtp.url,
      SMTP_FROM: 'ubnd@example.vn',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await smtp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends a test message, reports each channel, counts the queue', async () => {
    const ok = await runCli(['notify-test', '--email', 'thu@example.vn']);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain('email\tsent');
    expect(smtp.mails.map((m) => m.to[0])).toEqual(['thu@example.vn']);

    const failing = await runCli([
      'notify-test',
      '--email',
      'thu@example.vn',
      '--phone',
      '0912345678',
    ]);
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(/sms\tnot-configured\tKênh sms chưa được cấu hình/);
    expect(failing.err).toContain('Có kênh chưa gửi được');

    expect((await runCli(['notify-test'])).code).toBe(2);

    const status = await runCli(['jobs', 'status']);
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain('delivery\temail\tsent\t2');
    expect(status.out).toContain('delivery\tsms\tnot-configured\t1');
    const work = await runCli(['jobs', 'work', '--once']);
    expect(work.code, work.err).toBe(0);
    expect(work.out).toMatch(/đã chạy \/ ran \d+/);
  });
});
