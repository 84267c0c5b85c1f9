// Who may do what, as data. A role is granted at a unit and reaches that unit and every unit
// below it (DOMAIN.md: "a user sees their unit and what is below it").
export const roles = ['admin', 'office', 'official', 'chair', 'collector', 'oversight'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'unit.read',
  'unit.update',
  'unit.change', // merge units, change a unit's parent (recorded, audited, undone until confirmed)
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'person.create',
  'person.update',
  'person.delete',
  'user.manage',
  'opinion.read', // every matter of the unit; contacts only with 'opinion.personal'
  'opinion.read-assigned', // matters assigned to the person linked to the caller's account
  'opinion.personal', // petitioners' phone and email (each access is logged)
  'opinion.create',
  'opinion.update', // classify, merge, assign, move
  'opinion.import',
  'opinion.export',
  'opinion.route', // edit the routing table (field × village → official)
  'calendar.manage', // national: needs the grant at a root unit (see canAtRoot)
  'profile.manage', // national: clone and edit regulation profiles
  'profile.choose', // which profile a unit and what lies below it follow
  'document.read', // the unit's documents: drafts and the register of issued ones (preview, DOCX, PDF)
  'document.issue', // give a document its number and freeze it as sent
  'plan.read', // the yearly plans and sessions, their timelines and documents
  'plan.manage', // write and issue plans; schedule, announce, run and conclude sessions
  'session.override', // let a session move despite a broken deadline rule, with a written reason
  'answer.write', // draft and submit the written answer of a matter (an official: only their own)
  'answer.approve', // approve or return a written answer (the profile's answerApprover; the chairs)
  'followup.manage', // escalate a matter, record the higher level's answer, extend a complex matter's due date
  'dashboard.read', // the unit dashboard and the oversight table of the communes below (figures, no personal data)
  'report.write', // edit the wording of a Báo cáo kết quả before it is issued
  'audit.read', // the audit log of the unit and below (filter by user, record, date; verify the chain)
  'privacy.manage', // data-subject requests, consent withdrawal, erasure, the breach listing
] as const;
export type Action = (typeof actions)[number];

const read: Action[] = ['unit.read'];
const documents: Action[] = ['document.read', 'document.issue'];
const plans: Action[] = ['plan.read', 'plan.manage'];
const handleOpinions: Action[] = [
  'opinion.read',
  'opinion.personal',
  'opinion.create',
  'opinion.update',
  'opinion.import',
  'opinion.export',
];
const editDirectory: Action[] = [
  'unit.update',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'person.create',
  'person.update',
  'person.delete',
];

/** The permission table. Change a rule here and every route and list query follows. */
export const permissions: Record<Role, readonly Action[]> = {
  admin: [
    ...read,
    ...editDirectory,
    'unit.change',
    'user.manage',
    ...handleOpinions,
    'opinion.route',
    'calendar.manage',
    'profile.manage',
    'profile.choose',
    ...plans,
    'session.override',
    ...documents,
    'answer.write',
    'answer.approve',
    'followup.manage',
    'audit.read',
    'privacy.manage',
    'dashboard.read',
    'report.write',
  ],
  office: [
    ...read,
    ...editDirectory,
    ...handleOpinions,
    ...plans,
    ...documents,
    'answer.write',
    'followup.manage',
    'privacy.manage',
    'dashboard.read',
    'report.write',
  ],
  official: [...read, 'opinion.read-assigned', 'plan.read', 'document.read', 'answer.write'],
  chair: [
    ...read,
    'opinion.read',
    'opinion.personal',
    'plan.read',
    ...documents,
    'answer.approve',
    'dashboard.read',
    'report.write',
  ],
  collector: [...read, 'opinion.create'],
  oversight: [...read, 'opinion.read', 'plan.read', 'document.read', 'dashboard.read'],
};

export const roleNames: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  office: { vi: 'Văn phòng / cán bộ tổng hợp', en: 'Office staff' },
  official: { vi: 'Công chức chuyên môn', en: 'Responsible official' },
  chair: { vi: 'Chủ trì (Bí thư, Chủ tịch)', en: 'Chair' },
  collector: { vi: 'MTTQ, đoàn thể, thôn', en: 'Collector' },
  oversight: { vi: 'Cấp trên (giám sát)', en: 'Oversight' },
};
