// The triage page's data: one page of clusters within a window of open matters (the newest, or
// older ones before a mark the server gives), reloaded after every action. A page left empty by
// a merge steps back to the last page that still has clusters.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { fetchTriage, type Triage } from './similar-api';

export const CLUSTERS_PER_PAGE = 10;

const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function useTriage(unitId: string) {
  const [data, setData] = useState<Triage | null>(null);
  const [offset, setOffset] = useState(0);
  const [before, setBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await fetchTriage(unitId, { offset, limit: CLUSTERS_PER_PAGE, before });
      if (offset > 0 && offset >= next.clustersTotal) {
        setOffset(
          Math.max(0, Math.ceil(next.clustersTotal / CLUSTERS_PER_PAGE) - 1) * CLUSTERS_PER_PAGE,
        );
        return;
      }
      setData(next);
    } catch (e) {
      setError(message(e));
    }
  }, [unitId, offset, before]);
  useEffect(() => {
    void load();
  }, [load]);
  // Another unit: start again from its newest matters.
  useEffect(() => {
    setOffset(0);
    setBefore(null);
  }, [unitId]);

  /** Runs an action, then reloads; a refusal is shown and returned as false. */
  const act = useCallback(
    async (fn: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await fn();
        return true;
      } catch (e) {
        setError(message(e));
        return false;
      } finally {
        await load();
      }
    },
    [load],
  );

  return {
    data,
    error,
    setError,
    act,
    page: Math.floor(offset / CLUSTERS_PER_PAGE) + 1,
    pages: data ? Math.ceil(data.clustersTotal / CLUSTERS_PER_PAGE) : 0,
    goTo: (page: number) => setOffset((page - 1) * CLUSTERS_PER_PAGE),
    older: before !== null,
    showOlder: () => {
      if (data?.window.olderBefore != null) {
        setBefore(data.window.olderBefore);
        setOffset(0);
      }
    },
    showNewest: () => {
      setBefore(null);
      setOffset(0);
    },
  };
}
