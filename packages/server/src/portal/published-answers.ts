// The answers a commune published, for everyone: the question (unless its sender, asked on the
// portal, did not agree to publish it), the answer, who answered and when, and who asked shown
// only as "Ông N.V.A., thôn 3". Every petitioner's name in the texts becomes initials and every
// phone number goes. The search folds case, accents and đ→d on both sides (core's foldVietnamese)
// and runs over what the page shows — masked texts — so a name typed in the search finds nothing.
import { foldVietnamese, maskPetitionerName } from '@doithoai/core';
import { maskText } from './mask.js';
import type { Q } from '../shared/query.js';
import {
  publishedAnswerRows,
  questionsNotToPublish,
  raisersOf,
} from './published-answer.repository.js';

export interface PublicAnswer {
  matterId: string;
  /** null: the sender did not agree to publish their question. */
  question: string | null;
  askedBy: string;
  answer: string;
  officialName: string;
  publishedAt: string;
}

/** A commune publishes tens to a few thousand answers; the newest this many are searched. */
const NEWEST = 3000;
export const PAGE_SIZE = 20;

interface Petitioner {
  matterId: string;
  fullName: string | null;
  villageName: string | null;
}

/** Petitioners of each matter, including those of matters merged into it (answered with it). */
export async function petitionersOf(
  db: Q,
  matterIds: string[],
): Promise<Map<string, Petitioner[]>> {
  const out = new Map<string, Petitioner[]>();
  if (matterIds.length === 0) return out;
  for (let i = 0; i < matterIds.length; i += 500) {
    const ids = matterIds.slice(i, i + 500);
    for (const r of await raisersOf(db, ids)) {
      const key = r.merged_into_id && ids.includes(r.merged_into_id) ? r.merged_into_id : r.id;
      out.set(key, [
        ...(out.get(key) ?? []),
        { matterId: key, fullName: r.full_name, villageName: r.village_name },
      ]);
    }
  }
  return out;
}

export const askedByOf = (people: Petitioner[]) => {
  if (people.length === 0) return 'Người dân';
  const first = maskPetitionerName(people[0]!.fullName, people[0]!.villageName);
  return people.length > 1 ? `${first} và ${people.length - 1} người khác` : first;
};

/** `sessionId`: only the matters raised at that session or named in its conclusion notice. */
export async function publishedAnswers(
  db: Q,
  unitId: string,
  newest = NEWEST,
  sessionId?: string,
): Promise<PublicAnswer[]> {
  const rows = await publishedAnswerRows(db, unitId, newest, sessionId);
  const latest = rows.filter((r, i) => rows.findIndex((x) => x.matter_id === r.matter_id) === i);
  const ids = latest.map((r) => r.matter_id);
  const people = await petitionersOf(db, ids);
  const unpublished = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const id of await questionsNotToPublish(db, ids.slice(i, i + 500))) unpublished.add(id);
  }
  return latest.map((r) => {
    const who = people.get(r.matter_id) ?? [];
    const names = who.map((p) => p.fullName).filter((n): n is string => !!n);
    return {
      matterId: r.matter_id,
      question: unpublished.has(r.matter_id) ? null : maskText(r.content, names),
      askedBy: askedByOf(who),
      answer: maskText(r.text, names),
      officialName: r.official_name,
      publishedAt: String(r.published_at),
    };
  });
}

/** Answers whose shown texts have a word starting with each word of the query, accents and case aside. */
export function searchAnswers(answers: PublicAnswer[], query: string): PublicAnswer[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return answers;
  return answers.filter((a) => {
    const text = ` ${foldVietnamese(`${a.question ?? ''} ${a.answer} ${a.officialName}`)} `;
    return words.every((w) => text.includes(` ${w}`));
  });
}
