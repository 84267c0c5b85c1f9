// The demo as it stood in 2022, three tiers: Hà Tĩnh → Hương Sơn → xã Sơn Giang (the reference
// plan's commune), with villages, organisations, the people the plan names by position, and a
// login for each role. demo-history.ts then walks it into 2026 through the merger operation: on
// 1/7/2025 Sơn Giang and Sơn Hà (demo) become the new Xã Sơn Giang directly under the province, and
// Sơn Tây (demo) is placed under the province, Hương Sơn ending the day before.
// Official codes: Hà Tĩnh 42, Hương Sơn 436, Sơn Giang (until 30/6/2025) 18184. Invented for the
// demo: the communes marked "(demo)", the new commune's code, the village names, and every person
// except the Party secretary who signed the 2022 plan.
import type { OrganisationKind, Role, UnitKind } from '@doithoai/core';

export const DEMO_PASSWORD = 'doithoai2026';

export interface DemoUnit {
  key: string;
  parent: string | null;
  code: string;
  slug: string;
  name: string;
  kind: UnitKind;
}
export interface DemoOrg {
  key: string;
  unit: string;
  kind: OrganisationKind;
  name: string;
  abbreviation: string | null;
}
export interface DemoPerson {
  unit: string;
  org: string | null;
  fullName: string;
  position: string;
  fields: string[];
  login?: { username: string; grants: { role: Role; unit: string }[] };
}

export const demoUnits: DemoUnit[] = [
  { key: 'ht', parent: null, code: '42', slug: 'ha-tinh', name: 'Tỉnh Hà Tĩnh', kind: 'tinh' },
  {
    key: 'hs',
    parent: 'ht',
    code: '436',
    slug: 'huong-son',
    name: 'Huyện Hương Sơn',
    kind: 'huyen',
  },
  // The 2022 commune (the reference plan's); from 1/7/2025 part of the new Xã Sơn Giang, which takes the slug son-giang.
  {
    key: 'sg',
    parent: 'hs',
    code: '18184',
    slug: 'son-giang-truoc-2025',
    name: 'Xã Sơn Giang',
    kind: 'xa',
  },
  {
    key: 'sg-1',
    parent: 'sg',
    code: '18184-01',
    slug: 'son-giang-thon-giang-ha',
    name: 'Thôn Giang Hà',
    kind: 'thon',
  },
  {
    key: 'sg-2',
    parent: 'sg',
    code: '18184-02',
    slug: 'son-giang-thon-thanh-tien',
    name: 'Thôn Thanh Tiến',
    kind: 'thon',
  },
  {
    key: 'sg-3',
    parent: 'sg',
    code: '18184-03',
    slug: 'son-giang-thon-trung-thuy',
    name: 'Thôn Trung Thủy',
    kind: 'thon',
  },
  {
    key: 'sg-4',
    parent: 'sg',
    code: '18184-04',
    slug: 'son-giang-thon-dong-lac',
    name: 'Thôn Đồng Lạc',
    kind: 'thon',
  },
  {
    key: 'sg-5',
    parent: 'sg',
    code: '18184-05',
    slug: 'son-giang-thon-khe-ba',
    name: 'Thôn Khe Bá',
    kind: 'thon',
  },
  {
    key: 'sg-6',
    parent: 'sg',
    code: '18184-06',
    slug: 'son-giang-thon-quyet-tien',
    name: 'Thôn Quyết Tiến',
    kind: 'thon',
  },
  {
    key: 'sh',
    parent: 'hs',
    code: 'demo-son-ha',
    slug: 'son-ha',
    name: 'Xã Sơn Hà (demo)',
    kind: 'xa',
  },
  {
    key: 'sh-1',
    parent: 'sh',
    code: 'demo-son-ha-01',
    slug: 'son-ha-thon-1',
    name: 'Thôn Hà Trung',
    kind: 'thon',
  },
  {
    key: 'st',
    parent: 'hs',
    code: 'demo-son-tay',
    slug: 'son-tay',
    name: 'Xã Sơn Tây (demo)',
    kind: 'xa',
  },
  {
    key: 'st-1',
    parent: 'st',
    code: 'demo-son-tay-01',
    slug: 'son-tay-thon-1',
    name: 'Thôn 1',
    kind: 'thon',
  },
];

/** The new commune of 1/7/2025 (demo-history.ts creates it through the merger): the key the current data hangs on. */
export const demoSuccessor = { key: 'sg', code: 'demo-son-giang', name: 'Xã Sơn Giang' } as const;
/** The legal basis the demo's changes record (Hà Tĩnh's communes from 1/7/2025). */
export const DEMO_MERGER_BASIS = 'Nghị quyết 1665/NQ-UBTVQH15';
export const DEMO_MERGER_DATE = '2025-07-01';

