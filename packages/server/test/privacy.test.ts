// Personal data (issue 10 B) on both dialects: a data-subject request with its deadlines (2
// working days to acknowledge), erasure that pseudonymises the person while the decisions stay
// (matters, conclusion items, issued documents, audit chain), the access copy and consent
// withdrawal logged, the breach listing from the audit log, and the retention sweep.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldVietnamese } from '@doithoai/core';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordAudit } from '../src/audit/audit.js';
import { queryAudit } from '../src/audit/list-audit.js';
import { personalDataTouched } from '../src/privacy/breach.js';
import { verifyAuditChain } from '../src/audit/verify-chain.js';
import { retentionSweep } from '../src/privacy/retention-sweep.js';
import { dialectCases } from './support/databases.js';
import { runCli } from './support/run-cli.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function withCliOn<T>(t: TestApp, fn: () => Promise<T>): Promise<T> {
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    BASE_URL: process.env.BASE_URL,
  };
  if (t.deps.db.dialect === 'postgres') process.env.DATABASE_URL = t.deps.db.location;
  else {
    t.deps.db.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-privacy-cli-'));
    fs.copyFileSync(t.deps.db.location, path.join(dir, 'doithoai.sqlite'));
    process.env.DATABASE_URL = '';
    process.env.DATA_DIR = dir;
  }
  process.env.BASE_URL = 'http://localhost:3999';
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function userId(t: TestApp, username: string): Promise<string> {
  const r = await sql<{
    id: string;
  }>`select id from ${sql.table('user')} where username = ${username}`.execute(t.deps.db.kysely);
  return r.rows[0]!.id;
}

/** A demo petitioner whose matter was concluded at a session (a decision on record). */
async function concludedPetitioner(t: TestApp) {
  return t.deps.db.kysely
    .selectFrom('petitioner')
    .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
    .innerJoin('conclusion_item as ci', 'ci.matter_id', 'raising.matter_id')
    .select([
      'petitioner.id',
      'petitioner.full_name',
      'petitioner.phone',
      'petitioner.unit_id',
      'raising.matter_id',
    ])
    .orderBy('petitioner.phone', 'desc')
    .executeTakeFirstOrThrow();
}

async function decisions(t: TestApp, matterId: string) {
  const db = t.deps.db.kysely;
  return {
    matter: await db
      .selectFrom('matter')
      .select(['id', 'state', 'field', 'received_on', 'village_id', 'assignee_person_id'])
      .where('id', '=', matterId)
      .execute(),
    conclusion: await db
      .selectFrom('conclusion_item')
      .selectAll()
      .where('matter_id', '=', matterId)
      .execute(),
    answers: await db
      .selectFrom('matter_answer')
      .select(['id', 'state', 'official_name', 'approved_on', 'published_at'])
      .where('matter_id', '=', matterId)
      .execute(),
    documents: await db
      .selectFrom('outgoing_document')
      .select(['id', 'number_text', 'model'])
      .orderBy('id')
      .execute(),
  };
}

