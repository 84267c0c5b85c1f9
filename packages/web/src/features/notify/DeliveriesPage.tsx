// /gui-thong-bao (administrators): which channels are configured, deliveries that failed, wait
// or have no channel settings, each with its attempts and last error, and "retry now".
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { fetchDeliveries, formatStamp, retryDelivery, type Deliveries } from './notify-api';
import { notifyText } from './notify-text';

const stateColor: Record<string, string> = {
  failed: 'red',
  pending: 'yellow',
  'not-configured': 'gray',
  sent: 'green',
};

export function DeliveriesPage() {
  const { lang } = useI18n();
  const text = notifyText(lang);
  const [state, setState] = useState('problems');
  const [data, setData] = useState<Deliveries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    fetchDeliveries(state)
      .then(setData)
      .catch((e) =>
        setError(
          e instanceof ApiError && e.status === 404
            ? text.noAccess
            : e instanceof Error
              ? e.message
              : String(e),
        ),
      );
  }, [state, text.noAccess]);
  useEffect(load, [load]);

  const retry = async (id: string) => {
    try {
      await retryDelivery(id);
      setNotice(text.retried);
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Stack>
      <Title order={2}>{text.deliveriesTitle}</Title>
      <Text size="sm" c="dimmed">
        {text.deliveriesIntro}
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {data && (
        <Card withBorder padding="sm">
          <Text fw={600} mb="xs">
            {text.channelSettings}
          </Text>
          <Group>
            {Object.entries(data.channels).map(([c, s]) => (
              <Badge
                key={c}
                color={s.configured ? 'green' : 'gray'}
                variant="light"
                title={s.detail}
              >
                {text.channels[c] ?? c}:{' '}
                {s.configured
                  ? text.configured
                  : `${text.notConfigured}${s.detail ? ` (${s.detail})` : ''}`}
              </Badge>
            ))}
          </Group>
        </Card>
      )}
      <SegmentedControl
        value={state}
        onChange={setState}
        data={['problems', 'failed', 'pending', 'not-configured', 'sent'].map((s) => ({
          value: s,
          label: text.states[s]!,
        }))}
      />
      {!data && !error && <Loader />}
      {data && data.deliveries.length === 0 && <Text c="dimmed">{text.none}</Text>}
      {data && data.deliveries.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text.state}</Table.Th>
              <Table.Th>{text.channel}</Table.Th>
              <Table.Th>{text.to}</Table.Th>
              <Table.Th>{text.subject}</Table.Th>
              <Table.Th>{text.attempts}</Table.Th>
              <Table.Th>{text.lastError}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.deliveries.map((d) => (
              <Table.Tr key={d.id} data-testid="delivery">
                <Table.Td>
                  <Badge color={stateColor[d.state] ?? 'gray'}>
                    {text.states[d.state] ?? d.state}
                  </Badge>
                </Table.Td>
                <Table.Td>{text.channels[d.channel] ?? d.channel}</Table.Td>
                <Table.Td>{d.to}</Table.Td>
                <Table.Td>
                  <Text size="sm">{d.subject}</Text>
                  <Text size="xs" c="dimmed">
                    {d.unitName} · {formatStamp(d.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {d.attempts}
                  {d.nextAttemptAt && (
                    <Text size="xs" c="dimmed">
                      {text.nextAttempt}: {formatStamp(d.nextAttemptAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ wordBreak: 'break-word' }}>
                    {d.lastError}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {d.state !== 'sent' && (
                    <Button size="xs" variant="light" onClick={() => retry(d.id)}>
                      {text.retry}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
