// What route handlers receive: passed in explicitly, so tests build the same app on any database.
import type { Auth } from '../auth/auth.js';
import type { Config } from '../config.js';
import type { Db } from '../db/open-database.js';

export interface AppDeps {
  db: Db;
  auth: Auth;
  config: Config;
}
