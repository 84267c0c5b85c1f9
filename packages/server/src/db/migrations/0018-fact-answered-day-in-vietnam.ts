// The day a matter was answered, as a follow-up fact records it when the fact is (re)built from
// the source rows — a conclusion item inserted after its matter was already responded to, which is
// what a restore does. 0014 took the first ten characters of matter.updated_at: the UTC day, while
// the live trigger (matter responded) records the day in Vietnam. Between 00:00 and 07:00 in
// Vietnam the two differ, so a restored database counted such an answer one day earlier than the
// original (found by test/dashboard.test.ts "the facts are derived…" run after 17:00 UTC).
// The insert trigger is redefined with the day in Vietnam. Facts already stored are left as they
// are: recomputing them from updated_at would move an answer day to a later edit of the matter
// (closing it, say), which is worse than the one-day difference it would correct.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';
import { answeredOf, dueOf, escalatedOf } from './0014-dashboard-indexes.js';

const vietnamDay = (dialect: Dialect) => (ts: string) =>
  dialect === 'sqlite'
    ? `date(${ts}, '+7 hours')`
    : `to_char((${ts})::timestamptz at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const day = vietnamDay(dialect);
  const insert = `insert into report_answer_fact (item_id, matter_id, session_id, unit_id, unit_path, notice_date, due_date, answered_on, escalated_on)
    select new.id, new.matter_id, new.session_id, s.unit_id, u.path, new.notice_date,
      ${dueOf('new.matter_id', 'new.due_date')},
      ${answeredOf('new.matter_id', 'new.notice_date', day)},
      ${escalatedOf('new.matter_id')}
    from dialogue_session s join unit u on u.id = s.unit_id where s.id = new.session_id`;
  if (dialect === 'sqlite') {
    await sql.raw('drop trigger report_fact_item_ai').execute(db);
    await sql
      .raw(
        `create trigger report_fact_item_ai after insert on conclusion_item begin ${insert.replace('insert into', 'insert or ignore into')}; end`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create or replace function report_fact_item_ai() returns trigger language plpgsql as $$ begin ${insert} on conflict (item_id) do nothing; return new; end $$`,
      )
      .execute(db);
  }
}
