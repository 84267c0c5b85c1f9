// What other features may import from unit/ (architecture.test.ts holds every import to it).
export const publicFiles = [
  'commune-header.ts', // a document's header from the unit tree of its date
  'confirm-unit-change.ts', // the demo's merger
  'ended-unit.ts', // a unit past its last day takes no new opinions
  'propose-unit-change.ts',
  'unit-change-text.ts',
  'unit-merger.repository.ts', // insertUnit: the demo's tree
  'unit.repository.ts', // units, organisations and people read by id
] as const;
