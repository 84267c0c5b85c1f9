// The written answer the office published for a matter, if any. The follow-up feature (migration
// 0007, `matter_answer`) keeps the text, the official's name and when it was published; until that
// table exists in a database, a matter simply has no published answer here. Extend this function
// (not the pages) when follow-up adds more to show, e.g. the answer of a higher body.
import { sql } from 'kysely';
import type { Q } from '../plan/plan.repository.js';

export interface PublishedAnswer {
  text: string;
  officialName: string;
  publishedAt: string;
}

const missingTable = (e: unknown) => /no such table|does not exist/i.test(String((e as Error)?.message ?? e));

export async function findPublishedAnswer(db: Q, matterId: string): Promise<PublishedAnswer | null> {
  try {
    const r = await sql<{ text: string; official_name: string; published_at: string }>`
      select text, official_name, published_at from matter_answer
      where matter_id = ${matterId} and published_at is not null order by published_at desc limit 1`.execute(db);
    const row = r.rows[0];
    return row ? { text: row.text, officialName: row.official_name, publishedAt: String(row.published_at) } : null;
  } catch (e) {
    if (missingTable(e)) return null;
    throw e;
  }
}
