// The follow-up page (/theo-doi): the unit's open matters grouped by urgency (very overdue, overdue,
// due soon, on track) with colour, each due date with how it was computed (the stored text), the
// responsible official and the answer's state; the office and the chairs filter by official,
// field and session, and group the list by any of them. A row opens the matter's follow-up
// (FollowUpMatter); the office keeps the unit's answer templates (AnswerTemplates).
import { Alert, Badge, Button, Card, Drawer, Group, Loader, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { matterStateNames, opinionFieldNames, opinionFields, urgencies, urgencyNames, type MatterState, type Urgency } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import type { PageProps } from '../../app/pages';
import { useI18n } from '../../i18n';
import { AnswerTemplates } from './AnswerTemplates';
import * as apiCalls from './follow-up-api';
import type { WorkItem, Worklist } from './follow-up-api';
import { FollowUpMatter } from './FollowUpMatter';
import { colours, fieldName, message, shortDate } from './follow-up-format';
import { followUpText } from './follow-up-text';

type GroupBy = 'urgency' | 'official' | 'field' | 'session';

interface Group { key: string; label: string; colour: string | null; items: WorkItem[] }

function groupsOf(items: WorkItem[], by: GroupBy, lang: 'vi' | 'en', x: ReturnType<typeof followUpText>): Group[] {
  if (by === 'urgency') {
    return urgencies.map((u) => ({ key: u, label: urgencyNames[u][lang], colour: colours[u], items: items.filter((i) => i.urgency === u) })).filter((g) => g.items.length);
  }
  const keyOf = (i: WorkItem) => (by === 'official' ? i.official.personId ?? '' : by === 'field' ? i.field ?? '' : i.sessionId);
  const labelOf = (i: WorkItem) =>
    by === 'official' ? (i.official.personId ? i.official.name : `${x.noOfficial} (${i.official.name || '—'})`)
      : by === 'field' ? (i.field ? fieldName(i.field, lang) : x.noField)
        : `${x.session}${i.round ? ` ${lang === 'vi' ? 'kỳ' : 'round'} ${i.round}` : ''}`;
  const map = new Map<string, Group>();
  for (const i of items) {
    const k = keyOf(i);
    if (!map.has(k)) map.set(k, { key: k, label: labelOf(i), colour: null, items: [] });
    map.get(k)!.items.push(i);
  }
  // Each group in urgency order already (the server sorts); groups with the most urgent first.
  return [...map.values()].sort((a, b) => urgencies.indexOf(a.items[0]!.urgency) - urgencies.indexOf(b.items[0]!.urgency) || b.items.length - a.items.length);
}

export function FollowUpPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const [filter, setFilter] = useState<{ official?: string; field?: string; session?: string }>({});
  const [by, setBy] = useState<GroupBy>('urgency');
  const [list, setList] = useState<Worklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);

  const load = useCallback(() => {
    setError(null);
    apiCalls.fetchWorklist(unitId, filter).then(setList).catch((e) => setError(message(e)));
  }, [unitId, filter]);
  useEffect(load, [load]);

  const sessions = [...new Map((list?.items ?? []).map((i) => [i.sessionId, i.round])).entries()];
  const groups = list ? groupsOf(list.items, by, lang, x) : [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{x.title}</Title>
        <Button variant="light" onClick={() => setTemplatesOpen(true)}>{x.templates}</Button>
      </Group>
      {list?.all && (
        <Group>
          <Select aria-label={x.official} placeholder={x.official} clearable w={240} value={filter.official ?? null}
            data={list.officials.filter((o) => o.personId).map((o) => ({ value: o.personId!, label: o.name }))}
            onChange={(v) => setFilter({ ...filter, official: v ?? undefined })} />
          <Select aria-label={x.field} placeholder={x.field} clearable w={240} value={filter.field ?? null}
            data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
            onChange={(v) => setFilter({ ...filter, field: v ?? undefined })} />
          <Select aria-label={x.session} placeholder={x.session} clearable w={200} value={filter.session ?? null}
            data={sessions.map(([id, round]) => ({ value: id, label: `${x.session} ${round ?? ''}` }))}
            onChange={(v) => setFilter({ ...filter, session: v ?? undefined })} />
          <Text size="sm">{x.groupBy}</Text>
          <SegmentedControl aria-label={x.groupBy} value={by} onChange={(v) => setBy(v as GroupBy)}
            data={[{ value: 'urgency', label: x.byUrgency }, { value: 'official', label: x.byOfficial }, { value: 'field', label: x.byField }, { value: 'session', label: x.bySession }]} />
        </Group>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {!list && !error && <Loader />}
      {list && list.items.length === 0 && <Text c="dimmed">{x.none}</Text>}
      {groups.map((g) => (
        <Card key={g.key} withBorder p={0} data-testid={by === 'urgency' ? `urgency-${g.key}` : `group-${by}`} style={g.colour ? { borderLeft: `6px solid var(--mantine-color-${g.colour}-6)` } : undefined}>
          <Group p="sm">
            {g.colour ? <Badge color={g.colour} size="lg">{g.label}</Badge> : <Text fw={700}>{g.label}</Text>}
            <Text c="dimmed">{g.items.length}</Text>
          </Group>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{x.content}</Table.Th><Table.Th>{x.field}</Table.Th><Table.Th>{x.official}</Table.Th>
                <Table.Th>{x.due}</Table.Th><Table.Th>{x.state}</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.items.map((i) => (
                <Table.Tr key={i.matterId}>
                  <Table.Td maw={420}>{i.content}</Table.Td>
                  <Table.Td>{fieldName(i.field, lang)}</Table.Td>
                  <Table.Td>{i.official.name || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Text fw={700} c={`${colours[i.urgency as Urgency]}.8`}>{shortDate(i.due.date)}</Text>
                      {by !== 'urgency' && <Badge size="xs" color={colours[i.urgency as Urgency]}>{urgencyNames[i.urgency as Urgency][lang]}</Badge>}
                    </Group>
                    <Text size="xs" c="dimmed" title={x.howComputed}>{i.due.text[lang]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{matterStateNames[i.state as MatterState]?.[lang] ?? i.state}</Text>
                    {i.answerState && <Badge variant="light">{x.answerStates[i.answerState]}</Badge>}
                    {i.lettersToSend > 0 && <Text size="xs" c="orange.8">{i.lettersToSend} {x.lettersToSend}</Text>}
                  </Table.Td>
                  <Table.Td><Button size="xs" variant="light" onClick={() => setOpen(i.matterId)} aria-label={`${x.open}: ${i.content.slice(0, 60)}`}>{x.open}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      <Drawer opened={!!open} onClose={() => { setOpen(null); load(); }} position="right" size="xl" title={x.title}>
        {open && <FollowUpMatter matterId={open} />}
      </Drawer>
      <Drawer opened={templatesOpen} onClose={() => setTemplatesOpen(false)} position="right" size="lg" title={x.templates}>
        {templatesOpen && <AnswerTemplates unitId={unitId} />}
      </Drawer>
    </Stack>
  );
}
