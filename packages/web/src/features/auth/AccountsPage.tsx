// /tai-khoan (administrators): the unit's accounts with their roles and open sessions; revoke
// one session or all of a user's (server: auth/user-admin.ts).
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import {
  roleNames,
  type AccountSummary,
  type OpenSession,
  type RevokedSessions,
  type UnitAccounts,
  type UserSessions,
} from '@doithoai/core';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api';
import type { PageProps } from '../../app/page-props';
import { useI18n } from '../../i18n';
import { viDateTime } from '../../format/date';
import { accountsText } from './accounts-text';

const stamp = (iso: string) => viDateTime(iso);

export function AccountsPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const text = accountsText(lang);
  const [users, setUsers] = useState<AccountSummary[] | null>(null);
  const [open, setOpen] = useState<{ userId: string; sessions: OpenSession[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const fail = useCallback(
    (e: unknown) =>
      setError(
        e instanceof ApiError && e.status === 404
          ? text.noAccess
          : e instanceof Error
            ? e.message
            : String(e),
      ),
    [text.noAccess],
  );
  const load = useCallback(() => {
    setError(null);
    api<UnitAccounts>('GET', `/api/units/${unitId}/users`)
      .then((r) => setUsers(r.users))
      .catch(fail);
  }, [unitId, fail]);
  useEffect(load, [load]);

  const show = (userId: string) =>
    api<UserSessions>('GET', `/api/users/${userId}/sessions`)
      .then((r) => setOpen({ userId, sessions: r.sessions }))
      .catch(fail);
  const revoke = async (userId: string, sessionId?: string) => {
    try {
      const r = sessionId
        ? await api<RevokedSessions>('DELETE', `/api/users/${userId}/sessions/${sessionId}`)
        : await api<RevokedSessions>('POST', `/api/users/${userId}/sessions/revoke`);
      setNotice(text.revoked(r.revoked));
      load();
      if (open?.userId === userId) await show(userId);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Stack>
      <Title order={2}>{text.title}</Title>
      <Text size="sm" c="dimmed">
        {text.intro}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {!users && !error && <Loader />}
      {users && users.length === 0 && <Text c="dimmed">{text.noUsers}</Text>}
      {users && users.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text.user}</Table.Th>
              <Table.Th>{text.roles}</Table.Th>
              <Table.Th>{text.sessions}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Fragment key={u.id}>
                <Table.Tr>
                  <Table.Td>
                    {u.name}{' '}
                    <Text span c="dimmed">
                      ({u.username})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {u.grants.map((g) => (
                      <Badge key={`${g.role}${g.unitId}`} variant="light" mr={4}>
                        {roleNames[g.role][lang]} · {g.unitName}
                      </Badge>
                    ))}
                  </Table.Td>
                  <Table.Td>{u.sessions}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="xs" variant="default" onClick={() => show(u.id)}>
                        {text.show}
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        disabled={u.sessions === 0}
                        onClick={() => revoke(u.id)}
                      >
                        {text.revokeAll}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open?.userId === u.id && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      {open.sessions.length === 0 ? (
                        <Text c="dimmed">{text.none}</Text>
                      ) : (
                        <Table>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>{text.signedIn}</Table.Th>
                              <Table.Th>{text.lastSeen}</Table.Th>
                              <Table.Th>{text.expires}</Table.Th>
                              <Table.Th>{text.from}</Table.Th>
                              <Table.Th />
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {open.sessions.map((s) => (
                              <Table.Tr key={s.id}>
                                <Table.Td>{stamp(s.createdAt)}</Table.Td>
                                <Table.Td>{stamp(s.lastRefreshedAt)}</Table.Td>
                                <Table.Td>{stamp(s.expiresAt)}</Table.Td>
                                <Table.Td>
                                  <Text size="xs">
                                    {s.ipAddress ?? '—'} · {(s.userAgent ?? '').slice(0, 60)}
                                  </Text>
                                </Table.Td>
                                <Table.Td>
                                  <Button
                                    size="xs"
                                    color="red"
                                    variant="subtle"
                                    onClick={() => revoke(u.id, s.id)}
                                  >
                                    {text.revoke}
                                  </Button>
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
