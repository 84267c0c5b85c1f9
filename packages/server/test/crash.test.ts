// Crash safety (issue 11): the real server in a child process takes concurrent opinion entries,
// is killed with SIGKILL mid-load, and restarts on the same data. Every entry that got a 201 must
// be there with all its rows (matter, petitioner, raising with its source, history, audit), and
// no entry may be half-written. Then the conclusion notice: killed while it is being issued, the
// session has either every item's clock started or none. On SQLite (group commit, WAL,
// synchronous=FULL) and on PostgreSQL.
import type { Actor, Role } from '@doithoai/core';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Db } from '../src/db/open-database.js';
import { createPlan } from '../src/plan/create-plan.js';
import { issuePlan } from '../src/plan/issue-plan.js';
import { announceSession } from '../src/session/announce-session.js';
import { saveConclusionDraft } from '../src/session/draft-conclusion.js';
import { getSession } from '../src/session/get-session.js';
import { holdSession } from '../src/session/hold-session.js';
import { saveAgendaItem } from '../src/session/save-agenda-item.js';
import { scheduleSession } from '../src/session/schedule-session.js';
import {
  buildServer,
  postgresStore,
  signIn,
  sqliteStore,
  startServer,
  type ChildServer,
  type Store,
} from './support/child-server.js';
import { postgresAvailable } from './support/databases.js';

const WORKERS = 24;

beforeAll(() => buildServer(), 180_000);

const openStore = (store: Store): Db =>
  store.sqliteFile ? openSqlite(store.sqliteFile) : openPostgres(store.databaseUrl!, 2);

interface Sent {
  tag: string;
  status: number | 'lost';
  id?: string;
  code?: string;
}
const PORTAL_WORKERS = 4;

