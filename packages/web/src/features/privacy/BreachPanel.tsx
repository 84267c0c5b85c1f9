// The breach listing (administrator): for a window and users and/or record types, whose personal
// data the audit log says was touched, with their contacts — for a notice within 72 hours.
import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { privacyText } from './privacy-text';

interface Person {
  petitionerId: string;
  fullName: string | null;
  phone: string | null;
  email: string | null;
  erased: boolean;
  events: { action: string }[];
}

export function BreachPanel() {
  const { lang } = useI18n();
  const x = privacyText(lang);
  const today = new Date().toISOString().slice(0, 10);
  const [q, setQ] = useState({ from: today, to: today, users: '', tables: '' });
  const [result, setResult] = useState<{ events: number; people: Person[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const split = (s: string) =>
    s
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const list = async () => {
    setError(null);
    try {
      setResult(
        await api('POST', '/api/privacy/breach', {
          from: q.from,
          to: q.to,
          ...(split(q.users).length && { userIds: split(q.users) }),
          ...(split(q.tables).length && { tables: split(q.tables) }),
        }),
      );
    } catch (e) {
      setError((e as { status?: number }).status === 404 ? x.noAccess : (e as Error).message);
    }
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {x.breachTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {x.breachIntro}
        </Text>
        <Group align="end">
          <TextInput
            label={x.from}
            type="date"
            value={q.from}
            onChange={(e) => setQ({ ...q, from: e.currentTarget.value })}
          />
          <TextInput
            label={x.to}
            type="date"
            value={q.to}
            onChange={(e) => setQ({ ...q, to: e.currentTarget.value })}
          />
          <TextInput
            label={x.users}
            value={q.users}
            onChange={(e) => setQ({ ...q, users: e.currentTarget.value })}
          />
          <TextInput
            label={x.tables}
            value={q.tables}
            onChange={(e) => setQ({ ...q, tables: e.currentTarget.value })}
          />
          <Button onClick={() => void list()}>{x.list}</Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {result && <Text>{x.people(result.people.length, result.events)}</Text>}
        {result && result.people.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.name}</Table.Th>
                <Table.Th>{x.phone}</Table.Th>
                <Table.Th>{x.events}</Table.Th>
                <Table.Th>{x.action}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.people.map((p) => (
                <Table.Tr key={p.petitionerId}>
                  <Table.Td>{p.fullName ?? '—'}</Table.Td>
                  <Table.Td>{[p.phone, p.email].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td>{p.events.length}</Table.Td>
                  <Table.Td>{[...new Set(p.events.map((e) => e.action))].join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
