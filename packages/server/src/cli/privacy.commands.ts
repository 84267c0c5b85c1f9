// `doithoai privacy breach` lists whose personal data was touched in a window (72-hour breach
// notice); `doithoai retention sweep` applies the retention periods (--dry-run: count only).
// No signed-in user: the CLI acts as the deployment (every unit).
import { retentionRules } from '@doithoai/core';
import type { Command } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { personalDataTouched } from '../privacy/breach.js';
import { retentionSweep } from '../privacy/retention-sweep.js';

const collect = (v: string, prev: string[]) => [...prev, v];
const clean = (s: string | null) => (s ?? '').replace(/[\t\r\n]+/g, ' ');

export function registerPrivacyCommands(program: Command): void {
  const privacy = program.command('privacy').description('dữ liệu cá nhân / personal data');
  privacy
    .command('breach')
    .description(
      'ai bị ảnh hưởng: dữ liệu cá nhân đã bị truy cập hoặc thay đổi trong khoảng thời gian / whose personal data was touched in a window (one line per person)',
    )
    .requiredOption('--from <date>', 'từ (YYYY-MM-DD hoặc thời điểm ISO) / from (date or ISO time)')
    .requiredOption('--to <date>', 'đến (YYYY-MM-DD: hết ngày) / to (a date: the whole day)')
    .option(
      '--user <id>',
      'chỉ các thao tác của người dùng này (lặp lại được) / only this user (repeatable)',
      collect,
      [] as string[],
    )
    .option(
      '--table <entity>',
      'chỉ loại bản ghi này (matter, petitioner, unit…; lặp lại được) / only this record type (repeatable)',
      collect,
      [] as string[],
    )
    .action(async (opts: { from: string; to: string; user: string[]; table: string[] }) => {
      const deps = await bootstrap(loadConfig());
      try {
        const r = await personalDataTouched(deps.db.kysely, {
          from: opts.from,
          to: opts.to,
          userIds: opts.user,
          tables: opts.table,
        });
        for (const p of r.people) {
          const actions = [...new Set(p.events.map((e) => e.action))].join(',');
          process.stdout.write(
            `${[p.petitionerId, clean(p.fullName), clean(p.phone), clean(p.email), p.events.length, actions].join('\t')}\n`,
          );
        }
        process.stderr.write(
          `${r.people.length} người / people, ${r.events} mục nhật ký / audit entries\n`,
        );
      } finally {
        await deps.db.close();
      }
    });

  const retention = program
    .command('retention')
    .description('thời hạn lưu trữ dữ liệu cá nhân / retention of personal data');
  retention
    .command('sweep')
    .description(
      `áp dụng thời hạn lưu trữ / apply the retention periods: ${retentionRules.map((r) => `${r.kind} ${r.months}m`).join(', ')}`,
    )
    .option('--dry-run', 'chỉ đếm, không thay đổi / count only, change nothing')
    .option('--today <date>', 'ngày tính (YYYY-MM-DD), mặc định hôm nay / the day to count from')
    .action(async (opts: { dryRun?: boolean; today?: string }) => {
      const deps = await bootstrap(loadConfig());
      try {
        const lines = await retentionSweep(deps.db, { dryRun: opts.dryRun, today: opts.today });
        for (const l of lines)
          process.stdout.write(
            `${l.kind}\t${l.months}m\tbefore ${l.cutoff}\t${l.records}${opts.dryRun ? '\tdry-run' : ''}\n`,
          );
      } finally {
        await deps.db.close();
      }
    });
}
