// Two real server processes (`doithoai serve`, each running its job runner) on one PostgreSQL
// database; 1,000 reminders fall due at once, half by SMS (webhook on a local HTTP server), half
// by email (a real SMTP server): each is delivered exactly once — counted at the receiving
// servers and in the database — and both processes did part of the work. The assertions live in
// support/scale-out-suite.ts; pgbouncer.test.ts runs them again through PgBouncer.
import { postgresStore } from './support/child-server.js';
import { postgresAvailable } from './support/databases.js';
import { describeRemindersOnce } from './support/scale-out-suite.js';

describeRemindersOnce(
  'two server processes on one PostgreSQL deliver each reminder once',
  !postgresAvailable,
  postgresStore,
);
