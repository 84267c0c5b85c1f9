// The follow-up page (/theo-doi): the unit's open matters grouped by urgency (very overdue, overdue,
// due soon, on track) with colour, each due date with how it was computed (in the row's tooltip;
// the legal basis once, under the list), the responsible official and the answer's state. The
// office and the chairs filter by field, village, official, round, "nobody responsible" and
// "overdue" — kept in the URL (field, village, official, round, unassigned=1, overdue=1), so a
// figure elsewhere can open the list already filtered — and the server pages the result. A matter
// nobody answers is named to an official right in its row. A row opens the matter's follow-up
// (FollowUpMatter) or its page (/y-kien/:id); the office keeps the answer templates.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Drawer,
  Group,
  Loader,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  opinionFieldNames,
  opinionFields,
  urgencies,
  urgencyNames,
  type Urgency,
  type Worklist,
  type WorklistItem as WorkItem,
} from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PageProps } from '../../app/page-props';
import { useI18n } from '../../i18n';
import { FoldedFilters } from '../../components/FoldedFilters';
import { AnswerTemplates } from './AnswerTemplates';
import * as apiCalls from './follow-up-api';
import { FollowUpMatter } from './FollowUpMatter';
import {
  colours,
  distinctBases,
  fieldName,
  filterFromParams,
  message,
  paramsFromFilter,
  shortDate,
  splitDueText,
  type WorklistFilter,
} from './follow-up-format';
import { followUpText } from './follow-up-text';
import { useNarrow } from '../../components/use-narrow';
import { stateName } from '../opinion/labels';

type GroupBy = 'urgency' | 'official' | 'field' | 'session';
type Text = ReturnType<typeof followUpText>;

interface Group {
  key: string;
  label: string;
  colour: string | null;
  items: WorkItem[];
}

const PAGE = 50;

function groupsOf(items: WorkItem[], by: GroupBy, lang: 'vi' | 'en', x: Text): Group[] {
  if (by === 'urgency') {
    return urgencies
      .map((u) => ({
        key: u,
        label: urgencyNames[u][lang],
        colour: colours[u],
        items: items.filter((i) => i.urgency === u),
      }))
      .filter((g) => g.items.length);
  }
  const keyOf = (i: WorkItem) =>
    by === 'official'
      ? (i.official.personId ?? '')
      : by === 'field'
        ? (i.field ?? '')
        : i.sessionId;
  const labelOf = (i: WorkItem) =>
    by === 'official'
      ? i.official.personId
        ? i.official.name
        : x.unassigned
      : by === 'field'
        ? i.field
          ? fieldName(i.field, lang)
          : x.noField
        : `${x.session}${i.round ? ` · ${x.roundN(i.round)}` : ''}`;
  const map = new Map<string, Group>();
  for (const i of items) {
    const k = keyOf(i);
    if (!map.has(k)) map.set(k, { key: k, label: labelOf(i), colour: null, items: [] });
    map.get(k)!.items.push(i);
  }
  // Each group in urgency order already (the server sorts); groups with the most urgent first.
  return [...map.values()].sort(
    (a, b) =>
      urgencies.indexOf(a.items[0]!.urgency) - urgencies.indexOf(b.items[0]!.urgency) ||
      b.items.length - a.items.length,
  );
}

