// The similarity endpoints (issue 16: the same concern in other words) and the shapes they return:
// likely duplicates while typing, the triage's clusters, "not the same", and the unit's table of
// words the engine folds together (Từ điển gom ý kiến).
import type {
  LexiconEntry,
  LexiconKind,
  LexiconTable,
  MatterSummary,
  NotDuplicateView,
  NotSameResult,
  OpinionTriage,
  SimilarDuplicate,
  SimilarOpinions,
  TriageCluster,
  TriageMember,
} from '@doithoai/core';
import { api } from '../../api';
import type { Span } from '../../components/Highlighted';

export type { LexiconEntry, LexiconKind, Span };

// What these routes answer: core's contracts, the routes' response schemas, under the names the
// opinion pages use.
/** A matter that says the same as the text typed, with the words both share. */
export type SimilarMatch = SimilarDuplicate;
export type SimilarResult = SimilarOpinions;
export type ClusterMember = TriageMember;
export type Cluster = TriageCluster;
export type NotDuplicate = NotDuplicateView;
export type Triage = OpinionTriage;
export type Lexicon = LexiconTable;

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
  api<NotSameResult>('POST', `/api/units/${unitId}/opinions/not-same`, {
    matterId,
    otherIds,
  });
export const undoNotDuplicate = (id: string) => api('DELETE', `/api/opinions/not-duplicates/${id}`);

export const fetchLexicon = (unitId: string) => api<Lexicon>('GET', `/api/units/${unitId}/lexicon`);
export const saveLexicon = (unitId: string, entries: LexiconEntry[], version: number) =>
  api<Lexicon>('PUT', `/api/units/${unitId}/lexicon`, { entries, version });
