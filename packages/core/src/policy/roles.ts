// Who may do what, as data. A role is granted at a unit and reaches that unit and every unit
// below it (DOMAIN.md: "a user sees their unit and what is below it").
export const roles = ['admin', 'office', 'official', 'chair', 'collector', 'oversight'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'unit.read',
  'unit.update',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'person.create',
  'person.update',
  'person.delete',
  'user.manage',
] as const;
export type Action = (typeof actions)[number];

const read: Action[] = ['unit.read'];
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
  admin: [...read, ...editDirectory, 'user.manage'],
  office: [...read, ...editDirectory],
  official: read,
  chair: read,
  collector: read,
  oversight: read,
};

export const roleNames: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  office: { vi: 'Văn phòng / cán bộ tổng hợp', en: 'Office staff' },
  official: { vi: 'Công chức chuyên môn', en: 'Responsible official' },
  chair: { vi: 'Chủ trì (Bí thư, Chủ tịch)', en: 'Chair' },
  collector: { vi: 'MTTQ, đoàn thể, thôn', en: 'Collector' },
  oversight: { vi: 'Cấp trên (giám sát)', en: 'Oversight' },
};
