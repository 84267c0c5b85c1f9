// The suggestion learns from the clerk's merges: every petition merged into an open matter is one
// more way that matter is written, so a new petition worded like a merged one finds the matter
// (once, by its closest wording, with the wording shown); on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { dialectCases } from './support/databases.js';
import { sonGiang } from './support/opinion-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Match = { id: string; via: { id: string; content: string } | null; spans: [number, number][] };

describe.each(dialectCases)(
  'suggestions through merged wordings, on $dialect',
  ({ dialect, skip }) => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    /** The office signed in at Sơn Giang, entering petitions from one village. */
    async function office() {
      t = await startTestApp(dialect);
      const cookie = await t.login('vanphong');
      const { sg, village } = await sonGiang(t, cookie);
      const villageId = village('Thôn Khe Bá');
      const enter = async (content: string) =>
        (
          await t!.app.inject({
            method: 'POST',
            url: `/api/units/${sg.id}/opinions`,
            headers: { cookie },
            payload: { content, villageId, source: 'village' },
          })
        ).json() as { id: string };
      return { t, cookie, sg, villageId, enter };
    }

    it.skipIf(skip)(
      'a petition worded like a merged one finds the open matter it was merged into',
      async () => {
        const { t, cookie, sg, villageId, enter } = await office();
        const similar = async (content: string) =>
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/units/${sg.id}/opinions/similar`,
              headers: { cookie },
              payload: { content, villageId },
            })
          ).json().duplicates as Match[];

        const matter = await enter(
          'Đề nghị HTX nạo vét tuyến thủy lợi xứ đồng phía tây trước vụ hè thu',
        );
        const wording = await enter(
          'Mương dẫn nước Bàu Sen cỏ mọc kín, bùn lấp gần hết, nước không về tới ruộng cuối kênh',
        );
        const typed = 'muong Bau Sen bun lap het, nuoc khong ve toi ruong cuoi kenh';
        // Before the merge the typed text finds the wording itself, as its own matter, not the matter.
        const before = await similar(typed);
        expect(before.find((m) => m.id === wording.id)).toMatchObject({ via: null });
        expect(before.map((m) => m.id)).not.toContain(matter.id);

        const merged = await t.app.inject({
          method: 'POST',
          url: `/api/opinions/${matter.id}/merge`,
          headers: { cookie },
          payload: { sourceIds: [wording.id], reason: 'Cùng một việc' },
        });
        expect(merged.statusCode, merged.body).toBe(200);
        const after = await similar(typed);
        const hit = after.find((m) => m.id === matter.id);
        expect(hit, JSON.stringify(after)).toBeDefined();
        expect(hit!.via?.id).toBe(wording.id);
        expect(after.filter((m) => m.id === matter.id || m.id === wording.id)).toHaveLength(1);
        // The marked words stand in the merged wording's text.
        expect(
          hit!.spans.map(([s, e]) => hit!.via!.content.slice(s, e).toLowerCase()).join(' '),
        ).toMatch(/bàu sen|bùn|ruộng/);

        // The matter's own page does not offer its own merged petitions as duplicates.
        const page = (
          await t.app.inject({ url: `/api/opinions/${matter.id}`, headers: { cookie } })
        ).json();
        expect(page.duplicates.map((d: { id: string }) => d.id)).not.toContain(matter.id);

        // Once the matter is unmerged, the wording is its own matter again.
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/opinions/${wording.id}/unmerge`,
              headers: { cookie },
            })
          ).statusCode,
        ).toBe(200);
        const undone = await similar(typed);
        expect(undone.find((m) => m.id === wording.id)).toMatchObject({ via: null });
        expect(undone.map((m) => m.id)).not.toContain(matter.id);
      },
    );

    it.skipIf(skip)(
      'the triage view groups a new matter with the one whose merged wording it resembles',
      async () => {
        const { t, cookie, sg, enter } = await office();
        type Cluster = { members: { id: string }[] };
        const clusterWith = async (id: string) =>
          (
            (
              await t.app.inject({
                url: `/api/units/${sg.id}/opinions/triage?limit=100`,
                headers: { cookie },
              })
            ).json() as { clusters: Cluster[] }
          ).clusters.find((c) => c.members.some((m) => m.id === id));

        const matter = await enter(
          'Đề nghị HTX nạo vét tuyến thủy lợi xứ đồng phía tây trước vụ hè thu',
        );
        const wording = await enter(
          'Mương dẫn nước Bàu Sen cỏ mọc kín, bùn lấp gần hết, nước không về tới ruộng cuối kênh',
        );
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/opinions/${matter.id}/merge`,
              headers: { cookie },
              payload: { sourceIds: [wording.id], reason: 'Cùng một việc' },
            })
          ).statusCode,
        ).toBe(200);
        // Entered after the merge, worded like the merged petition, not like the matter.
        const later = await enter('muong Bau Sen bun lap het, nuoc khong ve toi ruong cuoi kenh');
        const cluster = await clusterWith(later.id);
        expect(cluster?.members.map((m) => m.id).sort()).toEqual([matter.id, later.id].sort());

        // Unmerged, the wording is its own open matter again and the matter is no longer reached through it.
        expect(
          (
            await t.app.inject({
              method: 'POST',
              url: `/api/opinions/${wording.id}/unmerge`,
              headers: { cookie },
            })
          ).statusCode,
        ).toBe(200);
        const after = await clusterWith(later.id);
        expect(after?.members.map((m) => m.id)).not.toContain(matter.id);
        expect(after?.members.map((m) => m.id)).toContain(wording.id);
      },
    );
  },
);
