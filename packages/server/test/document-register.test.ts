// The outgoing-document register on SQLite and PostgreSQL: numbers per issuing body from 1 each
// year, never shared under concurrency, not consumed by a failed issue; the issued DOCX is stored.
import { referencePlanData, buildPlanDocument } from '@doithoai/documents';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { findIssuedDocument, listIssuedDocuments } from '../src/document/document.repository.js';
import { issueDocument } from '../src/document/issue-document.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe.each(dialectCases)('document register on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function ids(app: TestApp) {
    const k = app.deps.db.kysely;
    const unit = await k
      .selectFrom('unit')
      .select(['id', 'path'])
      .where('code', '=', 'demo-son-giang')
      .executeTakeFirstOrThrow();
    const du = await k
      .selectFrom('organisation')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('kind', '=', 'dang-uy')
      .executeTakeFirstOrThrow();
    const ubnd = await k
      .selectFrom('organisation')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('kind', '=', 'ubnd')
      .executeTakeFirstOrThrow();
    return { unit, du: du.id, ubnd: ubnd.id };
  }

  // The demo issues documents of its own in the current year: these tests number 2030 and 2031.
  const plan = (date: string) => ({
    ...buildPlanDocument({ ...referencePlanData() }),
    number: null,
    date,
  });

  it.skipIf(skip)(
    'numbers each body from 1 per year, in the Party format, and stores the DOCX as issued',
    async () => {
      t = await startTestApp(dialect);
      const { unit, du, ubnd } = await ids(t);
      const issue = (org: string, date: string, kind: 'ke-hoach' | 'thong-bao' = 'ke-hoach') =>
        t!.deps.db.kysely.transaction().execute((trx) =>
          issueDocument(trx, {
            actorUserId: 'u',
            unitId: unit.id,
            organisationId: org,
            kind,
            draft: plan(date),
          }),
        );
      const a = await issue(du, '2030-03-02');
      const b = await issue(du, '2030-05-04');
      const c = await issue(ubnd, '2030-05-04', 'thong-bao');
      const d = await issue(du, '2031-01-05');
      expect([a.seq, b.seq, c.seq, d.seq]).toEqual([1, 2, 1, 1]);
      expect(a.numberText).toBe('Số 01-KH/ĐU');

      const stored = await findIssuedDocument(t.deps.db.kysely, a.id);
      expect(stored!.numberText).toBe('Số 01-KH/ĐU');
      const xml = await (
        await JSZip.loadAsync(stored!.docx)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain('01-KH/ĐU');
      const listed = await listIssuedDocuments(t.deps.db.kysely, [unit.path]);
      for (const x of [a, b, c, d]) expect(listed.map((r) => r.id)).toContain(x.id);
      expect(await listIssuedDocuments(t.deps.db.kysely, ['/nowhere/'])).toEqual([]);
    },
  );

  it.skipIf(skip)(
    'twenty documents issued at once get twenty different numbers; a failed issue consumes none',
    async () => {
      t = await startTestApp(dialect);
      const { unit, du } = await ids(t);
      const seqs = await Promise.all(
        Array.from({ length: 20 }, () =>
          t!.deps.db.kysely.transaction().execute((trx) =>
            issueDocument(trx, {
              actorUserId: 'u',
              unitId: unit.id,
              organisationId: du,
              kind: 'ke-hoach',
              draft: plan('2030-06-01'),
            }),
          ),
        ),
      ).then((r) => r.map((x) => x.seq).sort((x, y) => x - y));
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

      await expect(
        t.deps.db.kysely.transaction().execute(async (trx) => {
          await issueDocument(trx, {
            actorUserId: 'u',
            unitId: unit.id,
            organisationId: du,
            kind: 'ke-hoach',
            draft: plan('2030-06-02'),
          });
          throw new Error('the state change failed after the number was taken');
        }),
      ).rejects.toThrow();
      const next = await t.deps.db.kysely.transaction().execute((trx) =>
        issueDocument(trx, {
          actorUserId: 'u',
          unitId: unit.id,
          organisationId: du,
          kind: 'ke-hoach',
          draft: plan('2030-06-03'),
        }),
      );
      expect(next.seq).toBe(21);
    },
  );
});
