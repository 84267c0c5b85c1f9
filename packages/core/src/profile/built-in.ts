// The built-in profiles: Hà Tĩnh's Quyết định 657-QĐ/TU (the default, numbers from the reference
// plan) for the three-tier years it governed, the two-tier rules that replace it from 1/7/2025
// (issue 20), and the commune chairman's dialogue under the 2022 Law on grassroots democracy.
import { RegulationProfile, type Signer } from './regulation-profile.js';
import { DEFAULT_FIELDS } from './fields.js';

const PARTY: Signer = { authority: 'party', signingFor: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' };
const STATE: Signer = { authority: 'state', signingFor: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
const ACKNOWLEDGEMENT_BASIS =
  'Luật Tiếp công dân 2013, Điều 28 (thông báo việc thụ lý trong 10 ngày làm việc)';
const COUNTING_BASIS = 'Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn)';

export const DEFAULT_PROFILE_CODE = 'ha-tinh-657';

export const HA_TINH_657: RegulationProfile = RegulationProfile.parse({
  code: 'ha-tinh-657',
  name: {
    vi: 'Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân (Hà Tĩnh, QĐ 657-QĐ/TU)',
    en: 'Hà Tĩnh rules on direct contact and dialogue between Party and government heads and the People (657-QĐ/TU)',
  },
  legalBasis: [
    'Quyết định 657-QĐ/TU ngày 04/4/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh',
    ACKNOWLEDGEMENT_BASIS,
    COUNTING_BASIS,
  ],
  // Issued 04/4/2018; its wording (the district's Ban Dân vận, BTV Huyện ủy) holds while there was a
  // district: the last day before the two-tier local government (1/7/2025).
  validFrom: '2018-04-04',
  validTo: '2025-06-30',
  // The reference plan's own words (2022).
  planWording: {
    basis:
      'Quyết định 657-QĐ/TU ngày 04/4/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh về ban hành Quy chế tiếp xúc, đối thoại trực ' +
      'tiếp của người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân',
    legalBases: ['Quyết định 657-QĐ/TU ngày 04/4/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
    participantsAbove: 'Đại diện lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện;',
    rulesAbove: 'BTV Tỉnh ủy, BTV Huyện ủy',
    recipientsAbove: ['Thường trực Huyện ủy (để b/c);', 'Ban Dân vận Huyện ủy;'],
  },
  // The plan: "Hoàn thành trước ngày 15 tháng 6 / 15 tháng 11", read as "by" that day.
  rounds: [
    { round: 1, heldBy: { month: 6, day: 15 } },
    { round: 2, heldBy: { month: 11, day: 15 } },
  ],
  noticeLeadDays: 7,
  conclusionNoticeDays: 7,
  writtenAnswerWorkingDays: 30,
  acknowledgementWorkingDays: 10,
  reminders: { dueSoonWorkingDays: 3, veryOverdueWorkingDays: 10 },
  fields: DEFAULT_FIELDS,
  signers: {
    'ke-hoach': PARTY,
    'thong-bao-ket-luan': PARTY,
    'bao-cao': PARTY,
    'thong-bao': STATE,
    'giay-moi': STATE,
    'van-ban-tra-loi': STATE,
    'de-nghi-cap-tren': STATE,
  },
  answerApprover: { role: 'chu-tich-ubnd', title: 'Chủ tịch UBND xã' },
});

/**
 * Hà Tĩnh from 1/7/2025: two tiers (tỉnh → xã), so the level above a commune is the province.
 * Bases: Kết luận 215-KL/TW (11/2025: no district level in the Party's rule on receiving citizens
 * and dialogue) and the Luật Tổ chức chính quyền địa phương 2025. The numbers (rounds, lead and
 * answer times) are 657's, carried over: no later provincial rule is cited here; a province whose
 * rule differs sets them. The participant, recipient and "rules above" wording is ours, written
 * plainly after the reference plan with the province in place of the district (not an official text).
 */
export const HA_TINH_HAI_CAP: RegulationProfile = RegulationProfile.parse({
  ...HA_TINH_657,
  code: 'ha-tinh-hai-cap',
  name: {
    vi: 'Tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân (Hà Tĩnh, chính quyền địa phương hai cấp, từ 01/7/2025)',
    en: 'Direct contact and dialogue between commune Party and government heads and the People (Hà Tĩnh, two-tier local government, from 1 July 2025)',
  },
  legalBasis: [
    'Kết luận 215-KL/TW (tháng 11/2025)',
    'Luật Tổ chức chính quyền địa phương năm 2025',
    ACKNOWLEDGEMENT_BASIS,
    COUNTING_BASIS,
  ],
  validFrom: '2025-07-01',
  validTo: undefined,
  replaces: 'ha-tinh-657',
  planWording: {
    basis: 'Kết luận 215-KL/TW (tháng 11/2025); Luật Tổ chức chính quyền địa phương năm 2025',
    legalBases: [
      'Kết luận 215-KL/TW (tháng 11/2025)',
      'Luật Tổ chức chính quyền địa phương năm 2025',
    ],
    participantsAbove: 'Đại diện lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh;',
    rulesAbove: 'BTV Tỉnh ủy',
    recipientsAbove: ['Thường trực Tỉnh ủy (để b/c);', 'Ban Dân vận Tỉnh ủy;', 'Ủy ban MTTQ tỉnh;'],
  },
});

export const DAN_CHU_CO_SO_2022: RegulationProfile = RegulationProfile.parse({
  code: 'dan-chu-co-so-2022',
  name: {
    vi: 'Hội nghị đối thoại của Chủ tịch UBND cấp xã với Nhân dân (Luật Thực hiện dân chủ ở cơ sở 2022)',
    en: "The commune People's Committee chairman's dialogue with the People (Law on grassroots democracy 2022)",
  },
  legalBasis: [
    'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 32 (Chủ tịch UBND cấp xã phối hợp với Ủy ban MTTQ cấp xã tổ chức đối thoại ít nhất mỗi năm một lần)',
    ACKNOWLEDGEMENT_BASIS,
    COUNTING_BASIS,
  ],
  // At least one conference a year; the law fixes no date, so the year's end.
  rounds: [{ round: 1, heldBy: { month: 12, day: 31 } }],
  // Not fixed by Luật 10/2022: the default profile's numbers, to be set by the unit.
  noticeLeadDays: 7,
  conclusionNoticeDays: 7,
  writtenAnswerWorkingDays: 30,
  acknowledgementWorkingDays: 10,
  reminders: { dueSoonWorkingDays: 3, veryOverdueWorkingDays: 10 },
  fields: DEFAULT_FIELDS,
  signers: {
    'ke-hoach': STATE,
    'thong-bao': STATE,
    'giay-moi': STATE,
    'thong-bao-ket-luan': STATE,
    'van-ban-tra-loi': STATE,
    'de-nghi-cap-tren': STATE,
    'bao-cao': STATE,
  },
  answerApprover: { role: 'chu-tich-ubnd', title: 'Chủ tịch UBND xã' },
});

export const BUILT_IN_PROFILES: readonly RegulationProfile[] = [
  HA_TINH_657,
  HA_TINH_HAI_CAP,
  DAN_CHU_CO_SO_2022,
];
