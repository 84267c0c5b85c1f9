// What other features may import from notify/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'outbox.repository.ts', // the deliveries `doithoai jobs status` shows
  'outbox.ts', // enqueueNotification: a feature tells someone, inside its transaction
  'runtime.ts', // createNotifier: a worker without the web server
] as const;
