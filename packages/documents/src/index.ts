// @doithoai/documents — official documents (Kế hoạch, Thông báo, Thông báo kết luận, Văn bản trả lời…)
// from plain data: one content model, a DOCX and an HTML renderer, PDF printed from the HTML.
// Everything here is pure except pdf.ts, which drives a browser.

export type * from './model.js';
export { normalizeText } from './normalize.js';

export { formatDocumentNumber } from './format/document-number.js';
export {
  formatPlaceDate,
  formatLongDate,
  formatShortDate,
  parseIsoDate,
} from './format/place-date.js';
export type { CalendarDate } from './format/place-date.js';
export { signatureTitleLines } from './format/signature.js';
export { toRoman, toLetter } from './format/headings.js';
export { STATE_RULES, PARTY_RULES, LETTER_KIND, rulesFor } from './format/rules.js';
export type { FormatRules, TextStyle } from './format/rules.js';
export { A4, MARGINS_MM } from './format/page.js';

export { renderDocx } from './render/docx/on-demand.js';
export { renderHtml } from './render/html/render-html.js';
export { renderPdf, PdfRenderer, PdfError, findChromium, BROWSER_CANDIDATES } from './pdf.js';
export type { PdfErrorCode, PdfRendererOptions } from './pdf.js';

export { buildPlanDocument, ordinalVi, roundLine } from './kinds/ke-hoach.js';
export type { PlanDocumentData, PlanRound } from './kinds/ke-hoach.js';
export { referencePlanData } from './kinds/ke-hoach.reference.js';
export { buildConclusionNotice } from './kinds/thong-bao-ket-luan.js';
export type {
  ConclusionNoticeData,
  ConclusionMatter,
  ConclusionSession,
} from './kinds/thong-bao-ket-luan.js';
export { buildResponseLetter } from './kinds/van-ban-tra-loi.js';
export type { ResponseLetterData } from './kinds/van-ban-tra-loi.js';
export { buildSessionAnnouncement, weekdayVi, timeVi } from './kinds/thong-bao.js';
export type { SessionAnnouncementData } from './kinds/thong-bao.js';
export { buildInvitation } from './kinds/giay-moi.js';
export type { InvitationData } from './kinds/giay-moi.js';
export { buildOpinionList, groupByField, petitionersCell } from './kinds/danh-sach-y-kien.js';
export type { OpinionListData, OpinionListMatter, FieldGroup } from './kinds/danh-sach-y-kien.js';
export { buildMinutes, maskName, askerLine } from './kinds/bien-ban.js';
export type { MinutesData, MinutesQuestion } from './kinds/bien-ban.js';
export { buildEscalation } from './kinds/de-nghi-cap-tren.js';
export type { EscalationData, EscalatedMatter } from './kinds/de-nghi-cap-tren.js';
export { buildReport, percentVi } from './kinds/bao-cao.js';
export type { ReportData, ReportFigures } from './kinds/bao-cao.js';
