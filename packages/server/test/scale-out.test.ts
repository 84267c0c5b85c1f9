// Scale-out (issue 11, docs/SCALE-OUT.md): two app processes on ONE PostgreSQL database serve
// together. A sign-in on one is valid on the other (sessions live in the database) and a sign-out
// on either ends it on both; two updates of the same matter from the two processes at once give
// one success and one 409 "someone else changed this" (Vietnamese first); jobs leased by two
// processes run once each (FOR UPDATE SKIP LOCKED, server/src/jobs). The assertions live in
// support/scale-out-suite.ts; pgbouncer.test.ts runs them again through PgBouncer.
import { postgresStore } from './support/child-server.js';
import { postgresAvailable } from './support/databases.js';
import { describeScaleOut } from './support/scale-out-suite.js';

describeScaleOut('two app processes on one PostgreSQL database', !postgresAvailable, postgresStore);
