// One session: its timeline, and the form for its next step — schedule, announce (with the text to
// copy for the loudspeaker and Zalo), register walk-ins and open the console, close the session
// with its minutes, draft and issue the conclusion notice, follow the answers, close the round.
import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { addDays } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { ConclusionPanel } from './ConclusionPanel';
import { SessionTimeline } from './SessionTimeline';
import { ConclusionItemsCard, MinutesCard } from './SessionRecords';
import { viDate } from '../../format/date';
import {
  announceSession,
  closeSession,
  fetchSession,
  holdSession,
  issueConclusion,
  parseParticipant,
  participantLine,
  registerSpeaker,
  scheduleSession,
  type Override,
  type SessionDetail,
} from './session-api';
import { sessionText } from './session-text';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function SessionPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = sessionText(lang);
  const [s, setS] = useState<SessionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [form, setForm] = useState<Record<string, string>>({});
  const [walkIn, setWalkIn] = useState({ fullName: '', question: '' });

  const load = useCallback(() => {
    fetchSession(id)
      .then((d) => {
        setS(d);
        setForm({
          date: d.date ?? d.heldBy ?? '',
          startTime: d.startTime ?? '07:30',
          venue: d.venue ?? '',
          chairs: d.chairs.join('\n'),
          participants: d.participants.map(participantLine).join('\n'),
          topics: d.topics.join('\n'),
          cap: d.attendanceCap === null ? '' : String(d.attendanceCap),
          noticeDate: d.noticeDate ?? d.today,
          submissionDeadline: d.submissionDeadline ?? (d.date ? addDays(d.date, -2) : d.today),
          channels: d.channels.length
            ? d.channels.join('\n')
            : 'Gửi trực tiếp tại Văn phòng UBND xã hoặc qua thôn trưởng\nGửi qua Ủy ban MTTQ và các đoàn thể xã',
        });
      })
      .catch((e) => setError(String(e.message ?? e)));
  }, [id]);
  useEffect(load, [load]);
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await fn();
      if (done) setNotice(done);
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  if (!s) return error ? <Alert color="red">{error}</Alert> : <Loader />;
  const canManage = s.can.includes('plan.manage');
  const canOverride = s.can.includes('session.override');
  const override: Override = reason.trim() ? { reason: reason.trim() } : null;
  const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={form[name] ?? ''}
      onChange={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
      {...props}
    />
  );
  const area = (name: string, label: string) => (
    <Textarea
      label={label}
      description={t.onePerLine}
      autosize
      value={form[name] ?? ''}
      onChange={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
    />
  );

  return (
    <Stack>
      <Button component={Link} to="/hoi-nghi" variant="subtle" w="fit-content">
        {t.back}
      </Button>
      <Group justify="space-between">
        <Title order={2}>
          {t.round(s.round)}
          {s.extra ? ` (${t.extra})` : ''} · {s.unitName}
        </Title>
        <Badge size="lg" data-testid="session-state">
          {t.states[s.state]}
        </Badge>
      </Group>
      <Text c="dimmed">
        {t.heldBy}: {viDate(s.heldBy)} · {t.date}: {viDate(s.date)}
        {s.venue ? ` · ${s.venue}` : ''}
      </Text>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <SessionTimeline timeline={s.timeline} />
      {canOverride && s.next.length > 0 && (
        <TextInput
          label={t.override}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}

      {canManage && (s.state === 'planned' || s.state === 'scheduled') && (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t.schedule}
          </Title>
          <Stack gap="xs">
            <Group grow>
              {field('date', t.date, { type: 'date' })}
              {field('startTime', t.startTime, { type: 'time' })}
            </Group>
            {field('venue', t.venue)}
            {area('chairs', t.chairs)}
            <Textarea
              label={t.participants}
              description={t.participantsHint}
              autosize
              value={form.participants ?? ''}
              onChange={(e) => setForm({ ...form, participants: e.currentTarget.value })}
            />
            {field('cap', t.cap, { type: 'number', min: 1, w: 200 })}
            <Text size="sm" c="dimmed">
              {t.invitedTotal(
                lines(form.participants ?? '')
                  .map(parseParticipant)
                  .reduce((n, p) => n + (p.invited ?? 0), 0),
                form.cap ? Number(form.cap) : null,
              )}
            </Text>
            {area('topics', t.topics)}
            <Button
              w="fit-content"
              onClick={() =>
                run(() =>
                  scheduleSession(id, {
                    date: form.date,
                    startTime: form.startTime,
                    venue: form.venue,
                    chairs: lines(form.chairs ?? ''),
                    participants: lines(form.participants ?? '').map(parseParticipant),
                    topics: lines(form.topics ?? ''),
                    attendanceCap: form.cap ? Number(form.cap) : null,
                    version: s.version,
                    override,
                  }),
                )
              }
            >
              {t.schedule}
            </Button>
          </Stack>
        </Card>
      )}

      {canManage && s.state === 'scheduled' && (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t.announce}
          </Title>
          <Stack gap="xs">
            <Group grow>
              {field('noticeDate', t.noticeDate, { type: 'date' })}
              {field('submissionDeadline', t.submissionDeadline, { type: 'date' })}
            </Group>
            {area('channels', t.channels)}
            <Group>
              <Button
                color="green"
                onClick={() =>
                  run(() =>
                    announceSession(id, {
                      noticeDate: form.noticeDate,
                      submissionDeadline: form.submissionDeadline,
                      channels: lines(form.channels ?? ''),
                      version: s.version,
                      override,
                    }),
                  )
                }
              >
                {t.announce}
              </Button>
              <Button
                variant="default"
                component="a"
                href={`/api/sessions/${id}/notice.html`}
                target="_blank"
              >
                {t.noticePreview}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}

      {s.shortNotice && (
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={4}>{t.shortNotice}</Title>
            <Group>
              <Button
                size="xs"
                variant="default"
                component="a"
                href={`/api/sessions/${id}/notice.html`}
                target="_blank"
              >
                {t.noticePreview}
              </Button>
              <CopyButton value={s.shortNotice}>
                {({ copied, copy }) => (
                  <Button size="xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
                    {copied ? t.copied : t.copy}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Group>
          <Textarea
            readOnly
            autosize
            value={s.shortNotice}
            aria-label={t.shortNotice}
            data-testid="short-notice"
          />
        </Card>
      )}

      {canManage && (s.state === 'scheduled' || s.state === 'announced') && (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t.register}
          </Title>
          <Stack gap="xs">
            <TextInput
              label={t.fullName}
              value={walkIn.fullName}
              onChange={(e) => setWalkIn({ ...walkIn, fullName: e.currentTarget.value })}
            />
            <Textarea
              label={t.question}
              autosize
              value={walkIn.question}
              onChange={(e) => setWalkIn({ ...walkIn, question: e.currentTarget.value })}
            />
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  run(async () => {
                    await registerSpeaker(id, { clientId: crypto.randomUUID(), ...walkIn });
                    setWalkIn({ fullName: '', question: '' });
                  }, t.registered)
                }
              >
                {t.register}
              </Button>
              <Button component={Link} to={`/hoi-nghi/${id}/dieu-hanh`}>
                {t.console}
              </Button>
            </Group>
            {s.registrations.length > 0 && (
              <Table data-testid="registrations">
                <Table.Tbody>
                  {s.registrations.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.fullName}</Table.Td>
                      <Table.Td>{r.question}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Card>
      )}
      {canManage && s.state === 'announced' && (
        <Button
          color="red"
          w="fit-content"
          onClick={() => run(() => holdSession(id, s.version, override))}
        >
          {t.hold}
        </Button>
      )}

      {s.minutes && <MinutesCard minutes={s.minutes} />}

      {s.state === 'held' && (
        <ConclusionPanel
          sessionId={id}
          canManage={canManage}
          run={run}
          onIssue={() => run(() => issueConclusion(id, s.version, override))}
        />
      )}

      {s.conclusionItems.length > 0 && (
        <ConclusionItemsCard
          session={s}
          footer={
            canManage &&
            s.state === 'concluded' && (
              <Button
                mt="sm"
                variant="light"
                onClick={() => run(() => closeSession(id, s.version, override))}
              >
                {t.close}
              </Button>
            )
          }
        />
      )}

      {(s.overrides.length > 0 || s.history.length > 0) && (
        <Card withBorder>
          {s.overrides.length > 0 && (
            <>
              <Title order={5}>{t.overrides}</Title>
              {s.overrides.map((o) => (
                <Text key={o.at + o.rule} size="sm">
                  ⚠ {o.message} — {o.reason}
                </Text>
              ))}
            </>
          )}
          <Title order={5} mt="xs">
            {t.history}
          </Title>
          {s.history.map((h) => (
            <Text key={h.at + h.to} size="xs" c="dimmed">
              {new Date(h.at).toLocaleString('vi-VN')} ·{' '}
              {h.from ? t.states[h.from as keyof typeof t.states] : '—'} →{' '}
              {t.states[h.to as keyof typeof t.states]}
              {h.reason ? ` (${h.reason})` : ''}
            </Text>
          ))}
        </Card>
      )}
    </Stack>
  );
}