/** Names an official for a matter nobody answers, from its row (the follow-up's own "responsible" action). */
function AssignInRow({
  item,
  officials,
  x,
  onDone,
}: {
  item: WorkItem;
  officials: Worklist['officials'];
  x: Text;
  onDone(): void;
}) {
  const [personId, setPersonId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = `${x.responsible}: ${item.content.slice(0, 60)}`;
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        <Select
          size="xs"
          aria-label={label}
          placeholder={x.assignTo}
          searchable
          w={170}
          value={personId}
          onChange={setPersonId}
          data={officials
            .filter((o) => o.personId)
            .map((o) => ({ value: o.personId!, label: o.name }))}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          size="xs"
          disabled={!personId}
          aria-label={`${x.assign}: ${item.content.slice(0, 60)}`}
          onClick={() =>
            apiCalls
              .setResponsible(item.matterId, personId!, item.field)
              .then(onDone)
              .catch((e) => setError(message(e)))
          }
        >
          {x.assign}
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

export function FollowUpPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const filterKey = paramsFromFilter(filter).toString();
  const activeFilters = [...new URLSearchParams(filterKey).keys()].length;
  // On a phone each matter is a card, and the filters fold (FoldedFilters).
  const narrow = useNarrow();
  const [offset, setOffset] = useState(0);
  const [by, setBy] = useState<GroupBy>('urgency');
  const [list, setList] = useState<Worklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A matter's page links here with ?y-kien=<id> ("answer and follow-up"): that matter opens at once.
  const [open, setOpen] = useState<string | null>(params.get('y-kien'));
  const [templatesOpen, setTemplatesOpen] = useState(false);

  const load = useCallback(() => {
    setError(null);
    apiCalls
      .fetchWorklist(unitId, Object.fromEntries(new URLSearchParams(filterKey)), {
        offset,
        limit: PAGE,
      })
      .then(setList)
      .catch((e) => setError(message(e)));
  }, [unitId, filterKey, offset]);
  useEffect(load, [load]);

  const setFilter = (patch: Partial<WorklistFilter>) => {
    setOffset(0);
    setParams(paramsFromFilter({ ...filter, ...patch }), { replace: true });
  };

  const groups = list ? groupsOf(list.items, by, lang, x) : [];
  const bases = distinctBases((list?.items ?? []).map((i) => i.due.text[lang]));
  const canAssign = !!list?.can.includes('followup.manage');
  const pages = list ? Math.ceil(list.total / list.limit) : 0;
  /** A worklist item's parts, laid out as a table row on a laptop and as a card on a phone. */
  const cellsOf = (i: WorkItem) => ({
    content: (
      <>
        <Anchor
          component={Link}
          to={`/y-kien/${i.matterId}`}
          c="inherit"
          title={x.matterPage}
          style={{ overflowWrap: 'anywhere' }}
        >
          {i.content}
        </Anchor>
        {(i.villageName || i.round) && (
          <Text size="xs" c="dimmed">
            {[i.villageName, i.round ? x.roundN(i.round) : null].filter(Boolean).join(' · ')}
          </Text>
        )}
      </>
    ),
    field: fieldName(i.field, lang),
    official: (
      <>
        {i.official.personId ? (
          i.official.name
        ) : (
          <Stack gap={4}>
            <Badge color="red" variant="light" tt="none" data-testid="no-official">
              {x.unassigned}
            </Badge>
            {canAssign && <AssignInRow item={i} officials={list!.officials} x={x} onDone={load} />}
          </Stack>
        )}
      </>
    ),
    due: (
      <>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} c={`${colours[i.urgency as Urgency]}.8`}>
            {shortDate(i.due.date)}
          </Text>
          <Tooltip
            label={splitDueText(i.due.text[lang]).counting}
            multiline
            w={320}
            withArrow
            events={{ hover: true, focus: true, touch: true }}
          >
            <Text
              component="span"
              size="xs"
              c="dimmed"
              tabIndex={0}
              aria-label={`${x.basisMark}: ${splitDueText(i.due.text[lang]).counting}`}
              style={{ cursor: 'help', textDecoration: 'underline dotted' }}
            >
              {x.howComputed}
            </Text>
          </Tooltip>
        </Group>
        {by !== 'urgency' && (
          <Badge size="xs" color={colours[i.urgency as Urgency]}>
            {urgencyNames[i.urgency as Urgency][lang]}
          </Badge>
        )}
      </>
    ),
    state: (
      <>
        <Text size="sm">{stateName(i.state, lang)}</Text>
        {i.answerState && (
          <Badge variant="light" tt="none">
            {x.answerStates[i.answerState]}
          </Badge>
        )}
        {i.lettersToSend > 0 && (
          <Text size="xs" c="orange.8">
            {i.lettersToSend} {x.lettersToSend}
          </Text>
        )}
      </>
    ),
    open: (
      <>
        <Button
          size="xs"
          variant="light"
          onClick={() => setOpen(i.matterId)}
          aria-label={`${x.open}: ${i.content.slice(0, 60)}`}
        >
          {x.open}
        </Button>
      </>
    ),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{x.title}</Title>
        <Button variant="light" onClick={() => setTemplatesOpen(true)}>
          {x.templates}
        </Button>
      </Group>
      {list?.all && (
        <Card withBorder p="sm" role="search" aria-label={x.filters}>
          <FoldedFilters applied={activeFilters}>
            <Group gap="sm" align="end">
              <Select
                label={x.field}
                clearable
                w={{ base: '100%', sm: 230 }}
                value={filter.field ?? null}
                data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
                onChange={(v) => setFilter({ field: v ?? undefined })}
              />
              <Select
                label={x.village}
                clearable
                w={{ base: '46%', sm: 170 }}
                value={filter.village ?? null}
                data={list.villages.map((v) => ({ value: v.id, label: v.name }))}
                onChange={(v) => setFilter({ village: v ?? undefined })}
              />
              <Select
                label={x.official}
                clearable
                searchable
                w={{ base: '100%', sm: 200 }}
                value={filter.official ?? null}
                data={list.officials
                  .filter((o) => o.personId)
                  .map((o) => ({ value: o.personId!, label: o.name }))}
                onChange={(v) =>
                  setFilter({ official: v ?? undefined, ...(v && { unassigned: undefined }) })
                }
              />
              <Select
                label={x.round}
                clearable
                w={{ base: '46%', sm: 110 }}
                value={filter.round ?? null}
                data={list.rounds.map((r) => ({ value: String(r), label: x.roundN(r) }))}
                onChange={(v) => setFilter({ round: v ?? undefined })}
              />
              <Stack gap={6} pb={4}>
                <Checkbox
                  label={x.unassigned}
                  checked={filter.unassigned === '1'}
                  onChange={(e) =>
                    setFilter({
                      unassigned: e.currentTarget.checked ? '1' : undefined,
                      ...(e.currentTarget.checked && { official: undefined }),
                    })
                  }
                />
                <Checkbox
                  label={x.overdueOnly}
                  checked={filter.overdue === '1'}
                  onChange={(e) =>
                    setFilter({ overdue: e.currentTarget.checked ? '1' : undefined })
                  }
                />
              </Stack>
              {filterKey && (
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => {
                    setOffset(0);
                    setParams(new URLSearchParams(), { replace: true });
                  }}
                >
                  {x.clearFilters}
                </Button>
              )}
            </Group>
          </FoldedFilters>
          <Group gap="xs" mt="sm">
            <Text size="sm">{x.groupBy}</Text>
            {/* On a phone the four choices take a line of their own: beside the label the last was cut off. */}
            <SegmentedControl
              size="xs"
              fullWidth={narrow}
              w={narrow ? '100%' : undefined}
              aria-label={x.groupBy}
              value={by}
              onChange={(v) => setBy(v as GroupBy)}
              data={[
                { value: 'urgency', label: x.byUrgency },
                { value: 'official', label: x.byOfficial },
                { value: 'field', label: x.byField },
                { value: 'session', label: x.bySession },
              ]}
            />
          </Group>
        </Card>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!list && !error && <Loader />}
      {list && list.items.length === 0 && <Text c="dimmed">{x.none}</Text>}
      {list && list.total > 0 && (
        <Text size="sm" c="dimmed" data-testid="worklist-count">
          {x.shown(list.offset + 1, list.offset + list.items.length, list.total, list.totalCapped)}
        </Text>
      )}
      {groups.map((g) => (
        <Card
          key={g.key}
          withBorder
          p={0}
          data-testid={by === 'urgency' ? `urgency-${g.key}` : `group-${by}`}
          style={
            g.colour ? { borderLeft: `6px solid var(--mantine-color-${g.colour}-6)` } : undefined
          }
        >
          <Group p="sm">
            {g.colour ? (
              <Badge color={g.colour} size="lg">
                {g.label}
              </Badge>
            ) : (
              <Text fw={700}>{g.label}</Text>
            )}
            <Text c="dimmed">{g.items.length}</Text>
          </Group>
          {narrow ? (
            <Stack gap={0}>
              {g.items.map((i) => {
                const c = cellsOf(i);
                return (
                  <Stack
                    key={i.matterId}
                    gap={6}
                    p="sm"
                    data-testid="worklist-row"
                    style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                  >
                    <div>{c.content}</div>
                    <Group justify="space-between" wrap="nowrap" align="start">
                      <div>{c.due}</div>
                      {c.open}
                    </Group>
                    {i.field && (
                      <Text size="sm" c="dimmed">
                        {c.field}
                      </Text>
                    )}
                    <Group gap={6} align="start">
                      <Text size="sm" c="dimmed">
                        {x.official}:
                      </Text>
                      <div>{c.official}</div>
                    </Group>
                    <div>{c.state}</div>
                  </Stack>
                );
              })}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{x.content}</Table.Th>
                    <Table.Th>{x.field}</Table.Th>
                    <Table.Th>{x.official}</Table.Th>
                    <Table.Th>
                      {x.due}
                      {bases.length > 0 && <sup>*</sup>}
                    </Table.Th>
                    <Table.Th>{x.state}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.items.map((i) => {
                    const c = cellsOf(i);
                    return (
                      <Table.Tr key={i.matterId} data-testid="worklist-row">
                        <Table.Td maw={380}>{c.content}</Table.Td>
                        <Table.Td>{c.field}</Table.Td>
                        <Table.Td>{c.official}</Table.Td>
                        <Table.Td>{c.due}</Table.Td>
                        <Table.Td>{c.state}</Table.Td>
                        <Table.Td>{c.open}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      ))}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.floor(offset / PAGE) + 1}
          onChange={(p) => setOffset((p - 1) * PAGE)}
        />
      )}
      {bases.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="due-basis">
          <sup>*</sup> {x.basisTitle}: {bases.join(' — ')}
        </Text>
      )}
      <Drawer
        opened={!!open}
        onClose={() => {
          setOpen(null);
          load();
        }}
        position="right"
        size="xl"
        title={x.title}
      >
        {open && <FollowUpMatter matterId={open} />}
      </Drawer>
      <Drawer
        opened={templatesOpen}
        onClose={() => setTemplatesOpen(false)}
        position="right"
        size="lg"
        title={x.templates}
      >
        {templatesOpen && <AnswerTemplates unitId={unitId} />}
      </Drawer>
    </Stack>
  );
}
