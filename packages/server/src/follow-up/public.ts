// What other features may import from follow-up/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'answer-letter-source.ts', // the letters' document source
  'answer.ts', // the demo writes answers
  'escalation.ts', // the demo extends a due date
  'follow-up.repository.ts', // currentDues: the due date in force of each conclusion item
  'responsible.ts', // the demo names the responsible official
] as const;
