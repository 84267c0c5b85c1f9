// One commune's dashboard: every figure is a button that opens the list behind it (the same
// filter the count was made with), with that list as Excel and, for the commune chosen in the
// header, a link to the opinion list with the matching filter. Read-only for the levels above.
// Dates dd/mm/yyyy; field names on one line, cut with the whole name in a tooltip.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import {
  matterColumns,
  opinionSourceNames,
  timelineStepNames,
  type OpinionSource,
} from '@doithoai/core';
import { useEffect, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { api } from '../../api';
import { viCell, viDate, viMonth } from '../../format/date';
import { useI18n, type Lang } from '../../i18n';
import { fieldName, stateName } from '../opinion/labels';
import type {
  Count,
  DashboardMatter,
  DashboardMatters,
  Filter,
  UnitDashboard,
} from './dashboard-api';
import { dashboardText } from './dashboard-text';

/** Rows of the list behind a figure fetched at a time. */
const LIST_PAGE = 50;

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The opinion list (/y-kien, or the follow-up worklist) with the filter a figure was counted with. */
export function listLinkOf(f: Filter): string | null {
  const q = new URLSearchParams();
  if (f.answer) {
    if (f.answer !== 'overdue') return f.answer === 'open' ? '/theo-doi' : null;
    q.set('overdue', '1');
  }
  if (f.field !== undefined) q.set('field', f.field);
  if (f.villageId !== undefined) q.set('village', f.villageId);
  if (f.state !== undefined) q.set('status', f.state);
  if (f.source !== undefined || f.communeId !== undefined) return null;
  return `/y-kien?${q}`;
}

/** A category axis label on one line: cut to `max` characters, the whole name on hover. */
function OneLineTick({
  x,
  y,
  payload,
  max,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  max: number;
}) {
  const full = payload?.value ?? '';
  const short = full.length > max ? `${full.slice(0, max - 1)}…` : full;
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={12} fill="#495057">
      <title>{full}</title>
      {short}
    </text>
  );
}

