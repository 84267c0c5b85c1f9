// A conclusion notice with 200 matters (issue 7: DOCX ≤ 100 ms, PDF ≤ 500 ms warm), each next to a
// baseline from the same run: the DOCX against a one-page written answer, the HTML against the
// same one-page letter, the PDF against the same warm Chromium printing a trivial page.
// Run: npx tsc -b packages/documents && node bench/documents.bench.mjs (or npm run bench documents)
import {
  buildConclusionNotice,
  buildResponseLetter,
  findChromium,
  PdfRenderer,
  renderDocx,
  renderHtml,
} from '../packages/documents/dist/index.js';
import { median, report } from './lib.mjs';

const MATTERS = [
  [
    'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ năm 2023 tại vùng quy hoạch dân cư Đồng Cựa.',
    3,
    ['thôn Tân Thành'],
    'Công chức Địa chính - Xây dựng (đồng chí Nguyễn Văn Bình)',
  ],
  [
    'Tuyến đường liên thôn từ cầu Khe Dọc đến trường mầm non xuống cấp, mùa mưa lầy lội, đề nghị đầu tư nâng cấp.',
    12,
    ['thôn Giang Hà', 'thôn Kim Lũ'],
    'UBND xã; Ban quản lý dự án xã',
  ],
  [
    'Rác thải sinh hoạt ở khu chợ không được thu gom thường xuyên, gây ô nhiễm môi trường.',
    5,
    ['thôn Trung Thành'],
    'Công chức Nông nghiệp - Môi trường (đồng chí Trần Thị Hằng)',
  ],
  [
    'Đề nghị xem xét lại việc xét duyệt hộ cận nghèo năm 2025 của một số hộ chưa đúng đối tượng.',
    1,
    ['thôn Sơn Thủy'],
    'Công chức Văn hóa - Xã hội (đồng chí Lê Văn Đức)',
  ],
];

const notice = buildConclusionNotice({
  header: { parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG' },
  number: { seq: 31, kindAbbr: 'TB', bodyAbbr: 'ĐU' },
  place: 'Sơn Giang',
  date: '2026-06-08',
  session: {
    round: 1,
    year: 2026,
    date: '2026-06-05',
    venue: 'Hội trường UBND xã',
    chairs: ['đồng chí Hồ Đình Linh, Bí thư Đảng ủy, Chủ tịch HĐND xã'],
    attendees: 'đại diện các tầng lớp Nhân dân',
    attendeeCount: 126,
    raisedCount: 214,
    settledCount: 14,
  },
  summary: ['Hội nghị diễn ra dân chủ, thẳng thắn, đúng kế hoạch.'],
  matters: Array.from({ length: 200 }, (_, i) => {
    const [content, petitionerCount, villages, responsible] = MATTERS[i % MATTERS.length];
    return { content, petitionerCount, villages, responsible, dueDate: '2026-07-20' };
  }),
  recipients: ['Thường trực Huyện ủy (để b/c);', 'Lưu Văn phòng Đảng ủy.'],
  signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Hồ Đình Linh' },
});

const letter = buildResponseLetter({
  header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' },
  number: { seq: 245, kindAbbr: '', bodyAbbr: 'UBND-ĐC' },
  place: 'Sơn Giang',
  date: '2026-07-02',
  issuerName: 'Ủy ban nhân dân xã Sơn Giang',
  petitioner: { honorific: 'Ông', name: 'Nguyễn Văn An', address: 'thôn Tân Thành, xã Sơn Giang' },
  petition: 'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi.',
  answer: [
    'Hồ sơ của gia đình Ông đã được thẩm định; dự kiến trong tháng 7 năm 2026 sẽ có kết quả.',
  ],
  signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
});

/** Median of `runs` timed calls after `warmup` untimed ones. */
async function time(fn, { warmup = 3, runs = 15 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const docx = await time(() => renderDocx(notice));
const docxLetter = await time(() => renderDocx(letter));
report({
  name: 'documents: conclusion notice, 200 matters, DOCX (goal ≤ 100 ms)',
  figure: docx,
  unit: 'ms',
  baseline: docxLetter,
  baselineName: 'one-page letter DOCX',
});

const html = await time(() => renderHtml(notice), { warmup: 5, runs: 31 });
const htmlLetter = await time(() => renderHtml(letter), { warmup: 5, runs: 31 });
report({
  name: 'documents: conclusion notice, 200 matters, HTML',
  figure: html,
  unit: 'ms',
  baseline: htmlLetter,
  baselineName: 'one-page letter HTML',
});

if (!findChromium()) {
  console.error(
    'documents bench: PDF skipped — no Chromium-family browser (apt-get install chromium, or set CHROMIUM_PATH)',
  );
} else {
  const renderer = new PdfRenderer();
  try {
    const trivial =
      '<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><style>@page { size: A4 }</style><p>Trang trống.</p></html>';
    const pdf = await time(() => renderer.render(notice), { warmup: 2, runs: 7 });
    const pdfTrivial = await time(() => renderer.printHtml(trivial), { warmup: 2, runs: 7 });
    const pages =
      (await renderer.render(notice)).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    report({
      name: `documents: conclusion notice, 200 matters, PDF warm (${pages} pages; goal ≤ 500 ms)`,
      figure: pdf,
      unit: 'ms',
      baseline: pdfTrivial,
      baselineName: 'same browser, trivial page',
    });
  } finally {
    await renderer.close();
  }
}
