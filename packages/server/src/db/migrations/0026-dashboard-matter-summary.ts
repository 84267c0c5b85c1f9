// The commune dashboard's matter counts, summed ahead (issue 17, docs/PERFORMANCE.md "Years of
// data, the same speed"): dashboard_matter_summary holds, per commune and month of receipt, how
// many of its matters (merged ones left out, as the dashboard leaves them out) have each field,
// source, village and state — one row per (dimension, value), so a month is a few dozen rows
// whatever the number of matters. The dashboard shows these four counts one by one, never their
// combinations, so the marginals are all it needs. Triggers on matter keep it in the same
// transaction as each insert, delete and change of the counted columns, whoever writes them (the
// same pattern as report_answer_summary, 0016). A year's counts are then about 115 summary rows instead
// of a range of 20,000 index entries at 100,000 matters. Derived data: not in the backup (a
// restore rebuilds it through the triggers as it inserts the matters).
import { sql, type Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

// A matter's four places in the summary, as (dimension, bucket) pairs; a missing field or village is ''.
const pairs = (r: string) =>
  [
    ['field', `coalesce(${r}.field, '')`],
    ['source', `${r}.source`],
    ['village', `coalesce(${r}.village_id, '')`],
    ['state', `${r}.state`],
  ] as const;
const month = (r: string) => `substr(${r}.received_on, 1, 7)`;

const add = (
  r: string,
) => `insert into dashboard_matter_summary (unit_id, month, dimension, bucket, n)
    select ${r}.unit_id, ${month(r)}, d.dimension, d.bucket, 1
    from (${pairs(r)
      .map(([d, b], i) =>
        i ? `select '${d}', ${b}` : `select '${d}' as dimension, ${b} as bucket`,
      )
      .join(' union all ')}) d
    where ${r}.state <> 'merged'
    on conflict (unit_id, month, dimension, bucket) do update set n = dashboard_matter_summary.n + excluded.n`;
const remove = (r: string) => `update dashboard_matter_summary set n = n - 1
    where ${r}.state <> 'merged' and unit_id = ${r}.unit_id and month = ${month(r)}
    and (${pairs(r)
      .map(([d, b]) => `(dimension = '${d}' and bucket = ${b})`)
      .join(' or ')})`;
const dropEmpty = (r: string) =>
  `delete from dashboard_matter_summary where unit_id = ${r}.unit_id and month = ${month(r)} and n <= 0`;

const counted = ['unit_id', 'received_on', 'state', 'field', 'source', 'village_id'];

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('dashboard_matter_summary')
    .addColumn('unit_id', c.text, (col) => col.notNull())
    .addColumn('month', c.text, (col) => col.notNull())
    .addColumn('dimension', c.text, (col) => col.notNull())
    .addColumn('bucket', c.text, (col) => col.notNull())
    .addColumn('n', c.integer, (col) => col.notNull())
    .addPrimaryKeyConstraint('dashboard_matter_summary_pk', [
      'unit_id',
      'month',
      'dimension',
      'bucket',
    ])
    .execute();

  // Updates fire only when a counted column really changes (a matter's text, official or
  // follow-up columns change far more often than these).
  const changed = counted
    .map((k) =>
      dialect === 'sqlite' ? `old.${k} is not new.${k}` : `old.${k} is distinct from new.${k}`,
    )
    .join(' or ');
  const triggers: Record<string, { event: string; when?: string; body: string[] }> = {
    dashboard_matter_summary_ai: { event: 'after insert', body: [add('new')] },
    dashboard_matter_summary_ad: { event: 'after delete', body: [remove('old'), dropEmpty('old')] },
    dashboard_matter_summary_au: {
      event: `after update of ${counted.join(', ')}`,
      when: changed,
      body: [remove('old'), dropEmpty('old'), add('new')],
    },
  };
  for (const [name, t] of Object.entries(triggers)) {
    const when = t.when ? ` when (${t.when})` : '';
    if (dialect === 'sqlite') {
      await sql
        .raw(
          `create trigger ${name} ${t.event} on matter for each row${when} begin ${t.body.map((b) => `${b};`).join(' ')} end`,
        )
        .execute(db);
    } else {
      const ret = t.event.endsWith('delete') ? 'old' : 'new';
      await sql
        .raw(
          `create function ${name}() returns trigger language plpgsql as $$ begin ${t.body.map((b) => `${b};`).join(' ')} return ${ret}; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${name} ${t.event} on matter for each row${when} execute function ${name}()`,
        )
        .execute(db);
    }
  }

  // Matters already there (a database upgraded with its history): one grouped read per dimension.
  for (const [d, b] of pairs('m')) {
    await sql
      .raw(
        `insert into dashboard_matter_summary (unit_id, month, dimension, bucket, n)
      select m.unit_id, ${month('m')}, '${d}', ${b}, count(*) from matter m where m.state <> 'merged'
      group by m.unit_id, ${month('m')}, ${b}`,
      )
      .execute(db);
  }
}
