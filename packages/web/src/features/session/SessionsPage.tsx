// Sessions of the unit: the list (each round with its held-by date and state), a session's page
// (timeline and its next step) and the console, under /hoi-nghi.
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { ProjectorView } from './ProjectorView';
import { SessionConsole } from './SessionConsole';
import { SessionPage } from './SessionPage';
import { createExtraSession, fetchSessions, type SessionSummary } from './session-api';
import { sessionText } from './session-text';
import { viDate } from '../../format/date';
import { useNarrow } from '../../components/use-narrow';

/** The sessions as a table on a laptop, as one card each on a phone (the table's columns squeezed
 * a round's name to a word a line and pushed the open button off the screen). */
function SessionRows({ sessions }: { sessions: SessionSummary[] }) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const narrow = useNarrow();
  const name = (s: SessionSummary) =>
    `${t.round(s.round)} · ${s.heldBy?.slice(0, 4) ?? s.date?.slice(0, 4)}`;
  const extra = (s: SessionSummary) =>
    s.extra && (
      <Badge ml="xs" color="grape" variant="light">
        {t.extra}
      </Badge>
    );
  const state = (s: SessionSummary) => <Badge variant="light">{t.states[s.state]}</Badge>;
  const open = (s: SessionSummary) => (
    <Button
      size="compact-sm"
      component={Link}
      to={`/hoi-nghi/${s.id}`}
      aria-label={`${t.open} ${t.round(s.round)} ${s.heldBy?.slice(0, 4)}`}
    >
      {t.open}
    </Button>
  );
  if (narrow)
    return (
      <Stack gap="sm">
        {sessions.map((s) => (
          <Card key={s.id} withBorder data-testid="session-row">
            <Group justify="space-between" wrap="nowrap" align="start">
              <Text fw={600}>
                {name(s)}
                {extra(s)}
              </Text>
              {open(s)}
            </Group>
            <Group gap="xs" mt={4}>
              {state(s)}
            </Group>
            <Text size="sm" mt={4}>
              {t.heldBy}: {viDate(s.heldBy)}
            </Text>
            {s.date && (
              <Text size="sm">
                {t.date}: {viDate(s.date)}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
    );
  return (
    <Card withBorder>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t.heldBy}</Table.Th>
            <Table.Th>{t.date}</Table.Th>
            <Table.Th>{t.status}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id} data-testid="session-row">
              <Table.Td>
                {name(s)}
                {extra(s)}
              </Table.Td>
              <Table.Td>{viDate(s.heldBy)}</Table.Td>
              <Table.Td>{viDate(s.date)}</Table.Td>
              <Table.Td>{state(s)}</Table.Td>
              <Table.Td>{open(s)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function SessionList({ unitId }: { unitId: string }) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [can, setCan] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const navigate = useNavigate();
  useEffect(() => {
    fetchSessions(unitId)
      .then((r) => {
        setSessions(r.sessions);
        setCan(r.can ?? []);
      })
      .catch((e) => setError(String(e.message ?? e)));
  }, [unitId]);
  if (!sessions) return error ? <Alert color="red">{error}</Alert> : <Loader />;
  return (
    <Stack>
      <Title order={2}>{t.title}</Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {sessions.length === 0 ? (
        <Text c="dimmed">{t.none}</Text>
      ) : (
        <SessionRows sessions={sessions} />
      )}
      {can.includes('plan.manage') && (
        <Card withBorder>
          <Title order={4} mb="xs">
            {t.newExtra}
          </Title>
          <Group align="end">
            <Textarea
              label={t.extraReason}
              autosize
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button
              disabled={reason.trim().length < 10}
              onClick={() => {
                setError(null);
                createExtraSession(unitId, reason.trim())
                  .then((s) => navigate(`/hoi-nghi/${s.id}`))
                  .catch((e) => setError(String(e.message ?? e)));
              }}
            >
              {t.create}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}

export function SessionsPage({ unitId }: { unitId: string }) {
  return (
    <Routes>
      <Route index element={<SessionList unitId={unitId} />} />
      <Route path=":id" element={<SessionPage />} />
      <Route path=":id/dieu-hanh" element={<SessionConsole />} />
      <Route path=":id/trinh-chieu" element={<ProjectorView />} />
    </Routes>
  );
}
