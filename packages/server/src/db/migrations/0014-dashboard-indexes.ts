// Dashboards and reports (issue 9). Three things:
// 1. report_answer_fact: one narrow row per follow-up item (a matter carried over in a conclusion
//    notice) with its commune, the due date in force and the day it was answered or escalated.
//    Database triggers keep it in the same transaction as the change (conclusion issued, extension,
//    answer approved, matter responded, escalation sent), whichever code path or restore writes
//    the rows, so the oversight table reads one covering index instead of joining four tables
//    over a province's items (docs/PERFORMANCE.md, "Dashboards"). It is derived data: not in the
//    backup (restoring the source rows rebuilds it through the same triggers).
// 2. report_draft: the editable wording of a report (Báo cáo kết quả) before it is issued.
// 3. Indexes for the dashboard's filters: matters by commune and day received, sessions and
//    escalations by date.
import { sql, type Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

// `dayOf` turns the matter's updated_at into a day; 0014 took its first ten characters (the UTC
// day), 0018 passes the day in Vietnam, as the live trigger records it.
export const answeredOf = (
  matter: string,
  notice: string,
  dayOf = (ts: string) => `substr(${ts}, 1, 10)`,
) => `coalesce(
      (select max(a.approved_on) from matter_answer a where a.matter_id = ${matter} and a.state in ('approved', 'sent') and a.approved_on >= ${notice}),
      (select ${dayOf('m.updated_at')} from matter m where m.id = ${matter} and m.state in ('responded', 'closed') and ${dayOf('m.updated_at')} >= ${notice}))`;
export const dueOf = (matter: string, due: string) => `coalesce(
      (select e.due_date from due_extension e where e.matter_id = ${matter} order by e.at desc limit 1), ${due})`;
export const escalatedOf = (matter: string) =>
  `(select min(x.sent_on) from escalation x where x.matter_id = ${matter})`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema
    .createTable('report_answer_fact')
    .addColumn('item_id', c.text, (col) => col.primaryKey())
    .addColumn('matter_id', c.text, (col) => col.notNull())
    .addColumn('session_id', c.text, (col) => col.notNull())
    .addColumn('unit_id', c.text, (col) => col.notNull())
    .addColumn('unit_path', c.text, (col) => col.notNull())
    .addColumn('notice_date', c.text, (col) => col.notNull())
    .addColumn('due_date', c.text, (col) => col.notNull())
    .addColumn('answered_on', c.text)
    .addColumn('escalated_on', c.text)
    .execute();
  // Oversight: a period's items grouped by commune, read from the index alone.
  await db.schema
    .createIndex('report_fact_due_idx')
    .on('report_answer_fact')
    .columns(['due_date', 'unit_id', 'answered_on', 'escalated_on', 'unit_path'])
    .execute();
  // One commune's dashboard: its items by due date.
  await db.schema
    .createIndex('report_fact_unit_idx')
    .on('report_answer_fact')
    .columns(['unit_id', 'due_date', 'answered_on', 'escalated_on'])
    .execute();
  await db.schema
    .createIndex('report_fact_matter_idx')
    .on('report_answer_fact')
    .column('matter_id')
    .execute();
  // A round's items (the dashboard's timeline, a round's report).
  await db.schema
    .createIndex('report_fact_session_idx')
    .on('report_answer_fact')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('report_draft')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    // 'round:<sessionId>', 'year:2026', 'quarter:2026-2:calendar'…
    .addColumn('period_key', c.text, (col) => col.notNull())
    .addColumn('wording', c.json, (col) => col.notNull())
    .addColumn('document_id', c.text, (col) => col.references('outgoing_document.id'))
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('updated_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('report_draft_period', ['unit_id', 'period_key'])
    .execute();

  await db.schema
    .createIndex('matter_unit_received_idx')
    .on('matter')
    .columns(['unit_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('dialogue_session_date_idx')
    .on('dialogue_session')
    .columns(['date'])
    .execute();
  await db.schema
    .createIndex('dialogue_session_held_by_idx')
    .on('dialogue_session')
    .columns(['held_by'])
    .execute();
  // Profiles of many communes at once read only the units that chose one.
  await db.schema.createIndex('unit_profile_idx').on('unit').column('profile_code').execute();
  await db.schema
    .createIndex('escalation_sent_idx')
    .on('escalation')
    .columns(['sent_on', 'unit_id'])
    .execute();

  const insertFact = (
    n: string,
  ) => `insert into report_answer_fact (item_id, matter_id, session_id, unit_id, unit_path, notice_date, due_date, answered_on, escalated_on)
    select ${n}.id, ${n}.matter_id, ${n}.session_id, s.unit_id, u.path, ${n}.notice_date,
      ${dueOf(`${n}.matter_id`, `${n}.due_date`)},
      ${answeredOf(`${n}.matter_id`, `${n}.notice_date`)},
      ${escalatedOf(`${n}.matter_id`)}
    from dialogue_session s join unit u on u.id = s.unit_id where s.id = ${n}.session_id`;
  const today =
    dialect === 'sqlite'
      ? `date('now', '+7 hours')`
      : `to_char(now() at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
  const statements: Record<string, { table: string; when: string; event: string; body: string }> = {
    report_fact_item_ai: {
      table: 'conclusion_item',
      event: 'after insert',
      when: '',
      body: insertFact('new'),
    },
    report_fact_item_ad: {
      table: 'conclusion_item',
      event: 'after delete',
      when: '',
      body: 'delete from report_answer_fact where item_id = old.id',
    },
    report_fact_extension_ai: {
      table: 'due_extension',
      event: 'after insert',
      when: '',
      body: `update report_answer_fact set due_date = new.due_date where matter_id = new.matter_id and notice_date <= substr(new.at, 1, 10)`,
    },
    report_fact_answer_ai: {
      table: 'matter_answer',
      event: 'after insert',
      when: `new.state in ('approved', 'sent') and new.approved_on is not null`,
      body: `update report_answer_fact set answered_on = new.approved_on where matter_id = new.matter_id and notice_date <= new.approved_on and (answered_on is null or answered_on < notice_date or answered_on > new.approved_on)`,
    },
    report_fact_answer_au: {
      table: 'matter_answer',
      event: 'after update',
      when: `new.state in ('approved', 'sent') and new.approved_on is not null`,
      body: `update report_answer_fact set answered_on = new.approved_on where matter_id = new.matter_id and notice_date <= new.approved_on and (answered_on is null or answered_on < notice_date or answered_on > new.approved_on)`,
    },
    report_fact_matter_au: {
      table: 'matter',
      event: 'after update',
      when: `new.state in ('responded', 'closed') and old.state not in ('responded', 'closed')`,
      body: `update report_answer_fact set answered_on = ${today} where matter_id = new.id and answered_on is null`,
    },
    report_fact_escalation_ai: {
      table: 'escalation',
      event: 'after insert',
      when: '',
      body: `update report_answer_fact set escalated_on = new.sent_on where matter_id = new.matter_id and escalated_on is null`,
    },
  };
  for (const [name, t] of Object.entries(statements)) {
    if (dialect === 'sqlite') {
      const body = t.body.startsWith('insert')
        ? t.body.replace('insert into', 'insert or ignore into')
        : t.body;
      await sql
        .raw(
          `create trigger ${name} ${t.event} on ${t.table} ${t.when ? `when ${t.when}` : ''} begin ${body}; end`,
        )
        .execute(db);
    } else {
      const body = t.body.startsWith('insert')
        ? `${t.body} on conflict (item_id) do nothing`
        : t.body;
      const ret = t.event.endsWith('delete') ? 'old' : 'new';
      await sql
        .raw(
          `create function ${name}() returns trigger language plpgsql as $$ begin ${body}; return ${ret}; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${name} ${t.event} on ${t.table} for each row ${t.when ? `when (${t.when})` : ''} execute function ${name}()`,
        )
        .execute(db);
    }
  }
  // Items already there (a database upgraded with its history).
  await sql
    .raw(
      `insert into report_answer_fact (item_id, matter_id, session_id, unit_id, unit_path, notice_date, due_date, answered_on, escalated_on)
    select ci.id, ci.matter_id, ci.session_id, s.unit_id, u.path, ci.notice_date,
      ${dueOf('ci.matter_id', 'ci.due_date')},
      ${answeredOf('ci.matter_id', 'ci.notice_date')},
      ${escalatedOf('ci.matter_id')}
    from conclusion_item ci join dialogue_session s on s.id = ci.session_id join unit u on u.id = s.unit_id`,
    )
    .execute(db);
}
