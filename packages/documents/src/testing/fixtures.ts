// Small documents for renderer tests: one of each format, with every kind of block.

import type { OfficialDocument } from '../model.js';

export function stateNotice(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    format: 'state',
    header: { issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG' },
    number: { seq: 12, kindAbbr: 'TB', bodyAbbr: 'UBND' },
    place: 'Sơn Giang',
    date: '2026-01-05',
    kind: 'THÔNG BÁO',
    title: 'Tổ chức hội nghị tiếp xúc, đối thoại trực tiếp với Nhân dân',
    blocks: [
      { type: 'heading', level: 1, label: 'I', text: 'THỜI GIAN, ĐỊA ĐIỂM' },
      { type: 'paragraph', text: 'Hội nghị tổ chức tại Hội trường UBND xã.' },
      { type: 'heading', level: 2, label: '1', text: 'Thành phần' },
      { type: 'numbered', items: ['Thường trực HĐND xã;', 'Đại diện Nhân dân.'] },
      {
        type: 'bulleted',
        items: ['Nội dung một;', [{ text: 'Nội dung ' }, { text: 'hai', bold: true }]],
      },
      {
        type: 'keep-together',
        blocks: [
          { type: 'heading', level: 3, label: 'a', text: 'Điểm a' },
          { type: 'paragraph', text: 'Đoạn đi liền với điểm a.' },
        ],
      },
      {
        type: 'table',
        columns: [
          { header: 'TT', width: 1, align: 'center' },
          { header: 'Nội dung', width: 4 },
        ],
        rows: [
          ['1', 'Đường liên thôn'],
          ['2', 'Môi trường'],
        ],
      },
    ],
    recipients: { label: 'Nơi nhận:', lines: ['Thường trực Đảng ủy (để b/c);', 'Lưu: VT, VP.'] },
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
    ...overrides,
  };
}

export function partyPlan(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    format: 'party',
    header: { parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG' },
    number: { seq: 25, kindAbbr: 'KH', bodyAbbr: 'ĐU' },
    place: 'Sơn Giang',
    date: '2026-03-18',
    kind: 'KẾ HOẠCH',
    title: 'Tổ chức hội nghị tiếp xúc, đối thoại năm 2026',
    blocks: [{ type: 'paragraph', text: 'Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:' }],
    recipients: {
      label: 'Nơi nhận:',
      lines: ['Thường trực Huyện ủy (để b/c);', 'Lưu Văn phòng Đảng ủy.'],
    },
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Hồ Đình Linh' },
    ...overrides,
  };
}

/** Every string of a value in NFD, to check that renderers compose it. */
export function toNfd<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFD') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => toNfd(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfd(v)])) as T;
  }
  return value;
}
