// Follow-up items by matter. Every follow-up read asks "which item carries this matter over"
// (currentDues: the worklists, a matter's page, the daily reminders), and conclusion_item had no
// index starting with matter_id, so each such read scanned every item: at province scale
// (444,416 items) one commune's daily reminder job took ~700 ms of SQLite's single thread, and
// the 3,321 communes' jobs kept a server's event loop blocked for tens of minutes. With it, ~4 ms.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conclusion_item_matter_idx')
    .on('conclusion_item')
    .column('matter_id')
    .execute();
}
