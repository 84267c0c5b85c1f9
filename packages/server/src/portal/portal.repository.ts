// What the public may read: units by slug, a commune's villages, its announced and concluded
// sessions, and an issued notice with every petitioner's name masked. No query here selects a
// petitioner's contact; names are read only to be masked.
import type { OfficialDocument } from '@doithoai/documents';
import { sessionSummary, type SessionSummary } from '../session/session.repository.js';
import { maskDeep } from './mask.js';
import type { Q } from '../shared/query.js';

export const communeKinds = ['xa', 'phuong'] as const;

export async function findPublicUnit(db: Q, slug: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'slug', 'name', 'kind', 'path'])
    .where('slug', '=', slug)
    .where('kind', 'in', [...communeKinds])
    .executeTakeFirst();
}

export interface DirectoryCommune {
  name: string;
  slug: string;
  lastDay: string | null;
}
export interface DirectoryProvince {
  name: string;
  slug: string;
  communes: DirectoryCommune[];
  mergedAway: DirectoryCommune[];
}

/**
 * Provinces (root units) each with the communes below them, by name: those in force on `today`,
 * and apart those merged away (their pages keep their history), so that two communes of one name
 * in two periods are told apart. A unit not yet in force is not shown.
 */
export async function publicDirectory(db: Q, today: string): Promise<DirectoryProvince[]> {
  const rows = await db
    .selectFrom('unit')
    .leftJoin('unit_validity as v', 'v.unit_id', 'unit.id')
    .select([
      'unit.id',
      'unit.slug',
      'unit.name',
      'unit.kind',
      'unit.path',
      'unit.parent_id',
      'v.valid_from',
      'v.valid_to',
    ])
    .where((eb) =>
      eb.or([eb('unit.parent_id', 'is', null), eb('unit.kind', 'in', [...communeKinds])]),
    )
    .where((eb) => eb.or([eb('v.valid_from', 'is', null), eb('v.valid_from', '<=', today)]))
    .orderBy('unit.name')
    .execute();
  const provinces = rows.filter((r) => r.parent_id === null);
  return provinces.map((p) => {
    const below = rows
      .filter((r) => r.parent_id !== null && r.path.startsWith(p.path))
      .map((c) => ({ name: c.name, slug: c.slug, lastDay: c.valid_to }));
    return {
      name: p.name,
      slug: p.slug,
      communes: below.filter((c) => c.lastDay === null || c.lastDay >= today),
      mergedAway: below.filter((c) => c.lastDay !== null && c.lastDay < today),
    };
  });
}

export async function publicVillages(db: Q, unitId: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'name'])
    .where('parent_id', '=', unitId)
    .orderBy('code')
    .execute();
}

const upcomingStates = ['announced'];
const concludedStates = ['concluded', 'closed'];

/** Announced sessions not yet held (date today or later), soonest first. */
export async function upcomingSessions(
  db: Q,
  unitId: string,
  today: string,
): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('dialogue_session')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('state', 'in', upcomingStates)
    .where('date', '>=', today)
    .orderBy('date')
    .execute();
  return rows.map(sessionSummary);
}

/** Sessions whose conclusion notice was issued, latest first. */
export async function concludedSessions(db: Q, unitId: string): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom('dialogue_session')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('conclusion_document_id', 'is not', null)
    .orderBy('date', 'desc')
    .execute();
  return rows
    .map(sessionSummary)
    .filter((s) => concludedStates.includes(s.state) || s.conclusionDocumentId);
}

export async function findPublicSession(db: Q, unitId: string, sessionId: string) {
  const r = await db
    .selectFrom('dialogue_session')
    .selectAll()
    .where('id', '=', sessionId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return r && sessionSummary(r);
}

/** Every name of a person who spoke or raised a matter at the session: the names to mask. */
export async function namesToMask(db: Q, sessionId: string): Promise<string[]> {
  const speakers = await db
    .selectFrom('agenda_item')
    .select('speaker_name as n')
    .where('session_id', '=', sessionId)
    .execute();
  const registered = await db
    .selectFrom('speaker_registration')
    .select('full_name as n')
    .where('session_id', '=', sessionId)
    .execute();
  const matterIds = db
    .selectFrom('agenda_item')
    .select('matter_id')
    .where('session_id', '=', sessionId)
    .where('matter_id', 'is not', null);
  const concluded = db
    .selectFrom('conclusion_item')
    .select('matter_id')
    .where('session_id', '=', sessionId);
  const petitioners = await db
    .selectFrom('raising')
    .innerJoin('petitioner', 'petitioner.id', 'raising.petitioner_id')
    .select('petitioner.full_name as n')
    .where((eb) =>
      eb.or([
        eb('raising.matter_id', 'in', matterIds as never),
        eb('raising.matter_id', 'in', concluded as never),
      ]),
    )
    .execute();
  return [...speakers, ...registered, ...petitioners]
    .map((r) => r.n)
    .filter((n): n is string => !!n);
}

/** The issued notice or conclusion notice of the unit's session, its petitioners' names masked. */
export async function publicDocumentModel(
  db: Q,
  unitId: string,
  sessionId: string,
  which: 'thong-bao' | 'ket-luan',
): Promise<OfficialDocument | null> {
  const s = await findPublicSession(db, unitId, sessionId);
  const docId = s && (which === 'thong-bao' ? s.noticeDocumentId : s.conclusionDocumentId);
  if (!docId) return null;
  const doc = await db
    .selectFrom('outgoing_document')
    .select('model')
    .where('id', '=', docId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (!doc) return null;
  return maskDeep(JSON.parse(doc.model) as OfficialDocument, await namesToMask(db, sessionId));
}

/** The names of the photos the citizen sent with the opinion of this code (shown on the receipt, since a page without script cannot show the chosen file before sending). */
export async function photosSentWith(db: Q, unitId: string, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('portal_submission as s')
    .innerJoin('attachment as a', 'a.matter_id', 's.matter_id')
    .select(['a.original_name'])
    .where('s.tracking_code', '=', code)
    .where('s.unit_id', '=', unitId)
    .where('a.created_by', '=', 'portal')
    .orderBy('a.created_at')
    .execute();
  return rows.map((r) => r.original_name ?? 'ảnh');
}

/** The matter's latest published answer, if any. */
export async function latestPublishedAnswer(db: Q, matterId: string) {
  return db
    .selectFrom('matter_answer')
    .select(['text', 'official_name', 'published_at'])
    .where('matter_id', '=', matterId)
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
