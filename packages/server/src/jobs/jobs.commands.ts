// `doithoai jobs`: what waits in the queue, and a worker without the web server; `doithoai
// notify test`: send one message through the configured channels now (check SMTP or a webhook).
// Same environment as the server (DATA_DIR, DATABASE_URL, SMTP_URL, SMS_WEBHOOK …).
import type { Command } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { jobCounts } from './job.repository.js';
import { enqueueNotification } from '../notify/outbox.js';
import { deliveriesOf, deliveryCounts } from '../notify/outbox.repository.js';
import { createNotifier } from '../notify/runtime.js';

export function registerJobCommands(program: Command): void {
  const jobs = program
    .command('jobs')
    .description(
      'hàng đợi công việc: nhắc việc, gửi thông báo / the job queue: reminders, deliveries',
    );

  jobs
    .command('status')
    .description('số công việc và lượt gửi theo trạng thái / jobs and deliveries by state')
    .action(async () => {
      const deps = await bootstrap(loadConfig());
      try {
        const k = deps.db.kysely;
        const byJob = await jobCounts(k);
        const byDelivery = await deliveryCounts(k);
        for (const r of byJob) console.log(`job\t${r.kind}\t${r.state}\t${Number(r.n)}`);
        for (const r of byDelivery)
          console.log(`delivery\t${r.channel}\t${r.state}\t${Number(r.n)}`);
      } finally {
        await deps.db.close();
      }
    });

  jobs
    .command('work')
    .description(
      'chạy công việc đến hạn, không chạy web (Ctrl+C để dừng) / run due jobs without the web server (Ctrl+C to stop)',
    )
    .option('--once', 'chạy hết việc đến hạn rồi thoát / run what is due, then exit')
    .action(async (opts: { once?: boolean }) => {
      const config = loadConfig();
      const deps = await bootstrap(config);
      const notifier = createNotifier(deps.db, {
        baseUrl: config.baseUrl,
        pollMs: Number(process.env.JOBS_POLL_MS ?? 1000),
        planRetention: true,
        onError: (e) => console.error(e),
      });
      try {
        if (opts.once) {
          console.log(`đã chạy / ran ${await notifier.runner.drain()}`);
          return;
        }
        notifier.runner.start();
        console.log(`đang chạy / working: ${notifier.runner.owner}`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
      } finally {
        await notifier.stop();
        await deps.db.close();
      }
    });

  program
    .command('notify-test')
    .description(
      'gửi thử một tin qua kênh đã cấu hình / send one test message through the configured channels',
    )
    .option('--email <address>', 'địa chỉ email / email address')
    .option('--phone <number>', 'số điện thoại (SMS) / phone number (SMS)')
    .option('--zalo <id>', 'Zalo (số điện thoại hoặc mã) / Zalo phone or id')
    .action(async function (
      this: Command,
      opts: { email?: string; phone?: string; zalo?: string },
    ) {
      if (!opts.email && !opts.phone && !opts.zalo)
        this.error('Cần --email, --phone hoặc --zalo / give --email, --phone or --zalo', {
          exitCode: 2,
          code: 'doithoai.usage',
        });
      const config = loadConfig();
      const deps = await bootstrap(config);
      const notifier = createNotifier(deps.db, { baseUrl: config.baseUrl, planReminders: false });
      try {
        const id = await enqueueNotification(deps.db.kysely, {
          unitId: null,
          to: { email: opts.email, phone: opts.phone, zalo: opts.zalo },
          kind: 'test',
          subject: 'Đối Thoại: tin thử / test message',
          text: 'Tin thử từ hệ thống Đối Thoại. / A test message from Đối Thoại.',
        });
        await notifier.runner.drain(3);
        const rows = await deliveriesOf(deps.db.kysely, id!);
        for (const r of rows)
          console.log(`${r.channel}\t${r.state}${r.last_error ? `\t${r.last_error}` : ''}`);
        if (rows.some((r) => r.state !== 'sent'))
          throw new Error(
            'Có kênh chưa gửi được (xem trên) / some channel did not send (see above)',
          );
      } finally {
        await notifier.stop();
        await deps.db.close();
      }
    });
}
