// The oversight table's follow-up figures, summed ahead (issue 9, docs/PERFORMANCE.md
// "Dashboards"): report_answer_summary holds, per commune and due date, how many follow-up items
// are due that day and how they stand — answered on time, answered late, escalated unanswered,
// still open. Triggers on report_answer_fact keep it in the same transaction as each fact change
// (which itself follows the source rows by trigger, 0014), so it can never drift from the facts
// whoever writes them. "Overdue" is not stored: it is an open item whose due date is before today,
// read as `open` summed over the days before today. A province's year is ~10,000 summary rows
// instead of ~90,000 facts. Derived data: not in the backup.
// Also: the oversight table's sessions of a period read from one covering index (by date, with the
// columns the checks need) instead of one table read per session; it replaces the date index of 0014.
import { sql, type Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

// A fact's place in the summary: 1 in exactly one of the four states, and in `total`.
const counts = (f: string) => ({
  total: '1',
  on_time: `case when ${f}.answered_on is not null and ${f}.answered_on <= ${f}.due_date then 1 else 0 end`,
  late: `case when ${f}.answered_on > ${f}.due_date then 1 else 0 end`,
  escalated: `case when ${f}.answered_on is null and ${f}.escalated_on is not null then 1 else 0 end`,
  open: `case when ${f}.answered_on is null and ${f}.escalated_on is null then 1 else 0 end`,
});
const names = ['total', 'on_time', 'late', 'escalated', 'open'] as const;

const add = (f: string) => {
  const c = counts(f);
  return `insert into report_answer_summary (unit_id, due_date, unit_path, ${names.join(', ')})
    values (${f}.unit_id, ${f}.due_date, ${f}.unit_path, ${names.map((k) => c[k]).join(', ')})
    on conflict (unit_id, due_date) do update set ${names.map((k) => `${k} = report_answer_summary.${k} + excluded.${k}`).join(', ')}`;
};
const remove = (f: string) => {
  const c = counts(f);
  return `update report_answer_summary set ${names.map((k) => `${k} = ${k} - (${c[k]})`).join(', ')}
    where unit_id = ${f}.unit_id and due_date = ${f}.due_date`;
};
const dropEmpty = (f: string) =>
  `delete from report_answer_summary where unit_id = ${f}.unit_id and due_date = ${f}.due_date and total <= 0`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('report_answer_summary')
    .addColumn('unit_id', c.text, (col) => col.notNull())
    .addColumn('due_date', c.text, (col) => col.notNull())
    .addColumn('unit_path', c.text, (col) => col.notNull())
    .addColumn('total', c.integer, (col) => col.notNull())
    .addColumn('on_time', c.integer, (col) => col.notNull())
    .addColumn('late', c.integer, (col) => col.notNull())
    .addColumn('escalated', c.integer, (col) => col.notNull())
    .addColumn('open', c.integer, (col) => col.notNull())
    .addPrimaryKeyConstraint('report_answer_summary_pk', ['unit_id', 'due_date'])
    .execute();
  // The oversight table: a period's days, every commune under a path, read from the index alone.
  await db.schema
    .createIndex('report_summary_due_idx')
    .on('report_answer_summary')
    .columns(['due_date', 'unit_path', 'total', 'on_time', 'late', 'escalated', 'open'])
    .execute();

  await db.schema
    .createIndex('dialogue_session_oversight_idx')
    .on('dialogue_session')
    .columns(['date', 'unit_id', 'round', 'held_by', 'notice_date', 'held_on', 'conclusion_date'])
    .execute();
  await db.schema.dropIndex('dialogue_session_date_idx').execute();

  const triggers: Record<string, { event: string; body: string[] }> = {
    report_summary_fact_ai: { event: 'after insert', body: [add('new')] },
    report_summary_fact_ad: { event: 'after delete', body: [remove('old'), dropEmpty('old')] },
    report_summary_fact_au: {
      event: 'after update',
      body: [remove('old'), dropEmpty('old'), add('new')],
    },
  };
  for (const [name, t] of Object.entries(triggers)) {
    if (dialect === 'sqlite') {
      await sql
        .raw(
          `create trigger ${name} ${t.event} on report_answer_fact begin ${t.body.map((b) => `${b};`).join(' ')} end`,
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
          `create trigger ${name} ${t.event} on report_answer_fact for each row execute function ${name}()`,
        )
        .execute(db);
    }
  }

  // Facts already there (a database upgraded with its history).
  const f = counts('f');
  await sql
    .raw(
      `insert into report_answer_summary (unit_id, due_date, unit_path, ${names.join(', ')})
    select f.unit_id, f.due_date, min(f.unit_path), ${names.map((k) => `sum(${f[k]})`).join(', ')}
    from report_answer_fact f group by f.unit_id, f.due_date`,
    )
    .execute(db);
}
