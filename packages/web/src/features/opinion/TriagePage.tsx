// Triage: clusters of opinions raising the same concern in other words (merge the ticked ones in
// one step, then undo if wrong; or "not the same concern", remembered and also undoable), matters
// whose suggested field waits for a click, classified matters with no route, to assign by hand,
// and the routing table itself.
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/page-props';
import { ClusterCard, type ClusterActions } from './ClusterCard';
import { fieldName, viDay } from './labels';
import { RoutingTable } from './RoutingTable';
import { mergeInto, notSame, undoNotDuplicate, unmerge } from './similar-api';
import { triageText } from './triage-text';
import { useCommune } from './useCommune';
import { useTriage } from './useTriage';
import { opinionText } from './opinion-text';

// A long field name wraps inside its button on a phone instead of being cut off.
const wrapLabel = {
  root: { height: 'auto', minHeight: 22, paddingTop: 3, paddingBottom: 3 },
  label: {
    whiteSpace: 'normal' as const,
    textAlign: 'left' as const,
    lineHeight: 1.35,
    height: 'auto',
    overflow: 'visible' as const,
  },
};

export function TriagePage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const x = triageText(lang);
  const { people } = useCommune(unitId);
  const triage = useTriage(unitId);
  const { data, error, act } = triage;
  const [busy, setBusy] = useState(false);
  const [lastMerge, setLastMerge] = useState<{ sourceIds: string[]; content: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setNotice(null);
    try {
      return await act(fn);
    } finally {
      setBusy(false);
    }
  };
  const merge: ClusterActions['merge'] = (target, sources) =>
    void run(async () => {
      setLastMerge(null);
      await mergeInto(
        target.id,
        sources.map((s) => s.id),
      );
      setLastMerge({ sourceIds: sources.map((s) => s.id), content: target.content });
    });
  // Each source comes back on its own; what is left stays offered if one refuses.
  const undoMerge = () =>
    lastMerge &&
    void run(async () => {
      const left = [...lastMerge.sourceIds];
      while (left.length) {
        await unmerge(left[0]!);
        left.shift();
        setLastMerge(left.length ? { ...lastMerge, sourceIds: [...left] } : null);
      }
      setNotice(x.unmerged(lastMerge.sourceIds.length + 1));
    });
  const dismiss: ClusterActions['notSame'] = (member, others) =>
    void run(async () => {
      const r = await notSame(
        unitId,
        member.id,
        others.map((o) => o.id),
      );
      setNotice(x.notSameDone(r.dismissed));
    });

  if (!data) return error ? <Alert color="red">{error}</Alert> : null;
  return (
    <Stack>
      <Title order={2}>{to.triageNav}</Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {lastMerge && (
        <Alert color="green" role="status">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text size="sm" style={{ flex: '1 1 220px', overflowWrap: 'anywhere' }}>
              {x.merged(lastMerge.sourceIds.length + 1, lastMerge.content)}
            </Text>
            <Button
              size="compact-sm"
              variant="white"
              disabled={busy}
              onClick={undoMerge}
              style={{ flexShrink: 0 }}
            >
              {x.undo}
            </Button>
          </Group>
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}

      <Title order={4}>
        {x.clusters} ({data.clustersTotal})
      </Title>
      <Text size="sm" c="dimmed">
        {x.clustersHint} {x.window(data.window.matters, triage.older)}
      </Text>
      {data.clusters.length === 0 && <Text c="dimmed">{x.noClusters}</Text>}
      {data.clusters.map((c) => (
        <ClusterCard key={c.key} cluster={c} busy={busy} onMerge={merge} onNotSame={dismiss} />
      ))}
      {triage.pages > 1 && (
        <Pagination
          total={triage.pages}
          value={triage.page}
          onChange={triage.goTo}
          aria-label={x.pages}
          siblings={1}
          boundaries={1}
          size="sm"
        />
      )}
      {(data.window.olderBefore !== null || triage.older) && (
        <Group gap="xs">
          {data.window.olderBefore !== null && (
            <Button variant="light" size="xs" onClick={triage.showOlder}>
              {x.older}
            </Button>
          )}
          {triage.older && (
            <Button variant="subtle" size="xs" onClick={triage.showNewest}>
              {x.newest}
            </Button>
          )}
        </Group>
      )}

      {data.notDuplicates.length > 0 && (
        <>
          <Title order={5}>
            {x.notDuplicates} ({data.notDuplicates.length})
          </Title>
          {data.notDuplicates.map((d) => (
            <Group
              key={d.id}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
              data-testid="not-duplicate"
            >
              <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                {d.a} ≠ {d.b} · {viDay(d.at)}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => void run(() => undoNotDuplicate(d.id))}
              >
                {x.undo}
              </Button>
            </Group>
          ))}
        </>
      )}
      <Title order={4}>
        {to.unclassified} ({data.unclassified.length})
      </Title>
      {data.unclassified.map((m) => (
        <Card key={m.id} withBorder padding="xs" data-testid="unclassified">
          <Text size="sm">{m.content}</Text>
          <Group gap="xs" mt={4}>
            {m.suggestions.map((s) => (
              <Button
                key={s.field}
                size="compact-xs"
                variant="light"
                maw="100%"
                styles={wrapLabel}
                onClick={() =>
                  void act(() =>
                    api('POST', `/api/opinions/${m.id}/classify`, {
                      field: s.field,
                      version: m.version,
                    }),
                  )
                }
              >
                {to.confirm}: {fieldName(s.field, lang)} {Math.round(s.confidence * 100)}%
              </Button>
            ))}
          </Group>
        </Card>
      ))}
      <Title order={4}>
        {to.unrouted} ({data.unrouted.length})
      </Title>
      {data.unrouted.map((m) => (
        <Card key={m.id} withBorder padding="xs">
          <Text size="sm">
            {m.content} <Badge variant="light">{fieldName(m.field, lang)}</Badge>
          </Text>
          <Select
            mt={4}
            size="xs"
            placeholder={to.assign}
            data={people}
            onChange={(v) =>
              v &&
              void act(() =>
                api('POST', `/api/opinions/${m.id}/assign`, { personId: v, version: m.version }),
              )
            }
          />
        </Card>
      ))}
      <RoutingTable unitId={unitId} />
    </Stack>
  );
}
