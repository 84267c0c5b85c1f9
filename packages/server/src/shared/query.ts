// The query handle every repository takes: the database, or a transaction already open on it.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type Q = Kysely<Database> | Transaction<Database>;
