// `doithoai classify`, `doithoai import`, `doithoai export opinions`: the opinion commands, on the
// configured database, acting as the machine's administrator for the commune named by --unit
// (the audit log records the actor as "cli"). Bad arguments: one line, exit status 2.
import fs from 'node:fs';
import {
  classify,
  opinionSources,
  trainClassifier,
  type Actor,
  type OpinionSource,
} from '@doithoai/core';
import { Command, CommanderError } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { Db } from '../db/open-database.js';
import { exportOpinions, type ExportFormat } from '../opinion/export-opinions.js';
import { importOpinions, previewImport } from '../opinion/import-opinions.js';
import { classifierFor } from '../opinion/opinion-classifier.js';
import { confirmedFields, unitByCode } from './cli.repository.js';

function usage(vi: string, en: string): never {
  process.stderr.write(`${vi} / ${en}\n`);
  throw new CommanderError(2, 'doithoai.usage', en);
}

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const deps = await bootstrap(loadConfig());
  try {
    return await run(deps.db);
  } finally {
    await deps.db.close();
  }
}

async function unitAndActor(db: Db, code: string) {
  const unit = await unitByCode(db.kysely, code);
  if (!unit) usage(`không có đơn vị mã «${code}»`, `no unit with code '${code}'`);
  const actor: Actor = {
    userId: 'cli',
    grants: [{ role: 'admin', unitId: unit.id, unitPath: unit.path }],
  };
  return { unit, actor };
}

const checkSource = (s: string): OpinionSource =>
  (opinionSources as readonly string[]).includes(s)
    ? (s as OpinionSource)
    : usage(
        `nguồn phải là một trong: ${opinionSources.join(', ')}`,
        `source must be one of: ${opinionSources.join(', ')}`,
      );

export function registerOpinionCommands(program: Command): void {
  program
    .command('classify')
    .description(
      'gợi ý lĩnh vực của một ý kiến (field<TAB>độ tin cậy) / suggest the field of an opinion',
    )
    .argument('<text>', 'nội dung ý kiến / the opinion text')
    .option('--unit <code>', 'dùng các phân loại đã xác nhận của xã này / learn from this commune')
    .action(async (text: string, opts: { unit?: string }) => {
      if (!text.trim()) usage('nội dung trống', 'empty text');
      await withDb(async (db) => {
        let model;
        if (opts.unit)
          model = await classifierFor(db.kysely, (await unitAndActor(db, opts.unit)).unit.id);
        else {
          const rows = await confirmedFields(db.kysely, 5000);
          model = trainClassifier(rows.map((r) => ({ text: r.content, field: r.field! })));
        }
        for (const s of classify(model, text.normalize('NFC')))
          console.log(`${s.field}\t${s.confidence.toFixed(2)}`);
      });
    });

  program
    .command('import')
    .description('nhập danh sách ý kiến từ tệp .xlsx/.csv / import an opinion list')
    .argument('<file>', 'tệp .xlsx hoặc .csv / an .xlsx or .csv file')
    .requiredOption('--unit <code>', 'mã xã / commune code')
    .requiredOption('--source <source>', `nguồn / source: ${opinionSources.join('|')}`)
    .option('--dry-run', 'chỉ kiểm tra, không ghi / check only, write nothing')
    .option('--all-or-nothing', 'có dòng lỗi thì không nhập gì / import nothing if any row is bad')
    .action(
      async (
        file: string,
        opts: { unit: string; source: string; dryRun?: boolean; allOrNothing?: boolean },
      ) => {
        const source = checkSource(opts.source);
        if (!fs.existsSync(file)) usage(`không tìm thấy tệp ${file}`, `file not found: ${file}`);
        await withDb(async (db) => {
          const { unit, actor } = await unitAndActor(db, opts.unit);
          const preview = await previewImport(
            { db },
            actor,
            unit.id,
            fs.readFileSync(file),
            source,
          );
          for (const b of preview.bad)
            console.error(`dòng / row ${b.row}: ${b.issues.map((i) => i.message.vi).join('; ')}`);
          if (opts.dryRun) {
            console.log(`good\t${preview.good}\tbad\t${preview.bad.length}`);
            return;
          }
          const done = await importOpinions({ db }, actor, unit.id, {
            source,
            rows: preview.rows,
            firstRow: preview.firstRow,
            mode: opts.allOrNothing ? 'all-or-nothing' : 'good-only',
          });
          console.log(`imported\t${done.imported}\tskipped\t${done.skipped}`);
        });
      },
    );

  const exportCmd = program.command('export').description('xuất dữ liệu / export data');
  exportCmd
    .command('opinions')
    .description(
      'xuất danh sách ý kiến (cùng cột với mẫu nhập) / export opinions in the import columns',
    )
    .requiredOption('--unit <code>', 'mã xã / commune code')
    .option('--format <format>', 'xlsx|csv|json', 'xlsx')
    .option('--output <file>', 'tệp đích (mặc định: stdout với csv/json) / output file')
    .action(async (opts: { unit: string; format: string; output?: string }) => {
      if (!['xlsx', 'csv', 'json'].includes(opts.format))
        usage('định dạng phải là xlsx, csv hoặc json', 'format must be xlsx, csv or json');
      await withDb(async (db) => {
        const { unit, actor } = await unitAndActor(db, opts.unit);
        const out = await exportOpinions({ db }, actor, unit.id, opts.format as ExportFormat);
        const target = opts.output ?? (opts.format === 'xlsx' ? out.filename : null);
        if (target) {
          fs.writeFileSync(target, out.body);
          console.error(`${target}\t${out.rows} rows`);
        } else process.stdout.write(out.body);
      });
    });
}
