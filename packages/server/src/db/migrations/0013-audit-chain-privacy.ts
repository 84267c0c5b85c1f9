// Privacy (issue 10 B): the audit log becomes a hash chain (existing rows are chained in seq
// order); consent records say how they were given and how they were withdrawn; petitioners can
// be erased (pseudonymised) while matters, answers and documents stay; data-subject requests
// (see / correct / erase / object) with their deadlines.
import { sql, type Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';
import { chainHash, GENESIS_HASH, type ChainedFields } from '../../audit/chain.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema.alterTable('audit_event').addColumn('prev_hash', c.text).execute();
  await db.schema.alterTable('audit_event').addColumn('hash', c.text).execute();
  // The position in the chain (audit/seal.ts: on PostgreSQL entries are sealed in commit order,
  // shortly after commit) and the writing transaction's id (PostgreSQL, for the record).
  await db.schema.alterTable('audit_event').addColumn('chain_seq', big).execute();
  await db.schema.alterTable('audit_event').addColumn('txid', big).execute();
  await db.schema.createIndex('audit_at_idx').on('audit_event').column('at').execute();
  await db.schema
    .createIndex('audit_actor_idx')
    .on('audit_event')
    .columns(['actor_user_id', 'at'])
    .execute();

  const rows =
    await sql<ChainedFields>`select seq, id, at, actor_user_id, action, entity, entity_id, unit_id, reason, detail from audit_event order by seq`.execute(
      db,
    );
  let prev = GENESIS_HASH;
  for (const r of rows.rows) {
    const hash = chainHash(prev, r);
    await sql`update audit_event set prev_hash = ${prev}, hash = ${hash}, chain_seq = ${r.seq} where seq = ${r.seq}`.execute(
      db,
    );
    prev = hash;
  }
  // Two entries can never take the same place in the chain: a fork is refused by the database.
  // (Not a unique index on prev_hash: random 64-character keys cost a third of SQLite's writes/s.)
  await db.schema
    .createIndex('audit_chain_seq_unique')
    .on('audit_event')
    .column('chain_seq')
    .unique()
    .execute();

  await db.schema.alterTable('petitioner_consent').addColumn('wording', c.text).execute();
  await db.schema.alterTable('petitioner_consent').addColumn('channel', c.text).execute();
  await db.schema.alterTable('petitioner_consent').addColumn('withdrawn_at', c.timestamp).execute();
  await db.schema.alterTable('petitioner_consent').addColumn('withdrawn_by', c.text).execute();
  await db.schema.alterTable('petitioner_consent').addColumn('withdrawn_how', c.text).execute();
  await db.schema.alterTable('petitioner').addColumn('erased_at', c.timestamp).execute();

  await db.schema
    .createTable('data_subject_request')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('petitioner_id', c.text, (col) => col.references('petitioner.id'))
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('requester_name', c.text, (col) => col.notNull())
    .addColumn('requester_contact', c.text)
    .addColumn('detail', c.text, (col) => col.notNull())
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('received_on', c.text, (col) => col.notNull())
    .addColumn('acknowledge_by', c.text, (col) => col.notNull())
    .addColumn('complete_by', c.text, (col) => col.notNull())
    .addColumn('deadlines', c.json, (col) => col.notNull())
    .addColumn('acknowledged_at', c.timestamp)
    .addColumn('closed_at', c.timestamp)
    .addColumn('outcome', c.text)
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('dsr_unit_idx')
    .on('data_subject_request')
    .columns(['unit_id', 'state'])
    .execute();
}
