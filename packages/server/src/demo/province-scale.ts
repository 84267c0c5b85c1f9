// A province at scale for the dashboards' benchmark (`doithoai demo --scale province`, or
// bench/dashboard.bench.mjs): by default 3,321 communes under 13 districts, 3 villages each,
// 1,000,000 matters over five years of two rounds each (2022 to this year), about 40% carried
// over into conclusion notices with their 30-working-day due dates on the real calendar, most
// answered (some late), some escalated or extended, the rest overdue or not yet due.
// Rows go in with multi-row INSERTs of a few hundred rows, all in one transaction (raw driver
// handles: Kysely's per-row compile would dominate); the triggers of 0014 fill the facts table
// as the app's own writes do. Deterministic (a seeded generator) so runs compare.
import { vietnamDayOf, addDays, addWorkingDays } from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { systemClock } from '../shared/clock.js';

export interface ProvinceScale {
  communes?: number;
  matters?: number;
  districts?: number;
  today?: string;
  log?: (line: string) => void;
}

export type Row = (string | number | null)[];

/** Runs multi-row inserts inside one transaction on either driver. */
export async function bulkWriter(db: Db) {
  if (db.dialect === 'sqlite') {
    const raw = db.sqlite!;
    raw.exec('begin immediate');
    const cache = new Map<string, ReturnType<typeof raw.prepare>>();
    return {
      async insert(table: string, cols: string[], rows: Row[]) {
        for (let i = 0; i < rows.length; i += 400) {
          const chunk = rows.slice(i, i + 400);
          const text = `insert into ${table} (${cols.join(',')}) values ${chunk.map(() => `(${cols.map(() => '?').join(',')})`).join(',')}`;
          let st = cache.get(text);
          if (!st) {
            st = raw.prepare(text);
            cache.set(text, st);
          }
          (st.run as (...params: unknown[]) => unknown).apply(st, chunk.flat());
        }
      },
      async commit() {
        raw.exec('commit');
      },
    };
  }
  const client = await db.pgPool!.connect();
  await client.query('begin');
  return {
    async insert(table: string, cols: string[], rows: Row[]) {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        let n = 0;
        const text = `insert into ${table} (${cols.join(',')}) values ${chunk.map(() => `(${cols.map(() => `$${++n}`).join(',')})`).join(',')}`;
        await client.query(text, chunk.flat());
      }
    },
    async commit() {
      await client.query('commit');
      client.release();
    },
  };
}

type BulkWriter = Awaited<ReturnType<typeof bulkWriter>>;

/** The columns a generated matter fills, in the order of its row. */
export const MATTER_COLUMNS = [
  'id',
  'unit_id',
  'village_id',
  'content',
  'field',
  'suggestions',
  'state',
  'source',
  'received_on',
  'assignee_person_id',
  'search_folded',
  'version',
  'created_at',
  'updated_at',
];

