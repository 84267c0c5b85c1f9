// The list of matters (/y-kien) with one search box (accents and đ optional), filters, sorting and
// pages kept in the URL; each row opens the matter's own page (/y-kien/:id), and its receipt
// prints from /y-kien/:id/bien-nhan. The app routes /y-kien/* here, so the pages nest here.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { matterStateNames, type MatterState, type UnitSessions } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { viDate } from '../../format/date';
import type { PageProps } from '../../app/page-props';
import { fieldName, fieldOptions, sourceOptions, stateOptions } from './labels';
import { MatterPage } from './MatterPage';
import { MatterReceiptPage } from './MatterReceiptPage';
import { matterText } from './matter-text';
import { useCommune } from './useCommune';
import { FoldedFilters } from '../../components/FoldedFilters';
import { useNarrow } from '../../components/use-narrow';
import type { ListRow } from './matter-api';
import { filterNames, MAX_PAGE, PAGE_SIZE, useOpinionList } from './useOpinionList';
import { opinionText } from './opinion-text';

export function OpinionListPage(props: PageProps) {
  return (
    <Routes>
      <Route index element={<OpinionList {...props} />} />
      <Route path=":id" element={<MatterPage />} />
      <Route path=":id/bien-nhan" element={<MatterReceiptPage />} />
    </Routes>
  );
}

const finished: MatterState[] = [
  'closed',
  'settled',
  'responded',
  'rejected',
  'withdrawn',
  'merged',
];

