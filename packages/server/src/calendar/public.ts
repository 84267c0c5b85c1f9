// What other features may import from calendar/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'calendar.repository.ts', // loadWorkingCalendar
  'move-context.ts', // moveContext: the rules a unit works under today
  'profile.repository.ts', // a unit's regulation profile (today or on a date)
] as const;
