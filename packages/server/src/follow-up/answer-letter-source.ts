// The letters of an answer awaiting approval, as renderable drafts (document/sources): one per
// petitioner still without a letter, id '<answerId>~<petitionerId>'. Once approved, each letter
// is in the register and listed from there.
import { maskPetitionerName } from '@doithoai/core';
import type { DocumentListItem, DocumentSource } from '../document/document-source.js';
import type { Db } from '../db/open-database.js';
import { todayInVietnam } from '../shared/clock.js';
import { unitProfile } from '../calendar/profile.repository.js';
import { responseLetter } from './answer-letters.js';
import { petitionersOf } from './follow-up.repository.js';

async function pendingAnswers(db: Db, prefixes: string[], unitId?: string) {
  if (!prefixes.length) return [];
  let q = db.kysely
    .selectFrom('matter_answer as a')
    .innerJoin('matter as m', 'm.id', 'a.matter_id')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.matter_id', 'a.unit_id', 'm.content'])
    .where('a.state', '=', 'submitted')
    .where((eb) => eb.or(prefixes.map((p) => eb('u.path', 'like', `${p}%`))));
  if (unitId) q = q.where('a.unit_id', '=', unitId);
  return q.orderBy('a.created_at').execute();
}

export const answerLetterSource: DocumentSource = {
  kind: 'van-ban-tra-loi',
  async list(db, prefixes, unitId) {
    const out: DocumentListItem[] = [];
    for (const a of await pendingAnswers(db, prefixes, unitId)) {
      const done = new Set(
        (
          await db.kysely
            .selectFrom('answer_letter')
            .select('petitioner_id')
            .where('matter_id', '=', a.matter_id)
            .execute()
        ).map((l) => l.petitioner_id),
      );
      for (const p of (await petitionersOf(db.kysely, a.matter_id)).filter(
        (x) => !done.has(x.id),
      )) {
        out.push({
          kind: 'van-ban-tra-loi',
          id: `${a.id}~${p.id}`,
          unitId: a.unit_id,
          numberText: null,
          issuedOn: null,
          title: `Trả lời ${maskPetitionerName(p.fullName, p.villageName)}: ${a.content.slice(0, 60)} (dự thảo)`,
        });
      }
    }
    return out;
  },
  async build(db, id) {
    const [answerId, petitionerId] = id.split('~');
    if (!answerId || !petitionerId) return undefined;
    const a = await db.kysely
      .selectFrom('matter_answer as a')
      .innerJoin('matter as m', 'm.id', 'a.matter_id')
      .innerJoin('unit as u', 'u.id', 'a.unit_id')
      .select(['a.text', 'm.id', 'm.unit_id', 'm.content', 'u.path'])
      .where('a.id', '=', answerId)
      .where('a.state', '=', 'submitted')
      .executeTakeFirst();
    if (!a) return undefined;
    const p = (await petitionersOf(db.kysely, a.id)).find((x) => x.id === petitionerId);
    const { profile } = await unitProfile(db.kysely, a.path);
    if (!p || !profile) return undefined;
    return {
      unitPath: a.path,
      document: await responseLetter(db.kysely, a, p, a.text, todayInVietnam(), profile),
    };
  },
};
