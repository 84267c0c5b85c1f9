// Opinions: matters, the petitioners who raised them (with consent per purpose), each raising
// with its source, every state change, and the routing table (field × village → official).
// Search reads a folded shadow column (accents and đ folded in the app, see core foldVietnamese):
// FTS5 over it on SQLite, a GIN tsvector index over it on PostgreSQL.
import { sql, type Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';
import { createStateChangeTable } from '../state-change-table.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema
    .createTable('petitioner')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('full_name', c.text)
    .addColumn('village_id', c.text, (col) => col.references('unit.id'))
    .addColumn('phone', c.text)
    .addColumn('email', c.text)
    .addColumn('answer_preference', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('petitioner_unit_idx').on('petitioner').column('unit_id').execute();

  await db.schema
    .createTable('petitioner_consent')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('petitioner_id', c.text, (col) => col.notNull().references('petitioner.id'))
    .addColumn('purpose', c.text, (col) => col.notNull())
    .addColumn('granted', c.integer, (col) => col.notNull())
    .addColumn('recorded_by', c.text)
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('petitioner_consent_idx')
    .on('petitioner_consent')
    .column('petitioner_id')
    .execute();

  await db.schema
    .createTable('matter')
    // An integer key orders matters and is the FTS5 rowid (a text key cannot be).
    .addColumn('seq', c.serial, (col) =>
      dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey(),
    )
    .addColumn('id', c.text, (col) => col.notNull().unique())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('village_id', c.text, (col) => col.references('unit.id'))
    .addColumn('content', c.text, (col) => col.notNull())
    .addColumn('field', c.text)
    .addColumn('field_confirmed_by', c.text)
    .addColumn('field_confirmed_at', c.timestamp)
    .addColumn('suggestions', c.json, (col) => col.notNull().defaultTo('[]'))
    .addColumn('state', c.text, (col) => col.notNull())
    .addColumn('source', c.text, (col) => col.notNull())
    .addColumn('source_organisation_id', c.text, (col) => col.references('organisation.id'))
    .addColumn('received_on', c.text, (col) => col.notNull())
    .addColumn('assignee_person_id', c.text, (col) => col.references('person.id'))
    .addColumn('prepare_by', c.text)
    // No foreign key on purpose: restore inserts rows in key order, and a target may come later.
    .addColumn('merged_into_id', c.text)
    .addColumn('answer', c.text)
    .addColumn('search_folded', c.text, (col) => col.notNull())
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('matter_unit_state_idx')
    .on('matter')
    .columns(['unit_id', 'state'])
    .execute();
  await db.schema
    .createIndex('matter_unit_confirmed_idx')
    .on('matter')
    .columns(['unit_id', 'field_confirmed_at'])
    .execute();
  await db.schema
    .createIndex('matter_merged_into_idx')
    .on('matter')
    .column('merged_into_id')
    .execute();
  await db.schema
    .createIndex('matter_assignee_idx')
    .on('matter')
    .column('assignee_person_id')
    .execute();

  await db.schema
    .createTable('raising')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id'))
    .addColumn('petitioner_id', c.text, (col) => col.references('petitioner.id'))
    .addColumn('source', c.text, (col) => col.notNull())
    .addColumn('source_organisation_id', c.text, (col) => col.references('organisation.id'))
    .addColumn('received_on', c.text, (col) => col.notNull())
    .addColumn('created_by', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('raising_matter_idx').on('raising').column('matter_id').execute();
  await db.schema
    .createIndex('raising_petitioner_idx')
    .on('raising')
    .column('petitioner_id')
    .execute();

  await createStateChangeTable(db, dialect, {
    table: 'matter_state_change',
    subject: (t) =>
      t.addColumn('matter_id', c.text, (col) => col.notNull().references('matter.id')),
    indexedBy: 'matter_id',
  });

  await db.schema
    .createTable('opinion_route')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('field', c.text, (col) => col.notNull())
    .addColumn('village_id', c.text, (col) => col.references('unit.id'))
    .addColumn('person_id', c.text, (col) => col.notNull().references('person.id'))
    .addColumn('updated_by', c.text)
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('opinion_route_idx')
    .on('opinion_route')
    .columns(['unit_id', 'field'])
    .execute();

  if (dialect === 'sqlite') {
    // External-content FTS5 over the folded column, kept in step by triggers. unicode61 with
    // remove_diacritics 2 also folds any accent the app missed; đ is already d in the column.
    await sql`create virtual table matter_fts using fts5(search_folded, content='matter', content_rowid='seq', tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger matter_fts_ai after insert on matter begin
      insert into matter_fts(rowid, search_folded) values (new.seq, new.search_folded); end`.execute(
      db,
    );
    await sql`create trigger matter_fts_ad after delete on matter begin
      insert into matter_fts(matter_fts, rowid, search_folded) values ('delete', old.seq, old.search_folded); end`.execute(
      db,
    );
    await sql`create trigger matter_fts_au after update of search_folded on matter begin
      insert into matter_fts(matter_fts, rowid, search_folded) values ('delete', old.seq, old.search_folded);
      insert into matter_fts(rowid, search_folded) values (new.seq, new.search_folded); end`.execute(
      db,
    );
  } else {
    await sql`create index matter_search_idx on matter using gin (to_tsvector('simple', search_folded))`.execute(
      db,
    );
  }
}
