// Tracking codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read aloud or
// typed on a phone keypad without doubt; 31^8 ≈ 8.5·10^11 codes, drawn from a secure random source.
import { randomInt } from 'node:crypto';

export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function newTrackingCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += codeAlphabet[randomInt(codeAlphabet.length)];
  return s;
}

/**
 * What a citizen typed, as a code: upper case, and whatever they put between the characters
 * (spaces, dashes, dots, as it was noted down) dropped; null if it cannot be one.
 */
export function normaliseCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!codeAlphabet.includes(ch)) return null;
  return s;
}
