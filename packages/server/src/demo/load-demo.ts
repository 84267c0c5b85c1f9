// Loads the demo commune into an empty database (first start) or replaces everything with it
// (`doithoai demo --reset`).
import type { Auth } from '../auth/auth.js';
import { createStaffUser } from '../auth/users.js';
import { deleteAllRows } from '../backup/backup.repository.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { ourTablesInOrder } from '../db/schema.js';
import { insertOrganisation, insertPerson } from '../unit/unit.repository.js';
import { insertUnit } from '../unit/unit-merger.repository.js';
import {
  DEMO_PASSWORD,
  demoOrganisations,
  demoPeople,
  demoSuccessor,
  demoUnits,
} from './demo-data.js';
import { loadDemoHistory } from './demo-history.js';
import { loadDemoOpinions } from './demo-opinions.js';
import { loadDemoPlans } from './demo-plans.js';
import { unitCount } from './demo.repository.js';

export const authTablesInOrder = ['user', 'account', 'session', 'verification'] as const;

export async function isEmpty(db: Db): Promise<boolean> {
  return (await unitCount(db.kysely)) === 0;
}

export async function clearAll(db: Db): Promise<void> {
  const tables = [
    ...ourTablesInOrder.filter((t) => t !== 'app_setting'),
    ...authTablesInOrder,
  ].reverse();
  for (const t of tables) await deleteAllRows(db.kysely, t);
}

export interface DemoLogin {
  username: string;
  role: string;
  unit: string;
  name: string;
}

/** The demo's steps, for a first run to show what it is doing (`progress(step, of, what)`). */
export type DemoProgress = (step: number, of: number, what: { vi: string; en: string }) => void;

export async function loadDemo(
  db: Db,
  auth: Auth,
  progress: DemoProgress = () => {},
): Promise<DemoLogin[]> {
  progress(1, 5, { vi: 'đơn vị, tổ chức', en: 'units and organisations' });
  const at = nowIso();
  const ids = new Map<string, string>();
  const paths = new Map<string, string>();
  await db.kysely.transaction().execute(async (trx) => {
    for (const u of demoUnits) {
      const id = newId();
      const path = `${u.parent ? paths.get(u.parent)! : '/'}${id}/`;
      ids.set(u.key, id);
      paths.set(u.key, path);
      await insertUnit(trx, {
        id,
        parent_id: u.parent ? ids.get(u.parent)! : null,
        code: u.code,
        slug: u.slug,
        name: u.name,
        kind: u.kind,
        path,
        depth: path.split('/').length - 3,
        profile_code: u.parent ? null : 'ha-tinh-657',
        created_at: at,
        updated_at: at,
      });
    }
    for (const o of demoOrganisations) {
      const id = newId();
      ids.set(o.key, id);
      await insertOrganisation(trx, {
        id,
        unit_id: ids.get(o.unit)!,
        kind: o.kind,
        name: o.name,
        abbreviation: o.abbreviation,
        version: 0,
        created_at: at,
        updated_at: at,
      });
    }
  });
  progress(2, 5, { vi: 'cán bộ và tài khoản', en: 'people and accounts' });
  const logins: DemoLogin[] = [];
  for (const p of demoPeople) {
    let userId: string | null = null;
    if (p.login) {
      userId = await createStaffUser(db, auth, {
        username: p.login.username,
        name: p.fullName,
        email: `${p.login.username}@demo.doithoai.local`,
        password: DEMO_PASSWORD,
        grants: p.login.grants.map((g) => ({ role: g.role, unitId: ids.get(g.unit)! })),
      });
      for (const g of p.login.grants) {
        // The old Sơn Giang's logins work at the new one after the merger (demo-history.ts).
        const unit =
          g.unit === demoSuccessor.key
            ? demoSuccessor.name
            : demoUnits.find((u) => u.key === g.unit)!.name;
        logins.push({ username: p.login.username, role: g.role, unit, name: p.fullName });
      }
    }
    await insertPerson(db.kysely, {
      id: newId(),
      unit_id: ids.get(p.unit)!,
      organisation_id: p.org ? ids.get(p.org)! : null,
      full_name: p.fullName,
      position: p.position,
      fields: JSON.stringify(p.fields),
      phone: null,
      email: null,
      user_id: userId,
      version: 0,
      created_at: at,
      updated_at: at,
    });
  }
  progress(3, 5, { vi: 'năm 2022, sáp nhập 01/7/2025', en: '2022, the merger of 1 July 2025' });
  // From here on, 'sg' is the new Xã Sơn Giang: today's data belongs to it.
  ids.set('sg', await loadDemoHistory(db, ids));
  progress(4, 5, { vi: 'ý kiến, kiến nghị', en: 'opinions' });
  await loadDemoOpinions(db, ids);
  progress(5, 5, { vi: 'kế hoạch, hội nghị, trả lời', en: 'plans, sessions, answers' });
  await loadDemoPlans(db, ids.get('sg')!);
  return logins;
}

export function demoLoginsText(): string {
  const rows = demoPeople
    .filter((p) => p.login)
    .map(
      (p) =>
        `  ${p.login!.username.padEnd(16)} ${p
          .login!.grants.map((g) => g.role)
          .join(',')
          .padEnd(10)} ${p.fullName}`,
    );
  return [`Tài khoản demo / demo logins (mật khẩu / password: ${DEMO_PASSWORD}):`, ...rows].join(
    '\n',
  );
}
