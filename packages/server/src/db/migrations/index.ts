// Every migration, in order. Each runs on both dialects; the dialect is passed in for the
// rare step that differs. Add a file, add a line here, with a number after the last one
// (test/migrations.test.ts; databases refuse one that sorts before a migration they have run).
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../columns.js';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-opinions.js';
import * as m0003 from './0003-calendar.js';
import * as m0004 from './0004-documents.js';
import * as m0005 from './0005-plans-sessions.js';
import * as m0006 from './0006-opinion-search-prefix.js';
import * as m0007 from './0007-follow-up.js';
import * as m0008 from './0008-portal.js';
import * as m0009 from './0009-notifications.js';
import * as m0010 from './0010-follow-up-2.js';
import * as m0011 from './0011-attachments.js';
import * as m0011b from './0011-portal-limits.js';
import * as m0012 from './0012-security.js';
import * as m0013 from './0013-audit-chain-privacy.js';
import * as m0014 from './0014-dashboard-indexes.js';
import * as m0015 from './0015-search-filter-tokens.js';
import * as m0016 from './0016-dashboard-summary.js';
import * as m0017 from './0017-conclusion-item-matter-index.js';
import * as m0018 from './0018-fact-answered-day-in-vietnam.js';
import * as m0019 from './0019-fact-extension-day-in-vietnam.js';
import * as m0020 from './0020-similarity-lexicon.js';
import * as m0021 from './0021-matter-unit-seq-index.js';
import * as m0022 from './0022-matter-unit-received-covering.js';
import * as m0024 from './0024-matter-follow-up-due.js';
import * as m0025 from './0025-units-in-time.js';
import * as m0026 from './0026-dashboard-matter-summary.js';
import * as m0027 from './0027-search-longer-prefixes.js';

const all: Record<string, { up: (db: never, d: Dialect) => Promise<void> }> = {
  '0001-foundation': m0001,
  '0002-opinions': m0002,
  '0003-calendar': m0003,
  '0004-documents': m0004,
  '0005-plans-sessions': m0005,
  '0006-opinion-search-prefix': m0006,
  '0007-follow-up': m0007,
  '0008-portal': m0008,
  '0009-notifications': m0009,
  '0010-follow-up-2': m0010,
  // Two files numbered 0011: databases record these names, so they keep them (migration-order.ts).
  '0011-attachments': m0011,
  '0011-portal-limits': m0011b,
  '0012-security': m0012,
  '0013-audit-chain-privacy': m0013,
  '0014-dashboard-indexes': m0014,
  '0015-search-filter-tokens': m0015,
  '0016-dashboard-summary': m0016,
  '0017-conclusion-item-matter-index': m0017,
  '0018-fact-answered-day-in-vietnam': m0018,
  '0019-fact-extension-day-in-vietnam': m0019,
  '0020-similarity-lexicon': m0020,
  '0021-matter-unit-seq-index': m0021,
  '0022-matter-unit-received-covering': m0022,
  '0024-matter-follow-up-due': m0024,
  '0025-units-in-time': m0025,
  '0026-dashboard-matter-summary': m0026,
  '0027-search-longer-prefixes': m0027,
};

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(all)) {
        out[name] = { up: (db) => m.up(db as never, dialect) };
      }
      return out;
    },
  };
}
