// The clerk's console during the session, for a live hall: one question at a time (who asks, the
// question, a link to a matter on file, the prepared answer, the answer given and by whom, settled
// or carried over), the list of questions as a compact sidebar, keys for everything the clerk does
// often (console-nav.ts), attendance per composition that adds up to the total, and a window for
// the projector that follows the question shown here. Every keystroke is kept in the browser
// first (console-queue.ts) and sent in the background; the status line says what is saved and
// what is waiting for the network.
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Kbd,
  Loader,
  NumberInput,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import {
  attendanceTotal,
  consoleCommand,
  firstWords,
  indexFromParam,
  itemState,
  mergeAgenda,
  publishSlide,
  slideOf,
  stepIndex,
  toInput,
  type ItemState,
  type Slide,
} from './console-nav';
import {
  isNetworkError,
  pendingCount,
  readOutbox,
  writeOutbox,
  type Outbox,
} from './console-queue';
import { consoleText } from './console-text';
import { warmSimilar } from '../opinion/similar-api';
import { FloorSimilar } from './FloorSimilar';
import {
  fetchSession,
  saveAttendance,
  saveItem,
  type AgendaItem,
  type SessionDetail,
} from './session-api';
import { sessionText } from './session-text';

type Status =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'offline'; n: number }
  | { kind: 'error'; message: string };

const stateColour: Record<ItemState, string> = {
  waiting: 'gray',
  settled: 'green',
  'carried-over': 'orange',
};

