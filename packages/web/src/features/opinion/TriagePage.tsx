// Triage: likely duplicates side by side (merge, then undo if wrong; or "not a duplicate", also
// undoable), matters whose suggested field waits for a click, classified matters with no route,
// to assign by hand, and the routing table itself.
import { Alert, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { MatterSummary } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/pages';
import { fieldName } from './labels';
import { RoutingTable } from './RoutingTable';
import { triageText } from './triage-text';
import { useCommune } from './useCommune';

interface Triage {
  unrouted: MatterSummary[]; unclassified: MatterSummary[]; duplicates: { a: MatterSummary; b: MatterSummary; similarity: number }[];
  notDuplicates: { id: string; at: string; a: string; b: string }[];
}

export function TriagePage({ unitId }: PageProps) {
  const { t, lang } = useI18n();
  const x = triageText(lang);
  const { people } = useCommune(unitId);
  const [data, setData] = useState<Triage | null>(null);
  const [lastMerge, setLastMerge] = useState<{ id: string; content: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => { api<Triage>('GET', `/api/units/${unitId}/opinions/triage`).then(setData).catch((e) => setError(e instanceof ApiError ? e.message : String(e))); }, [unitId]);
  useEffect(load, [load]);
  const act = async (fn: () => Promise<unknown>) => { setError(null); try { await fn(); load(); } catch (e) { setError(e instanceof ApiError ? e.message : String(e)); } };

  const merge = (a: MatterSummary, b: MatterSummary) => act(async () => {
    await api('POST', `/api/opinions/${a.id}/merge`, { sourceIds: [b.id] });
    setLastMerge({ id: b.id, content: b.content });
  });
  const undo = () => lastMerge && act(async () => { await api('POST', `/api/opinions/${lastMerge.id}/unmerge`); setLastMerge(null); });

  if (!data) return error ? <Alert color="red">{error}</Alert> : null;
  return (
    <Stack>
      <Title order={2}>{t.opinion.triageNav}</Title>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {lastMerge && (
        <Alert color="green" role="status">
          <Group justify="space-between"><Text size="sm">{t.opinion.merged}: {lastMerge.content}</Text><Button size="compact-sm" variant="white" onClick={undo}>{t.opinion.undo}</Button></Group>
        </Alert>
      )}
      <Title order={4}>{t.opinion.duplicates} ({data.duplicates.length})</Title>
      {data.duplicates.map((p) => (
        <Card key={`${p.a.id}-${p.b.id}`} withBorder data-testid="duplicate-pair">
          <Group align="flex-start" grow>
            <Text size="sm">{p.a.content} <Badge variant="outline">{p.a.villageName}</Badge></Text>
            <Text size="sm">{p.b.content} <Badge variant="outline">{p.b.villageName}</Badge></Text>
          </Group>
          <Group justify="space-between" mt="xs">
            <Badge variant="light">{Math.round(p.similarity * 100)}%</Badge>
            <Group gap="xs">
              <Button size="compact-sm" variant="default" onClick={() => act(() => api('POST', `/api/units/${unitId}/opinions/not-duplicates`, { a: p.a.id, b: p.b.id }))}>{x.notDuplicate}</Button>
              <Button size="compact-sm" onClick={() => merge(p.a, p.b)}>{t.opinion.merge}</Button>
            </Group>
          </Group>
        </Card>
      ))}
      {data.notDuplicates.length > 0 && (
        <>
          <Title order={5}>{x.notDuplicates} ({data.notDuplicates.length})</Title>
          {data.notDuplicates.map((d) => (
            <Group key={d.id} justify="space-between" data-testid="not-duplicate">
              <Text size="sm" c="dimmed">{d.a} ≠ {d.b}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => act(() => api('DELETE', `/api/opinions/not-duplicates/${d.id}`))}>{x.undo}</Button>
            </Group>
          ))}
        </>
      )}
      <Title order={4}>{t.opinion.unclassified} ({data.unclassified.length})</Title>
      {data.unclassified.map((m) => (
        <Card key={m.id} withBorder padding="xs" data-testid="unclassified">
          <Text size="sm">{m.content}</Text>
          <Group gap="xs" mt={4}>
            {m.suggestions.map((s) => (
              <Button key={s.field} size="compact-xs" variant="light" onClick={() => act(() => api('POST', `/api/opinions/${m.id}/classify`, { field: s.field, version: m.version }))}>
                {t.opinion.confirm}: {fieldName(s.field, lang)} {Math.round(s.confidence * 100)}%
              </Button>
            ))}
          </Group>
        </Card>
      ))}
      <Title order={4}>{t.opinion.unrouted} ({data.unrouted.length})</Title>
      {data.unrouted.map((m) => (
        <Card key={m.id} withBorder padding="xs">
          <Text size="sm">{m.content} <Badge variant="light">{fieldName(m.field, lang)}</Badge></Text>
          <Select mt={4} size="xs" placeholder={t.opinion.assign} data={people} onChange={(v) => v && act(() => api('POST', `/api/opinions/${m.id}/assign`, { personId: v, version: m.version }))} />
        </Card>
      ))}
      <RoutingTable unitId={unitId} />
    </Stack>
  );
}
