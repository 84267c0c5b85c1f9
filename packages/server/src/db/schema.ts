// Kysely's view of our tables (the auth library's own tables are typed by it, not here).
// Dialect-neutral on purpose: ids and timestamps are text (ISO 8601), JSON is text,
// booleans are integers 0/1 — see docs/adr/0001-sqlite-default-postgresql.md.
import type { Generated } from 'kysely';

export interface UnitTable {
  id: string;
  parent_id: string | null;
  code: string;
  slug: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
  profile_code: string | null;
  created_at: string;
  updated_at: string;
}

/** Units in time (0025): a unit's first and last day and the unit that took over after a merger; no row: valid always. */
export interface UnitValidityTable {
  unit_id: string;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
}

/** A recorded change of the unit tree (0025): merger or change of parent, proposed → confirmed | undone. */
export interface UnitChangeTable {
  id: string;
  unit_id: string;
  kind: string;
  state: string;
  effective_on: string;
  legal_basis: string;
  note: string | null;
  proposal: string; // JSON UnitChangeInput
  applied: string | null; // JSON: what confirm did
  proposed_by: string | null;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
}

/** One parent change a confirmed unit change made (0025): the tree of an earlier date is read from these. */
export interface UnitMoveTable {
  id: string;
  change_id: string;
  unit_id: string;
  from_parent_id: string | null;
  to_parent_id: string | null;
  effective_on: string;
}

export interface OrganisationTable {
  id: string;
  unit_id: string;
  kind: string;
  name: string;
  abbreviation: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  unit_id: string;
  organisation_id: string | null;
  full_name: string;
  position: string;
  fields: string; // JSON array of field codes
  phone: string | null;
  email: string | null;
  user_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  unit_id: string;
  role: string;
  created_at: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  unit_id: string | null;
  reason: string | null;
  detail: string; // JSON
  prev_hash: string | null; // hash chain (audit/chain.ts, migration 0013)
  hash: string | null;
  chain_seq: number | string | null; // position in the chain; null until sealed (audit/seal.ts)
  txid: number | string | null; // PostgreSQL: the writing transaction's id (for the record)
}

export interface PetitionerTable {
  id: string;
  unit_id: string;
  full_name: string | null;
  village_id: string | null;
  phone: string | null;
  email: string | null;
  answer_preference: string | null;
  created_at: string;
  updated_at: string;
  erased_at?: string | null; // pseudonymised on a data subject's request or by retention (0013)
}

export interface PetitionerConsentTable {
  id: string;
  petitioner_id: string;
  purpose: string;
  granted: number; // 0/1
  recorded_by: string | null;
  recorded_at: string;
  // 0013: what was asked, how, and how it was withdrawn
  wording?: string | null;
  channel?: string | null;
  withdrawn_at?: string | null;
  withdrawn_by?: string | null;
  withdrawn_how?: string | null;
}