describe.each(dialectCases)('personal data on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'an erasure request: deadlines with their explanation, then the person pseudonymised and every decision kept',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const p = await concludedPetitioner(t);
      // The name and phone written inside texts, as people do: the petition and a published answer.
      const at = new Date().toISOString();
      const slug = (
        await t.deps.db.kysely
          .selectFrom('unit')
          .select('slug')
          .where('id', '=', p.unit_id)
          .executeTakeFirstOrThrow()
      ).slug;
      await t.deps.db.kysely
        .updateTable('petitioner')
        .set({ phone: '0912000999' })
        .where('id', '=', p.id)
        .execute();
      await t.deps.db.kysely
        .updateTable('matter')
        .set({ content: `Tôi là ${p.full_name}, số điện thoại 0912 000 999, đề nghị sửa đường.` })
        .where('id', '=', p.matter_id)
        .execute();
      await t.deps.db.kysely
        .insertInto('matter_answer')
        .values({
          id: 'answer-with-name',
          matter_id: p.matter_id,
          unit_id: p.unit_id,
          origin: 'official',
          state: 'sent',
          text: `Kính gửi ${p.full_name}: xã đã giao thôn sửa đường.`,
          author_user_id: null,
          official_name: 'Công chức',
          submitted_at: at,
          approver_user_id: null,
          approver_name: 'Chủ tịch',
          approved_on: at.slice(0, 10),
          published_at: at,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const initials = p
        .full_name!.split(' ')
        .map((w) => `${w[0]!.toUpperCase()}.`)
        .join('');
      const publicBefore = (await t.app.inject({ method: 'GET', url: `/xa/${slug}/tra-loi` })).body;
      expect(publicBefore).not.toContain(p.full_name!);
      expect(publicBefore).toContain(initials);
      const before = await decisions(t, p.matter_id);
      expect(before.conclusion.length).toBe(1);

      const created = await t.app.inject({
        method: 'POST',
        url: `/api/units/${p.unit_id}/privacy/requests`,
        headers: { cookie: office },
        payload: {
          kind: 'erase',
          petitionerId: p.id,
          requesterName: p.full_name,
          detail: 'Đề nghị xóa thông tin cá nhân của tôi',
          receivedOn: '2026-11-27',
        },
      });
      expect(created.statusCode).toBe(201);
      const req = created.json();
      expect(req).toMatchObject({
        state: 'received',
        acknowledgeBy: '2026-12-01',
        receivedOn: '2026-11-27',
      });
      expect(req.deadlines.acknowledge).toMatchObject({
        rule: 'working-days-after',
        n: 2,
        date: '2026-12-01',
      });
      expect(req.deadlines.acknowledge.text.vi).toMatch(/\S/);
      expect(req.deadlines.complete.basis).toContain('356/2025');

      // Another commune's office cannot see or act on it.
      const sibling = await t.login('vanphong.sontay');
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/units/${p.unit_id}/privacy/requests`,
            headers: { cookie: sibling },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/requests/${req.id}/decision`,
            headers: { cookie: sibling },
            payload: { to: 'done' },
          })
        ).statusCode,
      ).toBe(404);
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/units/${p.unit_id}/privacy/requests`,
        headers: { cookie: office },
      });
      expect(list.json().requests.map((r: { id: string }) => r.id)).toContain(req.id);

      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/requests/${req.id}/decision`,
            headers: { cookie: office },
            payload: { to: 'acknowledged' },
          })
        ).json().state,
      ).toBe('acknowledged');
      const done = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/requests/${req.id}/decision`,
        headers: { cookie: office },
        payload: { to: 'done', outcome: 'Đã xóa họ tên, số điện thoại' },
      });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ state: 'done', outcome: 'Đã xóa họ tên, số điện thoại' });
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/requests/${req.id}/decision`,
        headers: { cookie: office },
        payload: { to: 'acknowledged' },
      });
      expect(again.statusCode).toBe(422);

      const db = t.deps.db.kysely;
      const after = await db
        .selectFrom('petitioner')
        .selectAll()
        .where('id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(after.full_name).toBe(`Người kiến nghị #${p.id.slice(0, 6)}`);
      expect(after.phone).toBeNull();
      expect(after.email).toBeNull();
      expect(after.erased_at).toBeTruthy();
      expect(
        await db
          .selectFrom('speaker_registration')
          .select('id')
          .where('full_name', '=', p.full_name!)
          .where('matter_id', '=', p.matter_id)
          .execute(),
      ).toEqual([]);
      expect(
        await db
          .selectFrom('agenda_item')
          .select('id')
          .where('speaker_name', '=', p.full_name!)
          .where('matter_id', '=', p.matter_id)
          .execute(),
      ).toEqual([]);
      const folded = (
        await db
          .selectFrom('matter')
          .select('search_folded')
          .where('id', '=', p.matter_id)
          .executeTakeFirstOrThrow()
      ).search_folded;
      expect(folded).not.toContain(foldVietnamese(p.full_name!));
      expect(await decisions(t, p.matter_id)).toEqual(before);
      // Masked names stay masked: the texts now hold initials, and the public page still shows no name.
      expect(
        (
          await db
            .selectFrom('matter')
            .select('content')
            .where('id', '=', p.matter_id)
            .executeTakeFirstOrThrow()
        ).content,
      ).toBe(`Tôi là ${initials}, số điện thoại …, đề nghị sửa đường.`);
      expect(
        (
          await db
            .selectFrom('matter_answer')
            .select('text')
            .where('id', '=', 'answer-with-name')
            .executeTakeFirstOrThrow()
        ).text,
      ).toBe(`Kính gửi ${initials}: xã đã giao thôn sửa đường.`);
      const publicAfter = (await t.app.inject({ method: 'GET', url: `/xa/${slug}/tra-loi` })).body;
      expect(publicAfter).not.toContain(p.full_name!);
      expect(publicAfter).toContain(`Kính gửi ${initials}`);

      const erase = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'petitioner.erase')
        .where('entity_id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(erase.detail).not.toContain(p.full_name!);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    },
  );

  it.skipIf(skip)(
    'an access copy is logged; a consent is withdrawn with how; a refusal needs a reason; a correction changes only the fields named',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const db = t.deps.db.kysely;
      const p = await db
        .selectFrom('petitioner')
        .innerJoin('petitioner_consent as c', 'c.petitioner_id', 'petitioner.id')
        .select([
          'petitioner.id',
          'petitioner.full_name',
          'petitioner.phone',
          'petitioner.unit_id',
          'c.id as consent_id',
        ])
        .executeTakeFirstOrThrow();
      const ask = async (kind: string, extra: Record<string, unknown> = {}) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${p.unit_id}/privacy/requests`,
            headers: { cookie: office },
            payload: {
              kind,
              petitionerId: p.id,
              requesterName: 'Người yêu cầu',
              detail: 'Yêu cầu',
              ...extra,
            },
          })
        ).json();

      const access = await ask('access');
      const copy = await t.app.inject({
        method: 'GET',
        url: `/api/privacy/requests/${access.id}/data`,
        headers: { cookie: office },
      });
      expect(copy.statusCode).toBe(200);
      expect(copy.json().petitioner).toMatchObject({
        id: p.id,
        fullName: p.full_name,
        phone: p.phone,
      });
      expect(copy.json().matters.length).toBeGreaterThan(0);
      expect(
        await db
          .selectFrom('audit_event')
          .select('id')
          .where('action', '=', 'petitioner.export')
          .where('entity_id', '=', p.id)
          .execute(),
      ).toHaveLength(1);

      const w = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/consents/${p.consent_id}/withdraw`,
        headers: { cookie: office },
        payload: { how: 'phone' },
      });
      expect(w.statusCode).toBe(200);
      expect(w.json().withdrawnHow).toBe('phone');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/consents/${p.consent_id}/withdraw`,
            headers: { cookie: office },
            payload: { how: 'phone' },
          })
        ).statusCode,
      ).toBe(409);
      const consent = await db
        .selectFrom('petitioner_consent')
        .selectAll()
        .where('id', '=', p.consent_id)
        .executeTakeFirstOrThrow();
      expect(consent).toMatchObject({ granted: 1, withdrawn_how: 'phone' });
      expect(consent.withdrawn_at).toBeTruthy();

      const rec = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/petitioners/${p.id}/consents`,
        headers: { cookie: office },
        payload: {
          purpose: 'publish-name',
          wording: 'Ông/bà có đồng ý để xã nêu tên khi công bố trả lời không?',
          channel: 'phone',
          granted: false,
        },
      });
      expect(rec.statusCode).toBe(201);
      const copy2 = (
        await t.app.inject({
          method: 'GET',
          url: `/api/privacy/requests/${access.id}/data`,
          headers: { cookie: office },
        })
      ).json();
      expect(copy2.consents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            purpose: 'publish-name',
            granted: false,
            channel: 'phone',
            wording: 'Ông/bà có đồng ý để xã nêu tên khi công bố trả lời không?',
          }),
          expect.objectContaining({ id: p.consent_id, withdrawnHow: 'phone' }),
        ]),
      );
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/petitioners/${p.id}/consents`,
            headers: { cookie: office },
            payload: { purpose: 'x', wording: 'y', channel: 'fax', granted: true },
          })
        ).statusCode,
      ).toBe(400);

      const refuse = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/requests/${access.id}/decision`,
        headers: { cookie: office, 'accept-language': 'vi' },
        payload: { to: 'refused' },
      });
      expect(refuse.statusCode).toBe(400);
      expect(refuse.body).toContain('outcome');

      const correct = await ask('correct');
      const fixed = await t.app.inject({
        method: 'POST',
        url: `/api/privacy/requests/${correct.id}/decision`,
        headers: { cookie: office },
        payload: { to: 'done', correction: { phone: '0912000111' } },
      });
      expect(fixed.statusCode).toBe(200);
      expect(
        await db
          .selectFrom('petitioner')
          .select(['full_name', 'phone'])
          .where('id', '=', p.id)
          .executeTakeFirstOrThrow(),
      ).toEqual({ full_name: p.full_name, phone: '0912000111' });
      const search = await t.app.inject({
        method: 'GET',
        url: `/api/units/${p.unit_id}/privacy/petitioners?q=${encodeURIComponent(p.full_name!.split(' ').slice(-2).join(' '))}`,
        headers: { cookie: office },
      });
      expect(search.statusCode).toBe(200);
      expect(search.json().petitioners.map((x: { id: string }) => x.id)).toContain(p.id);
      expect(
        await db
          .selectFrom('audit_event')
          .select('detail')
          .where('action', '=', 'petitioner.search')
          .execute(),
      ).toHaveLength(1);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/units/${p.unit_id}/privacy/petitioners?q=a`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/units/${p.unit_id}/privacy/petitioners?q=Nguy`,
            headers: { cookie: await t.login('congchuc') },
          })
        ).statusCode,
      ).toBe(404);
      const noPetitioner = await t.app.inject({
        method: 'POST',
        url: `/api/units/${p.unit_id}/privacy/requests`,
        headers: { cookie: office },
        payload: { kind: 'erase', requesterName: 'A', detail: 'B' },
      });
      expect(noPetitioner.statusCode).toBe(400);
      expect(noPetitioner.body).toContain('petitionerId');
    },
  );

  it.skipIf(skip)(
    'a clerk named by a matter does not find, see requests about, copy or record consents for the people who raised it; another clerk does',
    async () => {
      t = await startTestApp(dialect);
      const db = t.deps.db.kysely;
      const office = await t.login('vanphong');
      const admin = await t.login('admin');
      const p = await db
        .selectFrom('petitioner')
        .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
        .innerJoin('petitioner_consent as c', 'c.petitioner_id', 'petitioner.id')
        .select([
          'petitioner.id',
          'petitioner.full_name',
          'petitioner.unit_id',
          'raising.matter_id',
          'c.id as consent_id',
        ])
        .where('petitioner.full_name', 'is not', null)
        .executeTakeFirstOrThrow();
      const request = (
        await t.app.inject({
          method: 'POST',
          url: `/api/units/${p.unit_id}/privacy/requests`,
          headers: { cookie: office },
          payload: {
            kind: 'access',
            petitionerId: p.id,
            requesterName: p.full_name,
            detail: 'Xin bản sao',
          },
        })
      ).json();
      const clerkUser = await db
        .selectFrom('user')
        .select('id')
        .where('username', '=', 'vanphong')
        .executeTakeFirstOrThrow();
      const clerk = await db
        .selectFrom('person')
        .select('id')
        .where('user_id', '=', clerkUser.id)
        .executeTakeFirstOrThrow();
      const mark = await t.app.inject({
        method: 'POST',
        url: `/api/opinions/${p.matter_id}/conflicts`,
        headers: { cookie: admin },
        payload: { personId: clerk.id, reason: 'Đơn phản ánh cán bộ văn phòng' },
      });
      expect(mark.statusCode).toBe(200);

      const q = encodeURIComponent(p.full_name!);
      const found = (cookie: string) =>
        t!.app.inject({
          method: 'GET',
          url: `/api/units/${p.unit_id}/privacy/petitioners?q=${q}`,
          headers: { cookie },
        });
      expect(
        (await found(office)).json().petitioners.map((x: { id: string }) => x.id),
      ).not.toContain(p.id);
      expect((await found(admin)).json().petitioners.map((x: { id: string }) => x.id)).toContain(
        p.id,
      );
      const listed = (
        await t.app.inject({
          method: 'GET',
          url: `/api/units/${p.unit_id}/privacy/requests`,
          headers: { cookie: office },
        })
      ).json();
      expect(JSON.stringify(listed)).not.toContain(request.id);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/privacy/requests/${request.id}/data`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/requests/${request.id}/decision`,
            headers: { cookie: office },
            payload: { to: 'acknowledged' },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/petitioners/${p.id}/consents`,
            headers: { cookie: office },
            payload: {
              purpose: 'publish-name',
              wording: 'Có đồng ý nêu tên không?',
              channel: 'phone',
              granted: false,
            },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/privacy/consents/${p.consent_id}/withdraw`,
            headers: { cookie: office },
            payload: { how: 'phone' },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/units/${p.unit_id}/privacy/requests`,
            headers: { cookie: office },
            payload: { kind: 'erase', petitionerId: p.id, requesterName: 'X', detail: 'Y' },
          })
        ).statusCode,
      ).toBe(404);
      // The administrator, not named, carries the request out.
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/privacy/requests/${request.id}/data`,
            headers: { cookie: admin },
          })
        ).json().petitioner.id,
      ).toBe(p.id);
    },
  );

  it.skipIf(skip)(
    'the audit log and the breach listing read a date as a day in Vietnam: 06:30 on 3 March there is 23:30 UTC on the 2nd',
    async () => {
      t = await startTestApp(dialect);
      const db = t.deps.db.kysely;
      const p = await db
        .selectFrom('petitioner')
        .select(['id', 'unit_id'])
        .executeTakeFirstOrThrow();
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T23:30:00.000Z') });
      await recordAudit(db, {
        actorUserId: 'dawn-user',
        action: 'petitioner.view',
        entity: 'petitioner',
        entityId: p.id,
        unitId: p.unit_id,
      });
      vi.useRealTimers();
      const audit = async (from: string, to: string) =>
        (await queryAudit(db, { userId: 'dawn-user', from, to }, null)).entries.length;
      expect(await audit('2026-03-03', '2026-03-03')).toBe(1);
      expect(await audit('2026-03-02', '2026-03-02')).toBe(0);
      const breach = async (from: string, to: string) =>
        (await personalDataTouched(db, { from, to, userIds: ['dawn-user'] })).events;
      expect(await breach('2026-03-03', '2026-03-03')).toBe(1);
      expect(await breach('2026-03-02', '2026-03-02')).toBe(0);
      expect(await breach('2026-03-03T06:00:00+07:00', '2026-03-03T07:00:00+07:00')).toBe(1);
    },
  );

  it.skipIf(skip)(
    'the breach listing names whose data a user touched in a window (API and CLI); only the administrator may list',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const admin = await t.login('admin');
      const db = t.deps.db.kysely;
      const p = await db
        .selectFrom('petitioner')
        .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
        .select(['petitioner.id', 'petitioner.full_name', 'raising.matter_id'])
        .where('petitioner.phone', 'is not', null)
        .executeTakeFirstOrThrow();
      const opened = await t.app.inject({
        method: 'GET',
        url: `/api/opinions/${p.matter_id}`,
        headers: { cookie: office },
      });
      expect(opened.statusCode, opened.body).toBe(200);
      const clerk = await userId(t, 'vanphong');
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10); // the audit filter takes days in Vietnam

      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/privacy/breach',
            headers: { cookie: office },
            payload: { from: today, to: today },
          })
        ).statusCode,
      ).toBe(404);
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/privacy/breach',
        headers: { cookie: admin },
        payload: { from: today, to: today, userIds: [clerk] },
      });
      expect(r.statusCode, r.body).toBe(200);
      const people = r.json().people as {
        petitionerId: string;
        fullName: string;
        events: { action: string }[];
      }[];
      const hit = people.find((x) => x.petitionerId === p.id);
      expect(hit?.fullName).toBe(p.full_name);
      expect(hit?.events.map((e) => e.action)).toContain('petitioner.view');
      const none = await t.app.inject({
        method: 'POST',
        url: '/api/privacy/breach',
        headers: { cookie: admin },
        payload: { from: '2020-01-01', to: '2020-01-02', userIds: [clerk] },
      });
      expect(none.json().people).toEqual([]);
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/privacy/breach',
        headers: { cookie: admin },
        payload: { from: 'hôm qua', to: today },
      });
      expect(bad.statusCode).toBe(400);

      const cli = await withCliOn(t, () =>
        runCli([
          'privacy',
          'breach',
          '--from',
          today,
          '--to',
          today,
          '--user',
          clerk,
          '--table',
          'matter',
        ]),
      );
      expect(cli.code).toBe(0);
      expect(cli.out.split('\n').find((l) => l.startsWith(`${p.id}\t`))).toContain(p.full_name!);

      // The audit log page's API: filtered by user, record and date; office has no audit.read.
      const log = await t.app.inject({
        method: 'GET',
        url: `/api/audit?userId=${clerk}&entity=matter&entityId=${p.matter_id}&from=${today}&to=${today}`,
        headers: { cookie: admin },
      });
      expect(log.statusCode).toBe(200);
      expect(log.json().entries.map((e: { action: string }) => e.action)).toEqual([
        'petitioner.view',
      ]);
      expect(log.json().entries[0].actorName).toBe('vanphong');
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: office } }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/audit?from=27/11/2026',
            headers: { cookie: admin },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/audit/verify',
            headers: { cookie: admin },
          })
        ).json(),
      ).toMatchObject({ ok: true });

      // The same filter as Excel: the rows of the screen, newest first, and the export recorded.
      const xlsx = await t.app.inject({
        method: 'GET',
        url: `/api/audit.xlsx?userId=${clerk}&entity=matter&entityId=${p.matter_id}&from=${today}&to=${today}`,
        headers: { cookie: admin },
      });
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      expect(xlsx.headers['content-disposition']).toMatch(/nhat-ky-\d{4}-\d{2}-\d{2}\.xlsx/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as never);
      const ws = book.worksheets[0]!;
      expect(ws.getRow(2).getCell(4).value).toBe('Hành động');
      const actions = [];
      for (let i = 3; i <= ws.rowCount; i++)
        actions.push([
          ws.getRow(i).getCell(1).value,
          ws.getRow(i).getCell(3).value,
          ws.getRow(i).getCell(4).value,
        ]);
      expect(actions).toEqual(
        log
          .json()
          .entries.map((e: { seq: number; action: string }) => [e.seq, 'vanphong', e.action]),
      );
      const all = (
        await t.app.inject({
          method: 'GET',
          url: '/api/audit?entity=audit_event',
          headers: { cookie: admin },
        })
      ).json().entries;
      expect(all.map((e: { action: string }) => e.action)).toContain('audit.export');
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/audit.xlsx', headers: { cookie: office } }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/audit.xlsx?to=hôm-nay',
            headers: { cookie: admin },
          })
        ).statusCode,
      ).toBe(400);
    },
  );

  it.skipIf(skip)(
    'the retention sweep clears contacts after 24 months and names after 60, leaves open matters and decisions alone',
    async () => {
      t = await startTestApp(dialect);
      const db = t.deps.db.kysely;
      const withPhone = await db
        .selectFrom('petitioner')
        .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
        .select(['petitioner.id', 'petitioner.full_name', 'raising.matter_id'])
        .where('petitioner.full_name', 'is not', null)
        .orderBy('petitioner.id')
        .limit(3)
        .execute();
      expect(withPhone.length).toBe(3);
      await db
        .updateTable('petitioner')
        .set({ phone: '0912345670' })
        .where(
          'id',
          'in',
          withPhone.map((p) => p.id),
        )
        .execute();
      const [recent, old, open] = withPhone as [
        (typeof withPhone)[0],
        (typeof withPhone)[0],
        (typeof withPhone)[0],
      ];
      await db
        .updateTable('matter')
        .set({ state: 'closed', updated_at: '2023-06-01T03:00:00.000Z' })
        .where('id', '=', recent.matter_id)
        .execute();
      await db
        .updateTable('matter')
        .set({ state: 'rejected', updated_at: '2020-06-01T03:00:00.000Z' })
        .where('id', '=', old.matter_id)
        .execute();
      await db
        .updateTable('matter')
        .set({ state: 'assigned', updated_at: '2019-01-01T03:00:00.000Z' })
        .where('id', '=', open.matter_id)
        .execute();
      // The decisions stay; a text may only lose the old petitioner's name (written as initials, as an erasure does).
      const matterBefore = await db
        .selectFrom('matter')
        .select(['id', 'content', 'state'])
        .where('id', 'in', [recent.matter_id, old.matter_id])
        .orderBy('id')
        .execute();
      const initials = /\p{Lu}\.(?:\p{Lu}\.)+/gu; // "P.T.L."
      const apartFromTheName = (rows: typeof matterBefore) =>
        rows.map((m) => m.content.split(old.full_name!).join('').replace(initials, ''));

      const dry = await retentionSweep(t.deps.db, { today: '2026-11-27', dryRun: true });
      expect(dry.find((l) => l.kind === 'petitioner-contact')).toMatchObject({
        cutoff: '2024-11-27',
        records: 2,
      });
      expect(dry.find((l) => l.kind === 'petitioner-identity')).toMatchObject({
        cutoff: '2021-11-27',
        records: 1,
      });
      expect(
        (
          await db
            .selectFrom('petitioner')
            .select('phone')
            .where('id', '=', recent.id)
            .executeTakeFirstOrThrow()
        ).phone,
      ).not.toBeNull();

      const cliDry = await withCliOn(t, () =>
        runCli(['retention', 'sweep', '--dry-run', '--today', '2026-11-27']),
      );
      expect(cliDry.out).toContain('petitioner-contact\t24m\tbefore 2024-11-27\t2\tdry-run');
      expect(
        (await withCliOn(t, () => runCli(['retention', 'sweep', '--today', '27/11/2026']))).code,
      ).toBe(1);

      await retentionSweep(t.deps.db, { today: '2026-11-27' });
      const get = (id: string) =>
        db
          .selectFrom('petitioner')
          .select(['full_name', 'phone', 'erased_at'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
      expect(await get(recent.id)).toMatchObject({
        full_name: recent.full_name,
        phone: null,
        erased_at: null,
      });
      expect(await get(old.id)).toMatchObject({
        full_name: `Người kiến nghị #${old.id.slice(0, 6)}`,
        phone: null,
      });
      expect((await get(open.id)).phone).not.toBeNull();
      const matterAfter = await db
        .selectFrom('matter')
        .select(['id', 'content', 'state'])
        .where('id', 'in', [recent.matter_id, old.matter_id])
        .orderBy('id')
        .execute();
      expect(matterAfter.map((m) => m.state)).toEqual(matterBefore.map((m) => m.state));
      expect(matterAfter.some((m) => m.content.includes(old.full_name!))).toBe(false);
      expect(apartFromTheName(matterAfter)).toEqual(apartFromTheName(matterBefore));
      const again = await retentionSweep(t.deps.db, { today: '2026-11-27', dryRun: true });
      expect(again.filter((l) => l.kind !== 'speaker-name').map((l) => l.records)).toEqual([0, 0]);
      expect((await verifyAuditChain(db)).ok).toBe(true);
      expect(
        await db
          .selectFrom('audit_event')
          .select('action')
          .where('action', 'in', ['retention.sweep', 'petitioner.retention-erase'])
          .execute(),
      ).toHaveLength(2);
    },
  );
});

