// What the Báo cáo kết quả routes answer (the figures computed now and the wording as last saved,
// the wording saved, the report issued), as zod contracts shared by the server's response schemas
// and the web app's types. The files (DOCX, PDF) are the documents routes' and have none. The
// serializer drops a key a contract does not name: a field added to a use case's answer is added
// here too.
import { z } from 'zod';

const lines = z.array(z.string());

/** The wording as stored (checked by ReportWording when saved), or the starting text from the figures. */
export const ReportWordingView = z.object({
  basis: z.string().optional(),
  organisation: lines,
  assessment: lines,
  shortcomings: lines.optional(),
  nextSteps: lines,
  proposals: lines.optional(),
  recipients: lines,
  signerName: z.string().optional(),
});

/** The figures of a report, computed from the data each time (documents' ReportFigures). */
export const ReportFiguresContract = z.object({
  sessions: z.number(),
  attendees: z.number(),
  /** Opinions raised, at sessions and before them. */
  raised: z.number(),
  settledAtSession: z.number(),
  carriedOver: z.number(),
  /** Carried-over matters answered in writing, and of them within the period. */
  answered: z.number(),
  answeredOnTime: z.number(),
  overdue: z.number(),
  escalated: z.number(),
});
export type ReportFiguresContract = z.infer<typeof ReportFiguresContract>;

/** GET /api/units/:id/reports/:period */
export const ReportView = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  periodKey: z.string(),
  from: z.string(),
  to: z.string(),
  /** A 215-KL/TW period's name; null for a round or a year by the calendar. */
  label: z.string().nullable(),
  figures: ReportFiguresContract,
  byField: z.array(z.object({ field: z.string(), raised: z.number(), settled: z.number() })),
  wording: ReportWordingView,
  /** 0 before the wording is first saved. */
  version: z.number(),
  draftId: z.string().nullable(),
  /** The issued report, once issued (the wording is then frozen). */
  documentId: z.string().nullable(),
  can: z.object({ write: z.boolean(), issue: z.boolean() }),
});
export type ReportView = z.infer<typeof ReportView>;

/** PUT /api/units/:id/reports/:period */
export const SavedReport = z.object({ draftId: z.string(), version: z.number() });
export type SavedReport = z.infer<typeof SavedReport>;

/** POST /api/units/:id/reports/:period/issue */
export const IssuedReport = z.object({ documentId: z.string(), numberText: z.string() });
export type IssuedReport = z.infer<typeof IssuedReport>;
