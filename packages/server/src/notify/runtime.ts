// The job runner the server runs: deliveries, the daily reminders and the daily retention sweep. Started when the server
// starts listening (`doithoai serve`), stopped when the app closes; an app built for tests
// (inject, no listen) runs none — tests build their own with a fixed clock. JOBS=off disables it
// (a web-only process); the jobs wait in the database for a process that runs them.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/open-database.js';
import { JobRunner, type RunnerOptions } from '../jobs/runner.js';
import { purgeFinishedJobs } from '../jobs/job.repository.js';
import { buildChannels, type Channels } from './channels/index.js';
import { deliveryJob } from './deliver.js';
import { loadNotifyConfig, type NotifyConfig } from './notify-config.js';
import { DELIVER_JOB } from './outbox.js';
import { DAILY_REMINDER_JOB, dailyReminderJob, planDailyReminders } from './reminder-digest.js';
import { RETENTION_JOB, planDailyRetention, retentionJob } from '../privacy/retention-job.js';

export interface Notifier {
  runner: JobRunner;
  channels: Channels;
  config: NotifyConfig;
  stop(): Promise<void>;
}

export interface NotifierOptions extends Partial<Omit<RunnerOptions, 'db' | 'kinds'>> {
  notifyConfig?: NotifyConfig;
  baseUrl?: string;
  /** Plan each unit's daily reminder job on the poll (default true). */
  planReminders?: boolean;
  /** Plan the daily retention sweep (privacy/retention-job.ts) on the poll: the server and the worker do; tests' runners don't. */
  planRetention?: boolean;
}

export function createNotifier(db: Db, options: NotifierOptions = {}): Notifier {
  const config = options.notifyConfig ?? loadNotifyConfig();
  const channels = buildChannels(db, config, options.baseUrl);
  let plannedAt = 0;
  let plannedDay = '';
  const runner = new JobRunner({
    ...options,
    db,
    kinds: {
      [DELIVER_JOB]: deliveryJob(db, channels),
      [DAILY_REMINDER_JOB]: dailyReminderJob(db),
      [RETENTION_JOB]: retentionJob(db),
    },
    beforeTick: async (now) => {
      if (options.planReminders === false) return;
      // Plan today's reminders at most once a minute (and at once when the day changes).
      const day = now.toISOString().slice(0, 10);
      if (day === plannedDay && Math.abs(now.getTime() - plannedAt) < 60_000) return;
      await planDailyReminders(db, now);
      if (options.planRetention) await planDailyRetention(db, now);
      await purgeFinishedJobs(db.kysely, now);
      plannedAt = now.getTime();
      plannedDay = day;
    },
  });
  return {
    runner,
    channels,
    config,
    async stop() {
      await runner.stop();
      await channels.close();
    },
  };
}

/** The notifier of the running server (for the admin's view of channel settings). */
export const notifierOf = new WeakMap<object, Notifier>();

export function registerJobRunner(
  app: FastifyInstance,
  deps: { db: Db; config: { baseUrl: string } },
): void {
  if (process.env.JOBS === 'off') return;
  let notifier: Notifier | null = null;
  app.addHook('onListen', async () => {
    notifier = createNotifier(deps.db, {
      baseUrl: deps.config.baseUrl,
      pollMs: Number(process.env.JOBS_POLL_MS ?? 1000),
      batch: Number(process.env.JOBS_BATCH ?? 50),
      planRetention: true,
      onError: (e) => app.log.error({ err: e }, 'job runner'),
    });
    notifierOf.set(deps.db, notifier);
    notifier.runner.start();
  });
  app.addHook('onClose', async () => {
    await notifier?.stop();
  });
}
