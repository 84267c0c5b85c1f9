// Plans and sessions: the yearly plan (content as JSON, frozen once issued in the register), its
// sessions (one per round, or extra), who takes part and attended, the agenda linking matters in
// speaking order with the answer given, registrations to speak, every state change, overrides of
// a deadline rule with their reason, and the conclusion notice's items with their due dates.
// The table is `dialogue_session`: `session` belongs to the sign-in library.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';
import { createStateChangeTable } from '../state-change-table.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema
    .createTable('plan')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('year', c.integer, (col) => col.notNull())
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('profile_code', c.text, (col) => col.notNull())
    .addColumn('content', c.json, (col) => col.notNull())
    .addColumn('document_id', c.text, (col) => col.references('outgoing_document.id'))
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('plan_unit_year', ['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('dialogue_session')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('plan_id', c.text, (col) => col.references('plan.id'))
    .addColumn('round', c.integer)
    .addColumn('held_by', c.text)
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('date', c.text)
    .addColumn('start_time', c.text)
    .addColumn('venue', c.text)
    .addColumn('chairs', c.json, (col) => col.notNull().defaultTo('[]'))
    .addColumn('attendance_cap', c.integer)
    .addColumn('topics', c.json, (col) => col.notNull().defaultTo('[]'))
    .addColumn('scheduled_on', c.text)
    .addColumn('notice_date', c.text)
    .addColumn('submission_deadline', c.text)
    .addColumn('channels', c.json, (col) => col.notNull().defaultTo('[]'))
    .addColumn('notice_document_id', c.text, (col) => col.references('outgoing_document.id'))
    .addColumn('short_notice', c.text)
    .addColumn('held_on', c.text)
    .addColumn('attendance_total', c.integer)
    .addColumn('attendance_rev', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('minutes', c.json)
    .addColumn('conclusion_draft', c.json)
    .addColumn('conclusion_date', c.text)
    .addColumn('conclusion_document_id', c.text, (col) => col.references('outgoing_document.id'))
    .addColumn('closed_on', c.text)
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('dialogue_session_unit_idx')
    .on('dialogue_session')
    .columns(['unit_id', 'date'])
    .execute();
  await db.schema
    .createIndex('dialogue_session_plan_idx')
    .on('dialogue_session')
    .column('plan_id')
    .execute();

  await db.schema
    .createTable('session_participant')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('session_id', c.text, (col) => col.notNull().references('dialogue_session.id'))
    .addColumn('position', c.integer, (col) => col.notNull())
    .addColumn('composition', c.text, (col) => col.notNull())
    .addColumn('present', c.integer)
    .execute();
  await db.schema
    .createIndex('session_participant_idx')
    .on('session_participant')
    .columns(['session_id', 'position'])
    .execute();

  await db.schema
    .createTable('speaker_registration')
    // The client's id: sending a registration twice (a retry) registers once.
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('session_id', c.text, (col) => col.notNull().references('dialogue_session.id'))
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('full_name', c.text, (col) => col.notNull())
    .addColumn('village_id', c.text, (col) => col.references('unit.id'))
    .addColumn('question', c.text, (col) => col.notNull())
    .addColumn('registered_by', c.text)
    .addColumn('registered_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('speaker_registration_idx')
    .on('speaker_registration')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('agenda_item')
    // The client's id, and its revision: autosave replays neither duplicate nor regress an item.
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('session_id', c.text, (col) => col.notNull().references('dialogue_session.id'))
    .addColumn('matter_id', c.text, (col) => col.references('matter.id'))
    .addColumn('registration_id', c.text, (col) => col.references('speaker_registration.id'))
    .addColumn('position', c.integer, (col) => col.notNull())
    .addColumn('from_floor', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('speaker_name', c.text)
    .addColumn('speaker_village_id', c.text, (col) => col.references('unit.id'))
    .addColumn('question', c.text, (col) => col.notNull())
    .addColumn('answer', c.text)
    .addColumn('answered_by', c.text)
    .addColumn('outcome', c.text)
    .addColumn('rev', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('updated_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('agenda_item_session_idx')
    .on('agenda_item')
    .columns(['session_id', 'position'])
    .execute();
  await db.schema
    .createIndex('agenda_item_matter_idx')
    .on('agenda_item')
    .column('matter_id')
    .execute();

  await createStateChangeTable(db, dialect, {
    table: 'session_state_change',
    // entity: 'plan' or 'session'.
    subject: (t) =>
      t
        .addColumn('entity', c.text, (col) => col.notNull())
        .addColumn('entity_id', c.text, (col) => col.notNull()),
    indexedBy: 'entity_id',
  });

  await db.schema
    .createTable('session_override')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('session_id', c.text, (col) => col.notNull().references('dialogue_session.id'))
    .addColumn('action', c.text, (col) => col.notNull())
    .addColumn('rule', c.text, (col) => col.notNull())
    .addColumn('limit_date', c.text)
    .addColumn('actual_date', c.text)
    .addColumn('message', c.text, (col) => col.notNull())
    .addColumn('reason', c.text, (col) => col.notNull())
    .addColumn('actor_user_id', c.text)
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('session_override_idx')
    .on('session_override')
    .column('session_id')
    .execute();

  await db.schema
    .createTable('conclusion_item')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('session_id', c.text, (col) => col.notNull().references('dialogue_session.id'))
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('responsible', c.text, (col) => col.notNull())
    .addColumn('notice_date', c.text, (col) => col.notNull())
    .addColumn('due_date', c.text, (col) => col.notNull())
    .addColumn('due_text_vi', c.text, (col) => col.notNull())
    .addColumn('due_text_en', c.text, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('conclusion_item_matter', ['session_id', 'matter_id'])
    .execute();
  await db.schema
    .createIndex('conclusion_item_due_idx')
    .on('conclusion_item')
    .column('due_date')
    .execute();
}