/** One batch of generated matters with their conclusion items, escalations and extensions. */
export async function insertMatterBatch(
  w: BulkWriter,
  batch: { matters: Row[]; cis: Row[]; escs: Row[]; exts: Row[] },
): Promise<void> {
  const { matters, cis, escs, exts } = batch;
  await w.insert('matter', MATTER_COLUMNS, matters);
  await w.insert(
    'conclusion_item',
    [
      'id',
      'session_id',
      'matter_id',
      'responsible',
      'notice_date',
      'due_date',
      'due_text_vi',
      'due_text_en',
      'created_at',
    ],
    cis,
  );
  await w.insert(
    'escalation',
    [
      'id',
      'matter_id',
      'unit_id',
      'competent_body',
      'proposal',
      'state',
      'sent_on',
      'due_date',
      'due_text_vi',
      'due_text_en',
      'created_at',
      'updated_at',
    ],
    escs,
  );
  await w.insert(
    'due_extension',
    ['id', 'matter_id', 'previous_due', 'due_date', 'reason', 'at'],
    exts,
  );
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
const fields = [
  'nong-nghiep',
  'tai-nguyen',
  'moi-truong',
  'van-hoa-xa-hoi',
  'an-ninh-trat-tu',
  'kinh-te',
  'chinh-quyen',
  'can-bo',
  'khac',
  'lanh-dao',
];
const sources = ['village', 'mttq', 'doan-the', 'citizen-online', 'at-session', 'official-report'];

export async function generateProvince(db: Db, opts: ProvinceScale = {}) {
  const communes = opts.communes ?? 3321;
  const total = opts.matters ?? 1_000_000;
  const districts = opts.districts ?? 13;
  const today = opts.today ?? vietnamDayOf(systemClock());
  const log = opts.log ?? (() => undefined);
  const calendar = await loadWorkingCalendar(db.kysely);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 4, thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  let seed = 20260615;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  const at = `${today}T01:00:00.000Z`;
  const w = await bulkWriter(db);
  const t0 = Date.now();

  const unitCols = [
    'id',
    'parent_id',
    'code',
    'slug',
    'name',
    'kind',
    'path',
    'depth',
    'profile_code',
    'created_at',
    'updated_at',
  ];
  const units: Row[] = [
    ['p0', null, 'bench-p0', 'bench-tinh', 'Tỉnh Thử Nghiệm', 'tinh', '/p0/', 1, null, at, at],
  ];
  for (let d = 0; d < districts; d++)
    units.push([
      `d${d}`,
      'p0',
      `bench-d${d}`,
      `bench-d${d}`,
      `Huyện ${d + 1}`,
      'huyen',
      `/p0/d${d}/`,
      2,
      null,
      at,
      at,
    ]);
  const communePath = (c: number) => `/p0/d${c % districts}/c${c}/`;
  for (let c = 0; c < communes; c++) {
    units.push([
      `c${c}`,
      `d${c % districts}`,
      `bench-c${c}`,
      `bench-c${c}`,
      `Xã ${String(c + 1).padStart(4, '0')}`,
      'xa',
      communePath(c),
      3,
      null,
      at,
      at,
    ]);
    for (let v = 1; v <= 3; v++)
      units.push([
        `c${c}v${v}`,
        `c${c}`,
        `bench-c${c}v${v}`,
        `bench-c${c}v${v}`,
        `Thôn ${v}`,
        'thon',
        `${communePath(c)}c${c}v${v}/`,
        4,
        null,
        at,
        at,
      ]);
  }
  await w.insert('unit', unitCols, units);
  await w.insert(
    'person',
    ['id', 'unit_id', 'full_name', 'position', 'fields', 'version', 'created_at', 'updated_at'],
    Array.from({ length: communes }, (_, c) => [
      `c${c}p`,
      `c${c}`,
      `Cán bộ xã ${c + 1}`,
      'Công chức',
      '[]',
      0,
      at,
      at,
    ]),
  );
  log(`units and people: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Sessions: two rounds a year; the rounds of this year not yet due are only planned.
  interface S {
    id: string;
    commune: number;
    date: string;
    heldOn: string | null;
    notice: string | null;
    due: string | null;
  }
  const sessions: S[] = [];
  const sessionRows: Row[] = [];
  for (let c = 0; c < communes; c++) {
    for (const y of years) {
      for (const r of [1, 2]) {
        const heldBy = `${y}-${r === 1 ? '06' : '11'}-15`;
        const date = addDays(heldBy, -(rnd(40) - 3)); // a few a little after the held-by day
        const held = date < today;
        const notice = held ? addDays(date, -(5 + rnd(8))) : null;
        const conclusion = held ? addDays(date, 1 + rnd(9)) : null;
        const concluded = conclusion !== null && conclusion < today;
        const id = `s${c}-${y}-${r}`;
        sessions.push({
          id,
          commune: c,
          date,
          heldOn: held ? date : null,
          notice: concluded ? conclusion : null,
          due: concluded ? addWorkingDays(calendar, conclusion!, 30) : null,
        });
        sessionRows.push([
          id,
          `c${c}`,
          r,
          heldBy,
          concluded ? 'concluded' : held ? 'held' : 'scheduled',
          date,
          held ? notice : null,
          held ? date : null,
          concluded ? conclusion : null,
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
  log(`sessions: ${sessions.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const perSession = sessions.length / communes;
  let items = 0;
  let escalations = 0;
  const BATCH = 20_000;
  for (let start = 0; start < total; start += BATCH) {
    const matters: Row[] = [];
    const cis: Row[] = [];
    const escs: Row[] = [];
    const exts: Row[] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const c = i % communes;
      const s = sessions[c * perSession + (Math.floor(i / communes) % perSession)]!;
      const topic = topics[rnd(topics.length)]!;
      const received = addDays(s.date, -(3 + rnd(40)));
      const roll = rnd(100);
      let state = 'received';
      let updated = at;
      if (s.heldOn) state = roll < 50 ? 'closed' : roll < 55 ? 'rejected' : 'carried-over';
      if (state === 'carried-over' && s.notice && s.due) {
        const r2 = rnd(100);
        const answered = addDays(s.notice, 5 + rnd(r2 < 10 ? 60 : 38));
        if (r2 < 2) {
          state = 'escalated';
          escs.push([
            `e${i}`,
            `m${i}`,
            `c${c}`,
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
          escalations++;
        } else if (answered < today && r2 < 95) {
          state = 'responded';
          updated = `${answered}T03:00:00.000Z`;
        } else state = 'in-follow-up';
        cis.push([`ci${i}`, s.id, `m${i}`, 'Cán bộ phụ trách', s.notice, s.due, '…', '…', at]);
        if (r2 >= 95 && r2 < 97)
          exts.push([
            `x${i}`,
            `m${i}`,
            s.due,
            addDays(s.due, 30),
            'Vấn đề phức tạp',
            `${s.due}T01:00:00.000Z`,
          ]);
      }
      const content = `Kiến nghị về ${topic}, thôn ${1 + (i % 3)}, số ${i}`;
      matters.push([
        `m${i}`,
        `c${c}`,
        `c${c}v${1 + (i % 3)}`,
        content,
        fields[rnd(fields.length)]!,
        '[]',
        state,
        sources[rnd(sources.length)]!,
        received,
        `c${c}p`,
        `kien nghi ve ${topic} thon ${1 + (i % 3)} so ${i}`,
        0,
        at,
        updated,
      ]);
    }
    await insertMatterBatch(w, { matters, cis, escs, exts });
    items += cis.length;
    if ((start / BATCH) % 10 === 9)
      log(`matters: ${start + BATCH} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await w.commit();
  const seconds = (Date.now() - t0) / 1000;
  return { communes, matters: total, sessions: sessions.length, items, escalations, seconds };
}
