// The similarity endpoints (issue 16: the same concern in other words) and the shapes they return:
// likely duplicates while typing, the triage's clusters, "not the same", and the unit's table of
// words the engine folds together (Từ điển gom ý kiến).
import type { FieldSuggestion, LexiconEntry, LexiconKind, MatterSummary } from '@doithoai/core';
import { api } from '../../api';
import type { Span } from '../../components/Highlighted';

export type { LexiconEntry, LexiconKind, Span };

/** A matter that says the same as the text typed, with the words both share. */
export type SimilarMatch = MatterSummary & {
  similarity: number;
  score: number;
  sameVillage: boolean;
  sameField: boolean;
  /** The shared words as written in the matter (accented), most telling first. */
  shared: string[];
  /** The shared words in the matter's content. */
  spans: Span[];
  /** The shared words in the typed text. */
  mySpans: Span[];
  /** The petition merged into this matter whose wording matched; `spans` stand in its content. */
  via: { id: string; content: string } | null;
  /** Not clearly alike: offered only because nothing was (the closest one or two). */
  related: boolean;
};

export interface SimilarResult {
  suggestions: FieldSuggestion[];
  duplicates: SimilarMatch[];
}

export type ClusterMember = MatterSummary & { score: number; spans: Span[] };

export interface Cluster {
  key: string;
  size: number;
  /** The shared words, e.g. 'đập Khe Lau · rò rỉ'. */
  title: string;
  shared: string[];
  /** The suggested matter to keep. */
  targetId: string;
  members: ClusterMember[];
}

export interface NotDuplicate {
  id: string;
  at: string;
  a: string;
  b: string;
}

export interface Triage {
  unrouted: MatterSummary[];
  unclassified: MatterSummary[];
  clusters: Cluster[];
  clustersTotal: number;
  /** olderBefore non-null: older open matters lie beyond the window; pass it as `before`. */
  window: { matters: number; olderBefore: number | null };
  notDuplicates: NotDuplicate[];
}

export interface Lexicon {
  own: LexiconEntry[];
  inherited: (LexiconEntry & { unitName: string })[];
  builtIn: LexiconEntry[];
  /** Village names from the unit tree. */
  places: string[];
  version: number;
}

export const fetchSimilar = (
  unitId: string,
  content: string,
  villageId?: string | null,
  signal?: AbortSignal,
) =>
  api<SimilarResult>(
    'POST',
    `/api/units/${unitId}/opinions/similar`,
    { content, villageId: villageId ?? null },
    signal,
  );

/**
 * Readies the unit's engine before the first suggestion: the first one in a commune learns its
 * words and trains its classifier (about a second on a commune of 20,000 matters, docs/PERFORMANCE.md),
 * so a page that offers suggestions asks for nothing as it opens, and the clerk's first
 * keystrokes find it learnt. Its answer is not used; failing, it costs nothing.
 */
export function warmSimilar(unitId: string): () => void {
  const abort = new AbortController();
  fetchSimilar(unitId, '', null, abort.signal).catch(() => undefined);
  return () => abort.abort();
}

export function fetchTriage(
  unitId: string,
  page: { offset: number; limit: number; before: number | null },
) {
  const q = new URLSearchParams({ offset: String(page.offset), limit: String(page.limit) });
  if (page.before !== null) q.set('before', String(page.before));
  return api<Triage>('GET', `/api/units/${unitId}/opinions/triage?${q}`);
}

/** Merges every source into the target in one request (one transaction on the server). */
export const mergeInto = (targetId: string, sourceIds: string[]) =>
  api<MatterSummary>('POST', `/api/opinions/${targetId}/merge`, { sourceIds });
export const unmerge = (id: string) => api<MatterSummary>('POST', `/api/opinions/${id}/unmerge`);
export const notSame = (unitId: string, matterId: string, otherIds: string[]) =>
  api<{ dismissed: number }>('POST', `/api/units/${unitId}/opinions/not-same`, {
    matterId,
    otherIds,
  });
export const undoNotDuplicate = (id: string) => api('DELETE', `/api/opinions/not-duplicates/${id}`);

export const fetchLexicon = (unitId: string) => api<Lexicon>('GET', `/api/units/${unitId}/lexicon`);
export const saveLexicon = (unitId: string, entries: LexiconEntry[], version: number) =>
  api<Lexicon>('PUT', `/api/units/${unitId}/lexicon`, { entries, version });
