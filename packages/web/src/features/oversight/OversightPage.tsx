// The oversight table (a district, a province): every commune below the unit chosen in the
// header, sortable by any column (the file exported keeps the order), coloured by grade, 100 rows
// a page (sorted and cut by the server: a province's whole table is ~1.6 MB); a row opens the
// commune's dashboard read-only; a commune's overdue figure opens its overdue matters (also from a
// link: /giam-sat?xa=<unit id>, as the home page gives); the page's first communes as a chart.
import {
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useSearchParams } from 'react-router';
import { viDate } from '../../format/date';
import { gradeNames, oversightColumns, type Grade } from '@doithoai/core';
import { useEffect, useState, type MouseEvent } from 'react';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PageProps } from '../../app/page-props';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { CommuneDashboard } from '../dashboard/CommuneDashboard';
import type { Oversight } from '../dashboard/dashboard-api';
import { yearOptions } from '../dashboard/DashboardPage';
import { dashboardText } from '../dashboard/dashboard-text';

const background: Record<Grade, string | undefined> = {
  green: '#d3f9d8',
  amber: '#ffec99',
  red: '#ffc9c9',
  none: undefined,
};
const PAGE = 100;

export function OversightPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = dashboardText(lang);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [data, setData] = useState<Oversight | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: string; dir: 'asc' | 'desc' }>({
    key: 'name',
    dir: 'asc',
  });
  const [page, setPage] = useState(1);
  // The commune whose dashboard is open, and whether its overdue list opens at once.
  const [commune, setCommune] = useState<{ unitId: string; name: string; overdue: boolean } | null>(
    null,
  );
  const [params, setParams] = useSearchParams();
  const linked = params.get('xa');
  useEffect(() => {
    if (linked) setCommune({ unitId: linked, name: '', overdue: true });
  }, [linked]);
  const close = () => {
    setCommune(null);
    if (linked)
      setParams(
        (p) => {
          p.delete('xa');
          return p;
        },
        { replace: true },
      );
  };

  useEffect(() => {
    setError(null);
    let current = true;
    api<Oversight>(
      'GET',
      `/api/units/${unitId}/oversight?year=${year}&sort=${sort.key}&dir=${sort.dir}&offset=${(page - 1) * PAGE}&limit=${PAGE}`,
    )
      .then((d) => current && setData(d))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [unitId, year, sort, page]);
  useEffect(() => {
    setData(null);
    setPage(1);
  }, [unitId, year]);

  const shown = data?.rows ?? [];
  const sortBy = (key: string) => {
    const column = oversightColumns.find((c) => c.key === key)!;
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: column.numeric ? 'desc' : 'asc' },
    );
    setPage(1);
  };
  const chart = shown.slice(0, 30).map((r) => ({
    name: r.name,
    [x.onTime]: r.answers.onTime,
    [x.late]: r.answers.late,
    [x.overdue]: r.answers.overdue,
  }));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {x.oversight}
          {data ? `: ${data.unit.name}` : ''}
        </Title>
        <Group>
          <Select
            aria-label={x.year}
            data={yearOptions()}
            value={year}
            onChange={(v) => v && setYear(v)}
            allowDeselect={false}
            w={120}
          />
          <Button
            component="a"
            variant="default"
            data-testid="oversight-excel"
            href={`/api/units/${unitId}/oversight.xlsx?year=${year}&sort=${sort.key}&dir=${sort.dir}`}
            download
          >
            {x.excel}
          </Button>
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!data && !error ? (
        <Loader />
      ) : (
        data && (
          <>
            <Text size="sm" c="dimmed">
              {data.total} {x.communes} · {viDate(data.period.from)} – {viDate(data.period.to)} ·{' '}
              {x.sortHint}
            </Text>
            {/* Wider than a laptop: it scrolls inside its box, with the scrollbar always shown. */}
            <Table.ScrollContainer
              minWidth={1200}
              scrollAreaProps={{ type: 'always', offsetScrollbars: 'x' }}
            >
              <Table
                withTableBorder
                withColumnBorders
                highlightOnHover
                data-testid="oversight-table"
              >
                <Table.Thead>
                  <Table.Tr>
                    {oversightColumns.map((c) => (
                      <Table.Th
                        key={c.key}
                        aria-sort={
                          sort.key === c.key
                            ? sort.dir === 'asc'
                              ? 'ascending'
                              : 'descending'
                            : 'none'
                        }
                      >
                        <UnstyledButton
                          onClick={() => sortBy(c.key)}
                          data-testid={`sort-${c.key}`}
                          style={{ fontWeight: 600, fontSize: 13 }}
                        >
                          {c[lang]}
                          {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </UnstyledButton>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((r) => (
                    <Table.Tr
                      key={r.unitId}
                      data-testid="oversight-row"
                      onClick={() => setCommune({ unitId: r.unitId, name: r.name, overdue: false })}
                      style={{ cursor: 'pointer' }}
                      title={x.open_commune}
                    >
                      {oversightColumns.map((c) => {
                        const v =
                          c.key === 'overall' ? gradeNames[r.grades.overall][lang] : c.value(r);
                        const late = c.key === 'answersOverdue' && r.answers.overdue > 0;
                        return (
                          <Table.Td
                            key={c.key}
                            style={{
                              background: c.grade ? background[c.grade(r)] : undefined,
                              textAlign: c.numeric ? 'right' : undefined,
                            }}
                          >
                            {late ? (
                              <Anchor
                                component="button"
                                fw={700}
                                c="red.9"
                                data-testid="late-link"
                                aria-label={x.lateOf(r.answers.overdue)}
                                title={x.lateOf(r.answers.overdue)}
                                onClick={(e: MouseEvent) => {
                                  e.stopPropagation();
                                  setCommune({ unitId: r.unitId, name: r.name, overdue: true });
                                }}
                              >
                                {v}
                              </Anchor>
                            ) : (
                              (v ?? '—')
                            )}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.total > PAGE && (
              <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} />
            )}
            <Text fw={600}>{x.chart}</Text>
            <ResponsiveContainer width="100%" height={320}>
              <BarChart data={chart}>
                <XAxis
                  dataKey="name"
                  tick={{ fontSize: 10 }}
                  interval={0}
                  angle={-30}
                  textAnchor="end"
                  height={80}
                />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar dataKey={x.onTime} stackId="a" fill="#2f9e44" />
                <Bar dataKey={x.late} stackId="a" fill="#f59f00" />
                <Bar dataKey={x.overdue} stackId="a" fill="#e03131" />
              </BarChart>
            </ResponsiveContainer>
          </>
        )
      )}
      <Drawer
        opened={!!commune}
        onClose={close}
        position="right"
        size="80%"
        title={commune?.name || x.open_commune}
      >
        {commune && (
          <CommuneDashboard
            unitId={commune.unitId}
            year={Number(year)}
            openOverdue={commune.overdue}
          />
        )}
      </Drawer>
    </Stack>
  );
}
