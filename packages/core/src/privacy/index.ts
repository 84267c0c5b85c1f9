// Personal data (issue 10 B): data-subject requests with their deadlines, retention periods.
export * from './request.js';
export * from './retention.js';
export * from './privacy-responses.js';
