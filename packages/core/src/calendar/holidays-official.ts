// The government's published holiday decisions for public employees, 2020–2026, as data
// (/work/shared/reference/holidays-vn.md, plus each year's other holidays). Lists hold weekdays
// off, worked Saturdays, and statutory days that fell on a weekend (they explain a nghỉ bù).
// Notice numbers are given only where they were checked (2026-12-07, against the reports that
// quote them: docs/HOLIDAYS.md lists each and where it was read); elsewhere the basis names the
// issuing ministry and subject. Entries not yet published are marked `source: 'computed'`.
import {
  type HolidayEntry,
  type HolidayKind,
  HOLIDAY_NAMES as N,
  inLieuName,
  labourCodeBasis,
  inLieuBasis,
  secondNationalDay,
} from './holidays.js';
import { formatIsoDate } from './iso-date.js';

// The ministry issuing public employees' holiday notices: Labour (LĐTBXH) until its merger into
// Home Affairs (Nội vụ) on 1 March 2025; the 2025 calendar was announced in 2024.
const ministry = (year: number): string =>
  year <= 2025 ? 'Bộ Lao động – Thương binh và Xã hội' : 'Bộ Nội vụ';
const notice = (year: number, subject: string): string =>
  `Thông báo của ${ministry(year)} về lịch nghỉ ${subject} năm ${year}`;

type Row = [date: string, kind: HolidayKind, name: string, basis?: string];

function year(y: number, rows: Row[]): HolidayEntry[] {
  return rows.map(([date, kind, name, basis]) => ({
    date: `${y}-${date}`,
    kind,
    name,
    basis: basis ?? (kind === 'in-lieu' ? inLieuBasis(y) : labourCodeBasis(y)),
    source: 'official' as const,
  }));
}

/** The second Quốc khánh day, with the notice that fixed it where it was checked. */
const secondNational = (date: string, y: number, checked?: string): Row => [
  date,
  'holiday',
  N.national,
  `BLLĐ 2019 Điều 112; ${checked ?? notice(y, 'Quốc khánh')}`,
];

/** The Prime Minister's agreement to the 2024 swap, then the ministry's notice. */
const swap2024 = `Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ; ${notice(2024, 'ngày Chiến thắng và ngày Quốc tế Lao động')}`;

const tet = (y: number, ...days: string[]): Row[] =>
  days.map((d) => [d, 'holiday', N.tet, notice(y, 'Tết Âm lịch')]);
const swapOff = (workedOn: string): string => `Nghỉ hoán đổi (làm bù thứ Bảy ${workedOn})`;
const workedFor = (offOn: string): string => `Làm bù cho ngày nghỉ ${offOn}`;

