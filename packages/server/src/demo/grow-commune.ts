// A commune's past, added to one that exists (the demo's Sơn Giang, for the grown-commune soak,
// bench/soak-grown.bench.mjs): `matters` matters over the `years` before this one, two rounds a
// year, each round's matters in its villages and routed to the official of its field as the
// commune's routing table says; as in demo/province-scale.ts about 40 % carried over into the
// round's conclusion with its 30-working-day due date, most answered (some late), a few escalated
// or extended, the rest still open. Rows go in as multi-row INSERTs in one transaction; the
// triggers keep the search index, the facts and the summaries as for the app's own writes.
// Deterministic (seeded), so runs compare.
import {
  addDays,
  addWorkingDays,
  foldVietnamese,
  opinionFields,
  vietnamDayOf,
} from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { listVillages } from '../opinion/opinion.repository.js';
import { unitBySlug } from '../report/report.repository.js';
import { systemClock } from '../shared/clock.js';
import { routesOfAllVillages } from './demo.repository.js';
import { bulkWriter, insertMatterBatch, type Row } from './province-scale.js';

export interface CommuneGrowth {
  slug: string;
  matters: number;
  years?: number;
  today?: string;
}

const topics = [
  'đường giao thông nông thôn',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'nước sạch sinh hoạt',
  'thu gom rác thải',
  'hỗ trợ giống lúa',
  'chế độ chính sách người có công',
  'an ninh trật tự thôn xóm',
  'kênh mương nội đồng',
  'điện chiếu sáng',
  'trạm y tế xã',
];
const sources = ['village', 'mttq', 'doan-the', 'citizen-online', 'at-session', 'official-report'];

export async function growCommune(db: Db, opts: CommuneGrowth) {
  const today = opts.today ?? vietnamDayOf(systemClock());
  const yearsBack = opts.years ?? 10;
  const commune = await unitBySlug(db.kysely, opts.slug);
  if (!commune) throw new Error(`không có xã '${opts.slug}' / no commune '${opts.slug}'`);
  const villages = await listVillages(db.kysely, commune.id);
  if (!villages.length)
    throw new Error(`xã '${opts.slug}' chưa có thôn / the commune '${opts.slug}' has no villages`);
  const routes = new Map(
    (await routesOfAllVillages(db.kysely, commune.id)).map((r) => [r.field, r.person_id]),
  );
  const calendar = await loadWorkingCalendar(db.kysely);
  let seed = 20261207;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  const at = `${today}T01:00:00.000Z`;
  const thisYear = Number(today.slice(0, 4));
  const w = await bulkWriter(db);

  interface S {
    id: string;
    date: string;
    notice: string;
    due: string;
  }
  const sessions: S[] = [];
  const sessionRows: Row[] = [];
  for (let y = thisYear - yearsBack; y < thisYear; y++) {
    for (const r of [1, 2]) {
      const heldBy = `${y}-${r === 1 ? '06' : '11'}-15`;
      const date = addDays(heldBy, -(rnd(30) + 1));
      const notice = addDays(date, 1 + rnd(9));
      const id = `grown-${commune.id}-${y}-${r}`;
      sessions.push({ id, date, notice, due: addWorkingDays(calendar, notice, 30) });
      sessionRows.push([
        id,
        commune.id,
        r,
        heldBy,
        'closed',
        date,
        addDays(date, -(5 + rnd(8))),
        date,
        notice,
        addDays(notice, 60),
        '[]',
        '[]',
        '[]',
        0,
        0,
        at,
        at,
      ]);
    }
  }
  await w.insert(
    'dialogue_session',
    [
      'id',
      'unit_id',
      'round',
      'held_by',
      'state',
      'date',
      'notice_date',
      'held_on',
      'conclusion_date',
      'closed_on',
      'chairs',
      'topics',
      'channels',
      'attendance_rev',
      'version',
      'created_at',
      'updated_at',
    ],
    sessionRows,
  );

  let items = 0;
  const BATCH = 10_000;
  for (let start = 0; start < opts.matters; start += BATCH) {
    const matters: Row[] = [];
    const cis: Row[] = [];
    const escs: Row[] = [];
    const exts: Row[] = [];
    for (let i = start; i < Math.min(opts.matters, start + BATCH); i++) {
      // Oldest first, as they were received: matter i belongs to round ⌊i · rounds / matters⌋.
      const s = sessions[Math.floor((i * sessions.length) / opts.matters)]!;
      const village = villages[i % villages.length]!;
      const field = opinionFields[rnd(opinionFields.length)]!;
      const topic = topics[rnd(topics.length)]!;
      const received = addDays(s.date, -(3 + rnd(40)));
      const roll = rnd(100);
      let state = roll < 50 ? 'closed' : roll < 55 ? 'rejected' : 'carried-over';
      let updated = at;
      const id = `grown-m${i}`;
      if (state === 'carried-over') {
        const r2 = rnd(100);
        const answered = addDays(s.notice, 5 + rnd(r2 < 10 ? 60 : 38));
        if (r2 < 2) {
          state = 'escalated';
          escs.push([
            `grown-e${i}`,
            id,
            commune.id,
            'UBND huyện',
            'Đề nghị giải quyết',
            rnd(3) === 0 ? 'answered' : 'sent',
            addDays(s.notice, 5),
            addWorkingDays(calendar, addDays(s.notice, 5), 30),
            '…',
            '…',
            at,
            at,
          ]);
        } else if (answered < today && r2 < 95) {
          state = 'responded';
          updated = `${answered}T03:00:00.000Z`;
        } else state = 'in-follow-up';
        cis.push([`grown-ci${i}`, s.id, id, 'Cán bộ phụ trách', s.notice, s.due, '…', '…', at]);
        if (r2 >= 95 && r2 < 97)
          exts.push([
            `grown-x${i}`,
            id,
            s.due,
            addDays(s.due, 30),
            'Vấn đề phức tạp',
            `${s.due}T01:00:00.000Z`,
          ]);
      }
      const content = `Kiến nghị về ${topic}, ${village.name}, số ${i}`;
      matters.push([
        id,
        commune.id,
        village.id,
        content,
        field,
        '[]',
        state,
        sources[rnd(sources.length)]!,
        received,
        routes.get(field) ?? null,
        foldVietnamese(content),
        0,
        at,
        updated,
      ]);
    }
    await insertMatterBatch(w, { matters, cis, escs, exts });
    items += cis.length;
  }
  await w.commit();
  return { unitId: commune.id, matters: opts.matters, sessions: sessions.length, items };
}