/** Concurrent entries until `stop()`; each records what the client was told. */
function driveEntries(server: ChildServer, cookie: string, unitId: string, villageId: string) {
  const sent: Sent[] = [];
  let running = true;
  let n = 0;
  const workers = Array.from({ length: WORKERS }, async () => {
    while (running) {
      const tag = `crash-${n++}`;
      const entry: Sent = { tag, status: 'lost' };
      sent.push(entry);
      try {
        const res = await fetch(`${server.url}/api/units/${unitId}/opinions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({
            content: `Đề nghị sửa đường ${tag}`,
            source: 'mttq',
            villageId,
            field: n % 2 ? 'moi-truong' : undefined,
            petitioner: {
              fullName: `Người gửi ${tag}`,
              villageId,
              phone: '0912345678',
              consents: ['contact-about-answer'],
            },
          }),
        });
        entry.status = res.status;
        if (res.status === 201) entry.id = ((await res.json()) as { id: string }).id;
      } catch {
        // The connection died with the server: the client does not know the outcome.
        return;
      }
    }
  });
  // Citizens through the public portal's form at the same time (each from its own address, as the
  // proxy reports it: the portal allows 10 an hour per address).
  const portal: Sent[] = [];
  const citizens = Array.from({ length: PORTAL_WORKERS }, async (_, w) => {
    for (let i = 0; running; i++) {
      const tag = `portal-${w}-${i}`;
      const entry: Sent = { tag, status: 'lost' };
      portal.push(entry);
      try {
        const res = await fetch(`${server.url}/xa/son-giang/gui-y-kien`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `203.0.113.${w * 50 + Math.floor(i / 8)}`,
          },
          body: new URLSearchParams({
            fullName: `Công dân ${tag}`,
            villageId,
            contact: '',
            content: `Đề nghị sửa cầu tràn ${tag}`,
            consentContact: '',
            website: '',
          }).toString(),
        });
        entry.status = res.status;
        entry.code = /ma=([A-Z0-9]+)$/.exec(res.headers.get('location') ?? '')?.[1];
        await res.arrayBuffer();
      } catch {
        return;
      }
    }
  });
  return {
    sent,
    portal,
    stop: async () => {
      running = false;
      await Promise.all([...workers, ...citizens]);
    },
  };
}

async function actorOf(db: Db, username: string): Promise<Actor> {
  const k = db.kysely;
  const user = (await k
    .selectFrom('user' as never)
    .select('id' as never)
    .where('username' as never, '=', username as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const grants = await k
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
}

/** Both sessions of a 2025 plan held, with many carried-over questions and a draft conclusion. */
async function heldSessions(db: Db): Promise<string[]> {
  const k = db.kysely;
  const office = await actorOf(db, 'vanphong');
  const sg = await k
    .selectFrom('unit')
    .select('id')
    .where('code', '=', 'demo-son-giang')
    .executeTakeFirstOrThrow();
  const at = (date: string) => ({ db, clock: () => new Date(`${date}T03:00:00Z`) });
  const plan = await createPlan(at('2025-02-10'), office, sg.id, { year: 2025 });
  await issuePlan(at('2025-02-15'), office, plan.id, { date: '2025-02-15', version: plan.version });
  const sessions = await k
    .selectFrom('dialogue_session')
    .select('id')
    .where('plan_id', '=', plan.id)
    .orderBy('round')
    .execute();
  const dates = [
    { notice: '2025-06-01', deadline: '2025-06-10', held: '2025-06-13', conclusion: '2025-06-16' },
    { notice: '2025-10-27', deadline: '2025-11-04', held: '2025-11-07', conclusion: '2025-11-10' },
  ];
  for (const [i, { id }] of sessions.entries()) {
    const d = dates[i]!;
    const v = async () =>
      Number(
        (
          await k
            .selectFrom('dialogue_session')
            .select('version')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).version,
      );
    await scheduleSession(at(d.notice), office, id, {
      date: d.held,
      startTime: '07:30',
      venue: 'Hội trường',
      chairs: ['Bí thư'],
      participants: [],
      topics: [],
      version: await v(),
    });
    await announceSession(at(d.notice), office, id, {
      noticeDate: d.notice,
      submissionDeadline: d.deadline,
      channels: ['Văn phòng'],
      version: await v(),
    });
    for (const item of (await getSession(at(d.held), office, id)).agenda) {
      await saveAgendaItem(at(d.held), office, id, item.id, {
        rev: 1,
        position: item.position,
        question: item.question,
        speakerName: null,
        answer: null,
        answeredBy: null,
        outcome: 'carried-over',
        fromFloor: false,
      });
    }
    // Questions from the floor: each becomes a matter whose clock the notice starts.
    for (let q = 0; q < 20; q++) {
      await saveAgendaItem(at(d.held), office, id, `floor-${i}-${q}`, {
        rev: 1,
        position: 100 + q,
        question: `Câu hỏi tại hội nghị số ${q}: đề nghị sửa cầu tràn`,
        speakerName: `Người dân ${q}`,
        answer: null,
        answeredBy: null,
        fromFloor: true,
        outcome: 'carried-over',
      });
    }
    await holdSession(at(d.held), office, id, { version: await v() });
    await saveConclusionDraft(at(d.conclusion), office, id, {
      date: d.conclusion,
      summary: ['Hội nghị dân chủ.'],
      responsible: {},
      recipients: ['Lưu.'],
    });
  }
  return sessions.map((s) => s.id);
}

/**
 * Resolves once the server is inside a write transaction that has lasted a while (seen on three
 * polls 10 ms apart): SQLite — another connection cannot take the write lock; PostgreSQL — the
 * app's connection has an open transaction. Killing then lands in the middle of it.
 */
async function insideWriteTransaction(store: Store, timeoutMs = 15_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let seen = 0;
  if (store.sqliteFile) {
    const probe = new SqliteDatabase(store.sqliteFile);
    probe.pragma('busy_timeout = 0');
    try {
      while (Date.now() < until) {
        try {
          probe.exec('begin immediate');
          probe.exec('rollback');
          seen = 0;
        } catch (e) {
          if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
          if (++seen >= 3) return true;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    } finally {
      probe.close();
    }
    return false;
  }
  const client = new pg.Client({ connectionString: store.databaseUrl });
  await client.connect();
  try {
    while (Date.now() < until) {
      const { rows } = await client.query(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start < now() - interval '20 milliseconds' and backend_type = 'client backend'`,
      );
      if (rows[0].n > 0) {
        if (++seen >= 3) return true;
      } else seen = 0;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await client.end();
  }
  return false;
}

/** A session's conclusion state, all in one: 'none' (nothing started), 'all', or what is wrong. */
async function conclusionState(db: Db, sessionId: string): Promise<'none' | 'all' | string> {
  const k = db.kysely;
  const s = await k
    .selectFrom('dialogue_session')
    .select(['state', 'conclusion_document_id'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const matterIds = (
    await k
      .selectFrom('agenda_item')
      .select('matter_id')
      .where('session_id', '=', sessionId)
      .where('outcome', '=', 'carried-over')
      .execute()
  )
    .map((a) => a.matter_id!)
    .filter(Boolean);
  const items = await k
    .selectFrom('conclusion_item')
    .select(['matter_id', 'due_date'])
    .where('session_id', '=', sessionId)
    .execute();
  const states = (
    await k.selectFrom('matter').select('state').where('id', 'in', matterIds).execute()
  ).map((m) => m.state);
  if (matterIds.length < 20) return `only ${matterIds.length} carried-over matters`;
  if (
    items.length === 0 &&
    s.state === 'held' &&
    !s.conclusion_document_id &&
    states.every((x) => x === 'carried-over')
  )
    return 'none';
  if (
    items.length === matterIds.length &&
    s.state === 'concluded' &&
    s.conclusion_document_id &&
    states.every((x) => x === 'in-follow-up') &&
    items.every((i) => i.due_date)
  )
    return 'all';
  return `half-done: session ${s.state}, document ${s.conclusion_document_id ?? 'none'}, ${items.length}/${matterIds.length} items, states ${[...new Set(states)].join(',')}`;
}

describe.each([
  { dialect: 'sqlite', skip: false, store: async () => sqliteStore() },
  { dialect: 'postgres', skip: !postgresAvailable, store: postgresStore },
])('crash safety on $dialect', ({ skip, store: makeStore }) => {
  let store: Store;
  let server: ChildServer | undefined;
  beforeAll(async () => {
    if (!skip) store = await makeStore();
  });
  afterAll(async () => {
    await server?.stop();
    await store?.drop();
  });

  it.skipIf(skip)(
    'SIGKILL during concurrent entries: every 201 is stored whole after restart, nothing half-written',
    async () => {
      server = await startServer(store, { TRUST_PROXY: '1' });
      const cookie = await signIn(server.url, 'vanphong');
      const me = (await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json()) as {
        grants: { unitId: string }[];
      };
      const unitId = me.grants[0]!.unitId;
      const village = await (async () => {
        const db = openStore(store);
        try {
          return (
            await db.kysely
              .selectFrom('unit')
              .select('id')
              .where('parent_id', '=', unitId)
              .orderBy('code')
              .executeTakeFirstOrThrow()
          ).id;
        } finally {
          await db.close();
        }
      })();

      const load = driveEntries(server, cookie, unitId, village);
      // Let a few hundred entries through, then pull the plug while requests are in flight.
      const t0 = Date.now();
      while (load.sent.filter((s) => s.status === 201).length < 150 && Date.now() - t0 < 20_000)
        await new Promise((r) => setTimeout(r, 20));
      await server.kill();
      await load.stop();
      const acked = load.sent.filter((s) => s.status === 201);
      const unknown = load.sent.filter((s) => s.status === 'lost');
      expect(acked.length).toBeGreaterThanOrEqual(150);
      expect(load.sent.filter((s) => s.status !== 201 && s.status !== 'lost')).toEqual([]);

      server = await startServer(store, { TRUST_PROXY: '1' });
      const db = openStore(store);
      try {
        const k = db.kysely;
        const matters = await k
          .selectFrom('matter')
          .select(['id', 'content', 'state', 'source'])
          .where('content', 'like', 'Đề nghị sửa đường crash-%')
          .execute();
        const byId = new Map(matters.map((m) => [m.id, m]));
        // No acknowledged entry lost.
        const missing = acked.filter((a) => !byId.has(a.id!));
        expect(missing).toEqual([]);
        // Whatever is stored (acknowledged or caught in flight) is complete.
        const raisings = await k
          .selectFrom('raising')
          .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
          .select([
            'raising.matter_id',
            'raising.source',
            'petitioner.full_name',
            'petitioner.id as petitioner_id',
          ])
          .where('raising.matter_id', 'in', [...byId.keys()])
          .execute();
        const consents = new Set(
          (
            await k
              .selectFrom('petitioner_consent')
              .select('petitioner_id')
              .where(
                'petitioner_id',
                'in',
                raisings.map((r) => r.petitioner_id),
              )
              .execute()
          ).map((c) => c.petitioner_id),
        );
        const audited = new Set(
          (
            await k
              .selectFrom('audit_event')
              .select('entity_id')
              .where('action', '=', 'opinion.create')
              .where('entity_id', 'in', [...byId.keys()])
              .execute()
          ).map((a) => a.entity_id),
        );
        const history = new Set(
          (
            await k
              .selectFrom('matter_state_change')
              .select('matter_id')
              .where('matter_id', 'in', [...byId.keys()])
              .execute()
          ).map((h) => h.matter_id),
        );
        const incomplete = matters.filter((m) => {
          const r = raisings.filter((x) => x.matter_id === m.id);
          const tag = m.content.split(' ').pop();
          return (
            r.length !== 1 ||
            r[0]!.source !== 'mttq' ||
            r[0]!.full_name !== `Người gửi ${tag}` ||
            !consents.has(r[0]!.petitioner_id) ||
            !audited.has(m.id) ||
            !history.has(m.id)
          );
        });
        expect(incomplete).toEqual([]);
        // No orphan: a petitioner of this load without its raising would be a half-written entry.
        const petitioners = await k
          .selectFrom('petitioner')
          .select('id')
          .where('full_name', 'like', 'Người gửi crash-%')
          .execute();
        expect(petitioners.length).toBe(matters.length);
        // In-flight entries may or may not have committed — but only those can be extra.
        const unknownTags = new Set(unknown.map((u) => u.tag));
        expect(
          matters
            .filter((m) => !acked.some((a) => a.id === m.id))
            .every((m) => unknownTags.has(m.content.split(' ').pop()!)),
        ).toBe(true);
        // The restarted server serves them.
        const cookie2 = await signIn(server.url, 'vanphong');
        const one = await fetch(`${server.url}/api/opinions/${acked.at(-1)!.id}`, {
          headers: { cookie: cookie2 },
        });
        expect(one.status).toBe(200);
        // The portal's: every code the citizen was shown leads to its whole submission.
        const shown = load.portal.filter((p) => p.status === 303);
        expect(load.portal.filter((p) => p.status !== 303 && p.status !== 'lost')).toEqual([]);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.every((p) => p.code)).toBe(true);
        // The office's entries get their receipt's tracking code in the same table, in their own transaction: one each.
        const staffCodes = await k
          .selectFrom('portal_submission')
          .select('matter_id')
          .where(
            'matter_id',
            'in',
            acked.map((a) => a.id!),
          )
          .execute();
        expect(
          acked.filter((a) => staffCodes.filter((c) => c.matter_id === a.id).length !== 1),
        ).toEqual([]);
        const submissions = await k
          .selectFrom('portal_submission')
          .innerJoin('matter', 'matter.id', 'portal_submission.matter_id')
          .select([
            'portal_submission.id',
            'portal_submission.tracking_code',
            'matter.content',
            'matter.id as matter_id',
          ])
          .where('matter.content', 'like', 'Đề nghị sửa cầu tràn portal-%')
          .execute();
        const byCode = new Map(submissions.map((x) => [x.tracking_code, x]));
        expect(
          shown.filter((p) => byCode.get(p.code!)?.content !== `Đề nghị sửa cầu tràn ${p.tag}`),
        ).toEqual([]);
        const portalConsents = await k
          .selectFrom('portal_consent')
          .select('submission_id')
          .execute();
        const portalRaisings = await k
          .selectFrom('raising')
          .select('matter_id')
          .where('source', '=', 'citizen-online')
          .where(
            'matter_id',
            'in',
            submissions.map((x) => x.matter_id),
          )
          .execute();
        for (const x of submissions) {
          expect(portalConsents.filter((c) => c.submission_id === x.id)).toHaveLength(2);
          expect(portalRaisings.filter((r) => r.matter_id === x.matter_id)).toHaveLength(1);
        }
        const portalMatters = await k
          .selectFrom('matter')
          .select('id')
          .where('content', 'like', 'Đề nghị sửa cầu tràn portal-%')
          .execute();
        expect(portalMatters).toHaveLength(submissions.length);
        console.info(`crash: portal ${shown.length} codes shown, all stored whole`);
        console.info(
          `crash: ${acked.length} acknowledged, ${unknown.length} in flight at the kill, ${matters.length - acked.length} of those committed; 0 lost`,
        );
      } finally {
        await db.close();
      }
    },
    90_000,
  );

  it.skipIf(skip)(
    "SIGKILL while the conclusion notice is issued: every item's clock started, or none",
    async () => {
      // The demo commune is loaded by the first start (when this test runs alone).
      await (server ?? (await startServer(store))).stop();
      const db = openStore(store);
      let ids: string[];
      try {
        ids = await heldSessions(db);
      } finally {
        await db.close();
      }
      server = await startServer(store);
      const cookie = await signIn(server.url, 'vanphong');
      const issue = (url: string, c: string, id: string, version: number) =>
        fetch(`${url}/api/sessions/${id}/conclusion/issue`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: c },
          body: JSON.stringify({ version }),
        });
      const version = async (id: string) => {
        const d = openStore(store);
        try {
          return Number(
            (
              await d.kysely
                .selectFrom('dialogue_session')
                .select('version')
                .where('id', '=', id)
                .executeTakeFirstOrThrow()
            ).version,
          );
        } finally {
          await d.close();
        }
      };
      // Round 1 issued whole; round 2 killed while its transaction is open (seen from outside).
      const t0 = performance.now();
      const first = await issue(server.url, cookie, ids[0]!, await version(ids[0]!));
      const took = performance.now() - t0;
      expect(first.status, await first.clone().text()).toBe(200);
      const v2 = await version(ids[1]!);
      const pending = issue(server.url, cookie, ids[1]!, v2).then(
        (r) => r.status,
        () => 'lost' as const,
      );
      const caught = await insideWriteTransaction(store);
      await server.kill();
      const told = await pending;
      server = await startServer(store);
      const check = openStore(store);
      try {
        expect(await conclusionState(check, ids[0]!)).toBe('all');
        const after = await conclusionState(check, ids[1]!);
        if (told === 200) expect(after).toBe('all');
        else expect(['none', 'all']).toContain(after);
        console.info(
          `conclusion: round 1 issue took ${Math.round(took)} ms; round 2 killed ${caught ? 'inside its open transaction' : 'after 15 s without seeing its transaction'}, the client was told ${told}, stored: ${after}`,
        );
        // Seen inside its transaction and killed: the kill may still land just after COMMIT (the
        // signal is not instant; on a loaded machine the commit won that race once, and the client,
        // killed before the answer, was told nothing). What must hold is all or none, asserted above;
        // and a client told 200 finds it all.
        if (after === 'none') {
          // Nothing half-done blocks it: issued again after the restart, it goes through whole.
          const again = await issue(server.url, await signIn(server.url, 'vanphong'), ids[1]!, v2);
          expect(again.status, await again.clone().text()).toBe(200);
          expect(await conclusionState(check, ids[1]!)).toBe('all');
        }
      } finally {
        await check.close();
      }
    },
    120_000,
  );
});
