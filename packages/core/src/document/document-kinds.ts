// The documents of the cycle (DOMAIN.md, "Documents it produces") with the abbreviation each
// takes in its number (Nghị định 30/2020/NĐ-CP, Phụ lục III; the Party uses the same ones).
// A letter (công văn) has no kind abbreviation: its number is "245/UBND-VP".
import type { DocumentKind } from '../profile/regulation-profile.js';

export const documentKindInfo: Record<DocumentKind, { abbr: string; vi: string; en: string }> = {
  'ke-hoach': { abbr: 'KH', vi: 'Kế hoạch', en: 'Plan' },
  'thong-bao': { abbr: 'TB', vi: 'Thông báo', en: 'Announcement' },
  'giay-moi': { abbr: 'GM', vi: 'Giấy mời', en: 'Invitation' },
  'danh-sach-y-kien': { abbr: 'DS', vi: 'Danh sách tổng hợp ý kiến', en: 'List of opinions' },
  'bien-ban': { abbr: 'BB', vi: 'Biên bản hội nghị', en: 'Minutes' },
  'thong-bao-ket-luan': { abbr: 'TB', vi: 'Thông báo kết luận', en: 'Conclusion notice' },
  'van-ban-tra-loi': { abbr: '', vi: 'Văn bản trả lời', en: 'Written answer' },
  'de-nghi-cap-tren': {
    abbr: '',
    vi: 'Văn bản đề nghị cấp trên',
    en: 'Proposal to the higher level',
  },
  'bao-cao': { abbr: 'BC', vi: 'Báo cáo kết quả', en: 'Report' },
};

/** The register restarts at 1 on 1 January: the year a document is numbered in is its issue date's. */
export const registerYear = (issuedOn: string): number => Number(issuedOn.slice(0, 4));
