// Units, organisations, people, role grants, settings and the audit log.
import type { Kysely } from 'kysely';
import { columns, type Dialect } from '../columns.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await db.schema
    .createTable('app_setting')
    .addColumn('key', c.text, (col) => col.primaryKey())
    .addColumn('value', c.text, (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('unit')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('parent_id', c.text, (col) => col.references('unit.id'))
    .addColumn('code', c.text, (col) => col.notNull().unique())
    .addColumn('slug', c.text, (col) => col.notNull().unique())
    .addColumn('name', c.text, (col) => col.notNull())
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('path', c.text, (col) => col.notNull().unique())
    .addColumn('depth', c.integer, (col) => col.notNull())
    .addColumn('profile_code', c.text)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('unit_parent_idx').on('unit').column('parent_id').execute();

  await db.schema
    .createTable('organisation')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('kind', c.text, (col) => col.notNull())
    .addColumn('name', c.text, (col) => col.notNull())
    .addColumn('abbreviation', c.text)
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('organisation_unit_idx')
    .on('organisation')
    .column('unit_id')
    .execute();

  await db.schema
    .createTable('person')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('organisation_id', c.text, (col) => col.references('organisation.id'))
    .addColumn('full_name', c.text, (col) => col.notNull())
    .addColumn('position', c.text, (col) => col.notNull())
    .addColumn('fields', c.json, (col) => col.notNull().defaultTo('[]'))
    .addColumn('phone', c.text)
    .addColumn('email', c.text)
    .addColumn('user_id', c.text)
    .addColumn('version', c.integer, (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('person_unit_idx').on('person').column('unit_id').execute();

  await db.schema
    .createTable('role_grant')
    .addColumn('id', c.text, (col) => col.primaryKey())
    .addColumn('user_id', c.text, (col) => col.notNull())
    .addColumn('unit_id', c.text, (col) => col.notNull().references('unit.id'))
    .addColumn('role', c.text, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('role_grant_unique', ['user_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('role_grant_user_idx').on('role_grant').column('user_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('seq', c.serial, (col) =>
      dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey(),
    )
    .addColumn('id', c.text, (col) => col.notNull().unique())
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('actor_user_id', c.text)
    .addColumn('action', c.text, (col) => col.notNull())
    .addColumn('entity', c.text, (col) => col.notNull())
    .addColumn('entity_id', c.text, (col) => col.notNull())
    .addColumn('unit_id', c.text)
    .addColumn('reason', c.text)
    .addColumn('detail', c.json, (col) => col.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('audit_entity_idx')
    .on('audit_event')
    .columns(['entity', 'entity_id'])
    .execute();
}
