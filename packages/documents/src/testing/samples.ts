// Sample data for tests and the visual check: a conclusion notice with N matters, a response letter,
// an announcement. Deterministic, so rendered pages can be compared with approved images.

import type { ConclusionMatter, ConclusionNoticeData } from '../kinds/thong-bao-ket-luan.js';
import type { ResponseLetterData } from '../kinds/van-ban-tra-loi.js';
import type { SessionAnnouncementData } from '../kinds/thong-bao.js';
import type { InvitationData } from '../kinds/giay-moi.js';
import type { OpinionListData } from '../kinds/danh-sach-y-kien.js';
import type { MinutesData } from '../kinds/bien-ban.js';
import type { EscalationData } from '../kinds/de-nghi-cap-tren.js';
import type { ReportData } from '../kinds/bao-cao.js';

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

const UBND = { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' };
const CHAIRMAN = {
  authority: 'TM. ỦY BAN NHÂN DÂN',
  position: 'CHỦ TỊCH',
  name: 'Nguyễn Văn Hùng',
};

export function sampleInvitation(): InvitationData {
  return {
    header: UBND,
    number: { seq: 7, kindAbbr: 'GM', bodyAbbr: 'UBND' },
    place: 'Sơn Giang',
    date: '2026-05-28',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    addressee: 'Đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng',
    basis: 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy xã',
    session: {
      round: 1,
      year: 2026,
      date: '2026-06-05',
      startTime: '07:30',
      venue: 'Hội trường UBND xã Sơn Giang',
      chairs: ['Đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã', 'Đồng chí Chủ tịch UBND xã'],
      content: [
        'Nghe Nhân dân nêu ý kiến, kiến nghị;',
        'Trả lời, giải quyết các ý kiến thuộc thẩm quyền.',
      ],
    },
    requests: ['Chuẩn bị nội dung trả lời các ý kiến thuộc lĩnh vực đất đai, xây dựng.'],
    contact: 'Văn phòng UBND xã',
    signature: CHAIRMAN,
  };
}

export function sampleOpinionList(matterCount = 6): OpinionListData {
  const fields = ['Đất đai', 'Giao thông nông thôn', 'Môi trường', 'Chính sách xã hội'];
  return {
    header: UBND,
    number: null,
    place: 'Sơn Giang',
    date: '2026-06-01',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    session: { round: 1, year: 2026, date: '2026-06-05' },
    gatheredFrom: 'Ủy ban MTTQ xã, các thôn và trang Đối Thoại',
    matters: Array.from({ length: matterCount }, (_, i) => {
      const base = MATTERS[i % MATTERS.length] as Omit<ConclusionMatter, 'dueDate'>;
      return {
        field: fields[i % fields.length] ?? 'Khác',
        content: base.content,
        petitionerCount: base.petitionerCount,
        villages: base.villages,
        responsible: base.responsible,
        preparedAnswer: i % 2 === 0 ? 'Đã kiểm tra hồ sơ; trả lời cụ thể tại hội nghị.' : '',
      };
    }),
    recipients: ['TT Đảng ủy, HĐND xã (để b/c);', 'Các công chức được giao;', 'Lưu: VT.'],
    signature: CHAIRMAN,
  };
}

export function sampleMinutes(): MinutesData {
  return {
    header: UBND,
    number: { seq: 3, kindAbbr: 'BB', bodyAbbr: 'UBND' },
    place: 'Sơn Giang',
    date: '2026-06-05',
    session: {
      round: 1,
      year: 2026,
      date: '2026-06-05',
      startTime: '07:30',
      endTime: '11:15',
      venue: 'Hội trường UBND xã Sơn Giang',
      chairs: [
        'Đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã',
        'Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã',
      ],
      secretary: 'Đồng chí Phan Thị Mai, công chức Văn phòng - Thống kê',
      attendance: [
        'Đại diện lãnh đạo Ban Dân vận, Ủy ban MTTQ cấp trên;',
        'Thường trực HĐND, UBND, Ủy ban MTTQ xã;',
        'Bí thư chi bộ, thôn trưởng và đại diện các tầng lớp Nhân dân.',
      ],
      attendeeCount: 126,
    },
    questions: [
      {
        asker: { honorific: 'Ông', name: 'Nguyễn Văn An', village: 'thôn Tân Thành' },
        question:
          'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp từ năm 2023 đến nay chưa có kết quả.',
        answer:
          'Hồ sơ đã được thẩm định, chuyển Văn phòng đăng ký đất đai; dự kiến có kết quả trong tháng 7/2026.',
        answeredBy: 'đồng chí Nguyễn Văn Bình, công chức Địa chính - Xây dựng',
        outcome: 'carried-over',
        assignedTo: 'công chức Địa chính - Xây dựng',
      },
      {
        asker: { honorific: 'Bà', name: 'Trần Thị Lý', village: 'thôn Trung Thành' },
        question: 'Rác thải ở khu chợ không được thu gom thường xuyên.',
        answer: 'Từ ngày 10/6/2026, tổ thu gom sẽ thu rác khu chợ hằng ngày; thôn giám sát.',
        answeredBy: 'đồng chí Trần Thị Hằng, công chức Nông nghiệp - Môi trường',
        outcome: 'settled',
      },
    ],
    conclusion: [
      'Hội nghị diễn ra dân chủ, thẳng thắn. Các ý kiến chưa giải quyết tại hội nghị được giao cụ thể, trả lời bằng văn bản trong thời hạn 30 ngày làm việc.',
    ],
    secretarySignature: { position: 'THƯ KÝ', name: 'Phan Thị Mai' },
    chairSignature: { position: 'CHỦ TRÌ HỘI NGHỊ', name: 'Hồ Đình Linh' },
  };
}

export function sampleEscalation(): EscalationData {
  return {
    header: UBND,
    number: { seq: 250, kindAbbr: '', bodyAbbr: 'UBND-VP' },
    place: 'Sơn Giang',
    date: '2026-06-12',
    issuerName: 'Ủy ban nhân dân xã Sơn Giang',
    addressees: ['Ủy ban nhân dân tỉnh Hà Tĩnh'],
    session: { round: 1, year: 2026, date: '2026-06-05', raisedCount: 18 },
    matters: [
      {
        content: 'Đề nghị nâng cấp tuyến Quốc lộ 8A đoạn qua thôn Kim Lũ, mặt đường hư hỏng nặng.',
        petitionerCount: 12,
        villages: ['thôn Kim Lũ'],
        competentBody: 'Sở Xây dựng',
        communeView:
          'Đoạn đường dài khoảng 1,2 km, nhiều ổ gà; đề nghị sớm sửa chữa trước mùa mưa.',
      },
      {
        content: 'Đề nghị điều chỉnh quy hoạch đất rừng sản xuất giáp khu dân cư thôn Tân Thành.',
        petitionerCount: 4,
        villages: ['thôn Tân Thành'],
        competentBody: 'Sở Nông nghiệp và Môi trường',
      },
    ],
    contact: 'Văn phòng UBND xã',
    signature: CHAIRMAN,
  };
}

export function sampleReport(round?: number): ReportData {
  return {
    header: { parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG' },
    number: { seq: 40, kindAbbr: 'BC', bodyAbbr: 'ĐU' },
    place: 'Sơn Giang',
    date: '2026-07-25',
    period: round ? { year: 2026, round } : { year: 2026 },
    basis: 'Kế hoạch số 25-KH/ĐU ngày 15/02/2026 của Ban Thường vụ Đảng ủy',
    issuerName: 'Ban Thường vụ Đảng ủy xã Sơn Giang',
    figures: {
      sessions: 1,
      attendees: 126,
      raised: 18,
      settledAtSession: 14,
      carriedOver: 4,
      answered: 3,
      answeredOnTime: 3,
      overdue: 1,
      escalated: 2,
    },
    byField: [
      { field: 'Đất đai', raised: 7, settled: 5 },
      { field: 'Giao thông nông thôn', raised: 6, settled: 6 },
    ],
    narrative: {
      organisation: [
        'Ban Thường vụ Đảng ủy ban hành kế hoạch, thông báo trước 7 ngày trên hệ thống truyền thanh.',
      ],
      assessment: ['Hội nghị được tổ chức đúng kế hoạch, dân chủ, thẳng thắn.'],
      shortcomings: ['Một số ý kiến trả lời chưa đúng hạn.'],
      nextSteps: ['Đôn đốc giải quyết dứt điểm các kiến nghị còn lại.'],
    },
    recipients: [
      'Thường trực Huyện ủy (để b/c);',
      'Ban Dân vận Huyện ủy;',
      'Lưu Văn phòng Đảng ủy.',
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Hồ Đình Linh' },
  };
}
