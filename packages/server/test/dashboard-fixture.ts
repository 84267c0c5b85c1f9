// A small known dataset for the dashboard tests: one commune "Xã Kiểm Thử" directly under the demo
// province (two tiers since 1/7/2025: the demo's district ended then), written straight into the tables (the triggers of 0014 keep report_answer_fact),
// with dates chosen so Tết 2026 (16–20/2) falls inside the answer clock.
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';

export const FIXTURE_TODAY = '2026-04-10';
export const fixedClock = () => new Date('2026-04-10T03:00:00Z');

const at = '2026-01-05T01:00:00.000Z';

export async function loadDashboardFixture(k: Kysely<Database>) {
  const hs = await k
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('slug', '=', 'ha-tinh')
    .executeTakeFirstOrThrow();
  const xId = 'kt';
  const xPath = `${hs.path}${xId}/`;
  const unit = (
    id: string,
    parent: string,
    path: string,
    name: string,
    kind: string,
    depth: number,
  ) => ({
    id,
    parent_id: parent,
    code: `code-${id}`,
    slug: `slug-${id}`,
    name,
    kind,
    path,
    depth,
    profile_code: null,
    created_at: at,
    updated_at: at,
  });
  await k
    .insertInto('unit')
    .values([
      unit(xId, hs.id, xPath, 'Xã Kiểm Thử', 'xa', 1),
      unit('kt-1', xId, `${xPath}kt-1/`, 'Thôn Một', 'thon', 2),
      unit('kt-2', xId, `${xPath}kt-2/`, 'Thôn Hai', 'thon', 2),
    ])
    .execute();
  await k
    .insertInto('person')
    .values({
      id: 'kt-p1',
      unit_id: xId,
      organisation_id: null,
      full_name: 'Cán Bộ Một',
      position: 'Công chức',
      fields: '[]',
      phone: null,
      email: null,
      user_id: null,
      version: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();

  const matters: [string, string | null, string, string | null, string, string][] = [
    // id, field, source, village, state, received_on
    ['kt-m1', 'tai-nguyen', 'village', 'kt-1', 'responded', '2026-01-10'],
    ['kt-m2', 'tai-nguyen', 'mttq', 'kt-1', 'responded', '2026-01-11'],
    ['kt-m3', 'moi-truong', 'village', 'kt-2', 'in-follow-up', '2026-01-12'],
    ['kt-m4', 'kinh-te', 'citizen-online', 'kt-2', 'complex', '2026-01-13'],
    ['kt-m5', 'tai-nguyen', 'village', null, 'escalated', '2026-01-14'],
    ['kt-m6', null, 'citizen-online', 'kt-1', 'received', '2026-03-01'],
    ['kt-m7', 'kinh-te', 'village', 'kt-2', 'received', '2025-12-20'], // last year: outside 2026
  ];
  await k
    .insertInto('matter')
    .values(
      matters.map(([id, field, source, village, state, received]) => ({
        id,
        unit_id: xId,
        village_id: village,
        content: `Nội dung ${id}`,
        field,
        field_confirmed_by: null,
        field_confirmed_at: null,
        suggestions: '[]',
        state,
        source,
        source_organisation_id: null,
        received_on: received,
        assignee_person_id: 'kt-p1',
        prepare_by: null,
        merged_into_id: null,
        answer: null,
        search_folded: `noi dung ${id}`,
        version: 0,
        created_by: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();

  // Round 1: notice 8 days ahead, held 28/1, conclusion 4/2 (the last day allowed).
  await k
    .insertInto('dialogue_session')
    .values({
      id: 'kt-s1',
      unit_id: xId,
      plan_id: null,
      round: 1,
      held_by: '2026-06-15',
      state: 'concluded',
      date: '2026-01-28',
      start_time: '07:30',
      venue: 'Hội trường',
      chairs: '[]',
      attendance_cap: null,
      topics: '[]',
      scheduled_on: '2026-01-15',
      notice_date: '2026-01-20',
      submission_deadline: null,
      channels: '[]',
      notice_document_id: null,
      short_notice: null,
      held_on: '2026-01-28',
      attendance_total: 100,
      attendance_rev: 0,
      minutes: null,
      conclusion_draft: null,
      conclusion_date: '2026-02-04',
      conclusion_document_id: null,
      closed_on: null,
      version: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  // The session's agenda: the five matters carried over, one question from the floor settled.
  const item = (id: string, matter: string | null, position: number, outcome: string) => ({
    id,
    session_id: 'kt-s1',
    matter_id: matter,
    registration_id: null,
    position,
    from_floor: matter ? 0 : 1,
    speaker_name: null,
    speaker_village_id: null,
    question: `Câu hỏi ${id}`,
    answer: 'Trả lời',
    answered_by: null,
    outcome,
    rev: 1,
    updated_by: null,
    created_at: at,
    updated_at: at,
  });
  await k
    .insertInto('agenda_item')
    .values([
      ...['kt-m1', 'kt-m2', 'kt-m3', 'kt-m4', 'kt-m5'].map((m, i) =>
        item(`ag-${m}`, m, i + 1, 'carried-over'),
      ),
      item('ag-floor', null, 100, 'settled'),
    ])
    .execute();
  // 30 working days after 4/2/2026, skipping Tết (16–20/2): 25/3/2026 (18/3 without Tết).
  for (const m of ['kt-m1', 'kt-m2', 'kt-m3', 'kt-m4', 'kt-m5']) {
    await k
      .insertInto('conclusion_item')
      .values({
        id: `ci-${m}`,
        session_id: 'kt-s1',
        matter_id: m,
        responsible: 'Cán Bộ Một',
        notice_date: '2026-02-04',
        due_date: '2026-03-25',
        due_text_vi: '…',
        due_text_en: '…',
        created_at: at,
      })
      .execute();
  }
  const answer = (m: string, approvedOn: string) => ({
    id: `a-${m}`,
    matter_id: m,
    unit_id: xId,
    origin: 'official',
    state: 'approved',
    text: `Trả lời ${m}`,
    author_user_id: null,
    official_name: 'Cán Bộ Một',
    submitted_at: at,
    approver_user_id: null,
    approver_name: 'Chủ tịch',
    approved_on: approvedOn,
    published_at: `${approvedOn}T02:00:00.000Z`,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await k.insertInto('matter_answer').values(answer('kt-m1', '2026-03-20')).execute(); // on time
  // Submitted first, approved later: the update trigger records the day.
  await k
    .insertInto('matter_answer')
    .values({
      ...answer('kt-m2', '2026-03-27'),
      state: 'submitted',
      approved_on: null,
      published_at: null,
    })
    .execute();
  await k
    .updateTable('matter_answer')
    .set({ state: 'approved', approved_on: '2026-03-27', published_at: '2026-03-27T02:00:00.000Z' })
    .where('id', '=', 'a-kt-m2')
    .execute(); // late: 2 working days
  await k
    .insertInto('due_extension')
    .values({
      id: 'ext-m4',
      matter_id: 'kt-m4',
      previous_due: '2026-03-25',
      due_date: '2026-04-30',
      reason: 'Phức tạp',
      actor_user_id: null,
      at: '2026-03-20T01:00:00.000Z',
    })
    .execute();
  await k
    .insertInto('escalation')
    .values({
      id: 'esc-m5',
      matter_id: 'kt-m5',
      unit_id: xId,
      competent_body: 'UBND huyện',
      proposal: 'Đề nghị',
      state: 'sent',
      sent_on: '2026-03-10',
      due_date: '2026-04-30',
      due_text_vi: '…',
      due_text_en: '…',
      document_id: null,
      acknowledged_on: null,
      answered_on: null,
      answer_text: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const petitioner = (id: string, name: string, village: string | null, matter: string) =>
    [
      {
        id,
        unit_id: xId,
        full_name: name,
        village_id: village,
        phone: '0912345678',
        email: 'a@b.vn',
        answer_preference: 'letter',
        created_at: at,
        updated_at: at,
      },
      {
        id: `r-${id}`,
        matter_id: matter,
        petitioner_id: id,
        source: 'village',
        source_organisation_id: null,
        received_on: '2026-01-10',
        created_by: null,
        created_at: at,
      },
    ] as const;
  const [p1, r1] = petitioner('kt-pt1', 'Nguyễn Văn An', 'kt-1', 'kt-m1');
  await k
    .insertInto('petitioner')
    .values(p1 as never)
    .execute();
  await k
    .insertInto('raising')
    .values(r1 as never)
    .execute();
  // districtId: the unit whose oversight sees the commune (the province, in the demo's 2026).
  return { unitId: xId, districtId: hs.id };
}
