// The opinion list's view, kept in the URL so a link opens the same view (the dashboard's figures,
// the home page): status, field, village, source, overdue=1, official, round, q, sort
// (received|deadline), dir (asc|desc), page (1-based, 50 rows). Read here and turned into the
// server's query (state, villageId, assigneeId, limit, offset).
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fetchList, type ListPage } from './matter-api';

export const PAGE_SIZE = 50;
/** The server's offset stops at 100,000. */
export const MAX_PAGE = Math.floor(100_000 / PAGE_SIZE) + 1;

/** The URL's names → the server's. */
const toServer: Record<string, string> = {
  status: 'state',
  field: 'field',
  village: 'villageId',
  source: 'source',
  overdue: 'overdue',
  official: 'assigneeId',
  round: 'round',
  q: 'q',
  sort: 'sort',
  dir: 'dir',
};
export const filterNames = [
  'status',
  'field',
  'village',
  'source',
  'overdue',
  'official',
  'round',
] as const;

export function useOpinionList(unitId: string) {
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<ListPage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const page = Math.min(MAX_PAGE, Math.max(1, Number(params.get('page')) || 1));
  const query = useMemo(() => {
    const q = new URLSearchParams({
      limit: String(PAGE_SIZE),
      offset: String((page - 1) * PAGE_SIZE),
    });
    for (const [name, server] of Object.entries(toServer)) {
      const v = params.get(name)?.trim();
      if (v) q.set(server, v);
    }
    return q.toString();
  }, [params, page]);

  useEffect(() => {
    let live = true;
    setFailed(null);
    const timer = setTimeout(() => {
      fetchList(unitId, new URLSearchParams(query))
        .then((r) => live && setData(r))
        .catch((e: Error) => {
          if (live) {
            setData({ items: [], limit: PAGE_SIZE, offset: 0, total: 0, totalCapped: false });
            setFailed(e.message);
          }
        });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [unitId, query]);

  /** Sets (or clears, with null/'') URL parameters; any change but the page goes back to page 1. */
  const set = (changes: Record<string, string | null>, options: { replace?: boolean } = {}) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes))
      if (v) next.set(k, v);
      else next.delete(k);
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: options.replace ?? false });
  };
  return { params, data, failed, page, set };
}
