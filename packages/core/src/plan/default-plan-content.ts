// A complete draft plan in one click: the reference plan's wording (Đảng ủy xã Sơn Giang, 2022,
// corrected from the scan — the same text as the documents package's referencePlanData(), copied
// here because core depends on nothing of ours; packages/server/test/plan-wording.test.ts holds the
// two to the same words), with the unit's name, the year, the profile's
// rounds, clocks and signer put in. The words that name the levels above the commune (bases,
// participants from above, whose rules, recipients above) come from the profile's planWording,
// so a plan of a two-tier year names the province (issue 20). Every sentence stays editable.
import { roundDeadlines } from '../profile/profile-deadlines.js';
import type { RegulationProfile } from '../profile/regulation-profile.js';
import { recipientsAbove } from '../profile/recipients-above.js';
import type { PlanContent } from './plan-content.js';

export interface PlanUnit {
  /** 'Xã Sơn Giang'. */
  name: string;
}

/** 'Xã Sơn Giang' → 'Sơn Giang': the name without its kind, as the plan writes "xã Sơn Giang". */
export function placeName(unitName: string): string {
  return unitName.replace(/^(xã|phường|thị trấn|huyện|tỉnh)\s+/i, '').trim();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const GROUP_1 = ['lanh-dao', 'can-bo'];

export function defaultPlanContent(
  profile: RegulationProfile,
  unit: PlanUnit,
  year: number,
): PlanContent {
  const place = placeName(unit.name);
  const signer = profile.signers['ke-hoach'] ?? {
    authority: 'party' as const,
    signingFor: 'T/M BAN THƯỜNG VỤ',
    title: 'BÍ THƯ',
  };
  const party = signer.authority === 'party';
  const issuer = party ? `Ban Thường vụ Đảng ủy xã ${place}` : `Ủy ban nhân dân xã ${place}`;
  const w = profile.planWording;
  const legalBases = w ? [...w.legalBases] : [profile.legalBasis[0] as string];
  const basis = w
    ? w.basis
    : `${legalBases.join('; ')} về ban hành Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân`;
  const fieldCodes = profile.fields.map((f) => f.code);
  return {
    title: `Tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy,\nchính quyền với Nhân dân trên địa bàn năm ${year}`,
    legalBases,
    opening:
      `Thực hiện ${basis}, ${issuer} xây dựng Kế hoạch tổ chức hội nghị tiếp xúc, đối thoại trực tiếp giữa ` +
      `Bí thư Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND xã với Nhân dân trên địa bàn năm ${year} như sau:`,
    purposes: [
      'Thông qua hội nghị tiếp xúc, đối thoại nhằm tăng cường củng cố mối quan hệ mật thiết giữa Đảng, chính quyền với ' +
        'Nhân dân; tuyên truyền, phổ biến chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và của ' +
        'địa phương. Thực hiện tốt việc nắm bắt thông tin từ thôn, đặc biệt là tâm tư, nguyện vọng, ý kiến phản ánh, ' +
        'kiến nghị của Nhân dân, kịp thời phát hiện những vấn đề vướng mắc, phát sinh để giải quyết và nghiên cứu, đề xuất ' +
        'bổ sung, điều chỉnh các chủ trương, chính sách, quy định cho phù hợp với tình hình thực tiễn.',
      'Nâng cao vai trò, trách nhiệm, hiệu quả phục vụ Nhân dân của cấp ủy Đảng, chính quyền, của đội ngũ cán bộ, công ' +
        'chức, viên chức trong quá trình thực thi công vụ và tăng cường phát huy quyền làm chủ của Nhân dân. Kịp thời giải ' +
        'quyết những vấn đề vướng mắc, bức xúc và những vấn đề mới phát sinh chưa được sự đồng thuận của Nhân dân trong ' +
        'quá trình thực hiện các nhiệm vụ, những nội dung liên quan trực tiếp đến quyền lợi chính đáng của người dân.',
      'Việc tiếp xúc, đối thoại trực tiếp với Nhân dân đảm bảo sự lãnh đạo của cấp ủy Đảng, gắn với việc thực hiện Nghị ' +
        'quyết Trung ương 4 (khóa XII, khóa XIII) về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái ' +
        'về tư tưởng, chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ; Kết luận ' +
        `01-KL/TW ngày 18/5/2021 của Bộ Chính trị và các quy định của ${w?.rulesAbove ?? 'cấp ủy cấp trên'} về tiếp tục thực hiện ` +
        'Chỉ thị 05-CT/TW “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; Quy định 08-QĐ/TW, ' +
        'ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người ' +
        'đứng đầu cấp ủy, chính quyền các cấp.',
    ],
    contentGroups: [
      {
        text:
          'Về công tác lãnh đạo, chỉ đạo của cấp ủy, quản lý, điều hành của chính quyền các cấp; thái độ, trách nhiệm của ' +
          'đội ngũ cán bộ, đảng viên, công chức, viên chức trong thực thi công vụ.',
        fields: fieldCodes.filter((c) => GROUP_1.includes(c)),
      },
      {
        text:
          'Về các vấn đề bất cập, nổi lên trên các lĩnh vực kinh tế, nông nghiệp, nông thôn, xây dựng nông thôn mới, tài ' +
          'nguyên, môi trường, văn hóa - xã hội, an ninh trật tự; công tác xây dựng Đảng, chính quyền, MTTQ và các đoàn ' +
          'thể chính trị - xã hội.',
        fields: fieldCodes.filter((c) => !GROUP_1.includes(c) && c !== 'khac'),
      },
    ],
    participants: [
      w?.participantsAbove ??
        'Đại diện lãnh đạo Ban Dân vận cấp ủy cấp trên, Ủy ban MTTQ cấp trên;',
      'Ban Thường vụ Đảng ủy;',
      'Thường trực HĐND - UBND - UBMTTQ và trưởng các đoàn thể cấp xã; các công chức phụ trách các lĩnh vực của UBND xã;',
      'Bí thư chi bộ, thôn trưởng, những người thực hiện các nhóm nhiệm vụ ở thôn; đại diện các tầng lớp Nhân dân và ' +
        'công dân có nhu cầu đối thoại.',
    ],
    attendanceCap: null,
    preparation: [
      'Cán bộ tổng hợp ý kiến của MTTQ, các đoàn thể và báo cáo của cán bộ chuyên môn; Văn phòng xã phối hợp nghiên ' +
        'cứu, phân loại nội dung vấn đề để tham mưu giao cho công chức chuẩn bị nội dung tiếp xúc, đối thoại; thông báo ' +
        `rộng rãi cho Nhân dân biết chậm nhất ${profile.noticeLeadDays} ngày trước ngày tiếp xúc, đối thoại. Mời đại diện ` +
        'các tổ chức liên quan, cán bộ chuyên môn xã liên quan trực tiếp đến nội dung đối thoại dự, tiếp thu, trả lời, ' +
        'tham mưu giải quyết các đề xuất, kiến nghị chính đáng của Nhân dân.',
    ],
    rounds: roundDeadlines(profile, year),
    chairs: ['Đồng chí Bí thư Đảng ủy, Chủ tịch HĐND xã;', 'Đồng chí Chủ tịch UBND xã.'],
    followUp: [
      `Trong thời gian ${pad2(profile.conclusionNoticeDays)} ngày sau khi kết thúc cuộc đối thoại, Văn phòng xã thông báo ` +
        'kết luận của Bí thư Đảng ủy đến các cơ quan có liên quan xem xét, giải quyết các ý kiến, kiến nghị của Nhân dân ' +
        'tại hội nghị đối thoại (trừ những nội dung đã được giải quyết).',
      `Chậm nhất ${profile.writtenAnswerWorkingDays} ngày làm việc sau khi có thông báo kết luận của người đứng đầu cấp ` +
        'ủy, cán bộ, công chức chuyên môn có liên quan thông báo bằng văn bản về kết quả xem xét, giải quyết các vấn đề, ' +
        'nội dung chưa được giải quyết tại hội nghị đối thoại đến người có ý kiến và cơ quan, đơn vị có liên quan (nếu ' +
        'có); đồng thời báo cáo đồng chí Bí thư Đảng ủy - Chủ tịch HĐND xã, đồng chí Chủ tịch UBND xã để theo dõi, chỉ đạo.',
      'Những vấn đề vượt thẩm quyền, tổng hợp báo cáo đề nghị cấp có thẩm quyền xem xét, giải quyết; những vấn đề, nội ' +
        'dung phức tạp liên quan đến nhiều người thì thông báo cho người có ý kiến, kiến nghị biết về thời gian và trách ' +
        'nhiệm của cán bộ chuyên môn giải quyết.',
    ],
    tasks: [
      {
        body: 'Thường trực UBMTTQ và các tổ chức đoàn thể',
        text:
          'Thường trực UBMTTQ và các tổ chức đoàn thể căn cứ Quy chế tiếp xúc, đối thoại với Nhân dân và kế hoạch này để ' +
          'tiến hành tham mưu, chuẩn bị các nội dung đối thoại phù hợp.',
      },
      {
        body: 'UBND xã, Văn phòng xã',
        text:
          'UBND xã xây dựng kế hoạch tiếp xúc, đối thoại trực tiếp với Nhân dân. Văn phòng xã chủ trì, phối hợp với các ' +
          'công chức chuyên môn, MTTQ, các đoàn thể chuẩn bị các điều kiện cần thiết để phục vụ buổi tiếp xúc, đối thoại; ' +
          'tổ chức tiếp xúc, đối thoại; xây dựng thông báo kết luận sau khi kết thúc buổi tiếp xúc, đối thoại của Bí thư ' +
          'Đảng ủy, Chủ tịch HĐND xã, Chủ tịch UBND xã.',
      },
      {
        body: 'Ban Văn hóa xã',
        text:
          'Ban Văn hóa xã thông báo Kế hoạch tiếp xúc, đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân trên ' +
          'các phương tiện thông tin đại chúng.',
      },
    ],
    closing:
      `Trên đây là Kế hoạch tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền xã với Nhân dân năm ${year}. ` +
      'Yêu cầu UBND, MTTQ, các đoàn thể, công chức chuyên môn căn cứ nhiệm vụ tổ chức triển khai thực hiện. Quá trình ' +
      'thực hiện nếu có phát sinh sẽ có bổ sung, điều chỉnh cho phù hợp với tình hình thực tiễn./.',
    recipients: [
      ...recipientsAbove(profile),
      'TT HĐND, UBND xã;',
      'UBMTTQ và các đoàn thể xã;',
      'Cấp ủy chi bộ, ban cán sự thôn;',
      'Lưu.',
    ],
    signer: { ...signer, name: '' },
  };
}
