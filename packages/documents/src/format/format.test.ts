import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './document-number.js';
import { formatLongDate, formatPlaceDate, formatShortDate, parseIsoDate } from './place-date.js';
import { signatureTitleLines } from './signature.js';
import { headingPrefix, toLetter, toRoman } from './headings.js';
import { A4, mmToTwips, MARGINS_MM, TEXT_WIDTH_TWIPS } from './page.js';
import { textWidthPt } from './text-width.js';
import { PARTY_RULES, STATE_RULES, isLetter } from './rules.js';

describe('formatDocumentNumber', () => {
  it('writes Party numbers without a colon, kind before the body (HD 36)', () => {
    expect(formatDocumentNumber({ seq: 25, kindAbbr: 'KH', bodyAbbr: 'ĐU' }, 'party')).toBe(
      'Số 25-KH/ĐU',
    );
  });

  it('writes state numbers with a colon, kind-body after a slash (NĐ 30)', () => {
    expect(formatDocumentNumber({ seq: 12, kindAbbr: 'TB', bodyAbbr: 'UBND' }, 'state')).toBe(
      'Số: 12/TB-UBND',
    );
  });

  it('pads numbers under 10 with a zero', () => {
    expect(formatDocumentNumber({ seq: 5, kindAbbr: 'TB', bodyAbbr: 'UBND' }, 'state')).toBe(
      'Số: 05/TB-UBND',
    );
    expect(formatDocumentNumber({ seq: 1, kindAbbr: 'KH', bodyAbbr: 'ĐU' }, 'party')).toBe(
      'Số 01-KH/ĐU',
    );
    expect(formatDocumentNumber({ seq: 100, kindAbbr: 'KH', bodyAbbr: 'ĐU' }, 'party')).toBe(
      'Số 100-KH/ĐU',
    );
  });

  it('writes a state công văn (no kind) as body and drafting unit', () => {
    expect(formatDocumentNumber({ seq: 245, kindAbbr: '', bodyAbbr: 'UBND-ĐC' }, 'state')).toBe(
      'Số: 245/UBND-ĐC',
    );
  });

  it('leaves room for the number of a draft', () => {
    expect(formatDocumentNumber(null, 'state')).toMatch(/^Số:\s+\/$/);
    expect(formatDocumentNumber(undefined, 'party')).toMatch(/^Số\s+-$/);
  });

  it('composes NFD abbreviations and rejects a sequence that is not a positive integer', () => {
    const out = formatDocumentNumber(
      { seq: 3, kindAbbr: 'KH', bodyAbbr: 'ĐU'.normalize('NFD') },
      'party',
    );
    expect(out).toBe('Số 03-KH/ĐU');
    expect(out.normalize('NFC')).toBe(out);
    expect(() => formatDocumentNumber({ seq: 0, kindAbbr: 'KH', bodyAbbr: 'ĐU' }, 'party')).toThrow(
      RangeError,
    );
    expect(() =>
      formatDocumentNumber({ seq: 1.5, kindAbbr: 'KH', bodyAbbr: 'ĐU' }, 'party'),
    ).toThrow(RangeError);
  });
});

describe('formatPlaceDate', () => {
  it('pads days under 10 and the months January and February only', () => {
    expect(formatPlaceDate('Sơn Giang', '2026-01-05')).toBe('Sơn Giang, ngày 05 tháng 01 năm 2026');
    expect(formatPlaceDate('Sơn Giang', '2026-02-28')).toBe('Sơn Giang, ngày 28 tháng 02 năm 2026');
    expect(formatPlaceDate('Sơn Giang', '2026-03-18')).toBe('Sơn Giang, ngày 18 tháng 3 năm 2026');
    expect(formatPlaceDate('Sơn Giang', '2026-10-10')).toBe('Sơn Giang, ngày 10 tháng 10 năm 2026');
    expect(formatPlaceDate('Hà Tĩnh', '2026-12-01')).toBe('Hà Tĩnh, ngày 01 tháng 12 năm 2026');
  });

  it('composes an NFD place name', () => {
    const out = formatPlaceDate('Sơn Giang'.normalize('NFD'), '2026-06-15');
    expect(out).toBe('Sơn Giang, ngày 15 tháng 6 năm 2026');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => formatPlaceDate('Sơn Giang', '2026-2-5')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2025-13-01')).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('has a long form for running text and a short one for tables', () => {
    expect(formatLongDate('2022-06-15')).toBe('ngày 15 tháng 6 năm 2022');
    expect(formatShortDate('2026-07-02')).toBe('02/07/2026');
  });
});

