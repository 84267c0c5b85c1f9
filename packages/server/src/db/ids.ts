// Record ids and timestamps, generated in the app so both dialects store the same text.
import { randomBytes } from 'node:crypto';
import { systemClock } from '../shared/clock.js';

// Random bytes are drawn 4 KiB at a time (one call into the system's CSPRNG instead of one per
// id: an opinion entry makes half a dozen ids). Same randomness, 12 bytes per id.
const POOL = 4096;
let pool = randomBytes(POOL);
let offset = 0;

export const newId = (): string => {
  if (offset + 12 > POOL) {
    pool = randomBytes(POOL);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + 12);
  offset += 12;
  return id;
};
export const nowIso = (): string => systemClock().toISOString();
