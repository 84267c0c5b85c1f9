// One matter as its page needs it: the matter (GET /api/opinions/:id) and its attachments,
// reloaded after an action; "not found" kept apart from a failure to load.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { fetchAttachments, fetchMatter, type AttachmentMeta, type Matter } from './matter-api';

export function useMatter(id: string) {
  const [matter, setMatter] = useState<Matter | null>(null);
  const [attachments, setAttachments] = useState<AttachmentMeta[]>([]);
  const [error, setError] = useState<{ notFound: boolean; message: string } | null>(null);
  const load = useCallback(() => {
    setError(null);
    fetchMatter(id)
      .then(setMatter)
      .catch((e: unknown) => {
        setMatter(null);
        setError({
          notFound: e instanceof ApiError && e.status === 404,
          message: e instanceof Error ? e.message : String(e),
        });
      });
    fetchAttachments(id)
      .then(setAttachments)
      .catch(() => setAttachments([]));
  }, [id]);
  useEffect(load, [load]);
  return { matter, attachments, error, reload: load };
}