function FigureList({
  title,
  counts,
  label,
  filterKey,
  onOpen,
}: {
  title: string;
  counts: Count[];
  label: (c: Count) => string;
  filterKey: string;
  onOpen(f: Filter, title: string, total?: number): void;
}) {
  const narrow = useMediaQuery('(max-width: 40em)');
  const data = counts.map((c) => ({ name: label(c), count: c.count, key: c.key }));
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {data.length > 0 && (
        <ResponsiveContainer width="100%" height={Math.max(80, data.length * 26)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis
              type="category"
              dataKey="name"
              width={narrow ? 128 : 210}
              interval={0}
              tick={<OneLineTick max={narrow ? 16 : 32} />}
            />
            <Tooltip />
            <Bar
              dataKey="count"
              fill="#c92a2a"
              cursor="pointer"
              onClick={(d: { payload?: { key: string; name: string; count: number } }) =>
                d.payload &&
                onOpen(
                  { [filterKey]: d.payload.key },
                  `${title}: ${d.payload.name}`,
                  d.payload.count,
                )
              }
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      <Group gap={6} mt="xs">
        {data.map((d) => (
          <Button
            key={d.key}
            size="compact-xs"
            variant="light"
            data-testid={`figure-${filterKey}`}
            onClick={() => onOpen({ [filterKey]: d.key }, `${title}: ${d.name}`, d.count)}
          >
            {d.name}: {d.count}
          </Button>
        ))}
      </Group>
    </Card>
  );
}

/** `listLinks`: the commune is the one chosen in the header, so /y-kien shows its matters. `openOverdue`: open its overdue list at once. */
export function CommuneDashboard({
  unitId,
  year,
  listLinks = false,
  openOverdue = false,
}: {
  unitId: string;
  year: number;
  listLinks?: boolean;
  openOverdue?: boolean;
}) {
  const { lang } = useI18n();
  const narrow = useMediaQuery('(max-width: 40em)');
  const x = dashboardText(lang);
  const [d, setD] = useState<UnitDashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The list behind a figure, one page at a time (the server's `next` starts the page after).
  const [list, setList] = useState<{
    title: string;
    filter: Filter;
    total?: number;
    items: DashboardMatter[] | null;
    next: string | null;
    loading: boolean;
  } | null>(null);

  useEffect(() => {
    setD(null);
    setError(null);
    api<UnitDashboard>('GET', `/api/units/${unitId}/dashboard?year=${year}`)
      .then(setD)
      .catch((e: Error) => setError(e.message));
  }, [unitId, year]);
  useEffect(() => {
    if (openOverdue && d)
      open(
        { answer: 'overdue', from: d.period.from, to: d.period.to },
        `${x.answers}: ${x.overdue}`,
        d.answers.overdue,
      );
    // Once, when the figures have come.
  }, [openOverdue, d]);

  const page = (f: Filter, after: string | null) =>
    api<DashboardMatters>(
      'GET',
      `/api/units/${unitId}/dashboard/matters?${new URLSearchParams({ ...f, limit: String(LIST_PAGE), ...(after ? { after } : {}) })}`,
    );
  const open = (filter: Filter, title: string, total?: number) => {
    const f = filter.answer ? filter : { ...filter, year: String(year) };
    setList({ title, filter: f, total, items: null, next: null, loading: true });
    page(f, null).then((r) =>
      setList((l) =>
        l?.filter === f ? { ...l, items: r.items, next: r.next, loading: false } : l,
      ),
    );
  };
  const more = () => {
    if (!list?.next || list.loading) return;
    const { filter: f, next } = list;
    setList({ ...list, loading: true });
    page(f, next).then((r) =>
      setList((l) =>
        l?.filter === f
          ? { ...l, items: [...(l.items ?? []), ...r.items], next: r.next, loading: false }
          : l,
      ),
    );
  };

  if (error) return <Alert color="red">{error}</Alert>;
  if (!d) return <Loader />;
  const a = d.answers;
  const overdueAll = Math.max(d.overdueCount ?? 0, d.overdue.length);
  const answerButtons: [keyof typeof a & string, string, string][] = [
    ['onTime', 'on-time', x.onTime],
    ['late', 'late', x.late],
    ['overdue', 'overdue', x.overdue],
    ['open', 'open', x.open],
    ['escalated', 'escalated', x.escalated],
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>{d.unit.name}</Title>
          {d.wholeArea && (
            <Text size="sm" c="dimmed" data-testid="whole-area">
              {x.wholeArea}
            </Text>
          )}
        </div>
        {d.readOnly && <Badge variant="outline">{x.readOnly}</Badge>}
      </Group>
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text fw={600}>
              {x.answers} ({viDate(d.period.from)} – {viDate(d.period.to)})
            </Text>
            <Text size="xl" fw={700} data-testid="on-time-rate">
              {x.onTimeRate}: {pct(a.onTimeRate)}
            </Text>
            <Group gap={6}>
              {answerButtons.map(([k, status, label]) => (
                <Button
                  key={k}
                  size="compact-sm"
                  variant="light"
                  color={status === 'overdue' ? 'red' : status === 'late' ? 'yellow' : 'green'}
                  data-testid={`answers-${status}`}
                  onClick={() =>
                    open(
                      { answer: status, from: d.period.from, to: d.period.to },
                      `${x.answers}: ${label}`,
                      a[k] as number,
                    )
                  }
                >
                  {label}: {a[k] as number}
                </Button>
              ))}
            </Group>
          </Stack>
          <div style={{ width: '100%', maxWidth: 460, height: 170 }}>
            <Text size="sm" c="dimmed">
              {x.trend}
            </Text>
            <ResponsiveContainer width="100%" height={150}>
              <LineChart
                data={d.trend.map((m) => ({
                  month: m.month,
                  rate: m.onTimeRate === null ? null : Math.round(m.onTimeRate * 100),
                }))}
                margin={{ right: 20 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="month"
                  tick={{ fontSize: 11 }}
                  tickFormatter={x.monthTick}
                  interval={narrow ? 2 : 1}
                />
                <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} unit="%" width={44} />
                <Tooltip
                  labelFormatter={(m) => `${x.month} ${viMonth(String(m))}`}
                  formatter={(v) => [`${v}%`, x.onTimeRate]}
                />
                <Line type="monotone" dataKey="rate" stroke="#2f9e44" connectNulls />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </Group>
      </Card>
      <Text fw={600}>
        {x.matters}: {d.matters.total}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <FigureList
          title={x.byField}
          counts={d.matters.byField}
          filterKey="field"
          onOpen={open}
          label={(c) => (c.key ? fieldName(c.key, lang) : x.noField)}
        />
        <FigureList
          title={x.bySource}
          counts={d.matters.bySource}
          filterKey="source"
          onOpen={open}
          label={(c) => opinionSourceNames[c.key as OpinionSource]?.[lang] ?? c.key}
        />
        <FigureList
          title={d.wholeArea ? x.byCommune : x.byVillage}
          counts={d.matters.byVillage}
          filterKey={d.wholeArea ? 'communeId' : 'villageId'}
          onOpen={open}
          label={(c) => c.name ?? x.noVillage}
        />
        <FigureList
          title={x.byState}
          counts={d.matters.byState}
          filterKey="state"
          onOpen={open}
          label={(c) => stateName(c.key, lang)}
        />
      </SimpleGrid>
      <Card withBorder>
        <Group justify="space-between">
          <Text fw={600}>
            {x.overdueList} (
            {listLinks && overdueAll ? (
              <Anchor component={Link} to="/y-kien?overdue=1" data-testid="overdue-list-link">
                {overdueAll}
              </Anchor>
            ) : (
              overdueAll
            )}
            )
          </Text>
          <Button
            component="a"
            size="compact-sm"
            variant="default"
            href={`/api/units/${unitId}/dashboard/overdue.xlsx?year=${year}`}
            download
          >
            {x.excel}
          </Button>
        </Group>
        {d.overdue.length === 0 ? (
          <Text c="dimmed">{x.none}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table data-testid="overdue-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{x.content}</Table.Th>
                  <Table.Th>{x.field}</Table.Th>
                  <Table.Th>{x.official}</Table.Th>
                  <Table.Th>{x.due}</Table.Th>
                  <Table.Th>{x.daysLate}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.overdue.map((o) => (
                  <Table.Tr key={o.matterId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/y-kien/${o.matterId}`} size="sm">
                        {o.content}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{fieldName(o.field, lang)}</Table.Td>
                    <Table.Td>
                      {o.official ??
                        (listLinks ? (
                          <Anchor component={Link} to="/theo-doi?unassigned=1" size="sm">
                            {x.assign}
                          </Anchor>
                        ) : (
                          '—'
                        ))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{viDate(o.due)}</Table.Td>
                    <Table.Td>{o.workingDaysLate}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {/* The dashboard shows the oldest few; the count and the list hold them all. */}
        {overdueAll > d.overdue.length && (
          <Text size="sm" c="dimmed" mt={6} data-testid="overdue-more">
            {x.oldestShown(d.overdue.length, overdueAll)}
            {listLinks && (
              <>
                {' '}
                ·{' '}
                <Anchor component={Link} to="/y-kien?overdue=1" size="sm">
                  {x.seeAll}
                </Anchor>
              </>
            )}
          </Text>
        )}
      </Card>
      {d.round && <RoundTimeline round={d.round} lang={lang} />}
      <Drawer
        opened={!!list}
        onClose={() => setList(null)}
        position="right"
        size="xl"
        title={list?.title}
      >
        {list &&
          (!list.items ? (
            <Loader />
          ) : (
            <Stack>
              <Group justify="space-between">
                <Text data-testid="figure-list-shown">
                  {x.shownOf(list.items.length, list.total)}
                </Text>
                {listLinks && listLinkOf(list.filter) && (
                  <Button
                    component={Link}
                    to={listLinkOf(list.filter)!}
                    size="compact-sm"
                    variant="light"
                    data-testid="open-in-list"
                  >
                    {list.filter.answer === 'open' ? x.openFollowUp : x.openList}
                  </Button>
                )}
                <Button
                  component="a"
                  size="compact-sm"
                  variant="default"
                  href={`/api/units/${unitId}/dashboard/matters.xlsx?${new URLSearchParams(list.filter)}`}
                  download
                >
                  {x.excel}
                </Button>
              </Group>
              <Table.ScrollContainer minWidth={900}>
                <Table data-testid="figure-list">
                  <Table.Thead>
                    <Table.Tr>
                      {matterColumns.map((c) => (
                        <Table.Th key={c.key}>{c[lang]}</Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((m) => (
                      <Table.Tr key={m.id}>
                        {matterColumns.map((c) => (
                          <Table.Td key={c.key}>
                            {c.key === 'content' ? (
                              <Anchor component={Link} to={`/y-kien/${m.id}`} size="sm">
                                {m.content}
                              </Anchor>
                            ) : (
                              viCell(c.value(m))
                            )}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.next && (
                <Group justify="center">
                  <Button
                    variant="default"
                    loading={list.loading}
                    onClick={more}
                    data-testid="figure-list-more"
                  >
                    {x.more(
                      list.total === undefined
                        ? LIST_PAGE
                        : Math.min(LIST_PAGE, Math.max(0, list.total - list.items.length)) ||
                            LIST_PAGE,
                    )}
                  </Button>
                </Group>
              )}
            </Stack>
          ))}
      </Drawer>
    </Stack>
  );
}

function RoundTimeline({
  round,
  lang,
}: {
  round: NonNullable<UnitDashboard['round']>;
  lang: Lang;
}) {
  const x = dashboardText(lang);
  const colour = (s: string) =>
    s === 'on-time' ? 'green' : s === 'late' ? 'yellow' : s === 'overdue' ? 'red' : 'gray';
  return (
    <Card withBorder>
      <Text fw={600}>
        {x.round}
        {round.round ? ` (${round.round})` : ''}: {viDate(round.date)}
      </Text>
      <Table data-testid="round-timeline">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{x.step}</Table.Th>
            <Table.Th>{x.deadline}</Table.Th>
            <Table.Th>{x.done}</Table.Th>
            <Table.Th>{x.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.timeline.map((s) => (
            <Table.Tr key={s.step}>
              <Table.Td>{timelineStepNames[s.step][lang]}</Table.Td>
              <Table.Td>{viDate(s.due)}</Table.Td>
              <Table.Td>{viDate(s.done)}</Table.Td>
              <Table.Td>
                <Badge color={colour(s.status)} variant="light">
                  {x.stepStatus[s.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
