// The content of a yearly plan (kế hoạch) as data the clerk edits: every section of the reference
// plan (DOMAIN.md "The cycle", 1), with rounds and their held-by dates. The server turns it into
// the documents package's plan model; core never depends on documents, nor documents on this.
import { z } from 'zod';

const line = z.string().trim().min(1).max(4000);
const lines = (min = 0) => z.array(line).min(min).max(60);
const isoDate = z.iso.date();

export const PlanRound = z.object({
  round: z.number().int().min(1).max(12),
  /** The last day the round's session may be held (from the profile, editable). */
  heldBy: isoDate,
});
export type PlanRound = z.infer<typeof PlanRound>;

/** A task of one body (section III): who, and what they do. */
export const PlanTask = z.object({ body: z.string().trim().min(1).max(200), text: line });
export type PlanTask = z.infer<typeof PlanTask>;

export const PlanSigner = z.object({
  authority: z.enum(['party', 'state']),
  /** 'T/M BAN THƯỜNG VỤ' / 'TM. ỦY BAN NHÂN DÂN'. */
  signingFor: z.string().trim().min(1).max(200),
  /** 'BÍ THƯ' / 'CHỦ TỊCH'. */
  title: z.string().trim().min(1).max(200),
  name: z.string().trim().max(200),
});
export type PlanSigner = z.infer<typeof PlanSigner>;

export const PlanContent = z.object({
  title: line,
  /** The legal bases cited by the opening paragraph. */
  legalBases: lines(1),
  /** The opening paragraph (before section I), citing the legal bases. */
  opening: line,
  /** I. Mục đích, yêu cầu. */
  purposes: lines(1),
  /** II.1 Content groups: the text of each group, and the profile's field codes they cover. */
  contentGroups: z
    .array(z.object({ text: line, fields: z.array(z.string().max(64)).max(40) }))
    .min(1)
    .max(20),
  /** II.2 Participants by composition. */
  participants: lines(1),
  /** A cap on attendance, when one is needed (the 2022 plan: Covid). */
  attendanceCap: z.number().int().min(1).max(100_000).nullable(),
  /** II.3 Preparation. */
  preparation: lines(1),
  /** II.4 Rounds with their held-by dates. */
  rounds: z.array(PlanRound).min(1).max(12),
  /** II.5 Chairs. */
  chairs: lines(1),
  /** II.6 Follow-up rules. */
  followUp: lines(1),
  /** III. Tasks per body. */
  tasks: z.array(PlanTask).min(1).max(30),
  closing: line,
  /** Nơi nhận. */
  recipients: lines(1),
  signer: PlanSigner,
});
export type PlanContent = z.infer<typeof PlanContent>;
