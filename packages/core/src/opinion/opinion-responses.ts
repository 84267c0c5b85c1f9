// What the opinion routes answer (entry, the list, the suggestions while typing, triage, merges,
// the routing table, the lists imported, a matter's attachments), as zod contracts shared by the
// server's response schemas and the web app's types (one matter's page: matter-page.ts). The
// serializer drops a key a contract does not name: a field added to a use case's answer is added
// here too.
import { z } from 'zod';
import { matterStates, opinionSources } from './opinion.js';
import { importColumns, type ImportColumn } from './import-rows.js';
import { lexiconKinds } from './similarity/lexicon-entry.js';

const text = z.object({ vi: z.string(), en: z.string() });

/** A field the classifier suggests, with its confidence (core's FieldSuggestion). */
export const FieldSuggestionContract = z.object({ field: z.string(), confidence: z.number() });

/** A matter as lists show it (core's MatterSummary): the list's rows and a matter's page share it. */
export const MatterSummaryContract = z.object({
  id: z.string(),
  unitId: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  content: z.string(),
  field: z.string().nullable(),
  suggestions: z.array(FieldSuggestionContract),
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

/**
 * POST /api/units/:id/opinions: the matter entered (or the one it joined), with the tracking code
 * given to the person and the acknowledgement deadline the date received starts.
 */
export const EnteredOpinion = MatterSummaryContract.extend({
  trackingCode: z.string().optional(),
  /** When the petitioner must be told whether the petition is taken up, and how it was counted. */
  acknowledgeBy: z.object({ date: z.string(), text }).nullable().optional(),
});
export type EnteredOpinion = z.infer<typeof EnteredOpinion>;

/** Where a word stands in a text: [start, end) in UTF-16 units. */
const SpanContract = z.tuple([z.number(), z.number()]);

/** An open matter that says the same as the text typed, with the words both share. */
export const SimilarDuplicate = MatterSummaryContract.extend({
  similarity: z.number(),
  score: z.number(),
  sameVillage: z.boolean(),
  sameField: z.boolean(),
  /** The shared words as written in the matter (accented), most telling first. */
  shared: z.array(z.string()),
  /** The shared words in the matter's content. */
  spans: z.array(SpanContract),
  /** The shared words in the typed text. */
  mySpans: z.array(SpanContract),
  /** The petition merged into this matter whose wording matched; `spans` stand in its content. */
  via: z.object({ id: z.string(), content: z.string() }).nullable(),
  /** Not clearly alike: offered only because nothing was (the closest one or two). */
  related: z.boolean(),
});
export type SimilarDuplicate = z.infer<typeof SimilarDuplicate>;

/** POST /api/units/:id/opinions/similar: the suggested fields and the likely duplicates. */
export const SimilarOpinions = z.object({
  suggestions: z.array(FieldSuggestionContract),
  duplicates: z.array(SimilarDuplicate),
});
export type SimilarOpinions = z.infer<typeof SimilarOpinions>;

/** A matter of a triage cluster, with its score and where the shared words stand in it. */
export const TriageMember = MatterSummaryContract.extend({
  score: z.number(),
  spans: z.array(SpanContract),
});
export type TriageMember = z.infer<typeof TriageMember>;

/** Open matters that raise one concern in other words. */
export const TriageCluster = z.object({
  key: z.string(),
  size: z.number(),
  /** The shared words, e.g. 'đập Khe Lau · rò rỉ'. */
  title: z.string(),
  shared: z.array(z.string()),
  /** The suggested matter to keep. */
  targetId: z.string(),
  members: z.array(TriageMember),
});
export type TriageCluster = z.infer<typeof TriageCluster>;

/** A pair marked "not the same", listed so it can be undone. */
export const NotDuplicateView = z.object({
  id: z.string(),
  at: z.string(),
  /** The two matters' contents. */
  a: z.string(),
  b: z.string(),
});
export type NotDuplicateView = z.infer<typeof NotDuplicateView>;

/** GET /api/units/:id/opinions/triage */
export const OpinionTriage = z.object({
  clusters: z.array(TriageCluster),
  clustersTotal: z.number(),
  /** olderBefore non-null: older open matters lie beyond the window; pass it as `before`. */
  window: z.object({ matters: z.number(), olderBefore: z.number().nullable() }),
  unrouted: z.array(MatterSummaryContract),
  unclassified: z.array(MatterSummaryContract),
  notDuplicates: z.array(NotDuplicateView),
});
export type OpinionTriage = z.infer<typeof OpinionTriage>;

/** POST /api/units/:id/opinions/not-same: how many pairs were newly marked. */
export const NotSameResult = z.object({ dismissed: z.number() });
export type NotSameResult = z.infer<typeof NotSameResult>;

// Read as stored: the entries were checked when saved (LexiconEntry), the built-in table is ours.
const lexiconEntryView = z.object({
  kind: z.enum(lexiconKinds),
  canonical: z.string(),
  variants: z.array(z.string()),
});

/** GET|PUT /api/units/:id/lexicon: the unit's own entries, what it inherits, the built-in table. */
export const LexiconTable = z.object({
  own: z.array(lexiconEntryView),
  inherited: z.array(lexiconEntryView.extend({ unitName: z.string() })),
  builtIn: z.array(lexiconEntryView),
  /** Village names from the unit tree. */
  places: z.array(z.string()),
  version: z.number(),
});
export type LexiconTable = z.infer<typeof LexiconTable>;

/** A line of a commune's routing table: field (and village) → the official who handles it. */
export const OpinionRouteLine = z.object({
  id: z.string(),
  field: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  personId: z.string(),
  personName: z.string(),
});
export type OpinionRouteLine = z.infer<typeof OpinionRouteLine>;

/** GET /api/units/:id/opinion-routes */
export const OpinionRouteList = z.object({
  routes: z.array(OpinionRouteLine),
  canEdit: z.boolean(),
});
export type OpinionRouteList = z.infer<typeof OpinionRouteList>;

/** A row as read from the file, every column a string ('' when empty): core's RawImportRow. */
const RawImportRowContract = z.object(
  Object.fromEntries(importColumns.map((c) => [c.key, z.string()])) as Record<
    ImportColumn,
    z.ZodString
  >,
);

/** A bad row of an imported list and why, in the caller's language. */
export const ImportProblem = z.object({
  row: z.number(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** POST /api/units/:id/opinions/import/preview: the rows read from the file, and the bad ones. */
export const ImportPreview = z.object({
  rows: z.array(RawImportRowContract),
  /** The sheet's row number of the first row (after the header). */
  firstRow: z.number(),
  bad: z.array(ImportProblem),
  good: z.number(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** POST /api/units/:id/opinions/import */
export const ImportOutcome = z.object({
  imported: z.number(),
  skipped: z.number(),
  bad: z.array(ImportProblem),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;

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
