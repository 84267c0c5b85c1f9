// The audit log (administrator): filter by user, record and date, newest first, "more" pages
// back by seq; one button checks the whole hash chain and names the first broken entry; another
// downloads what the filter selects as Excel (the newest 10,000).
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { AuditChainReport, AuditEntry, AuditPage } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import type { PageProps } from '../../app/page-props';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { viDateTime } from '../../format/date';
import { privacyText } from './privacy-text';

export function AuditLogPage(_props: PageProps) {
  const { lang } = useI18n();
  const x = privacyText(lang);
  const [filter, setFilter] = useState({ userId: '', entity: '', entityId: '', from: '', to: '' });
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chain, setChain] = useState<AuditChainReport | null>(null);

  const query = () =>
    new URLSearchParams(
      Object.entries(filter)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, v.trim()]),
    );
  const load = useCallback(
    async (beforeSeq?: number) => {
      setError(null);
      const q = query();
      if (beforeSeq) q.set('beforeSeq', String(beforeSeq));
      try {
        const page = await api<AuditPage>('GET', `/api/audit?${q.toString()}`);
        setEntries((old) => (beforeSeq ? [...old, ...page.entries] : page.entries));
        setNext(page.nextBeforeSeq);
      } catch (e) {
        setError((e as { status?: number }).status === 404 ? x.noAccess : (e as Error).message);
      }
    },
    [filter, x.noAccess],
  );
  useEffect(() => {
    void load();
  }, []); // the first page once; later ones on "filter" and "more"

  const verify = async () => {
    try {
      setChain(await api<AuditChainReport>('GET', '/api/audit/verify'));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const field = (key: keyof typeof filter, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={filter[key]}
      onChange={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}
    />
  );

  return (
    <Stack>
      <Title order={2}>{x.auditTitle}</Title>
      <Text c="dimmed">{x.auditIntro}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <Group align="end">
          {field('userId', x.user)}
          {field('entity', x.entity)}
          {field('entityId', x.entityId)}
          {field('from', x.from, 'date')}
          {field('to', x.to, 'date')}
          <Button type="submit">{x.filter}</Button>
          <Button variant="light" onClick={() => void verify()}>
            {x.verify}
          </Button>
          <Button
            component="a"
            variant="default"
            data-testid="audit-excel"
            href={`/api/audit.xlsx?${query().toString()}`}
            download
          >
            {x.excel}
          </Button>
        </Group>
      </form>
      {chain && (
        <Alert color={chain.ok ? 'green' : 'red'} role="status">
          {chain.ok
            ? x.chainOk(chain.entries)
            : `${x.chainBroken(chain.firstBreak!.seq)} ${chain.firstBreak!.message[lang]}`}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!error && entries.length === 0 && <Text>{x.none}</Text>}
      {entries.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{x.at}</Table.Th>
              <Table.Th>{x.user}</Table.Th>
              <Table.Th>{x.action}</Table.Th>
              <Table.Th>{x.record}</Table.Th>
              <Table.Th>{x.detail}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td>{viDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actorName ?? e.actorUserId ?? '—'}</Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>
                  {e.entity} <Code>{e.entityId}</Code>
                </Table.Td>
                <Table.Td>
                  <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {e.reason ? `${e.reason} ` : ''}
                    {e.detail}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {next && (
        <Button variant="default" onClick={() => void load(next)}>
          {x.more}
        </Button>
      )}
    </Stack>
  );
}
