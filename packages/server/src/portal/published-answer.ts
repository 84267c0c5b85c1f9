// The written answer the office published for a matter, if any (follow-up, migration 0007,
// `matter_answer`): the text, the official's name and when it was published. The text may name
// the person who asked: every petitioner's name of the matter becomes initials, phones go.
// Extend this function (not the pages) when follow-up adds more to show.
import { maskText } from './mask.js';
import { petitionersOf } from './published-answers.js';
import type { Q } from '../shared/query.js';
import { latestPublishedAnswer } from './portal.repository.js';

export interface PublishedAnswer {
  text: string;
  officialName: string;
  publishedAt: string;
}

export async function findPublishedAnswer(
  db: Q,
  matterId: string,
): Promise<PublishedAnswer | null> {
  const row = await latestPublishedAnswer(db, matterId);
  if (!row) return null;
  const names =
    (await petitionersOf(db, [matterId]))
      .get(matterId)
      ?.map((p) => p.fullName)
      .filter((n): n is string => !!n) ?? [];
  return {
    text: maskText(row.text, names),
    officialName: row.official_name,
    publishedAt: String(row.published_at),
  };
}