export function SessionConsole() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = sessionText(lang);
  const c = consoleText(lang);
  const [params, setParams] = useSearchParams();
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [headCount, setHeadCount] = useState<number | null>(null);
  const [present, setPresent] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<Status>({ kind: 'saved' });
  const outbox = useRef<Outbox>(readOutbox(id));
  const flushing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const speakerRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The content of the matter a floor question was linked to in this tab, to show what it is.
  const [linked, setLinked] = useState<Record<string, string>>({});
  const index = indexFromParam(params.get('cau'), items.length);
  const current = items[index];

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
    }, 3000);
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(every);
    };
  }, [flush]);

  // The hall's screen follows the question shown here, as it is typed.
  const slideText = JSON.stringify(slideOf(items, index));
  useEffect(() => {
    const slide = JSON.parse(slideText) as Slide | null;
    if (slide) publishSlide(id, slide);
  }, [id, slideText]);

  const go = useCallback(
    (to: number) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('cau', String(to + 1));
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const queue = (next: AgendaItem) => {
    outbox.current.items[next.id] = toInput(next);
    writeOutbox(id, outbox.current);
    setStatus({ kind: 'saving' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 500);
  };
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
  const swap = (a: number, b: number) => {
    const x = items[a];
    const y = items[b];
    if (!x || !y) return;
    edit(x.id, { position: y.position });
    edit(y.id, { position: x.position });
    setItems((all) => [...all].sort((p, q) => p.position - q.position));
    go(b);
  };
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
    go(items.length);
    setTimeout(() => speakerRef.current?.focus(), 0);
  };
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
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 500);
  };

  const open = session?.state === 'scheduled' || session?.state === 'announced';
  // Keys work wherever the cursor is on the page.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const inTextBox =
      !!target &&
      (target.tagName === 'TEXTAREA' ||
        (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'radio'));
    const command = consoleCommand(e, inTextBox);
    if (!command || !session) return;
    e.preventDefault();
    if (command === 'next' || command === 'previous') {
      go(stepIndex(index, items.length, command === 'next' ? 1 : -1));
      if (inTextBox) setTimeout(() => answerRef.current?.focus(), 0);
    } else if (!open) {
      return;
    } else if (command === 'new') {
      addFloor();
    } else if (command === 'link') {
      searchRef.current?.focus();
    } else if (current) {
      edit(current.id, { outcome: command });
    }
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!session)
    return status.kind === 'error' ? <Alert color="red">{status.message}</Alert> : <Loader />;
  const statusText =
    status.kind === 'saved'
      ? t.allSaved
      : status.kind === 'saving'
        ? t.saving
        : status.kind === 'offline'
          ? t.offline(status.n)
          : t.failed(status.message);
  const color =
    status.kind === 'saved'
      ? 'green'
      : status.kind === 'saving'
        ? 'blue'
        : status.kind === 'offline'
          ? 'orange'
          : 'red';
  const invited = session.participants.reduce((n, p) => n + (p.invited ?? 0), 0);
  const compositions = session.participants.map((p) => p.composition);
  const total = attendanceTotal(present, compositions, headCount);
  const countedByGroup = compositions.some((k) => typeof present[k] === 'number');

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Button component={Link} to={`/hoi-nghi/${id}`} variant="subtle" px={0}>
          {t.backToSession}
        </Button>
        <Button
          component="a"
          href={`/hoi-nghi/${id}/trinh-chieu`}
          target="doithoai-projector"
          variant="light"
          title={c.projectorHint}
        >
          {c.projector}
        </Button>
      </Group>
      <Group justify="space-between" gap="xs">
        <Title order={2} fz={{ base: 22, sm: 28 }}>
          {t.consoleTitle} · {t.round(session.round)}
        </Title>
        <Badge
          size="lg"
          color={color}
          role="status"
          data-testid="autosave-status"
          maw="100%"
          style={{ textTransform: 'none', whiteSpace: 'normal', height: 'auto' }}
        >
          {statusText}
        </Badge>
      </Group>
      {!open && (
        <Alert color="gray" data-testid="console-read-only">
          {c.readOnly}
        </Alert>
      )}

      <Grid gap="sm">
        <Grid.Col span={12} order={{ base: 3, md: 1 }}>
          <Card withBorder p="sm">
            {session.participants.length > 0 ? (
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{c.attendanceByGroup}</Text>
                  <Text fw={700} data-testid="attendance-total">
                    {c.attendanceSum(total, invited)}
                  </Text>
                </Group>
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing={6} verticalSpacing={6}>
                  {session.participants.map((p) => (
                    <Group key={p.id} gap="xs" wrap="nowrap">
                      <Text size="xs" style={{ flex: 1, minWidth: 0 }} lineClamp={2}>
                        {p.composition}
                      </Text>
                      <NumberInput
                        size="xs"
                        w={84}
                        hideControls
                        aria-label={`${t.present}: ${p.composition}`}
                        min={0}
                        disabled={!open}
                        value={present[p.composition] ?? ''}
                        error={p.invited !== null && (present[p.composition] ?? 0) > p.invited}
                        onChange={(v) => {
                          if (typeof v !== 'number') return;
                          setAttendance(headCount, { ...present, [p.composition]: v });
                        }}
                      />
                      <Text
                        size="xs"
                        c={
                          p.invited !== null && (present[p.composition] ?? 0) > p.invited
                            ? 'orange.8'
                            : 'dimmed'
                        }
                        w={56}
                      >
                        {p.invited !== null ? `/ ${p.invited}` : ''}
                      </Text>
                    </Group>
                  ))}
                </SimpleGrid>
                {!countedByGroup && headCount !== null && (
                  <Text size="xs" c="dimmed">
                    {c.notByGroup}
                  </Text>
                )}
              </Stack>
            ) : (
              <NumberInput
                label={t.attendance}
                w={200}
                min={0}
                disabled={!open}
                value={headCount ?? ''}
                onChange={(v) => typeof v === 'number' && setAttendance(v, {})}
              />
            )}
            {session.attendanceCap !== null && total !== null && total > session.attendanceCap && (
              <Text c="orange.8" role="alert" mt="xs">
                {t.overCap(total, session.attendanceCap)}
              </Text>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 3 }}>
          {current ? (
            <Card withBorder role="group" aria-label={t.item(index + 1)} data-testid="agenda-item">
              <Group justify="space-between" mb="xs" gap="xs">
                <Group gap="xs">
                  <Text fw={700} data-testid="current-question-number">
                    {c.questionOf(index + 1, items.length)}
                  </Text>
                  {current.fromFloor && <Badge color="grape">{t.fromFloor}</Badge>}
                  {current.assigneeName && (
                    <Badge variant="light" tt="none">
                      {current.assigneeName}
                    </Badge>
                  )}
                </Group>
                <Group gap={4}>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={index === 0}
                    onClick={() => go(index - 1)}
                  >
                    ↑ {c.previous}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={index === items.length - 1}
                    onClick={() => go(index + 1)}
                  >
                    {c.next} ↓
                  </Button>
                </Group>
              </Group>
              <Stack gap="xs">
                <TextInput
                  ref={speakerRef}
                  label={t.speaker}
                  disabled={!open}
                  value={current.speakerName ?? ''}
                  description={
                    current.speakerFrom !== 'entered' && current.speakerVillage
                      ? current.speakerVillage
                      : undefined
                  }
                  onChange={(e) =>
                    edit(current.id, { speakerName: e.currentTarget.value, speakerFrom: 'entered' })
                  }
                />
                <Textarea
                  label={t.question}
                  autosize
                  minRows={2}
                  maxRows={8}
                  disabled={!open}
                  value={current.question}
                  onChange={(e) => edit(current.id, { question: e.currentTarget.value })}
                />
                {open && current.fromFloor && !current.matterId && (
                  <FloorSimilar
                    key={current.id}
                    unitId={session.unitId}
                    question={current.question}
                    searchRef={searchRef}
                    onLink={(m) => {
                      setLinked((l) => ({ ...l, [current.id]: m.content }));
                      edit(current.id, { matterId: m.id });
                    }}
                  />
                )}
                {current.fromFloor && current.matterId && (
                  <Alert
                    color="blue"
                    variant="light"
                    p="xs"
                    data-testid="floor-linked"
                    title={t.floorLinked}
                  >
                    {linked[current.id] && (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {linked[current.id]}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t.floorLinkedHint}
                    </Text>
                  </Alert>
                )}
                {current.preparedAnswer && (
                  <Text size="sm" c="dimmed">
                    {t.prepared}: {current.preparedAnswer}
                  </Text>
                )}
                <Textarea
                  ref={answerRef}
                  label={t.answer}
                  autosize
                  minRows={2}
                  maxRows={10}
                  disabled={!open}
                  value={current.answer ?? ''}
                  onChange={(e) => edit(current.id, { answer: e.currentTarget.value })}
                />
                <TextInput
                  label={t.answeredBy}
                  disabled={!open}
                  value={current.answeredBy ?? ''}
                  onChange={(e) => edit(current.id, { answeredBy: e.currentTarget.value })}
                />
                <SegmentedControl
                  aria-label={t.outcome}
                  disabled={!open}
                  fullWidth
                  value={current.outcome ?? 'none'}
                  onChange={(v) =>
                    edit(current.id, {
                      outcome: v === 'none' ? null : (v as 'settled' | 'carried-over'),
                    })
                  }
                  data={[
                    { value: 'none', label: t.outcomes.none },
                    { value: 'settled', label: t.outcomes.settled },
                    { value: 'carried-over', label: t.outcomes['carried-over'] },
                  ]}
                  styles={{ label: { whiteSpace: 'normal' } }}
                />
                {open && (
                  <Group gap={4} justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={index === 0}
                      onClick={() => swap(index, index - 1)}
                    >
                      {t.moveUp}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={index === items.length - 1}
                      onClick={() => swap(index, index + 1)}
                    >
                      {t.moveDown}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          ) : (
            <Text c="dimmed">{c.empty}</Text>
          )}
          <Text size="xs" c="dimmed" mt="xs" data-testid="console-keys">
            {c.keys}:{' '}
            {c.hints.map(([k, what], n) => (
              <span key={k}>
                {n > 0 && ' · '}
                <Kbd size="xs">{k}</Kbd> {what}
              </span>
            ))}
          </Text>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 2 }}>
          <Card withBorder p="xs">
            <Group justify="space-between" mb={4}>
              <Text fw={600} size="sm">
                {c.questions} ({items.length})
              </Text>
            </Group>
            <ScrollArea.Autosize mah="min(60vh, 560px)" type="auto">
              <Stack
                gap={2}
                component="ol"
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
                aria-label={c.questions}
              >
                {items.map((i, n) => {
                  const state = itemState(i);
                  return (
                    <li key={i.id}>
                      <UnstyledButton
                        onClick={() => go(n)}
                        data-testid="agenda-entry"
                        title={i.question}
                        aria-current={n === index ? 'true' : undefined}
                        w="100%"
                        p={6}
                        style={{
                          borderRadius: 4,
                          background: n === index ? 'var(--mantine-color-blue-light)' : undefined,
                        }}
                      >
                        <Group gap={6} wrap="nowrap" align="start">
                          <Text size="sm" fw={700} w={24} ta="right">
                            {n + 1}
                          </Text>
                          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                            <Text size="xs" c="dimmed" truncate>
                              {i.speakerName?.trim() || c.noSpeaker}
                            </Text>
                            <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                              {firstWords(i.question, 12) || '…'}
                            </Text>
                          </Stack>
                          <Badge
                            size="xs"
                            variant="light"
                            color={stateColour[state]}
                            tt="none"
                            style={{ flexShrink: 0 }}
                          >
                            {c.states[state]}
                          </Badge>
                        </Group>
                      </UnstyledButton>
                    </li>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
            {open && (
              <Button variant="light" fullWidth mt="xs" onClick={addFloor}>
                {t.addFloor} (Alt+N)
              </Button>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