function OpinionList({ unitId }: PageProps) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const x = matterText(lang);
  const navigate = useNavigate();
  // On a phone each matter is a card, and the filters fold (FoldedFilters).
  const narrow = useNarrow();
  const { villages, people } = useCommune(unitId);
  const { params, data, failed, page, set } = useOpinionList(unitId);
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [rounds, setRounds] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    api<UnitSessions>('GET', `/api/units/${encodeURIComponent(unitId)}/sessions`)
      .then((r) =>
        setRounds(
          r.sessions.map((s) => ({
            value: s.id,
            label: `${s.round === null ? x.round(null) : x.round(s.round)}${s.date ? `, ${viDate(s.date)}` : s.heldBy ? ` (${viDate(s.heldBy)})` : ''}`,
          })),
        ),
      )
      .catch(() => setRounds([]));
  }, [unitId, lang]);
  // The search words reach the URL (and the server) a moment after typing stops.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get('q') ?? '') !== typed.trim())
        set({ q: typed.trim() || null }, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const sortKey = `${params.get('sort') ?? 'received'}-${params.get('dir') ?? (params.get('sort') === 'deadline' ? 'asc' : 'desc')}`;
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder={to.all}
      data={options}
      value={params.get(name)}
      onChange={(v) => set({ [name]: v })}
      clearable
      searchable={options.length > 8}
    />
  );
  const pages = data ? Math.min(MAX_PAGE, Math.max(1, Math.ceil(data.total / PAGE_SIZE))) : 1;
  const filtered = filterNames.some((n) => params.get(n)) || !!params.get('q');
  /** A matter's parts, laid out as a table row on a laptop and as a card on a phone. */
  const cellsOf = (m: ListRow) => {
    const href = `/y-kien/${encodeURIComponent(m.id)}`;
    return {
      href,
      received: viDate(m.receivedOn),
      content: (
        <Anchor
          component={Link}
          to={href}
          c="inherit"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          data-testid="opinion-content"
        >
          {m.content}
        </Anchor>
      ),
      village: m.villageName,
      field: fieldName(m.field, lang),
      state: (
        <Badge
          variant="light"
          tt="none"
          data-testid="opinion-state"
          styles={{
            root: { height: 'auto', paddingBlock: 2, maxWidth: '100%' },
            label: {
              whiteSpace: 'normal',
              overflow: 'visible',
              textOverflow: 'clip',
              lineHeight: 1.3,
            },
          }}
        >
          {matterStateNames[m.state][lang]}
        </Badge>
      ),
      due: m.dueOn && !finished.includes(m.state) ? viDate(m.dueOn) : null,
      assignee: m.assigneeName,
      petitioners: m.petitionerCount,
      open: (
        <Button
          component={Link}
          to={href}
          size="xs"
          variant="light"
          style={{ flexShrink: 0 }}
          aria-label={`${x.open}: ${m.content.slice(0, 60)}`}
        >
          {x.open}
        </Button>
      ),
    };
  };
  return (
    <Stack>
      <Title order={2}>{to.nav}</Title>
      <TextInput
        label={to.search}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        autoFocus
      />
      <FoldedFilters applied={filterNames.filter((n) => params.get(n)).length}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {select('status', to.state, stateOptions(lang))}
          {select('field', to.field, fieldOptions(lang))}
          {select('village', to.village, villages)}
          {select('source', to.source, sourceOptions(lang))}
          {select('official', x.officialFilter, people)}
          {rounds.length > 0 && select('round', x.roundFilter, rounds)}
          <Select
            label={x.sort}
            data={Object.entries(x.sorts).map(([value, label]) => ({ value, label }))}
            value={sortKey}
            allowDeselect={false}
            onChange={(v) => {
              if (v) {
                const [sort, dir] = v.split('-');
                set({ sort: sort!, dir: dir! });
              }
            }}
          />
          <Checkbox
            label={x.overdue}
            checked={params.get('overdue') === '1'}
            onChange={(e) => set({ overdue: e.currentTarget.checked ? '1' : null })}
            mt={{ md: 28 }}
          />
        </SimpleGrid>
      </FoldedFilters>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" fw={600} data-testid="opinion-total">
          {data ? x.total(data.total, data.totalCapped) : ''}
        </Text>
        {filtered && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              setTyped('');
              navigate('/y-kien');
            }}
          >
            {x.clear}
          </Button>
        )}
      </Group>
      {failed && (
        <Text c="red" role="alert">
          {failed}
        </Text>
      )}
      {!data ? (
        <Loader />
      ) : data.items.length === 0 ? (
        <Text c="dimmed">{to.none}</Text>
      ) : narrow ? (
        <Stack gap="xs">
          {data.items.map((m) => {
            const c = cellsOf(m);
            return (
              <Card key={m.id} withBorder p="sm" data-testid="opinion-row">
                <Stack gap={6}>
                  <div>{c.content}</div>
                  <Text size="xs" c="dimmed">
                    {[c.received, c.village, m.field ? c.field : null].filter(Boolean).join(' · ')}
                  </Text>
                  <Group justify="space-between" wrap="nowrap" align="center">
                    <Group gap="xs" wrap="wrap">
                      {c.state}
                      {c.due && (
                        <Text size="xs">
                          {x.dueCol}: {c.due}
                        </Text>
                      )}
                    </Group>
                    {c.open}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {c.assignee && `${to.assignee}: ${c.assignee} · `}
                    <span style={{ whiteSpace: 'nowrap' }}>{to.raisedByCount(c.petitioners)}</span>
                  </Text>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>{to.received}</Table.Th>
                <Table.Th>{to.content}</Table.Th>
                <Table.Th w={110}>{to.village}</Table.Th>
                <Table.Th w={130}>{to.field}</Table.Th>
                <Table.Th w={170}>{to.state}</Table.Th>
                <Table.Th w={100}>{x.dueCol}</Table.Th>
                <Table.Th w={150}>{to.assignee}</Table.Th>
                <Table.Th w={70}>{to.petitioners}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((m) => {
                const c = cellsOf(m);
                return (
                  <Table.Tr
                    key={m.id}
                    data-testid="opinion-row"
                    onClick={(e) => {
                      if (!(e.target as HTMLElement).closest('a')) navigate(c.href);
                    }}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.received}</Table.Td>
                    <Table.Td>{c.content}</Table.Td>
                    <Table.Td>{c.village}</Table.Td>
                    <Table.Td>{c.field}</Table.Td>
                    <Table.Td>{c.state}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.due ?? '—'}</Table.Td>
                    <Table.Td>{c.assignee}</Table.Td>
                    <Table.Td>{c.petitioners}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && data.total > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {x.pageOf(data.offset + 1, data.offset + data.items.length)}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={(p) => set({ page: p === 1 ? null : String(p) })}
              aria-label={x.pages}
              siblings={1}
              boundaries={1}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
