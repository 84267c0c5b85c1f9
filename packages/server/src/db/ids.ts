// Record ids and timestamps, generated in the app so both dialects store the same text.
import { randomBytes } from 'node:crypto';

export const newId = (): string => randomBytes(12).toString('base64url');
export const nowIso = (): string => new Date().toISOString();
