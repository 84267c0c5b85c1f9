// Heading labels as Vietnamese documents write them: 'I. ', '1. ', 'a) '.

import type { HeadingLevel } from '../model.js';

export function headingPrefix(level: HeadingLevel, label: string | undefined): string {
  if (!label) return '';
  return level === 3 ? `${label}) ` : `${label}. `;
}

// prettier-ignore
const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 3 → 'III', for level-1 headings. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`Không đổi được sang số La Mã: ${n}`);
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** 1 → 'a', for level-3 headings (Vietnamese uses a, b, c, d, đ, e…). */
export function toLetter(n: number): string {
  const letters = 'abcdđeghiklmnopqrstuvxy';
  const letter = letters[n - 1];
  if (!letter) throw new RangeError(`Không có chữ cái cho điểm thứ ${n}`);
  return letter;
}
