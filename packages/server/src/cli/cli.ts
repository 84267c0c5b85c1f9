// The `doithoai` command. It uses the same environment as the server (DATA_DIR, DATABASE_URL),
// so it always works on the same database. Bad arguments exit with status 2 and one line.
import { Command, CommanderError } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { clearAll, demoLoginsText, loadDemo } from '../demo/load-demo.js';
import { generateProvince } from '../demo/province-scale.js';
import { backupDatabase, restoreDatabase } from '../backup/backup.js';
import { readPassphrase } from '../backup/encryption.js';
import { serve } from '../server.js';
import { hasAnyUnit } from './cli.repository.js';
import { registerOpinionCommands } from './opinion.commands.js';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { runCalendarCommand } from './calendar.command.js';
import { registerDocumentCommands } from './document.commands.js';
import { registerJobCommands } from '../jobs/jobs.commands.js';
import { registerAuditCommands } from './audit.commands.js';
import { registerPrivacyCommands } from './privacy.commands.js';

class UsageError extends Error {}

export function buildProgram(): Command {
  const program = new Command('doithoai')
    .description(
      'Đối Thoại — tiếp xúc, đối thoại trực tiếp với Nhân dân (DATA_DIR, DATABASE_URL, PORT)',
    )
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ outputError: (text, write) => write(`${text.trim().split('\n')[0]}\n`) });

  program
    .command('serve')
    .description('chạy máy chủ web / run the web server')
    .option(
      '--no-demo',
      'không nạp xã mẫu khi cơ sở dữ liệu trống / do not load the demo into an empty database',
    )
    .action(async (opts: { demo: boolean }) => {
      await serve(loadConfig(), { demo: opts.demo });
    });

  program
    .command('migrate')
    .description('cập nhật cấu trúc cơ sở dữ liệu / bring the database schema up to date')
    .action(async () => {
      const deps = await bootstrap(loadConfig());
      console.log(`đã cập nhật / up to date: ${deps.db.dialect} ${deps.db.location}`);
      await deps.db.close();
    });

  program
    .command('demo')
    .description('nạp xã mẫu Sơn Giang / load the demo commune')
    .option('--reset', 'xóa toàn bộ dữ liệu rồi nạp lại / erase everything and reload it')
    .option(
      '--scale <scale>',
      "'province': sinh dữ liệu một tỉnh (3.321 xã, 1.000.000 ý kiến) để đo tốc độ / generate a province to measure speed",
    )
    .option('--communes <n>', 'với --scale: số xã / with --scale: number of communes', Number)
    .option('--matters <n>', 'với --scale: số ý kiến / with --scale: number of matters', Number)
    .action(
      async (opts: { reset?: boolean; scale?: string; communes?: number; matters?: number }) => {
        if (opts.scale !== undefined && opts.scale !== 'province')
          throw new UsageError(
            `--scale: chỉ nhận 'province' / only 'province' is known (got '${opts.scale}')`,
          );
        const deps = await bootstrap(loadConfig());
        try {
          const empty = !(await hasAnyUnit(deps.db.kysely));
          if (!empty && !opts.reset)
            throw new UsageError(
              'Cơ sở dữ liệu đã có dữ liệu; dùng --reset để xóa và nạp lại / database not empty: use --reset',
            );
          if (opts.reset) await clearAll(deps.db);
          if (opts.scale === 'province') {
            const made = await generateProvince(deps.db, {
              communes: opts.communes,
              matters: opts.matters,
              log: (line) => console.error(line),
            });
            console.log(
              `${made.communes} xã, ${made.matters} ý kiến, ${made.items} vấn đề theo dõi, ${made.sessions} hội nghị: ${made.seconds.toFixed(0)} s`,
            );
            return;
          }
          await loadDemo(deps.db, deps.auth);
          console.log(demoLoginsText());
        } finally {
          await deps.db.close();
        }
      },
    );

  program
    .command('backup')
    .description('sao lưu trực tuyến, nhất quán / online, consistent backup')
    .argument('<file>', 'tệp đích / output file (.ndjson.gz)')
    .option(
      '--passphrase-file <file>',
      'mã hóa bằng mật khẩu trong tệp (hoặc DOITHOAI_BACKUP_PASSPHRASE) / encrypt with the passphrase in this file (or DOITHOAI_BACKUP_PASSPHRASE)',
    )
    .action(async (file: string, opts: { passphraseFile?: string }) => {
      const passphrase = readPassphrase(opts.passphraseFile);
      const deps = await bootstrap(loadConfig());
      try {
        const { rows, encrypted } = await backupDatabase(deps.db, file, { passphrase });
        console.log(`${file}\t${rows} rows${encrypted ? '\tencrypted' : ''}`);
      } finally {
        await deps.db.close();
      }
    });

  program
    .command('restore')
    .description(
      'khôi phục từ bản sao lưu (thay toàn bộ dữ liệu) / restore a backup (replaces all data)',
    )
    .argument('<file>', 'tệp sao lưu / backup file')
    .option(
      '--passphrase-file <file>',
      'mật khẩu của bản sao lưu đã mã hóa (hoặc DOITHOAI_BACKUP_PASSPHRASE) / passphrase of an encrypted backup (or DOITHOAI_BACKUP_PASSPHRASE)',
    )
    .action(async (file: string, opts: { passphraseFile?: string }) => {
      const passphrase = readPassphrase(opts.passphraseFile);
      const deps = await bootstrap(loadConfig());
      try {
        const { rows } = await restoreDatabase(deps.db, file, { passphrase });
        console.log(`${file}\t${rows} rows restored`);
      } finally {
        await deps.db.close();
      }
    });

  program
    .command('calendar')
    .description(
      'lịch làm việc, âm lịch, tính hạn / working days, lunar dates, deadlines (calendar --help)',
    )
    .argument('[args...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      const db = openDatabase(loadConfig());
      try {
        await migrateToLatest(db);
        const result = runCalendarCommand(args, await loadWorkingCalendar(db.kysely));
        if (result.stdout.length) process.stdout.write(`${result.stdout.join('\n')}\n`);
        if (result.exitCode !== 0)
          throw new UsageError(result.stderr ?? 'tham số không hợp lệ / bad arguments');
      } finally {
        await db.close();
      }
    });

  registerOpinionCommands(program);
  registerDocumentCommands(program);
  registerJobCommands(program);
  registerAuditCommands(program);
  registerPrivacyCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
