// Opinions in the staff console: the list and search, fast entry, triage, list import.
export { OpinionListPage } from './OpinionListPage';
export { OpinionEntryPage } from './OpinionEntryPage';
export { TriagePage } from './TriagePage';
export { ImportPage } from './ImportPage';
