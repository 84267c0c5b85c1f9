// The due date in force of a followed-up matter (one with a conclusion item), kept on the matter
// (issue 17): an open escalation's, else the latest extension's, else the latest conclusion item's (the rule of
// follow-up.repository.ts currentDues and opinion-search.repository.ts dueInForce). The worklist ranks by it
// and the lists filter "overdue" on it; computed per row, they read every open item of the
// commune's history on each page (138 ms at 100,000 matters, bench/growth.bench.mjs). Database
// triggers keep it in the same transaction as each change of a conclusion item, an extension or
// an escalation, whichever code path (or restore) writes them, as 0014 keeps report_answer_fact.
// Two partial indexes make a page an index range:
// - matter_follow_up_due_idx: matters in follow-up by unit and due date (SQLite appends the rowid,
//   seq; PostgreSQL has it named), only the states the worklist shows, so a page walks no
//   answered matter;
// - answer_letter_unsent_idx: letters still to send, the worklist's other source (a responded
//   matter with letters to send).
// And for the home page: report_fact_open_idx (open follow-up items by unit and due date) and a
// covering index of a session's items.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

/** The due date in force of the matter whose id is the SQL expression `matter`; null until it has a conclusion item. */
export const followUpDueOf = (
  matter: string,
) => `case when exists (select 1 from conclusion_item c0 where c0.matter_id = ${matter}) then coalesce(
  (select e.due_date from escalation e where e.matter_id = ${matter} and e.state <> 'answered' order by e.created_at desc limit 1),
  (select x.due_date from due_extension x where x.matter_id = ${matter} order by x.at desc limit 1),
  (select ci.due_date from conclusion_item ci where ci.matter_id = ${matter} order by ci.created_at desc limit 1)) end`;

/** Matter states the follow-up worklist shows (with 'responded' while letters are unsent: the other index). */
export const followUpIndexedStates = `'in-follow-up', 'complex', 'escalated'`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('matter').addColumn('follow_up_due', 'text').execute();
  const refresh = (row: 'new' | 'old') =>
    `update matter set follow_up_due = ${followUpDueOf(`${row}.matter_id`)} where id = ${row}.matter_id`;
  const triggers: { name: string; table: string; event: string; row: 'new' | 'old' }[] = [];
  for (const table of ['conclusion_item', 'due_extension', 'escalation']) {
    triggers.push({ name: `${table}_due_ai`, table, event: 'after insert', row: 'new' });
    triggers.push({ name: `${table}_due_au`, table, event: 'after update', row: 'new' });
    triggers.push({ name: `${table}_due_ad`, table, event: 'after delete', row: 'old' });
  }
  for (const t of triggers) {
    if (dialect === 'sqlite') {
      await sql
        .raw(`create trigger ${t.name} ${t.event} on ${t.table} begin ${refresh(t.row)}; end`)
        .execute(db);
    } else {
      await sql
        .raw(
          `create function ${t.name}() returns trigger language plpgsql as $$ begin ${refresh(t.row)}; return ${t.row}; end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${t.name} ${t.event} on ${t.table} for each row execute function ${t.name}()`,
        )
        .execute(db);
    }
  }
  // Matters already followed up (a database upgraded with its history).
  await sql
    .raw(
      `update matter set follow_up_due = ${followUpDueOf('matter.id')}
    where exists (select 1 from conclusion_item ci where ci.matter_id = matter.id)`,
    )
    .execute(db);
  // Literal states: an index's condition is matched against the query's text, not bound values.
  const seq = dialect === 'postgres' ? ', seq' : '';
  await sql
    .raw(
      `create index matter_follow_up_due_idx on matter (unit_id, follow_up_due${seq}) where state in (${followUpIndexedStates})`,
    )
    .execute(db);
  await sql
    .raw(`create index answer_letter_unsent_idx on answer_letter (matter_id) where sent_on is null`)
    .execute(db);
  // "Việc của tôi": a unit's open follow-up items by due date (not every item ever due), and a
  // session's items summed from the index alone (the round's stage).
  await sql
    .raw(
      `create index report_fact_open_idx on report_answer_fact (unit_id, due_date, matter_id) where answered_on is null and escalated_on is null`,
    )
    .execute(db);
  // The opinion list's "overdue" filter (opinion-search.repository.ts), as three index ranges: open matters
  // by prepare-by date, followed-up ones by the kept due date (null: no conclusion item yet).
  await sql
    .raw(
      `create index matter_prepare_by_idx on matter (prepare_by) where state in ('received', 'classified', 'assigned', 'answer-prepared')`,
    )
    .execute(db);
  await sql
    .raw(
      `create index matter_overdue_due_idx on matter (follow_up_due) where state in ('carried-over', 'in-follow-up', 'complex', 'escalated')`,
    )
    .execute(db);
  // The opinion list filtered by one field, newest first: the field's matters in seq order, so a
  // page stops after its rows (with only (field, village_id) SQLite sorted every matter of the field).
  await db.schema
    .createIndex('matter_field_seq_idx')
    .on('matter')
    .columns(['field', 'seq'])
    .execute();
  // "Overdue, nobody named": the followed-up matters without an official (few), each to its open
  // items, not every open item to its matter. Two columns each, so SQLite (no statistics) prefers
  // them to the one-column assignee index and to the unit's open-item range.
  await db.schema
    .createIndex('matter_assignee_due_idx')
    .on('matter')
    .columns(['assignee_person_id', 'follow_up_due'])
    .execute();
  await sql
    .raw(
      `create index report_fact_open_matter_idx on report_answer_fact (matter_id, unit_id, due_date) where answered_on is null and escalated_on is null`,
    )
    .execute(db);
  await db.schema
    .createIndex('report_fact_session_cover_idx')
    .on('report_answer_fact')
    .columns(['session_id', 'due_date', 'answered_on', 'escalated_on'])
    .execute();
}
