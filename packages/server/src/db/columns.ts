// The few column types that differ between SQLite and PostgreSQL, named once (as n8n's
// migrations DSL does), so a migration is written once for both dialects.
import { sql, type ColumnDataType, type Expression } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

export function columns(dialect: Dialect) {
  return {
    /** An auto-incrementing integer key (ordering of append-only logs). */
    serial: (dialect === 'postgres' ? sql`bigserial` : sql`integer`) as Expression<unknown>,
    text: 'text' as ColumnDataType,
    integer: 'integer' as ColumnDataType,
    /** ISO-8601 text on both: comparable as strings, no timezone conversion by drivers. */
    timestamp: 'text' as ColumnDataType,
    json: 'text' as ColumnDataType,
    /** Bytes (an issued document as sent): BLOB on SQLite, bytea on PostgreSQL. */
    blob: (dialect === 'postgres' ? 'bytea' : 'blob') as ColumnDataType,
  };
}