export interface DataSubjectRequestTable {
  id: string;
  unit_id: string;
  petitioner_id: string | null;
  kind: string; // core privacy: access | correct | erase | object
  requester_name: string;
  requester_contact: string | null;
  detail: string;
  state: string;
  received_on: string;
  acknowledge_by: string;
  complete_by: string;
  deadlines: string; // JSON: both core Deadlines, with how each date was computed
  acknowledged_at: string | null;
  closed_at: string | null;
  outcome: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MatterTable {
  seq: Generated<number>;
  id: string;
  unit_id: string;
  village_id: string | null;
  content: string;
  field: string | null;
  field_confirmed_by: string | null;
  field_confirmed_at: string | null;
  suggestions: string; // JSON FieldSuggestion[]
  state: string;
  source: string;
  source_organisation_id: string | null;
  received_on: string;
  assignee_person_id: string | null;
  prepare_by: string | null;
  /** The due date in force once followed up (escalation, extension, conclusion item), kept by migration 0024's triggers. */
  follow_up_due: Generated<string | null>;
  merged_into_id: string | null;
  answer: string | null;
  search_folded: string; // content, petitioners' names and the answer, folded (core foldVietnamese)
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface RaisingTable {
  id: string;
  matter_id: string;
  petitioner_id: string | null;
  source: string;
  source_organisation_id: string | null;
  received_on: string;
  created_by: string | null;
  created_at: string;
}

export interface MatterStateChangeTable {
  id: string;
  matter_id: string;
  from_state: string | null;
  to_state: string;
  at: string;
  actor_user_id: string | null;
  reason: string | null;
  detail: string; // JSON
}

export interface OpinionRouteTable {
  id: string;
  unit_id: string;
  field: string;
  village_id: string | null;
  person_id: string;
  updated_by: string | null;
  updated_at: string;
}

export interface HolidayYearTable {
  year: number;
  entries: string; // JSON HolidayEntry[]: replaces the year's published or computed list
  reason: string;
  updated_by: string | null;
  updated_at: string;
}

export interface RegulationProfileTable {
  code: string;
  definition: string; // JSON RegulationProfile
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentCounterTable {
  organisation_id: string;
  year: number;
  last_seq: number;
}

export interface OutgoingDocumentTable {
  id: string;
  unit_id: string;
  organisation_id: string;
  kind: string;
  year: number;
  seq: number;
  number_text: string;
  title: string;
  issued_on: string;
  issued_at: string;
  issued_by: string | null;
  subject_type: string | null;
  subject_id: string | null;
  model: string; // JSON OfficialDocument, as issued
  docx: Buffer;
}

export interface PlanTable {
  id: string;
  unit_id: string;
  year: number;
  state: string;
  profile_code: string;
  content: string; // JSON core PlanContent
  document_id: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DialogueSessionTable {
  id: string;
  unit_id: string;
  plan_id: string | null;
  round: number | null;
  held_by: string | null;
  state: string;
  date: string | null;
  start_time: string | null;
  venue: string | null;
  chairs: string; // JSON string[]
  attendance_cap: number | null;
  topics: string; // JSON string[]
  scheduled_on: string | null;
  notice_date: string | null;
  submission_deadline: string | null;
  channels: string; // JSON string[]
  notice_document_id: string | null;
  short_notice: string | null;
  held_on: string | null;
  attendance_total: number | null;
  attendance_rev: number;
  minutes: string | null; // JSON core MinutesModel
  conclusion_draft: string | null; // JSON ConclusionDraftInput
  conclusion_date: string | null;
  conclusion_document_id: string | null;
  closed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionParticipantTable {
  id: string;
  session_id: string;
  position: number;
  composition: string;
  present: number | null;
  /** How many of this composition are invited (0010); null: not set. */
  invited: number | null;
}

export interface SpeakerRegistrationTable {
  id: string;
  session_id: string;
  matter_id: string;
  full_name: string;
  village_id: string | null;
  question: string;
  registered_by: string | null;
  registered_at: string;
}

export interface AgendaItemTable {
  id: string;
  session_id: string;
  matter_id: string | null;
  registration_id: string | null;
  position: number;
  from_floor: number; // 0/1
  speaker_name: string | null;
  speaker_village_id: string | null;
  question: string;
  answer: string | null;
  answered_by: string | null;
  outcome: string | null;
  rev: number;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionStateChangeTable {
  id: string;
  entity: string; // 'plan' | 'session'
  entity_id: string;
  from_state: string | null;
  to_state: string;
  at: string;
  actor_user_id: string | null;
  reason: string | null;
  detail: string; // JSON
}

export interface SessionOverrideTable {
  id: string;
  session_id: string;
  action: string;
  rule: string;
  limit_date: string | null;
  actual_date: string | null;
  message: string;
  reason: string;
  actor_user_id: string | null;
  at: string;
}

export interface ConclusionItemTable {
  id: string;
  session_id: string;
  matter_id: string;
  responsible: string;
  notice_date: string;
  due_date: string;
  due_text_vi: string;
  due_text_en: string;
  created_at: string;
}

export interface MatterAnswerTable {
  id: string;
  matter_id: string;
  unit_id: string;
  origin: string;
  state: string;
  text: string;
  author_user_id: string | null;
  official_name: string;
  submitted_at: string | null;
  approver_user_id: string | null;
  approver_name: string | null;
  approved_on: string | null;
  published_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AnswerEventTable {
  id: string;
  answer_id: string;
  action: string;
  comment: string | null;
  actor_user_id: string | null;
  at: string;
}

export interface AnswerLetterTable {
  id: string;
  answer_id: string;
  matter_id: string;
  petitioner_id: string;
  document_id: string;
  created_at: string;
  /** When and how the letter went out (0010); null: issued, not yet sent. */
  sent_on: string | null;
  sent_channel: string | null;
  sent_by: string | null;
}

export interface EscalationTable {
  id: string;
  matter_id: string;
  unit_id: string;
  competent_body: string;
  proposal: string;
  state: string;
  sent_on: string;
  due_date: string;
  due_text_vi: string;
  due_text_en: string;
  document_id: string | null;
  acknowledged_on: string | null;
  answered_on: string | null;
  answer_text: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface DueExtensionTable {
  id: string;
  matter_id: string;
  previous_due: string;
  due_date: string;
  reason: string;
  actor_user_id: string | null;
  at: string;
  /** The timeline notice sent to the petitioners (0010). */
  notice_document_id: string | null;
}

/** A unit's reusable answer text, for one field or all (0010). */
export interface AnswerTemplateTable {
  id: string;
  unit_id: string;
  field: string | null;
  title: string;
  text: string;
  created_by: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Two matters a clerk marked "not a duplicate" (0010), ids in ascending order. */
export interface MatterPairDismissalTable {
  id: string;
  unit_id: string;
  first_id: string;
  second_id: string;
  actor_user_id: string | null;
  at: string;
}

export interface SimilarityLexiconTable {
  unit_id: string;
  entries: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface Database {
  unit: UnitTable;
  unit_validity: UnitValidityTable;
  unit_change: UnitChangeTable;
  unit_move: UnitMoveTable;
  organisation: OrganisationTable;
  person: PersonTable;
  role_grant: RoleGrantTable;
  app_setting: AppSettingTable;
  audit_event: AuditEventTable;
  petitioner: PetitionerTable;
  petitioner_consent: PetitionerConsentTable;
  matter: MatterTable;
  raising: RaisingTable;
  matter_state_change: MatterStateChangeTable;
  opinion_route: OpinionRouteTable;
  holiday_year: HolidayYearTable;
  regulation_profile: RegulationProfileTable;
  document_counter: DocumentCounterTable;
  outgoing_document: OutgoingDocumentTable;
  plan: PlanTable;
  dialogue_session: DialogueSessionTable;
  session_participant: SessionParticipantTable;
  speaker_registration: SpeakerRegistrationTable;
  agenda_item: AgendaItemTable;
  session_state_change: SessionStateChangeTable;
  session_override: SessionOverrideTable;
  conclusion_item: ConclusionItemTable;
  matter_answer: MatterAnswerTable;
  answer_event: AnswerEventTable;
  answer_letter: AnswerLetterTable;
  escalation: EscalationTable;
  due_extension: DueExtensionTable;
  answer_template: AnswerTemplateTable;
  matter_pair_dismissal: MatterPairDismissalTable;
  similarity_lexicon: SimilarityLexiconTable;
  portal_submission: PortalSubmissionTable;
  portal_consent: PortalConsentTable;
  data_subject_request: DataSubjectRequestTable;
  notification: NotificationTable;
  notification_delivery: NotificationDeliveryTable;
  delivery_attempt: DeliveryAttemptTable;
  inbox_item: InboxItemTable;
  job: JobTable;
  attachment: AttachmentTable;
  portal_limit_hit: PortalLimitHitTable;
  report_answer_fact: ReportAnswerFactTable;
  report_answer_summary: ReportAnswerSummaryTable;
  dashboard_matter_summary: DashboardMatterSummaryTable;
  report_draft: ReportDraftTable;
  sign_in_throttle: SignInThrottleTable;
  matter_conflict: MatterConflictTable;
}

// Security (0012): sign-in failures per username and per address (not backed up), conflict-of-interest marks.
export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
  updated_at: string;
}

export interface MatterConflictTable {
  id: string;
  unit_id: string;
  matter_id: string;
  person_id: string;
  reason: string | null;
  created_by: string | null;
  created_at: string;
}

// Dashboards (0014): the follow-up items' facts kept by triggers (derived, not backed up) and report wording.
export interface ReportAnswerFactTable {
  item_id: string;
  matter_id: string;
  session_id: string;
  unit_id: string;
  unit_path: string;
  notice_date: string;
  due_date: string;
  answered_on: string | null;
  escalated_on: string | null;
}

/** Per commune and due date, the follow-up items due that day by how they stand (0016, kept by triggers on report_answer_fact). */
export interface ReportAnswerSummaryTable {
  unit_id: string;
  due_date: string;
  unit_path: string;
  total: number;
  on_time: number;
  late: number;
  escalated: number;
  /** Unanswered and not escalated: overdue when due_date is before today. */
  open: number;
}

/** Per commune and month of receipt ('YYYY-MM'), its matters (merged left out) by one field, source, village or state (0026, kept by triggers on matter). */
export interface DashboardMatterSummaryTable {
  unit_id: string;
  month: string;
  dimension: 'field' | 'source' | 'village' | 'state';
  /** The field, source, village id or state; '' for no field or no village. */
  bucket: string;
  n: number;
}

export interface ReportDraftTable {
  id: string;
  unit_id: string;
  period_key: string;
  wording: string;
  document_id: string | null;
  version: number;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PortalSubmissionTable {
  id: string;
  unit_id: string;
  matter_id: string;
  tracking_code: string;
  session_id: string | null;
  wants_to_speak: number;
  created_at: string;
}

export interface PortalConsentTable {
  id: string;
  submission_id: string;
  purpose: string;
  wording: string;
  granted: number;
  recorded_at: string;
}

/** The portal's rate-limit windows (0011-portal-limits): salted key hashes, a day at most; not backed up. */
export interface PortalLimitHitTable {
  id: string;
  bucket: string;
  key_hash: string;
  at: string;
}

/** A file kept in the database (0011): a portal photo, later staff's files; no matter = held for a resend. */
export interface AttachmentTable {
  id: string;
  unit_id: string;
  matter_id: string | null;
  media_type: string;
  size: number;
  sha256: string;
  original_name: string | null;
  bytes: Buffer;
  created_by: string;
  created_at: string;
}

/** Our tables in an order where every row's foreign keys point to earlier tables (backup/restore). */
export const ourTablesInOrder = [
  'app_setting',
  'unit',
  'organisation',
  'person',
  'role_grant',
  'audit_event',
  'petitioner',
  'petitioner_consent',
  'matter',
  'raising',
  'matter_state_change',
  'opinion_route',
  'holiday_year',
  'regulation_profile',
  'document_counter',
  'outgoing_document',
  'plan',
  'dialogue_session',
  'session_participant',
  'speaker_registration',
  'agenda_item',
  'session_state_change',
  'session_override',
  'conclusion_item',
  'matter_answer',
  'answer_event',
  'answer_letter',
  'escalation',
  'due_extension',
  'answer_template',
  'matter_pair_dismissal',
  'portal_submission',
  'portal_consent',
  'data_subject_request',
  'notification',
  'notification_delivery',
  'delivery_attempt',
  'inbox_item',
  'job',
  'attachment',
  'report_draft',
  'matter_conflict',
  'similarity_lexicon',
  'unit_validity',
  'unit_change',
  'unit_move',
] as const;

// Notifications and jobs (0009, issue 6).
export interface NotificationTable {
  id: string;
  unit_id: string | null;
  kind: string;
  subject: string;
  text: string;
  link: string | null;
  to_user_id: string | null;
  to_email: string | null;
  to_phone: string | null;
  to_zalo: string | null;
  dedupe_key: string | null;
  created_at: string;
}

export interface NotificationDeliveryTable {
  id: string;
  notification_id: string;
  channel: string;
  state: string;
  attempts: number;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveryAttemptTable {
  id: string;
  delivery_id: string;
  at: string;
  ok: number;
  error: string | null;
  worker: string | null;
  duration_ms: number | null;
}

export interface InboxItemTable {
  id: string;
  notification_id: string;
  user_id: string;
  unit_id: string | null;
  kind: string;
  subject: string;
  text: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface JobTable {
  id: string;
  kind: string;
  payload: string; // JSON
  state: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_owner: string | null;
  lease_expires_at: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
