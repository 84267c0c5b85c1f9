// The clerk's console during the session, for a live hall: one question at a time (who asks, the
// question, a link to a matter on file, the prepared answer, the answer given and by whom, settled
// or carried over), the list of questions as a compact sidebar, keys for everything the clerk does
// often (console-nav.ts), attendance per composition that adds up to the total, and a window for
// the projector that follows the question shown here. Every keystroke is kept in the browser
// first and sent in the background (useConsoleQueue.ts); the status line says what is saved and
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
import { useI18n } from '../../i18n';
import {
  attendanceTotal,
  consoleCommand,
  firstWords,
  indexFromParam,
  itemState,
  publishSlide,
  slideOf,
  stepIndex,
  type ItemState,
  type Slide,
} from './console-nav';
import { consoleText } from './console-text';
import { FloorSimilar } from './FloorSimilar';
import { sessionText } from './session-text';
import { useConsoleQueue } from './useConsoleQueue';

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
  const { session, items, headCount, present, status, edit, swap, addFloor, setAttendance } =
    useConsoleQueue(id);
  const speakerRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The content of the matter a floor question was linked to in this tab, to show what it is.
  const [linked, setLinked] = useState<Record<string, string>>({});
  const index = indexFromParam(params.get('cau'), items.length);
  const current = items[index];

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

  const move = (a: number, b: number) => {
    if (swap(a, b)) go(b);
  };
  const newQuestion = () => {
    go(addFloor());
    setTimeout(() => speakerRef.current?.focus(), 0);
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
      newQuestion();
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
                      onClick={() => move(index, index - 1)}
                    >
                      {t.moveUp}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={index === items.length - 1}
                      onClick={() => move(index, index + 1)}
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
              <Button variant="light" fullWidth mt="xs" onClick={newQuestion}>
                {t.addFloor} (Alt+N)
              </Button>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
