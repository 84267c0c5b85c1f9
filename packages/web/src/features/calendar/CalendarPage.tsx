// The working calendar (/lich): a year's twelve months with days off and worked days marked
// with their basis, where the year's list comes from, the lunar date of a selected day, the
// deadline calculator, and, for an administrator, the correction of a year.
import { Alert, Card, Grid, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import type { IsoDate } from '@doithoai/core';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { fetchYear, type CalendarYear } from './calendar-api';
import { entriesByDate, todayInVietnam } from './calendar-days';
import { CalendarLegend } from './CalendarLegend';
import { DeadlineCalculator } from './DeadlineCalculator';
import { HolidayList } from './HolidayList';
import { MonthGrid } from './MonthGrid';
import { SelectedDay } from './SelectedDay';
import { YearEditor } from './YearEditor';
import { YearPicker } from './YearPicker';
import { YearSourceBadge } from './YearSourceBadge';
import { calendarText } from './calendar-text';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function CalendarPage() {
  const { t, lang } = useI18n();
  const tc = calendarText(lang);
  const today = todayInVietnam();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('nam'));
  const year =
    Number.isInteger(asked) && asked >= 1900 && asked <= 2100 ? asked : Number(today.slice(0, 4));
  const [data, setData] = useState<CalendarYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<IsoDate>(today);
  const [start, setStart] = useState<IsoDate>(today);

  useEffect(() => {
    let live = true;
    setError(null);
    fetchYear(year)
      .then((d) => live && setData(d))
      .catch((e) => live && setError(e instanceof ApiError ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [year]);
  useEffect(() => {
    setSelected((s) =>
      s.startsWith(`${year}-`) ? s : today.startsWith(`${year}-`) ? today : `${year}-01-01`,
    );
  }, [year, today]);

  const current = data?.year === year ? data : null;
  const byDate = useMemo(() => entriesByDate(current?.entries ?? []), [current]);
  const chooseYear = (y: number) => {
    setNotice(null);
    setParams({ nam: String(y) }, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Group>
          <Title order={2}>{tc.title(year)}</Title>
          {current && <YearSourceBadge source={current.source} />}
        </Group>
        <YearPicker year={year} onChange={chooseYear} />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {!current ? (
        !error && <Loader aria-label={t.loading} />
      ) : (
        <>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="xs">
                <SimpleGrid cols={{ base: 1, xs: 2, sm: 3, xl: 4 }} spacing={8} verticalSpacing={8}>
                  {MONTHS.map((m) => (
                    <MonthGrid
                      key={m}
                      year={year}
                      month={m}
                      byDate={byDate}
                      selected={selected}
                      today={today}
                      onSelect={setSelected}
                    />
                  ))}
                </SimpleGrid>
                <CalendarLegend />
                <Card withBorder mt="xs">
                  <Title order={4} mb="xs">
                    {tc.markedDays}
                  </Title>
                  <HolidayList entries={current.entries} onSelect={setSelected} />
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack>
                <SelectedDay
                  date={selected}
                  entries={byDate.get(selected)}
                  onUseAsStart={setStart}
                />
                <DeadlineCalculator start={start} onStartChange={setStart} />
              </Stack>
            </Grid.Col>
          </Grid>
          {current.canManage && (
            <YearEditor
              key={year}
              data={current}
              onChanged={(next, message) => {
                setData({ ...next, canManage: current.canManage });
                setNotice(message);
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
