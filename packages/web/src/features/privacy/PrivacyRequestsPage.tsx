// Data-subject requests of the unit chosen in the header: receive one (find the petitioner by
// name or phone), see both deadlines with how each was computed, acknowledge, carry out (a
// correction names the right values; an erasure pseudonymises) or refuse with a reason; the copy
// for an access request. The breach listing sits below (administrator only).
import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type {
  DataSubjectRequestView,
  PetitionerDataCopy,
  PetitionerMatch,
  PetitionerMatches,
  UnitPrivacyRequests,
} from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import type { PageProps } from '../../app/page-props';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { BreachPanel } from './BreachPanel';
import { ConsentList } from './ConsentList';
import { privacyText } from './privacy-text';

const empty = {
  kind: 'access',
  petitionerId: '',
  requesterName: '',
  requesterContact: '',
  detail: '',
  receivedOn: '',
};

export function PrivacyRequestsPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = privacyText(lang);
  const [requests, setRequests] = useState<DataSubjectRequestView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState(empty);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PetitionerMatch[]>([]);
  const [copy, setCopy] = useState<{ requestId: string; data: PetitionerDataCopy } | null>(null);

  const reload = useCallback(() => {
    api<UnitPrivacyRequests>('GET', `/api/units/${unitId}/privacy/requests`)
      .then((r) => setRequests(r.requests))
      .catch((e: Error) => setError(e.message));
  }, [unitId]);
  useEffect(() => {
    setRequests(null);
    setError(null);
    reload();
  }, [reload]);

  const run = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
      reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const create = () =>
    run(async () => {
      await api('POST', `/api/units/${unitId}/privacy/requests`, {
        kind: form.kind,
        requesterName: form.requesterName,
        detail: form.detail,
        ...(form.petitionerId && { petitionerId: form.petitionerId }),
        ...(form.requesterContact && { requesterContact: form.requesterContact }),
        ...(form.receivedOn && { receivedOn: form.receivedOn }),
      });
      setForm(empty);
      setFound([]);
    });
  const find = () =>
    run(async () =>
      setFound(
        (
          await api<PetitionerMatches>(
            'GET',
            `/api/units/${unitId}/privacy/petitioners?q=${encodeURIComponent(query)}`,
          )
        ).petitioners,
      ),
    );

  return (
    <Stack>
      <Title order={2}>{x.requestsTitle}</Title>
      <Text c="dimmed">{x.requestsIntro}</Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Card withBorder>
        <Title order={3} size="h4">
          {x.newRequest}
        </Title>
        <Stack gap="xs">
          <Select
            label={x.kind}
            data={Object.entries(x.kinds).map(([value, label]) => ({ value, label }))}
            value={form.kind}
            onChange={(v) => setForm({ ...form, kind: v ?? 'access' })}
            allowDeselect={false}
          />
          <Group align="end">
            <TextInput
              label={x.findPetitioner}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
            <Button variant="light" onClick={() => void find()}>
              {x.find}
            </Button>
          </Group>
          {found.length > 0 && (
            <Select
              label={x.petitioner}
              value={form.petitionerId || null}
              onChange={(v) =>
                setForm({
                  ...form,
                  petitionerId: v ?? '',
                  requesterName:
                    form.requesterName || (found.find((p) => p.id === v)?.fullName ?? ''),
                })
              }
              data={found.map((p) => ({
                value: p.id,
                label: `${p.fullName ?? '—'}${p.village ? `, ${p.village}` : ''}${p.phone ? ` · ${p.phone}` : ''}${p.erased ? ' (đã xóa)' : ''}`,
              }))}
            />
          )}
          <TextInput
            label={x.requester}
            required
            value={form.requesterName}
            onChange={(e) => setForm({ ...form, requesterName: e.currentTarget.value })}
          />
          <TextInput
            label={x.contact}
            value={form.requesterContact}
            onChange={(e) => setForm({ ...form, requesterContact: e.currentTarget.value })}
          />
          <Textarea
            label={x.content}
            required
            value={form.detail}
            onChange={(e) => setForm({ ...form, detail: e.currentTarget.value })}
          />
          <TextInput
            label={x.receivedOn}
            type="date"
            value={form.receivedOn}
            onChange={(e) => setForm({ ...form, receivedOn: e.currentTarget.value })}
          />
          <Group>
            <Button onClick={() => void create()}>{x.save}</Button>
          </Group>
        </Stack>
      </Card>
      {requests && requests.length === 0 && <Text>{x.none}</Text>}
      {requests && requests.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{x.kind}</Table.Th>
              <Table.Th>{x.requester}</Table.Th>
              <Table.Th>{x.state}</Table.Th>
              <Table.Th>{x.ackBy}</Table.Th>
              <Table.Th>{x.completeBy}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((r) => (
              <RequestRow
                key={r.id}
                r={r}
                onDecide={(body) =>
                  run(() => api('POST', `/api/privacy/requests/${r.id}/decision`, body))
                }
                onCopy={() =>
                  run(async () =>
                    setCopy({
                      requestId: r.id,
                      data: await api<PetitionerDataCopy>(
                        'GET',
                        `/api/privacy/requests/${r.id}/data`,
                      ),
                    }),
                  )
                }
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {copy !== null && (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={3} size="h4">
              {x.copy}
            </Title>
            <Button variant="subtle" aria-label="×" onClick={() => setCopy(null)}>
              ×
            </Button>
          </Group>
          <Title order={4} size="h5">
            {x.consents}
          </Title>
          <ConsentList
            consents={copy.data.consents}
            onWithdraw={(consentId, how) =>
              void run(async () => {
                await api('POST', `/api/privacy/consents/${consentId}/withdraw`, { how });
                setCopy({
                  requestId: copy.requestId,
                  data: await api<PetitionerDataCopy>(
                    'GET',
                    `/api/privacy/requests/${copy.requestId}/data`,
                  ),
                });
              })
            }
          />
          <Code block>{JSON.stringify(copy.data, null, 2)}</Code>
        </Card>
      )}
      <BreachPanel />
    </Stack>
  );
}

function RequestRow({
  r,
  onDecide,
  onCopy,
}: {
  r: DataSubjectRequestView;
  onDecide: (body: unknown) => void;
  onCopy: () => void;
}) {
  const { lang } = useI18n();
  const x = privacyText(lang);
  const [outcome, setOutcome] = useState('');
  const [fix, setFix] = useState({ fullName: '', phone: '', email: '' });
  const open = r.state === 'received' || r.state === 'acknowledged';
  const correction = Object.fromEntries(Object.entries(fix).filter(([, v]) => v.trim() !== ''));
  return (
    <Table.Tr>
      <Table.Td>{x.kinds[r.kind] ?? r.kind}</Table.Td>
      <Table.Td>
        {r.requesterName}
        <Text size="xs" c="dimmed">
          {r.detail}
        </Text>
      </Table.Td>
      <Table.Td>
        {x.states[r.state] ?? r.state}
        {r.outcome && <Text size="xs">{r.outcome}</Text>}
      </Table.Td>
      <Table.Td>
        {r.acknowledgeBy} {r.overdue.acknowledge && <Badge color="red">{x.overdue}</Badge>}
        <Text size="xs" c="dimmed" title={r.deadlines.acknowledge.basis}>
          {r.deadlines.acknowledge.text[lang]}
        </Text>
      </Table.Td>
      <Table.Td>
        {r.completeBy} {r.overdue.complete && <Badge color="red">{x.overdue}</Badge>}
        <Text size="xs" c="dimmed" title={r.deadlines.complete.basis}>
          {r.deadlines.complete.text[lang]}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {r.petitionerId && (
            <Button size="xs" variant="default" onClick={onCopy}>
              {x.copy}
            </Button>
          )}
          {open && (
            <>
              {r.state === 'received' && (
                <Button size="xs" variant="light" onClick={() => onDecide({ to: 'acknowledged' })}>
                  {x.acknowledge}
                </Button>
              )}
              {r.kind === 'correct' && (
                <>
                  <TextInput
                    size="xs"
                    placeholder={x.correctName}
                    value={fix.fullName}
                    onChange={(e) => setFix({ ...fix, fullName: e.currentTarget.value })}
                  />
                  <TextInput
                    size="xs"
                    placeholder={x.correctPhone}
                    value={fix.phone}
                    onChange={(e) => setFix({ ...fix, phone: e.currentTarget.value })}
                  />
                  <TextInput
                    size="xs"
                    placeholder={x.correctEmail}
                    value={fix.email}
                    onChange={(e) => setFix({ ...fix, email: e.currentTarget.value })}
                  />
                </>
              )}
              <TextInput
                size="xs"
                aria-label={x.outcome}
                placeholder={x.outcome}
                value={outcome}
                onChange={(e) => setOutcome(e.currentTarget.value)}
              />
              <Group gap={4}>
                <Button
                  size="xs"
                  color={r.kind === 'erase' ? 'red' : undefined}
                  onClick={() =>
                    onDecide({
                      to: 'done',
                      ...(outcome && { outcome }),
                      ...(r.kind === 'correct' && { correction }),
                    })
                  }
                >
                  {x.done}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  color="gray"
                  onClick={() => onDecide({ to: 'refused', ...(outcome && { outcome }) })}
                >
                  {x.refuse}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
