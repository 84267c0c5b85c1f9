// Kysely's view of our tables (the auth library's own tables are typed by it, not here).
// Dialect-neutral on purpose: ids and timestamps are text (ISO 8601), JSON is text,
// booleans are integers 0/1 — see docs/adr/0001-sqlite-default-postgresql.md.
import type { Generated } from 'kysely';

export interface UnitTable {
  id: string;
  parent_id: string | null;
  code: string;
  slug: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
  profile_code: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrganisationTable {
  id: string;
  unit_id: string;
  kind: string;
  name: string;
  abbreviation: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  unit_id: string;
  organisation_id: string | null;
  full_name: string;
  position: string;
  fields: string; // JSON array of field codes
  phone: string | null;
  email: string | null;
  user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  unit_id: string;
  role: string;
  created_at: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  unit_id: string | null;
  reason: string | null;
  detail: string; // JSON
}

export interface Database {
  unit: UnitTable;
  organisation: OrganisationTable;
  person: PersonTable;
  role_grant: RoleGrantTable;
  app_setting: AppSettingTable;
  audit_event: AuditEventTable;
}

/** Our tables in an order where every row's foreign keys point to earlier tables (backup/restore). */
export const ourTablesInOrder = [
  'app_setting',
  'unit',
  'organisation',
  'person',
  'role_grant',
  'audit_event',
] as const;
