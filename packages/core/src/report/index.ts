// Reports and dashboards: reporting periods (rounds, year, the 215-KL/TW periods), the figures
// (counts, on-time rate of written answers in working days, trends) and the oversight row.
export * from './periods.js';
export * from './figures.js';
export * from './oversight.js';
export * from './columns.js';
export * from './report-period-key.js';
export * from './dashboard-requests.js';
export * from './dashboard-responses.js';
export * from './report-responses.js';
