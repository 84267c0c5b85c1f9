// What the opinion list and a matter's attachments answer, as zod contracts shared by the server's
// response schemas and the web app's types (one matter's page: matter-page.ts). The serializer
// drops a key a contract does not name: a field added to a use case's answer is added here too.
import { z } from 'zod';
import { matterStates, opinionSources } from './opinion.js';

/** A matter as lists show it (core's MatterSummary): the list's rows and a matter's page share it. */
export const MatterSummaryContract = z.object({
  id: z.string(),
  unitId: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  content: z.string(),
  field: z.string().nullable(),
  suggestions: z.array(z.object({ field: z.string(), confidence: z.number() })),
  state: z.enum(matterStates),
  source: z.enum(opinionSources),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  prepareBy: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  petitionerCount: z.number(),
  receivedOn: z.string(),
  version: z.number(),
});

/** A row of GET /api/units/:id/opinions: core's MatterSummary with the due date in force. */
export const MatterListRow = MatterSummaryContract.extend({ dueOn: z.string().nullable() });
export type MatterListRow = z.infer<typeof MatterListRow>;

/** GET /api/units/:id/opinions */
export const MatterListPage = z.object({
  items: z.array(MatterListRow),
  limit: z.number(),
  offset: z.number(),
  /** How many match; when `totalCapped`, at least this many. */
  total: z.number(),
  totalCapped: z.boolean(),
});
export type MatterListPage = z.infer<typeof MatterListPage>;

/** A file sent with a matter (a portal photo, a scan of a paper petition), without its bytes. */
export const AttachmentMeta = z.object({
  id: z.string(),
  matterId: z.string().nullable(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  originalName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

/** GET /api/opinions/:id/attachments */
export const MatterAttachments = z.array(AttachmentMeta);

/** POST /api/opinions/:id/tracking-codes: a new code for a paper petition's receipt. */
export const IssuedTrackingCode = z.object({ trackingCode: z.string() });
export type IssuedTrackingCode = z.infer<typeof IssuedTrackingCode>;