describe('signatureTitleLines', () => {
  it('signs for a collective and as its head', () => {
    expect(
      signatureTitleLines(
        { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Hồ Đình Linh' },
        'party',
      ),
    ).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
  });

  it('adds KT. for a state deputy, not for a Party deputy', () => {
    const state = {
      authority: 'TM. Ủy ban nhân dân',
      position: 'Chủ tịch',
      deputyPosition: 'Phó Chủ tịch',
      name: 'A',
    };
    expect(signatureTitleLines(state, 'state')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    const party = {
      authority: 'T/M BAN THƯỜNG VỤ',
      position: 'BÍ THƯ',
      deputyPosition: 'PHÓ BÍ THƯ',
      name: 'B',
    };
    expect(signatureTitleLines(party, 'party')).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']);
  });
});

describe('headings', () => {
  it('labels levels as I. / 1. / a)', () => {
    expect(headingPrefix(1, 'III')).toBe('III. ');
    expect(headingPrefix(2, '4')).toBe('4. ');
    expect(headingPrefix(3, 'đ')).toBe('đ) ');
    expect(headingPrefix(1, undefined)).toBe('');
  });

  it('counts in Roman numerals and Vietnamese letters', () => {
    expect([1, 2, 3, 4, 9, 14].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV']);
    expect([1, 4, 5, 6, 7].map(toLetter)).toEqual(['a', 'd', 'đ', 'e', 'g']);
  });
});

describe('page geometry', () => {
  it('is A4 with margins 20/20/30/15 mm', () => {
    expect(A4.widthTwips).toBe(11906);
    expect(A4.heightTwips).toBe(16838);
    expect(MARGINS_MM).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect([20, 30, 15].map(mmToTwips)).toEqual([1134, 1701, 850]);
    expect(TEXT_WIDTH_TWIPS).toBe(11906 - 1701 - 850);
  });

  it('chooses sizes inside the ranges of NĐ 30 and HD 36', () => {
    expect(STATE_RULES.body.sizePt).toBe(14);
    expect(STATE_RULES.topRight.style).toEqual({ sizePt: 12, bold: true });
    expect(STATE_RULES.slogan?.style.sizePt).toBeGreaterThanOrEqual(13);
    expect(STATE_RULES.recipientsLabel).toEqual({ sizePt: 12, bold: true, italic: true });
    expect(STATE_RULES.recipientsList.sizePt).toBe(11);
    expect(PARTY_RULES.topRight).toEqual({
      text: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      style: { sizePt: 15, bold: true, underline: true },
    });
    expect(STATE_RULES.paragraph.firstLineIndentCm).toBeGreaterThanOrEqual(1);
    expect(STATE_RULES.paragraph.firstLineIndentCm).toBeLessThanOrEqual(1.27);
    expect(isLetter('Công văn')).toBe(true);
    expect(isLetter('KẾ HOẠCH')).toBe(false);
  });
});

describe('textWidthPt', () => {
  it('measures Vietnamese letters by their base letter, the horned ones wider', () => {
    expect(textWidthPt('ế', 14)).toBe(textWidthPt('e', 14));
    expect(textWidthPt('Ư', 14, true)).toBeGreaterThan(textWidthPt('U', 14, true));
    expect(textWidthPt('Đ', 14)).toBe(textWidthPt('D', 14));
    expect(textWidthPt('Độc lập - Tự do - Hạnh phúc'.normalize('NFD'), 13, true)).toBe(
      textWidthPt('Độc lập - Tự do - Hạnh phúc', 13, true),
    );
  });

  it('fits the national motto at 12 pt in the right header column', () => {
    const motto = textWidthPt(STATE_RULES.topRight.text, 12, true) * 20;
    expect(motto).toBeLessThan(TEXT_WIDTH_TWIPS * (1 - STATE_RULES.headerLeftShare));
  });
});
