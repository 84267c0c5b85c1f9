// Sample data for tests and the visual check: a conclusion notice with N matters, a response letter,
// an announcement. Deterministic, so rendered pages can be compared with approved images.

import type { ConclusionMatter, ConclusionNoticeData } from '../kinds/thong-bao-ket-luan.js';
import type { ResponseLetterData } from '../kinds/van-ban-tra-loi.js';
import type { SessionAnnouncementData } from '../kinds/thong-bao.js';

const MATTERS: readonly Omit<ConclusionMatter, 'dueDate'>[] = [
  {
    content:
      'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ năm 2023 tại vùng quy hoạch dân cư Đồng Cựa.',
    petitionerCount: 3,
    villages: ['thôn Tân Thành'],
    responsible: 'Công chức Địa chính - Xây dựng (đồng chí Nguyễn Văn Bình)',
  },
  {
    content:
      'Tuyến đường liên thôn từ cầu Khe Dọc đến trường mầm non xuống cấp, mùa mưa lầy lội, đề nghị đầu tư nâng cấp.',
    petitionerCount: 12,
    villages: ['thôn Giang Hà', 'thôn Kim Lũ'],
    responsible: 'UBND xã; Ban quản lý dự án xã',
  },
  {
    content:
      'Rác thải sinh hoạt ở khu chợ không được thu gom thường xuyên, gây ô nhiễm môi trường.',
    petitionerCount: 5,
    villages: ['thôn Trung Thành'],
    responsible: 'Công chức Nông nghiệp - Môi trường (đồng chí Trần Thị Hằng)',
  },
  {
    content:
      'Đề nghị xem xét lại việc xét duyệt hộ cận nghèo năm 2025 của một số hộ chưa đúng đối tượng.',
    petitionerCount: 1,
    villages: ['thôn Sơn Thủy'],
    responsible: 'Công chức Văn hóa - Xã hội (đồng chí Lê Văn Đức)',
  },
];

export function sampleMatters(count: number): ConclusionMatter[] {
  return Array.from({ length: count }, (_, i) => {
    const base = MATTERS[i % MATTERS.length] as Omit<ConclusionMatter, 'dueDate'>;
    return { ...base, dueDate: '2026-07-20' };
  });
}

export function sampleConclusionNotice(matterCount: number): ConclusionNoticeData {
  return {
    header: { parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG' },
    number: { seq: 31, kindAbbr: 'TB', bodyAbbr: 'ĐU' },
    place: 'Sơn Giang',
    date: '2026-06-08',
    session: {
      round: 1,
      year: 2026,
      date: '2026-06-05',
      venue: 'Hội trường UBND xã',
      chairs: [
        'đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã',
        'đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã',
      ],
      attendees:
        'đại diện lãnh đạo Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện; Ban Thường vụ Đảng ủy; Thường trực HĐND, UBND, UBMTTQ xã; ' +
        'bí thư chi bộ, thôn trưởng và đại diện các tầng lớp Nhân dân',
      attendeeCount: 126,
      raisedCount: matterCount + 14,
      settledCount: 14,
    },
    summary: [
      'Hội nghị diễn ra dân chủ, thẳng thắn, đúng kế hoạch. Các ý kiến của Nhân dân tập trung vào đất đai, giao thông ' +
        'nông thôn, môi trường và chính sách xã hội; các công chức chuyên môn đã chuẩn bị, trả lời cụ thể, đúng thẩm quyền.',
    ],
    matters: sampleMatters(matterCount),
    recipients: [
      'Thường trực Huyện ủy (để b/c);',
      'Ban Dân vận Huyện ủy;',
      'TT HĐND, UBND, UBMTTQ xã;',
      'Các công chức được giao;',
      'Chi bộ, thôn trưởng các thôn;',
      'Lưu Văn phòng Đảng ủy.',
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Hồ Đình Linh' },
  };
}

export function sampleResponseLetter(): ResponseLetterData {
  return {
    header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' },
    number: { seq: 245, kindAbbr: '', bodyAbbr: 'UBND-ĐC' },
    place: 'Sơn Giang',
    date: '2026-07-02',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    petitioner: {
      honorific: 'Ông',
      name: 'Nguyễn Văn An',
      address: 'thôn Tân Thành, xã Sơn Giang',
    },
    session: { round: 1, year: 2026, date: '2026-06-05' },
    petition:
      'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi, hồ sơ đã nộp từ năm 2023.',
    conclusionNotice: {
      reference: 'Thông báo số 31-TB/ĐU',
      date: '2026-06-08',
      issuer: 'Ban Thường vụ Đảng ủy xã',
    },
    answer: [
      'Hồ sơ của gia đình Ông đã được thẩm định và chuyển Văn phòng đăng ký đất đai chi nhánh Hương Sơn ngày 20/6/2026. ' +
        'Dự kiến trong tháng 7 năm 2026 sẽ có kết quả; công chức Địa chính - Xây dựng sẽ thông báo để Ông nhận giấy chứng nhận.',
    ],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
  };
}

export function sampleAnnouncement(): SessionAnnouncementData {
  return {
    header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' },
    number: { seq: 5, kindAbbr: 'TB', bodyAbbr: 'UBND' },
    place: 'Sơn Giang',
    date: '2026-05-25',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    basis: 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy xã',
    session: {
      round: 1,
      year: 2026,
      date: '2026-06-05',
      startTime: '07:30',
      venue: 'Hội trường UBND xã Sơn Giang',
      chairs: ['Đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã', 'Đồng chí Chủ tịch UBND xã'],
      participants: [
        'Thường trực HĐND - UBND - UBMTTQ xã;',
        'Bí thư chi bộ, thôn trưởng các thôn;',
        'Đại diện các tầng lớp Nhân dân.',
      ],
      topics: [
        'Công tác lãnh đạo, quản lý, điều hành của cấp ủy, chính quyền;',
        'Đất đai, môi trường, giao thông nông thôn, chính sách xã hội.',
      ],
    },
    submissions: {
      channels: [
        'Gửi trực tiếp tại Văn phòng UBND xã hoặc qua thôn trưởng;',
        'Gửi trực tuyến trên trang Đối Thoại của xã (có mã tra cứu để theo dõi trả lời).',
      ],
      deadline: '2026-06-01',
    },
    recipients: [
      'TT Đảng ủy, HĐND xã (để b/c);',
      'UBMTTQ và các đoàn thể xã;',
      'Các thôn (để thông báo);',
      'Lưu: VT, VP.',
    ],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
  };
}
