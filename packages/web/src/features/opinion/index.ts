// Opinions in the staff console: the list and search, fast entry, triage, the grouping dictionary, list import.
export { OpinionListPage } from './OpinionListPage';
export { OpinionEntryPage } from './OpinionEntryPage';
export { TriagePage } from './TriagePage';
export { LexiconPage } from './LexiconPage';
export { ImportPage } from './ImportPage';