export const demoOrganisations: DemoOrg[] = [
  { key: 'sg-du', unit: 'sg', kind: 'dang-uy', name: 'Đảng ủy xã Sơn Giang', abbreviation: 'ĐU' },
  { key: 'sg-hdnd', unit: 'sg', kind: 'hdnd', name: 'Hội đồng nhân dân xã', abbreviation: 'HĐND' },
  { key: 'sg-ubnd', unit: 'sg', kind: 'ubnd', name: 'Ủy ban nhân dân xã', abbreviation: 'UBND' },
  {
    key: 'sg-mttq',
    unit: 'sg',
    kind: 'mttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
    abbreviation: 'MTTQ',
  },
  { key: 'sg-hnd', unit: 'sg', kind: 'hoi-nong-dan', name: 'Hội Nông dân xã', abbreviation: 'HND' },
  {
    key: 'sg-hpn',
    unit: 'sg',
    kind: 'hoi-phu-nu',
    name: 'Hội Liên hiệp Phụ nữ xã',
    abbreviation: 'HLHPN',
  },
  {
    key: 'sg-dtn',
    unit: 'sg',
    kind: 'doan-thanh-nien',
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',
    abbreviation: 'ĐTN',
  },
  {
    key: 'sg-ccb',
    unit: 'sg',
    kind: 'hoi-cuu-chien-binh',
    name: 'Hội Cựu chiến binh xã',
    abbreviation: 'CCB',
  },
  {
    key: 'sg-vp',
    unit: 'sg',
    kind: 'van-phong',
    name: 'Văn phòng Đảng ủy - HĐND - UBND xã',
    abbreviation: 'VP',
  },
  { key: 'sg-bvh', unit: 'sg', kind: 'ban-van-hoa', name: 'Ban Văn hóa xã', abbreviation: null },
  {
    key: 'st-ubnd',
    unit: 'st',
    kind: 'ubnd',
    name: 'Ủy ban nhân dân xã Sơn Tây',
    abbreviation: 'UBND',
  },
  {
    key: 'sh-ubnd',
    unit: 'sh',
    kind: 'ubnd',
    name: 'Ủy ban nhân dân xã Sơn Hà',
    abbreviation: 'UBND',
  },
  { key: 'hs-bdv', unit: 'hs', kind: 'khac', name: 'Ban Dân vận Huyện ủy', abbreviation: 'BDV' },
  {
    key: 'hs-mttq',
    unit: 'hs',
    kind: 'mttq',
    name: 'Ủy ban MTTQ huyện Hương Sơn',
    abbreviation: 'MTTQ',
  },
  { key: 'ht-bdv', unit: 'ht', kind: 'khac', name: 'Ban Dân vận Tỉnh ủy', abbreviation: 'BDV' },
  {
    key: 'ht-mttq',
    unit: 'ht',
    kind: 'mttq',
    name: 'Ủy ban MTTQ tỉnh Hà Tĩnh',
    abbreviation: 'MTTQ',
  },
];

export const demoPeople: DemoPerson[] = [
  {
    unit: 'sg',
    org: 'sg-du',
    fullName: 'Hồ Đình Linh',
    position: 'Bí thư Đảng ủy, Chủ tịch HĐND xã',
    fields: [],
    login: { username: 'bithu', grants: [{ role: 'chair', unit: 'sg' }] },
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Nguyễn Văn Hòa',
    position: 'Chủ tịch UBND xã',
    fields: [],
    login: { username: 'chutich', grants: [{ role: 'chair', unit: 'sg' }] },
  },
  {
    unit: 'sg',
    org: 'sg-vp',
    fullName: 'Lê Văn Đức',
    position: 'Công chức Văn phòng - Thống kê (cán bộ tổng hợp)',
    fields: ['lanh-dao', 'chinh-quyen', 'khac'],
    login: { username: 'vanphong', grants: [{ role: 'office', unit: 'sg' }] },
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Phan Thị Hương',
    position: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    fields: ['tai-nguyen', 'nong-nghiep', 'moi-truong'],
    login: { username: 'congchuc', grants: [{ role: 'official', unit: 'sg' }] },
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Võ Thị Lan',
    position: 'Công chức Văn hóa - Xã hội',
    fields: ['van-hoa-xa-hoi'],
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Bùi Văn Tài',
    position: 'Công chức Tài chính - Kế toán',
    fields: ['kinh-te'],
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Đặng Văn Nam',
    position: 'Công chức Tư pháp - Hộ tịch',
    fields: ['can-bo', 'chinh-quyen'],
  },
  {
    unit: 'sg',
    org: 'sg-ubnd',
    fullName: 'Nguyễn Hữu Thắng',
    position: 'Trưởng Công an xã',
    fields: ['an-ninh-trat-tu'],
  },
  {
    unit: 'sg',
    org: 'sg-mttq',
    fullName: 'Trần Thị Mai',
    position: 'Chủ tịch Ủy ban MTTQ xã',
    fields: ['mttq-doan-the'],
    login: { username: 'mttq', grants: [{ role: 'collector', unit: 'sg' }] },
  },
  {
    unit: 'sg',
    org: 'sg-du',
    fullName: 'Lê Thị Thu',
    position: 'Phó Bí thư Thường trực Đảng ủy',
    fields: ['xay-dung-dang'],
  },
  {
    unit: 'sg-1',
    org: null,
    fullName: 'Nguyễn Văn Bình',
    position: 'Thôn trưởng thôn Giang Hà',
    fields: [],
  },
  {
    unit: 'sg-2',
    org: null,
    fullName: 'Trần Văn Quang',
    position: 'Bí thư chi bộ thôn Thanh Tiến',
    fields: [],
  },
  {
    unit: 'ht',
    org: 'ht-bdv',
    fullName: 'Phạm Văn Sơn',
    position: 'Chuyên viên Ban Dân vận Tỉnh ủy',
    fields: [],
    login: { username: 'tinh', grants: [{ role: 'oversight', unit: 'ht' }] },
  },
  {
    unit: 'st',
    org: 'st-ubnd',
    fullName: 'Hoàng Văn Tùng',
    position: 'Công chức Văn phòng xã Sơn Tây',
    fields: [],
    login: { username: 'vanphong.sontay', grants: [{ role: 'office', unit: 'st' }] },
  },
  {
    unit: 'ht',
    org: null,
    fullName: 'Quản trị hệ thống',
    position: 'Quản trị viên',
    fields: [],
    login: { username: 'admin', grants: [{ role: 'admin', unit: 'ht' }] },
  },
];
