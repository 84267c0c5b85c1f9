// The letters of an answer awaiting approval, as renderable drafts (document/sources): one per
// petitioner still without a letter, id '<answerId>~<petitionerId>'. Once approved, each letter
// is in the register and listed from there.
import { maskPetitionerName } from '@doithoai/core';
import type { DocumentListItem, DocumentSource } from '../document/document-source.js';
import { todayInVietnam } from '../shared/clock.js';
import { unitProfile } from '../calendar/profile.repository.js';
import { responseLetter } from './answer-letters.js';
import { petitionersOf } from './follow-up.repository.js';
import { petitionersWithLetters, submittedAnswer, submittedAnswers } from './answer.repository.js';

export const answerLetterSource: DocumentSource = {
  kind: 'van-ban-tra-loi',
  async list(db, prefixes, unitId) {
    const out: DocumentListItem[] = [];
    for (const a of await submittedAnswers(db.kysely, prefixes, unitId)) {
      const done = await petitionersWithLetters(db.kysely, a.matter_id);
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
    const a = await submittedAnswer(db.kysely, answerId);
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
