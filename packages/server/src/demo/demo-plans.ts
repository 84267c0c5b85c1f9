// The demo commune's plan for the year it is loaded, walked through the real use cases so every
// record, number and history entry is what the app itself would write. Dates are placed relative
// to the load day so follow-up shows the whole cycle at once: round 1 held, concluded and closed
// (its answers sent, two still open and overdue: an administrator closed the round with a reason),
// round 2 held and concluded, its items due within days, two of them already answered; three of
// the open ones named to the official congchuc (demo-follow-up.ts).
import {
  addDays,
  addWorkingDays,
  BUILT_IN_PROFILES,
  defaultConclusionRecipients,
  type Actor,
  type Role,
} from '@doithoai/core';
import { grantsOf } from '../auth/grant.repository.js';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import type { Db } from '../db/open-database.js';
import { createPlan } from '../plan/create-plan.js';
import { issuePlan } from '../plan/issue-plan.js';
import { todayInVietnam } from '../shared/clock.js';
import { updatePlan } from '../plan/update-plan.js';
import { announceSession } from '../session/announce-session.js';
import { closeSession } from '../session/close-session.js';
import { saveConclusionDraft } from '../session/draft-conclusion.js';
import { getSession } from '../session/get-session.js';
import { holdSession } from '../session/hold-session.js';
import { issueConclusion } from '../session/issue-conclusion.js';
import { registerSpeaker } from '../session/register-speaker.js';
import { saveAgendaItem, saveAttendance } from '../session/save-agenda-item.js';
import { scheduleSession } from '../session/schedule-session.js';
import { assignDemoFollowUp } from './demo-follow-up.js';
import {
  markMattersResponded,
  sessionsOfPlan,
  sessionVersion,
  userIdOfUsername,
} from './demo.repository.js';

