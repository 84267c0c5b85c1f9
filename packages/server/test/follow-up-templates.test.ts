// Answer templates per field on SQLite and PostgreSQL: the office keeps the unit's own texts; a
// matter's follow-up offers those for its field (and for every field) beside the built-in ones,
// their placeholders filled from the matter (village, due date, session), never a person's name.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Tpl = { id: string; field: string | null; title: string; text: string; builtIn: boolean };

describe.each(dialectCases)('answer templates on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'kept by the office, offered per field with placeholders filled, archived without touching answers',
    async () => {
      t = await startTestApp(dialect);
      const office = await t.login('vanphong');
      const official = await t.login('congchuc');
      const { sg } = await sonGiang(t, office);
      const url = `/api/units/${sg.id}/answer-templates`;
      const items = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: office } })
      ).json().items as {
        matterId: string;
        field: string | null;
        state: string;
        due: { date: string };
      }[];
      // The demo's carried-over questions came from the floor without a field: the office names the
      // official and the field (the official's worklist shows it at once).
      const target = { ...items.find((i) => i.state === 'in-follow-up')!, field: 'tai-nguyen' };
      const hers = (
        await t.app.inject({
          url: `/api/follow-up/${target.matterId}`,
          headers: { cookie: office },
        })
      )
        .json()
        .staff.find((p: { name: string }) => p.name === 'Phan Thị Hương');
      expect(
        (
          await t.app.inject({
            method: 'PUT',
            url: `/api/follow-up/${target.matterId}/responsible`,
            headers: { cookie: official },
            payload: { personId: hers.personId, field: 'tai-nguyen' },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'PUT',
            url: `/api/follow-up/${target.matterId}/responsible`,
            headers: { cookie: office },
            payload: { personId: 'nobody', field: 'tai-nguyen' },
          })
        ).statusCode,
      ).toBe(400);
      const named = await t.app.inject({
        method: 'PUT',
        url: `/api/follow-up/${target.matterId}/responsible`,
        headers: { cookie: office },
        payload: { personId: hers.personId, field: 'tai-nguyen' },
      });
      expect(named.statusCode, named.body).toBe(200);
      const own = (
        await t.app.inject({ url: `/api/units/${sg.id}/follow-up`, headers: { cookie: official } })
      ).json().items as { matterId: string; field: string }[];
      expect(own.find((i) => i.matterId === target.matterId)?.field).toBe('tai-nguyen');
      const otherField = target.field === 'an-ninh-trat-tu' ? 'kinh-te' : 'an-ninh-trat-tu';

      const text =
        'Ý kiến của cử tri {thon} về {linh_vuc} được trả lời trước ngày {han_tra_loi}.\nTại {hoi_nghi}, {khong_ro}.';
      const made = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: office },
        payload: { field: target.field, title: 'Mẫu của xã', text },
      });
      expect(made.statusCode, made.body).toBe(201);
      const mine = made.json() as Tpl;
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie: office },
            payload: { field: otherField, title: 'Lĩnh vực khác', text: 'Khác' },
          })
        ).statusCode,
      ).toBe(201);
      // Refused: a field that does not exist (named in the message), an empty title, an official.
      const bad = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: office, 'accept-language': 'vi' },
        payload: { field: 'khong-co', title: 'x', text: 'y' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('field');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie: office },
            payload: { field: null, title: ' ', text: 'y' },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url,
            headers: { cookie: official },
            payload: { field: null, title: 'x', text: 'y' },
          })
        ).statusCode,
      ).toBe(404);
      // Another commune's office does not see them.
      expect(
        (await t.app.inject({ url, headers: { cookie: await t.login('vanphong.sontay') } }))
          .statusCode,
      ).toBe(404);

      const listed = (await t.app.inject({ url, headers: { cookie: official } })).json();
      expect(listed.canEdit).toBe(false);
      expect(listed.templates.map((x: Tpl) => x.title)).toEqual(
        expect.arrayContaining(['Mẫu của xã', 'Lĩnh vực khác', 'Mở đầu: đã kiểm tra thực tế']),
      );

      const detail = (
        await t.app.inject({
          url: `/api/follow-up/${target.matterId}`,
          headers: { cookie: office },
        })
      ).json();
      const offered = detail.templates as Tpl[];
      expect(offered.map((x) => x.title)).toContain('Mẫu của xã');
      expect(offered.map((x) => x.title)).not.toContain('Lĩnh vực khác');
      const filled = offered.find((x) => x.id === mine.id)!.text;
      const dmy = target.due.date.split('-').reverse().join('/');
      expect(filled).toContain(`trước ngày ${dmy}`);
      expect(filled).toMatch(/Tại Hội nghị đối thoại kỳ \d năm \d{4} \(ngày \d{2}\/\d{2}\/\d{4}\)/);
      expect(filled).not.toContain('{han_tra_loi}');
      expect(filled).toContain('{khong_ro}');
      for (const p of detail.petitioners as { fullName: string | null }[])
        if (p.fullName) expect(filled).not.toContain(p.fullName);

      const edited = await t.app.inject({
        method: 'PUT',
        url: `/api/answer-templates/${mine.id}`,
        headers: { cookie: office },
        payload: { field: target.field, title: 'Mẫu đã sửa', text: 'Hạn {han_tra_loi}.' },
      });
      expect(edited.json().title).toBe('Mẫu đã sửa');
      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/answer-templates/${mine.id}`,
            headers: { cookie: official },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await t.app.inject({
            method: 'DELETE',
            url: `/api/answer-templates/${mine.id}`,
            headers: { cookie: office },
          })
        ).statusCode,
      ).toBe(200);
      const after = (
        await t.app.inject({
          url: `/api/follow-up/${target.matterId}`,
          headers: { cookie: office },
        })
      ).json().templates as Tpl[];
      expect(after.some((x) => x.id === mine.id)).toBe(false);
      const kept = await t.deps.db.kysely
        .selectFrom('answer_template')
        .select('archived_at')
        .where('id', '=', mine.id)
        .executeTakeFirstOrThrow();
      expect(kept.archived_at).toBeTruthy();
    },
  );
});
