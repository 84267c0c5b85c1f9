// An extension moves the due date of the follow-up items notified on or before the day it was
// granted. 0014 took that day as the first ten characters of due_extension.at, the UTC day; an
// extension granted between 00:00 and 07:00 in Vietnam on the day a conclusion notice was issued
// then missed that notice's items. The trigger is redefined with the day in Vietnam, as 0018 did
// for the answer day.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const day =
    dialect === 'sqlite'
      ? `date(new.at, '+7 hours')`
      : `to_char((new.at)::timestamptz at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
  const body = `update report_answer_fact set due_date = new.due_date where matter_id = new.matter_id and notice_date <= ${day}`;
  if (dialect === 'sqlite') {
    await sql.raw('drop trigger report_fact_extension_ai').execute(db);
    await sql
      .raw(
        `create trigger report_fact_extension_ai after insert on due_extension begin ${body}; end`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create or replace function report_fact_extension_ai() returns trigger language plpgsql as $$ begin ${body}; return new; end $$`,
      )
      .execute(db);
  }
}
