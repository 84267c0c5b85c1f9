// The clerk's console during the session: the agenda in speaking order, each question with its
// prepared answer, the answer given and by whom, settled or carried over, questions from the
// floor, attendance. Every keystroke is kept in the browser first (console-queue.ts) and sent in
// the background; the status line says what is saved and what is waiting for the network.
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { AgendaItemInput } from '@doithoai/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { isNetworkError, pendingCount, readOutbox, writeOutbox, type Outbox } from './console-queue';
import { FloorSimilar } from './FloorSimilar';
import { fetchSession, saveAttendance, saveItem, type AgendaItem, type SessionDetail } from './session-api';
import { sessionText } from './session-text';

type Status = { kind: 'saved' } | { kind: 'saving' } | { kind: 'offline'; n: number } | { kind: 'error'; message: string };

const toInput = (i: AgendaItem): AgendaItemInput => ({
  rev: i.rev, position: i.position, matterId: i.matterId, fromFloor: i.fromFloor, speakerName: i.speakerName, question: i.question,
  answer: i.answer, answeredBy: i.answeredBy, outcome: i.outcome,
});

export function SessionConsole() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = sessionText(lang);
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [present, setPresent] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<Status>({ kind: 'saved' });
  const outbox = useRef<Outbox>(readOutbox(id));
  const flushing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The content of the matter a floor question was linked to in this tab, to show what it is.
  const [linked, setLinked] = useState<Record<string, string>>({});

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

  useEffect(() => {
    fetchSession(id).then((s) => {
      setSession(s);
      // What the browser still holds wins over the server's copy when it is newer.
      const local = outbox.current.items;
      const merged = s.agenda.map((i) => (local[i.id] && local[i.id]!.rev > i.rev ? { ...i, ...local[i.id]!, rev: local[i.id]!.rev } as AgendaItem : i));
      for (const [itemId, p] of Object.entries(local)) {
        if (!merged.some((i) => i.id === itemId)) merged.push({ id: itemId, speakerVillage: null, matterState: null, preparedAnswer: null, assigneeName: null, ...p, matterId: p.matterId ?? null, speakerName: p.speakerName ?? null, answer: p.answer ?? null, answeredBy: p.answeredBy ?? null, outcome: p.outcome ?? null, fromFloor: !!p.fromFloor });
      }
      setItems(merged.sort((a, b) => a.position - b.position));
      const att = outbox.current.attendance;
      const newer = att && att.rev > s.attendanceRev ? att : null;
      setTotal(newer ? newer.total : s.attendanceTotal);
      setPresent(Object.fromEntries(newer ? newer.groups.map((g) => [g.composition, g.present]) : s.participants.filter((p) => p.present !== null).map((p) => [p.composition, p.present!])));
      if (pendingCount(outbox.current)) void flush();
    }).catch((e) => setStatus({ kind: 'error', message: String(e.message ?? e) }));
  }, [id, flush]);

  // Resend when the network returns, and keep trying while anything waits.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    const every = setInterval(() => { if (pendingCount(outbox.current)) void flush(); }, 3000);
    return () => { window.removeEventListener('online', onOnline); clearInterval(every); };
  }, [flush]);

  const queue = (next: AgendaItem) => {
    outbox.current.items[next.id] = toInput(next);
    writeOutbox(id, outbox.current);
    setStatus({ kind: 'saving' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 500);
  };
  const edit = (itemId: string, patch: Partial<AgendaItem>) => {
    setItems((all) => all.map((i) => {
      if (i.id !== itemId) return i;
      const next = { ...i, ...patch, rev: i.rev + 1 };
      queue(next);
      return next;
    }));
  };
  const swap = (a: number, b: number) => {
    const x = items[a];
    const y = items[b];
    if (!x || !y) return;
    edit(x.id, { position: y.position });
    edit(y.id, { position: x.position });
    setItems((all) => [...all].sort((p, q) => p.position - q.position));
  };
  const addFloor = () => {
    const position = Math.max(0, ...items.map((i) => i.position)) + 1;
    const item: AgendaItem = {
      id: `floor-${crypto.randomUUID()}`, position, matterId: null, speakerName: '', speakerVillage: null, question: '', answer: null, answeredBy: null,
      outcome: null, fromFloor: true, rev: 1, matterState: null, preparedAnswer: null, assigneeName: null,
    };
    setItems((all) => [...all, item]);
    queue(item);
  };
  const setAttendance = (n: number, groups: Record<string, number> = present) => {
    setTotal(n);
    setPresent(groups);
    outbox.current.attendance = {
      rev: Math.max(session?.attendanceRev ?? 0, outbox.current.attendance?.rev ?? 0) + 1, total: n,
      groups: Object.entries(groups).map(([composition, p]) => ({ composition, present: p })),
    };
    writeOutbox(id, outbox.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 500);
  };

  if (!session) return status.kind === 'error' ? <Alert color="red">{status.message}</Alert> : <Loader />;
  const statusText = status.kind === 'saved' ? t.allSaved : status.kind === 'saving' ? t.saving : status.kind === 'offline' ? t.offline(status.n) : t.failed(status.message);
  // Linking a floor question to a matter on file makes sense only until the session is held.
  const open = session.state === 'scheduled' || session.state === 'announced';
  const color = status.kind === 'saved' ? 'green' : status.kind === 'saving' ? 'blue' : status.kind === 'offline' ? 'orange' : 'red';

  return (
    <Stack>
      <Button component={Link} to={`/hoi-nghi/${id}`} variant="subtle" w="fit-content">{t.backToSession}</Button>
      <Group justify="space-between">
        <Title order={2}>{t.consoleTitle} · {t.round(session.round)}</Title>
        <Badge size="lg" color={color} role="status" data-testid="autosave-status" style={{ textTransform: 'none' }}>{statusText}</Badge>
      </Group>
      {session.participants.length > 0 && (
        <Card withBorder p="sm">
          <Stack gap={4}>
            {session.participants.map((p) => (
              <Group key={p.id} gap="xs" wrap="nowrap">
                <Text size="sm" style={{ flex: 1 }}>{p.composition}</Text>
                <NumberInput aria-label={`${t.present}: ${p.composition}`} w={110} min={0} value={present[p.composition] ?? ''}
                  onChange={(v) => {
                    if (typeof v !== 'number') return;
                    const groups = { ...present, [p.composition]: v };
                    setAttendance(Object.values(groups).reduce((n, x) => n + x, 0), groups);
                  }} />
                <Text size="xs" c={p.invited !== null && (present[p.composition] ?? 0) > p.invited ? 'orange.8' : 'dimmed'} w={80}>
                  {p.invited !== null ? `/ ${p.invited} ${t.invited}` : ''}
                </Text>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <Group align="end">
        <NumberInput label={t.attendance} w={200} min={0} value={total ?? ''} onChange={(v) => typeof v === 'number' && setAttendance(v)} />
        {session.attendanceCap !== null && total !== null && total > session.attendanceCap && (
          <Text c="orange.8" role="alert">{t.overCap(total, session.attendanceCap)}</Text>
        )}
      </Group>
      {items.map((i, n) => (
        <Card key={i.id} withBorder role="group" aria-label={t.item(n + 1)} data-testid="agenda-item">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Text fw={700}>{t.item(n + 1)}</Text>
              {i.fromFloor && <Badge color="grape">{t.fromFloor}</Badge>}
              {i.assigneeName && <Badge variant="light">{i.assigneeName}</Badge>}
            </Group>
            <Group gap={4}>
              <Button size="compact-xs" variant="default" disabled={n === 0} onClick={() => swap(n, n - 1)}>{t.moveUp}</Button>
              <Button size="compact-xs" variant="default" disabled={n === items.length - 1} onClick={() => swap(n, n + 1)}>{t.moveDown}</Button>
            </Group>
          </Group>
          <Stack gap="xs">
            <TextInput label={t.speaker} value={i.speakerName ?? ''} onChange={(e) => edit(i.id, { speakerName: e.currentTarget.value })} />
            <Textarea label={t.question} autosize value={i.question}
              onChange={(e) => edit(i.id, { question: e.currentTarget.value })} />
            {open && i.fromFloor && !i.matterId && (
              <FloorSimilar unitId={session.unitId} question={i.question} onLink={(m) => { setLinked((l) => ({ ...l, [i.id]: m.content })); edit(i.id, { matterId: m.id }); }} />
            )}
            {open && i.fromFloor && i.matterId && (
              <Alert color="blue" variant="light" p="xs" data-testid="floor-linked" title={t.floorLinked}>
                {linked[i.id] && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{linked[i.id]}</Text>}
                <Text size="xs" c="dimmed">{t.floorLinkedHint}</Text>
              </Alert>
            )}
            {i.preparedAnswer && <Text size="sm" c="dimmed">{t.prepared}: {i.preparedAnswer}</Text>}
            <Textarea label={t.answer} autosize value={i.answer ?? ''} onChange={(e) => edit(i.id, { answer: e.currentTarget.value })} />
            <TextInput label={t.answeredBy} value={i.answeredBy ?? ''} onChange={(e) => edit(i.id, { answeredBy: e.currentTarget.value })} />
            <SegmentedControl
              aria-label={t.outcome}
              value={i.outcome ?? 'none'}
              onChange={(v) => edit(i.id, { outcome: v === 'none' ? null : (v as 'settled' | 'carried-over') })}
              data={[{ value: 'none', label: t.outcomes.none }, { value: 'settled', label: t.outcomes.settled }, { value: 'carried-over', label: t.outcomes['carried-over'] }]}
            />
          </Stack>
        </Card>
      ))}
      <Button variant="light" onClick={addFloor} w="fit-content">{t.addFloor}</Button>
    </Stack>
  );
}