describe('the retention sweep as a daily job', () => {
  it('is planned once a day and run by the real job runner', async () => {
    const { JobRunner } = await import('../src/jobs/runner.js');
    const { planDailyRetention, retentionJob, RETENTION_JOB } =
      await import('../src/privacy/retention-job.js');
    const t = await startTestApp('sqlite');
    try {
      const db = t.deps.db.kysely;
      const p = await db
        .selectFrom('petitioner')
        .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
        .select(['petitioner.id', 'raising.matter_id'])
        .where('petitioner.phone', 'is not', null)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('matter')
        .set({ state: 'closed', updated_at: '2023-01-01T00:00:00.000Z' })
        .where('id', '=', p.matter_id)
        .execute();
      const now = new Date('2026-11-27T01:00:00Z');
      expect(await planDailyRetention(t.deps.db, now)).not.toBeNull();
      expect(await planDailyRetention(t.deps.db, new Date('2026-11-27T09:00:00Z'))).toBeNull();
      const runner = new JobRunner({
        db: t.deps.db,
        kinds: { [RETENTION_JOB]: retentionJob(t.deps.db) },
        clock: () => now,
      });
      expect(await runner.runOnce()).toBe(1);
      expect(
        (
          await db
            .selectFrom('petitioner')
            .select('phone')
            .where('id', '=', p.id)
            .executeTakeFirstOrThrow()
        ).phone,
      ).toBeNull();
      expect(
        (
          await db
            .selectFrom('job')
            .select('state')
            .where('kind', '=', RETENTION_JOB)
            .executeTakeFirstOrThrow()
        ).state,
      ).toBe('done');
    } finally {
      await t.close();
    }
  });
});
