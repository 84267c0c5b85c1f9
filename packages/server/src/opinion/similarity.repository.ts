// Reads and writes of the similarity engine's data: the normalisation table per unit, the corpus
// its weights are learnt from, and the open matters the triage view groups.
import { openStates, type DuplicateCandidate } from '@doithoai/core';
import type { Q } from '../shared/query.js';

export interface LexiconRow {
  unit_id: string;
  entries: string;
  version: number;
  updated_at: string;
}

/** The table rows of these units (a commune and its ancestors). */
export async function lexiconRows(db: Q, unitIds: string[]): Promise<LexiconRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('similarity_lexicon')
    .select(['unit_id', 'entries', 'version', 'updated_at'])
    .where('unit_id', 'in', unitIds)
    .execute();
}

export async function saveLexiconRow(
  db: Q,
  row: { unitId: string; entries: string; version: number; by: string; at: string },
  previous: number | null,
) {
  if (previous === null) {
    await db
      .insertInto('similarity_lexicon')
      .values({
        unit_id: row.unitId,
        entries: row.entries,
        version: row.version,
        updated_by: row.by,
        updated_at: row.at,
      })
      .execute();
    return 1;
  }
  const r = await db
    .updateTable('similarity_lexicon')
    .set({ entries: row.entries, version: row.version, updated_by: row.by, updated_at: row.at })
    .where('unit_id', '=', row.unitId)
    .where('version', '=', previous)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The names of the units below a commune (its villages), the unit tree's place names. */
export async function childUnitNames(db: Q, unitId: string): Promise<string[]> {
  return (
    await db
      .selectFrom('unit')
      .select('name')
      .where('parent_id', '=', unitId)
      .orderBy('code')
      .execute()
  ).map((r) => r.name);
}

/** The newest matter of a unit (its seq), to tell when the corpus has grown. */
export async function newestMatterSeq(db: Q, unitId: string): Promise<number> {
  const r = await db
    .selectFrom('matter')
    .select('seq')
    .where('unit_id', '=', unitId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? Number(r.seq) : 0;
}

/** The unit's newest texts, whatever their state: the corpus the weights are learnt from. */
export async function corpusTexts(
  db: Q,
  unitId: string,
  limit: number,
): Promise<{ id: string; content: string }[]> {
  return db
    .selectFrom('matter')
    .select(['id', 'content'])
    .where('unit_id', '=', unitId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}

export interface OpenMatterText {
  id: string;
  seq: number;
  content: string;
  village_id: string | null;
  field: string | null;
}

/** A candidate of the suggestion: an open matter, or a petition merged into one (`merged_into_id`). */
export type CandidateText = OpenMatterText & { merged_into_id: string | null };

/** Open matters, and petitions merged into an open matter, by id: the suggestion's candidates. */
export async function candidatesByIds(db: Q, ids: string[]): Promise<CandidateText[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('matter as m')
    .select(['m.id', 'm.seq', 'm.content', 'm.village_id', 'm.field', 'm.merged_into_id'])
    .where('m.id', 'in', ids)
    .where((eb) =>
      eb.or([
        eb('m.state', 'in', [...openStates]),
        eb.and([
          eb('m.state', '=', 'merged'),
          eb.exists(
            eb
              .selectFrom('matter as t')
              .select('t.id')
              .whereRef('t.id', '=', 'm.merged_into_id')
              .where('t.state', 'in', [...openStates]),
          ),
        ]),
      ]),
    )
    .execute();
  return rows.map((r) => ({
    ...r,
    seq: Number(r.seq),
    merged_into_id: r.merged_into_id && r.id !== r.merged_into_id ? r.merged_into_id : null,
  }));
}

/** The commune's open matters (the ones a new opinion may duplicate), newest 3,000. */
export async function openMatterCandidates(db: Q, unitId: string): Promise<DuplicateCandidate[]> {
  const rows = await db
    .selectFrom('matter')
    .select(['id', 'content', 'village_id', 'field'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...openStates])
    .orderBy('seq', 'desc')
    .limit(3000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    content: r.content,
    villageId: r.village_id,
    field: r.field,
  }));
}

/** A window of the unit's open matters, newest first, before a seq (keyset): what triage groups. */
export async function openMatterWindow(
  db: Q,
  unitId: string,
  before: number | null,
  size: number,
): Promise<OpenMatterText[]> {
  let q = db
    .selectFrom('matter')
    .select(['id', 'seq', 'content', 'village_id', 'field'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...openStates]);
  if (before !== null) q = q.where('seq', '<', before);
  const rows = await q.orderBy('seq', 'desc').limit(size).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The unit's newest matters in a state, ids only (triage's queues: unclassified, unrouted). */
export async function newestInState(
  db: Q,
  unitId: string,
  state: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('matter')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('state', '=', state)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Merged wordings kept per matter in the triage view: the newest, enough to recognise the concern. */
const WORDINGS_PER_MATTER = 5;

/** The petitions merged into these matters, newest first, at most a few per matter. */
export async function mergedWordings(
  db: Q,
  matterIds: readonly string[],
): Promise<Map<string, { id: string; content: string }[]>> {
  const out = new Map<string, { id: string; content: string }[]>();
  for (let k = 0; k < matterIds.length; k += 500) {
    const rows = await db
      .selectFrom('matter')
      .select(['id', 'content', 'merged_into_id'])
      .where('state', '=', 'merged')
      .where('merged_into_id', 'in', matterIds.slice(k, k + 500))
      .orderBy('seq', 'desc')
      .execute();
    for (const r of rows) {
      if (!r.merged_into_id || r.merged_into_id === r.id) continue;
      const list = out.get(r.merged_into_id) ?? [];
      if (list.length < WORDINGS_PER_MATTER) list.push({ id: r.id, content: r.content });
      out.set(r.merged_into_id, list);
    }
  }
  return out;
}

/**
 * What the triage window depends on, cheaply: the unit's open matters (how many, the newest, the
 * last change: a merge, an edit, a new one) and its "not the same" decisions.
 */
export async function triageSignature(
  db: Q,
  unitId: string,
  before: number | null,
): Promise<string> {
  let q = db
    .selectFrom('matter')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('seq').as('s'),
      eb.fn.max('updated_at').as('u'),
    ])
    .where('unit_id', '=', unitId)
    .where('state', 'in', [...openStates]);
  if (before !== null) q = q.where('seq', '<', before);
  const m = await q.executeTakeFirstOrThrow();
  const d = await db
    .selectFrom('matter_pair_dismissal')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('a')])
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return `${m.n}|${m.s}|${m.u}|${d.n}|${d.a}`;
}

/** Each match's merged wording, when it matched through one: the text its marked words stand in. */
export async function viaWordings(
  db: Q,
  matches: readonly { via: string | null }[],
): Promise<({ id: string; content: string } | null)[]> {
  const ids = matches.flatMap((m) => (m.via ? [m.via] : []));
  const rows = ids.length
    ? await db.selectFrom('matter').select(['id', 'content']).where('id', 'in', ids).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return matches.map((m) => (m.via ? (byId.get(m.via) ?? null) : null));
}
