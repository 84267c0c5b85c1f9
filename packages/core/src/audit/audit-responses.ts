// What the audit log's routes answer (server: audit/list-audit.ts, audit/verify-chain.ts), as zod
// contracts shared by the server's response schemas and the web app's types. The serializer
// drops a key a contract does not name: a field added to a use case's answer is added here too.
import { z } from 'zod';

/** One entry of the log; `detail` is the JSON text as written, `hash` null until sealed. */
export const AuditEntry = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  unitId: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.string(),
  hash: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** GET /api/audit: newest first; the next page asks for entries before `nextBeforeSeq`. */
export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  nextBeforeSeq: z.number().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** GET /api/audit/verify: the hash chain walked; the first entry that does not match, if any. */
export const AuditChainReport = z.object({
  ok: z.boolean(),
  entries: z.number(),
  /** The last entry's hash: written down elsewhere, it shows a cut-off tail later. */
  headHash: z.string(),
  headSeq: z.number().nullable(),
  firstBreak: z
    .object({
      seq: z.number(),
      id: z.string(),
      what: z.enum(['hash', 'prev_hash', 'missing']),
      message: z.object({ vi: z.string(), en: z.string() }),
      stored: z.string().nullable(),
      expected: z.string(),
    })
    .nullable(),
  /** PostgreSQL: entries of transactions still running, sealed on a later pass (not a break). */
  unsealed: z.number(),
});
export type AuditChainReport = z.infer<typeof AuditChainReport>;
