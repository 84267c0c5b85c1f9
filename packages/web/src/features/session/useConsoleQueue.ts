// The console's data and its outbox: the session and its agenda as the clerk edits them, the
// attendance, and every edit kept in the browser first (console-queue.ts), then sent in the
// background, in the order made; a network failure leaves it waiting and it is sent when the
// network returns (and every 3 s while anything waits). An edit is removed from the outbox only
// when the server has that revision, so one made while its previous version was on the way is
// sent after it. The status says what is saved and what waits for the network.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { warmSimilar } from '../opinion/similar-api';
import { attendanceTotal, mergeAgenda, toInput } from './console-nav';
import {
  isNetworkError,
  pendingCount,
  readOutbox,
  writeOutbox,
  type Outbox,
} from './console-queue';
import {
  fetchSession,
  saveAttendance,
  saveItem,
  type AgendaItem,
  type SessionDetail,
} from './session-api';

export type ConsoleStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'offline'; n: number }
  | { kind: 'error'; message: string };

/** How long typing may pause before the edits are sent, and how often waiting edits are retried. */
export const SEND_AFTER_MS = 500;
export const RETRY_EVERY_MS = 3000;

export function useConsoleQueue(id: string) {
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [headCount, setHeadCount] = useState<number | null>(null);
  const [present, setPresent] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<ConsoleStatus>({ kind: 'saved' });
  const outbox = useRef<Outbox>(readOutbox(id));
  const flushing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      setStatus({ kind: 'saving' });
      for (const [itemId, payload] of Object.entries(outbox.current.items)) {
        await saveItem(id, itemId, payload);
        if (outbox.current.items[itemId]?.rev === payload.rev) delete outbox.current.items[itemId];
        writeOutbox(id, outbox.current);
      }
      const att = outbox.current.attendance;
      if (att) {
        await saveAttendance(id, att);
        if (outbox.current.attendance?.rev === att.rev) outbox.current.attendance = null;
        writeOutbox(id, outbox.current);
      }
      setStatus(pendingCount(outbox.current) ? { kind: 'saving' } : { kind: 'saved' });
    } catch (e) {
      if (isNetworkError(e)) setStatus({ kind: 'offline', n: pendingCount(outbox.current) });
      else setStatus({ kind: 'error', message: e instanceof ApiError ? e.message : String(e) });
    } finally {
      flushing.current = false;
    }
  }, [id]);

  // The commune's similarity engine readied once as the console opens, not per question.
  const unitId = session?.unitId;
  useEffect(() => (unitId ? warmSimilar(unitId) : undefined), [unitId]);
  useEffect(() => {
    fetchSession(id)
      .then((s) => {
        setSession(s);
        // What the browser still holds wins over the server's copy when it is newer.
        setItems(mergeAgenda(s.agenda, outbox.current.items));
        const att = outbox.current.attendance;
        const newer = att && att.rev > s.attendanceRev ? att : null;
        setHeadCount(newer ? newer.total : s.attendanceTotal);
        setPresent(
          Object.fromEntries(
            newer
              ? newer.groups.map((g) => [g.composition, g.present])
              : s.participants
                  .filter((p) => p.present !== null)
                  .map((p) => [p.composition, p.present!]),
          ),
        );
        if (pendingCount(outbox.current)) void flush();
      })
      .catch((e) => setStatus({ kind: 'error', message: String(e.message ?? e) }));
  }, [id, flush]);

  // Resend when the network returns, and keep trying while anything waits.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    const every = setInterval(() => {
      if (pendingCount(outbox.current)) void flush();
    }, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(every);
    };
  }, [flush]);

  const sendSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SEND_AFTER_MS);
  };
  const queue = (next: AgendaItem) => {
    outbox.current.items[next.id] = toInput(next);
    writeOutbox(id, outbox.current);
    setStatus({ kind: 'saving' });
    sendSoon();
  };

  /** Changes one question (a new revision), kept in the browser and sent shortly. */
  const edit = (itemId: string, patch: Partial<AgendaItem>) => {
    setItems((all) =>
      all.map((i) => {
        if (i.id !== itemId) return i;
        const next = { ...i, ...patch, rev: i.rev + 1 };
        queue(next);
        return next;
      }),
    );
  };

  /** Swaps the places of the questions at `a` and `b`; false when either is missing. */
  const swap = (a: number, b: number) => {
    const x = items[a];
    const y = items[b];
    if (!x || !y) return false;
    edit(x.id, { position: y.position });
    edit(y.id, { position: x.position });
    setItems((all) => [...all].sort((p, q) => p.position - q.position));
    return true;
  };

  /** A new question from the floor at the end of the list; returns its index. */
  const addFloor = () => {
    const position = Math.max(0, ...items.map((i) => i.position)) + 1;
    const item: AgendaItem = {
      id: `floor-${crypto.randomUUID()}`,
      position,
      matterId: null,
      speakerName: '',
      speakerVillage: null,
      speakerFrom: 'entered',
      question: '',
      answer: null,
      answeredBy: null,
      outcome: null,
      fromFloor: true,
      rev: 1,
      matterState: null,
      preparedAnswer: null,
      assigneeName: null,
    };
    setItems((all) => [...all, item]);
    queue(item);
    return items.length;
  };

  /** The head count typed and the count per composition; the total is their sum when counted. */
  const setAttendance = (typed: number | null, groups: Record<string, number>) => {
    const compositions = session?.participants.map((p) => p.composition) ?? [];
    const total = attendanceTotal(groups, compositions, typed) ?? 0;
    setHeadCount(total);
    setPresent(groups);
    outbox.current.attendance = {
      rev: Math.max(session?.attendanceRev ?? 0, outbox.current.attendance?.rev ?? 0) + 1,
      total,
      groups: Object.entries(groups).map(([composition, p]) => ({ composition, present: p })),
    };
    writeOutbox(id, outbox.current);
    sendSoon();
  };

  return { session, items, headCount, present, status, edit, swap, addFloor, setAttendance };
}
