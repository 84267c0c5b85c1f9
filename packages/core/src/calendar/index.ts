// The Vietnamese working-day calendar: dates, the lunar calendar, holidays (published and
// computed), and the deadline rules of the Civil Code. Pure: no IO, no clock.
export * from './iso-date.js';
export * from './vietnam-time.js';
export * from './lunar.js';
export * from './holidays.js';
export { OFFICIAL_HOLIDAYS } from './holidays-official.js';
export * from './working-calendar.js';
export * from './deadline-types.js';
export * from './deadline.js';
export { explainDeadline } from './explain.js';
export * from './calendar-responses.js';
