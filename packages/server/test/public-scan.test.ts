// Public pages and open data never show a petitioner's name or phone (DOMAIN.md: names masked on
// public pages, e.g. "Ông N.V.A., thôn 3"). The demo commune gets published answers — their text
// addressed to the petitioner by name, as an official may type it ("Kính gửi Nguyễn Văn A") — and
// a tracking code for every matter with a petitioner; then every public page reachable from /xa
// (directory, commune pages, notices and conclusions, published answers page by page, tracking
// pages) and the open-data exports are fetched and searched for every petitioner's name and phone.
import { foldVietnamese } from '@doithoai/core';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../src/db/ids.js';
import { newTrackingCode } from '../src/portal/tracking-code.js';
import { dialectCases } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const unescape = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1]?.toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return entities[e.toLowerCase()] ?? m;
  });
/** Digits joined across the separators people write phones with (0912 345 678, 0912.345.678). */
const joinDigits = (s: string) => s.replace(/(?<=\d)[\s.\-–]+(?=\d)/g, '');

async function crawl(t: TestApp, seeds: string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...seeds];
  while (queue.length && seen.size < 800) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await t.app.inject({ method: 'GET', url });
    seen.set(url, res.body);
    expect(res.statusCode, url).toBeLessThan(500);
    for (const m of res.body.matchAll(/href="([^"#]+)"/g)) {
      const link = unescape(m[1]!);
      if ((link.startsWith('/xa') || link.startsWith('/api/open-data')) && !seen.has(link))
        queue.push(link);
    }
  }
  return seen;
}

async function publishAndCrawl(t: TestApp) {
  const db = t.deps.db.kysely;
  const people = await db
    .selectFrom('petitioner')
    .innerJoin('raising', 'raising.petitioner_id', 'petitioner.id')
    .innerJoin('matter', 'matter.id', 'raising.matter_id')
    .select([
      'petitioner.full_name',
      'petitioner.phone',
      'matter.id as matter_id',
      'matter.unit_id',
    ])
    .execute();
  expect(people.length).toBeGreaterThan(10);
  const names = [...new Set(people.flatMap((p) => (p.full_name ? [p.full_name] : [])))];
  const phones = [...new Set(people.flatMap((p) => (p.phone ? [p.phone.replace(/\D/g, '')] : [])))];
  expect(names.length).toBeGreaterThan(10);
  expect(phones.length).toBeGreaterThan(0);

  // Published answers for half the matters (the text addresses the petitioner by name)
  // and a tracking code for every matter with a petitioner.
  const codes: { unitId: string; code: string }[] = [];
  const at = nowIso();
  for (const [i, p] of people.entries()) {
    if (i % 2 === 0) {
      await db
        .insertInto('matter_answer')
        .values({
          id: newId(),
          matter_id: p.matter_id,
          unit_id: p.unit_id,
          origin: 'official',
          state: 'sent',
          text: `Kính gửi ${p.full_name ?? 'ông/bà'}: Ủy ban nhân dân xã trả lời kiến nghị như sau: đã giao thôn rà soát, sẽ thực hiện trong quý tới.`,
          author_user_id: null,
          official_name: 'Công chức Địa chính - Xây dựng',
          submitted_at: at,
          approver_user_id: null,
          approver_name: 'Chủ tịch UBND xã',
          approved_on: at.slice(0, 10),
          published_at: at,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const code = newTrackingCode();
    await db
      .insertInto('portal_submission')
      .values({
        id: newId(),
        unit_id: p.unit_id,
        matter_id: p.matter_id,
        tracking_code: code,
        session_id: null,
        wants_to_speak: 0,
        created_at: at,
      })
      .execute();
    codes.push({ unitId: p.unit_id, code });
  }

  const units = await db.selectFrom('unit').select(['id', 'slug']).execute();
  const slugOf = new Map(units.map((u) => [u.id, u.slug]));
  const communes = [...new Set(people.map((p) => slugOf.get(p.unit_id)!))];
  const seeds = [
    '/xa',
    ...communes.flatMap((s) => [
      `/xa/${s}`,
      `/xa/${s}/tra-loi`,
      `/xa/${s}/gui-y-kien`,
      `/api/open-data/${s}/answers.json`,
      `/api/open-data/${s}/answers.csv`,
    ]),
    ...codes.map((c) => `/xa/${slugOf.get(c.unitId)}/tra-cuu?ma=${c.code}`),
  ];
  const pages = await crawl(t, seeds);

  // The crawl reached what it should: notices or conclusions, answer pages, tracking pages that show a matter.
  const urls = [...pages.keys()];
  expect(urls.some((u) => /\/van-ban\/[^/]+\/(thong-bao|ket-luan)$/.test(u))).toBe(true);
  expect(urls.filter((u) => u.includes('/tra-cuu?ma=')).length).toBe(codes.length);
  const tracked = [...pages].filter(
    ([u, body]) => u.includes('/tra-cuu?ma=') && !body.includes('Không tìm thấy'),
  );
  expect(tracked.length).toBe(codes.length);
  const openJson = JSON.parse(pages.get(`/api/open-data/${communes[0]}/answers.json`) ?? '{}') as {
    items?: unknown[];
  };
  expect(openJson.items?.length ?? 0).toBeGreaterThan(0);
  return { pages, names, phones };
}

function leaks(pages: Map<string, string>, names: string[], phones: string[]): string[] {
  const found: string[] = [];
  for (const [url, raw] of pages) {
    const body = unescape(raw);
    const folded = foldVietnamese(body);
    const digits = joinDigits(body);
    for (const n of names) {
      if (body.includes(n) || folded.includes(foldVietnamese(n))) found.push(`${url}: name "${n}"`);
    }
    for (const ph of phones) if (digits.includes(ph)) found.push(`${url}: phone ${ph}`);
  }
  return found;
}

describe.each(dialectCases)('public pages and open data on $dialect', ({ dialect, skip }) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.skipIf(skip)(
    'the portal pages (directory, commune, notices, answers, tracking) show no petitioner name or phone',
    async () => {
      t = await startTestApp(dialect);
      const { pages, names, phones } = await publishAndCrawl(t);
      const portal = new Map([...pages].filter(([u]) => u.startsWith('/xa')));
      expect(leaks(portal, names, phones)).toEqual([]);
      // Masked forms are what the pages show instead.
      expect([...portal.values()].some((b) => /(Ông|Bà) [A-ZĐ]\.[A-ZĐ]\./.test(unescape(b)))).toBe(
        true,
      );
    },
  );

  it.skipIf(skip)(
    'the open-data exports (JSON, CSV) show no petitioner name or phone',
    async () => {
      t = await startTestApp(dialect);
      const { pages, names, phones } = await publishAndCrawl(t);
      const open = new Map([...pages].filter(([u]) => u.startsWith('/api/open-data')));
      expect(open.size).toBeGreaterThanOrEqual(2);
      expect(leaks(open, names, phones)).toEqual([]);
    },
  );
});
