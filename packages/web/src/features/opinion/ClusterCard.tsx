// One cluster of the triage page: opinions that seem to raise the same concern, each with the
// words it shares with the others marked. Every member is ticked at first and the server's
// suggestion is the one kept; the clerk unticks, picks another to keep, and merges the ticked
// ones in one request. "Not the same concern" takes one member out of the cluster for good.
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { useI18n } from '../../i18n';
import { viDay } from './labels';
import type { Cluster, ClusterMember } from './similar-api';
import { triageText } from './triage-text';

export interface ClusterActions {
  merge(target: ClusterMember, sources: ClusterMember[]): void;
  notSame(member: ClusterMember, others: ClusterMember[]): void;
}

export function ClusterCard({
  cluster,
  busy,
  onMerge,
  onNotSame,
}: {
  cluster: Cluster;
  busy: boolean;
  onMerge: ClusterActions['merge'];
  onNotSame: ClusterActions['notSame'];
}) {
  const { lang } = useI18n();
  const x = triageText(lang);
  const ids = cluster.members.map((m) => m.id).join(' ');
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(cluster.members.map((m) => m.id)),
  );
  const [targetId, setTargetId] = useState(cluster.targetId);
  // A reloaded cluster with other members starts again from the server's suggestion.
  useEffect(() => {
    setTicked(new Set(cluster.members.map((m) => m.id)));
    setTargetId(cluster.targetId);
  }, [ids, cluster.targetId]);

  const target = cluster.members.find((m) => m.id === targetId) ?? cluster.members[0]!;
  const sources = useMemo(
    () => cluster.members.filter((m) => m.id !== target.id && ticked.has(m.id)),
    [cluster.members, target.id, ticked],
  );
  const tick = (id: string, on: boolean) =>
    setTicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const keep = (id: string) => {
    setTargetId(id);
    tick(id, true);
  };

  return (
    <Card
      withBorder
      padding="sm"
      p={{ base: 'xs', sm: 'sm' }}
      data-testid="cluster"
      aria-label={x.clusterHeading(cluster.size, cluster.title)}
    >
      <Title order={5} mb="xs" style={{ overflowWrap: 'anywhere' }}>
        {x.clusterHeading(cluster.size, cluster.title)}
      </Title>
      <Radio.Group value={target.id} onChange={keep} aria-label={x.keep}>
        <Stack gap="xs">
          {cluster.members.map((m) => (
            <MemberRow
              key={m.id}
              member={m}
              suggested={m.id === cluster.targetId}
              kept={m.id === target.id}
              ticked={ticked.has(m.id)}
              busy={busy}
              onTick={(on) => tick(m.id, on)}
              onNotSame={() =>
                onNotSame(
                  m,
                  cluster.members.filter((o) => o.id !== m.id),
                )
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      <Group justify="flex-end" mt="sm">
        <Button
          data-testid="cluster-merge"
          disabled={busy || sources.length === 0}
          onClick={() => onMerge(target, sources)}
        >
          {x.mergeN(sources.length + 1)}
        </Button>
      </Group>
    </Card>
  );
}

function MemberRow({
  member: m,
  suggested,
  kept,
  ticked,
  busy,
  onTick,
  onNotSame,
}: {
  member: ClusterMember;
  suggested: boolean;
  kept: boolean;
  ticked: boolean;
  busy: boolean;
  onTick(on: boolean): void;
  onNotSame(): void;
}) {
  const { lang } = useI18n();
  const x = triageText(lang);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      bg={kept ? 'blue.0' : undefined}
      data-testid="cluster-member"
      data-matter-id={m.id}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          checked={ticked || kept}
          disabled={kept || busy}
          aria-label={`${x.include}: ${m.content.slice(0, 60)}`}
          onChange={(e) => onTick(e.currentTarget.checked)}
        />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Highlighted text={m.content} spans={m.spans} c={ticked || kept ? undefined : 'dimmed'} />
          <Group gap={6}>
            {m.villageName && (
              <Badge variant="outline" color="gray" tt="none" maw="100%">
                {m.villageName}
              </Badge>
            )}
            <Badge variant="light" color="gray" tt="none">
              {x.petitioners(m.petitionerCount)}
            </Badge>
            {suggested ? (
              <Badge variant="light" color="blue" tt="none">
                {x.suggestedKeep}
              </Badge>
            ) : (
              <Badge variant="light" color="teal" tt="none" title={x.alikeHint}>
                {x.alike(Math.round(m.score * 100))}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {x.received(viDay(m.receivedOn))}
            </Text>
          </Group>
          <Group gap="xs" justify="space-between">
            <Radio value={m.id} label={x.keep} size="xs" disabled={busy} />
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              data-testid="cluster-not-same"
              disabled={busy}
              onClick={onNotSame}
            >
              {x.notSame}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
