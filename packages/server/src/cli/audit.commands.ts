// `doithoai audit verify` checks the audit log's hash chain and names the first broken entry
// (exit 1); `doithoai audit list` prints entries filtered by user, record and date. No signed-in
// user: the CLI acts as the deployment — whoever can run it can already read the database.
import type { Command } from 'commander';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { queryAudit } from '../audit/list-audit.js';

export function registerAuditCommands(program: Command): void {
  const audit = program
    .command('audit')
    .description('nhật ký kiểm tra (chuỗi băm) / the audit log (hash chain)');

  audit
    .command('verify')
    .description(
      'kiểm tra chuỗi băm của nhật ký; báo mục hỏng đầu tiên / check the hash chain; report the first broken entry',
    )
    .action(async () => {
      const deps = await bootstrap(loadConfig());
      try {
        const r = await verifyAuditChain(deps.db.kysely);
        if (r.ok) {
          console.log(
            `ok\t${r.entries} entries\thead seq ${r.headSeq ?? '-'}\thead hash ${r.headHash}`,
          );
          return;
        }
        const b = r.firstBreak!;
        process.stdout.write(`BROKEN\tseq ${b.seq}\tid ${b.id}\t${b.what}\n`);
        process.stdout.write(`${b.message.vi}\n${b.message.en}\n`);
        process.stdout.write(`stored ${b.stored ?? '(none)'}\nexpected ${b.expected}\n`);
        process.stdout.write(
          `${r.entries} entries before it are intact (last good seq ${r.headSeq ?? '-'})\n`,
        );
        throw new ChainBroken(
          `Chuỗi nhật ký bị hỏng tại mục ${b.seq} / audit chain broken at seq ${b.seq}`,
        );
      } finally {
        await deps.db.close();
      }
    });

  audit
    .command('list')
    .description('in nhật ký, mỗi mục một dòng / print entries, one per line')
    .option('--user <id>', 'người thực hiện (user id) / actor user id')
    .option('--entity <entity>', 'loại bản ghi (matter, petitioner, …) / record type')
    .option('--id <id>', 'mã bản ghi / record id')
    .option('--from <date>', 'từ ngày (YYYY-MM-DD) / from date')
    .option('--to <date>', 'đến hết ngày (YYYY-MM-DD) / to date, inclusive')
    .option('--limit <n>', 'tối đa / at most', '200')
    .action(
      async (opts: {
        user?: string;
        entity?: string;
        id?: string;
        from?: string;
        to?: string;
        limit: string;
      }) => {
        const deps = await bootstrap(loadConfig());
        try {
          const rows = await queryAudit(
            deps.db.kysely,
            {
              userId: opts.user,
              entity: opts.entity,
              entityId: opts.id,
              from: opts.from,
              to: opts.to,
              limit: Number(opts.limit),
            },
            null,
          );
          const lines = rows.entries.map((e) =>
            [e.seq, e.at, e.actorUserId ?? '-', e.action, e.entity, e.entityId, e.detail].join(
              '\t',
            ),
          );
          if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
        } finally {
          await deps.db.close();
        }
      },
    );
}

export class ChainBroken extends Error {}
