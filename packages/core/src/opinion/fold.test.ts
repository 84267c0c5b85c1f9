import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTerms, textFeatures } from './fold.js';

describe('foldVietnamese', () => {
  it('strips accents, lowers case and folds đ/Đ', () => {
    expect(foldVietnamese('Đường liên thôn ĐỒNG LẠC')).toBe('duong lien thon dong lac');
    expect(foldVietnamese('Nguyễn Thị Hương, thôn Trung Thủy!')).toBe(
      'nguyen thi huong thon trung thuy',
    );
  });
  it('gives the same result for NFD input (Word, some keyboards)', () => {
    const s = 'Ủy ban nhân dân xã Sơn Giang';
    expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s));
  });
  it('collapses spaces and punctuation', () => {
    expect(foldVietnamese('  a\t\n b -- c  ')).toBe('a b c');
    expect(foldVietnamese('')).toBe('');
  });
  it('makes syllables and bigrams', () => {
    expect(textFeatures('Đường xấu')).toEqual(['duong', 'xau', 'duong_xau']);
    expect(searchTerms('  ĐƯỜNG  ')).toEqual(['duong']);
  });
});