export async function actorOf(db: Db, username: string): Promise<Actor> {
  const userId = await userIdOfUsername(db.kysely, username);
  const grants = await grantsOf(db.kysely, userId);
  return {
    userId,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
}

const answers = [
  'UBND xã đã đưa vào kế hoạch sửa chữa trong quý tới, giao thôn phối hợp giám sát.',
  'Đã kiểm tra thực địa; đề nghị hộ gia đình bổ sung hồ sơ, xã giải quyết ngay trong tuần.',
  'Xin tiếp thu; giao công chức chuyên môn kiểm tra, trả lời bằng văn bản.',
];

// Who is invited, and how many came to round 1 and round 2, besides those from above (the plan's
// first participants line, as the profile in force words it: the province's bodies since 7/2025).
const participantsBelow = [
  {
    composition: 'Ban Thường vụ Đảng ủy, Thường trực HĐND - UBND - UBMTTQ xã',
    invited: 12,
    present: [12, 11],
  },
  { composition: 'Bí thư chi bộ, thôn trưởng các thôn', invited: 22, present: [20, 19] },
  { composition: 'Đại diện Nhân dân các thôn', invited: 110, present: [105, 94] },
];

export async function loadDemoPlans(db: Db, sonGiangId: string): Promise<void> {
  const office = await actorOf(db, 'vanphong');
  const admin = await actorOf(db, 'admin');
  const calendar = await loadWorkingCalendar(db.kysely);
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const on = (date: string) => ({ db, clock: () => new Date(`${date}T03:00:00Z`) });
  // Round 2's answers fall due two working days from today; round 1's six working days ago.
  const n2 = addWorkingDays(calendar, today, 2 - 30);
  const n1 = addWorkingDays(calendar, today, -6 - 30);
  const d2 = addDays(n2, -3);
  const d1 = addDays(n1, -3);
  const planDate = addDays(d1, -60);

  let plan = await createPlan(on(planDate), office, sonGiangId, { year });
  const above = plan.content.participants[0]!.replace(/^Đại diện lãnh đạo /, 'Đại diện ').replace(
    /;$/,
    '',
  );
  const participants = [{ composition: above, invited: 6, present: [5, 4] }, ...participantsBelow];
  const rounds = [
    { round: 1, heldBy: addDays(d1, 5) },
    { round: 2, heldBy: addDays(d2, 5) },
  ];
  plan = await updatePlan(on(planDate), office, plan.id, {
    content: { ...plan.content, rounds },
    version: plan.version,
  });
  await issuePlan(on(planDate), office, plan.id, { date: planDate, version: plan.version });
  const sessions = await sessionsOfPlan(db.kysely, plan.id);
  const carried: string[][] = [];

  for (const [i, s] of sessions.entries()) {
    const date = i === 0 ? d1 : d2;
    const notice = i === 0 ? n1 : n2;
    const version = () => sessionVersion(db.kysely, s.id);
    await scheduleSession(on(addDays(date, -20)), office, s.id, {
      date,
      startTime: '07:30',
      venue: 'Hội trường UBND xã Sơn Giang',
      chairs: [
        'Đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã',
        'Đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã',
      ],
      participants: participants.map(({ composition, invited }) => ({ composition, invited })),
      topics: plan.content.contentGroups.map((g) => g.text),
      version: await version(),
    });
    await announceSession(on(addDays(date, -9)), office, s.id, {
      noticeDate: addDays(date, -9),
      submissionDeadline: addDays(date, -2),
      version: await version(),
      channels: [
        'Gửi trực tiếp tại Văn phòng UBND xã hoặc qua thôn trưởng',
        'Gửi qua Ủy ban MTTQ và các đoàn thể xã',
      ],
    });
    await registerSpeaker(on(date), office, s.id, {
      clientId: `demo-walk-in-${i + 1}`,
      fullName: i === 0 ? 'Nguyễn Thị Hoa' : 'Phan Văn Lộc',
      question:
        i === 0
          ? 'Đề nghị lắp thêm đèn chiếu sáng trên đường trục thôn Khe Bá'
          : 'Đề nghị hỗ trợ giống lúa cho các hộ bị thiệt hại do mưa lũ',
    });
    const agenda = (await getSession(on(date), office, s.id)).agenda;
    const picked = [...agenda.slice(0, 5), agenda.at(-1)!];
    for (const [n, item] of picked.entries()) {
      const outcome = n % 2 === 0 ? 'settled' : 'carried-over';
      await saveAgendaItem(on(date), office, s.id, item.id, {
        rev: 1,
        position: item.position,
        question: item.question,
        speakerName: item.speakerName,
        answer: answers[n % 3]!,
        answeredBy: n % 2 === 0 ? 'Đồng chí Chủ tịch UBND xã' : 'Công chức chuyên môn',
        outcome,
        fromFloor: false,
      });
    }
    await saveAgendaItem(on(date), office, s.id, `demo-floor-${i + 1}`, {
      rev: 1,
      position: 1000,
      fromFloor: true,
      speakerName: 'Lê Văn Sáu',
      outcome: 'carried-over',
      answer: answers[2]!,
      answeredBy: 'Đồng chí Bí thư Đảng ủy',
      question:
        i === 0
          ? 'Hỏi về tiến độ cấp giấy chứng nhận quyền sử dụng đất ở thôn Đồng Lạc'
          : 'Phản ánh nước thải trại lợn gây ô nhiễm khe suối thôn Quyết Tiến',
    });
    // Counted per composition: the total (142, then 128) is their sum.
    const groups = participants.map((p) => ({
      composition: p.composition,
      present: p.present[i]!,
    }));
    await saveAttendance(on(date), office, s.id, {
      rev: 1,
      total: groups.reduce((n, g) => n + g.present, 0),
      groups,
    });
    await holdSession(on(date), office, s.id, { version: await version() });
    await saveConclusionDraft(on(notice), office, s.id, {
      date: notice,
      responsible: {},
      recipients: defaultConclusionRecipients(
        BUILT_IN_PROFILES.find((p) => p.code === plan.profileCode)!,
      ),
      summary: [
        'Hội nghị diễn ra dân chủ, cởi mở, đúng kế hoạch; các ý kiến của Nhân dân được trả lời, tiếp thu nghiêm túc.',
      ],
    });
    const concluded = await issueConclusion(on(notice), office, s.id, { version: await version() });
    // Answers already sent: round 1 all but two; round 2 the first two.
    const answered = i === 0 ? concluded.items.slice(0, -2) : concluded.items.slice(0, 2);
    carried.push(concluded.items.slice(answered.length).map((c) => c.matterId));
    if (answered.length)
      await markMattersResponded(
        db.kysely,
        answered.map((a) => a.matterId),
      );
    if (i === 0) {
      await closeSession(on(addDays(n1, 20)), admin, s.id, {
        version: await version(),
        override: {
          reason:
            'Tổng kết đợt 1 theo chỉ đạo của Ban Thường vụ Đảng ủy; các vấn đề còn lại tiếp tục theo dõi ở đợt 2',
        },
      });
    }
  }
  // Round 1: [street lighting, land question from the floor]; round 2: [rice seed, waste water from the floor].
  const [[lighting], [seed, wasteWater]] = carried as [[string, string], [string, string]];
  await assignDemoFollowUp(db, office, await actorOf(db, 'congchuc'), {
    overdue: lighting,
    dueSoon: seed,
    extended: wasteWater,
  });
}