export const OFFICIAL_HOLIDAYS: ReadonlyMap<number, readonly HolidayEntry[]> = new Map([
  [
    2020,
    year(2020, [
      ['01-01', 'holiday', N.newYear],
      ...tet(2020, '01-23', '01-24', '01-27', '01-28', '01-29'),
      ['04-02', 'holiday', N.hungKings],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      ['09-02', 'holiday', N.national], // BLLĐ 2012: Quốc khánh was one day
    ]),
  ],
  [
    2021,
    year(2021, [
      ['01-01', 'holiday', N.newYear],
      ...tet(2021, '02-10', '02-11', '02-12', '02-15', '02-16'),
      ['04-21', 'holiday', N.hungKings],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      ['05-03', 'in-lieu', inLieuName(N.labour)],
      ['09-02', 'holiday', N.national],
      secondNational(
        '09-03',
        2021,
        'Thông báo 4875/TB-LĐTBXH của Bộ Lao động – Thương binh và Xã hội về nghỉ Tết Âm lịch và Quốc khánh năm 2021',
      ),
    ]),
  ],
  [
    2022,
    year(2022, [
      ['01-01', 'holiday', N.newYear],
      ['01-03', 'in-lieu', inLieuName(N.newYear)],
      ...tet(2022, '01-31', '02-01', '02-02', '02-03', '02-04'),
      ['04-10', 'holiday', N.hungKings],
      ['04-11', 'in-lieu', inLieuName(N.hungKings)],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      ['05-02', 'in-lieu', inLieuName(N.victory)],
      ['05-03', 'in-lieu', inLieuName(N.labour)],
      secondNational('09-01', 2022),
      ['09-02', 'holiday', N.national],
    ]),
  ],
  [
    2023,
    year(2023, [
      ['01-01', 'holiday', N.newYear],
      ['01-02', 'in-lieu', inLieuName(N.newYear)],
      ...tet(2023, '01-20', '01-23', '01-24', '01-25', '01-26'),
      // Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday: days in lieu Tuesday 2/5 and Wednesday 3/5,
      // five days off from 29/4 to 3/5 (BLLĐ 2019 Điều 111.3; no swap that year).
      ['04-29', 'holiday', N.hungKings],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      ['05-02', 'in-lieu', inLieuName(N.hungKings)],
      ['05-03', 'in-lieu', inLieuName(N.victory)],
      secondNational(
        '09-01',
        2023,
        'Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ; thông báo của Bộ Lao động – Thương binh và Xã hội về nghỉ lễ Quốc khánh năm 2023',
      ),
      ['09-02', 'holiday', N.national],
      ['09-04', 'in-lieu', inLieuName(N.national)],
    ]),
  ],
  [
    2024,
    year(2024, [
      ['01-01', 'holiday', N.newYear],
      ...tet(2024, '02-08', '02-09', '02-12', '02-13', '02-14'),
      ['04-18', 'holiday', N.hungKings],
      ['04-29', 'swap-off', swapOff('04/05/2024'), swap2024],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      ['05-04', 'worked-saturday', workedFor('29/04/2024'), swap2024],
      ['09-02', 'holiday', N.national],
      secondNational('09-03', 2024),
    ]),
  ],
  [
    2025,
    year(2025, [
      ['01-01', 'holiday', N.newYear],
      // 5 Tết weekdays (28 Chạp – mùng 3) and 4 weekend days: no day in lieu, no swap.
      ...tet(2025, '01-27', '01-28', '01-29', '01-30', '01-31'),
      ['04-07', 'holiday', N.hungKings],
      [
        '04-26',
        'worked-saturday',
        workedFor('02/05/2025'),
        notice(2025, 'ngày Chiến thắng và ngày Quốc tế Lao động'),
      ],
      ['04-30', 'holiday', N.victory],
      ['05-01', 'holiday', N.labour],
      [
        '05-02',
        'swap-off',
        swapOff('26/04/2025'),
        notice(2025, 'ngày Chiến thắng và ngày Quốc tế Lao động'),
      ],
      secondNational(
        '09-01',
        2025,
        'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội',
      ),
      ['09-02', 'holiday', N.national],
    ]),
  ],
  [
    2026,
    [
      ...year(2026, [
        ['01-01', 'holiday', N.newYear],
        ['01-02', 'swap-off', swapOff('10/01/2026'), notice(2026, 'Tết Dương lịch')],
        ['01-10', 'worked-saturday', workedFor('02/01/2026'), notice(2026, 'Tết Dương lịch')],
        ...tet(2026, '02-16', '02-17', '02-18', '02-19', '02-20'),
        ['04-26', 'holiday', N.hungKings],
        ['04-27', 'in-lieu', inLieuName(N.hungKings)],
        ['04-30', 'holiday', N.victory],
        ['05-01', 'holiday', N.labour],
        ['09-02', 'holiday', N.national],
      ]),
      // Bộ Nội vụ announced 2026's Tết and Quốc khánh together (17/10/2025), but the reports read
      // here quote only its Tết days: the second Quốc khánh day stays computed until checked.
      {
        date: formatIsoDate(secondNationalDay(2026)),
        kind: 'holiday',
        name: N.national,
        basis:
          'BLLĐ 2019 Điều 112 (ngày liền kề chọn theo quy tắc mặc định; chưa có thông báo chính thức)',
        source: 'computed',
      },
    ],
  ],
]);
