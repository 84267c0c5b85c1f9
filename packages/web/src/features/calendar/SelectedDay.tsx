// The selected day: weekday, whether it is a working day and why, and its lunar date.
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { HolidayEntry, IsoDate, LunarDate } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { fetchLunar } from './calendar-api';
import { dayMark, viDate, weekdayName } from './calendar-days';
import { calendarText } from './calendar-text';

export function SelectedDay({
  date,
  entries,
  onUseAsStart,
}: {
  date: IsoDate;
  entries: HolidayEntry[] | undefined;
  onUseAsStart(date: IsoDate): void;
}) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const [lunar, setLunar] = useState<{ date: IsoDate; value: LunarDate | null } | null>(null);
  useEffect(() => {
    let live = true;
    fetchLunar(date)
      .then((value) => live && setLunar({ date, value }))
      .catch(() => live && setLunar({ date, value: null }));
    return () => {
      live = false;
    };
  }, [date]);
  const mark = dayMark(date, entries);
  const off = mark === 'off' || mark === 'weekend';
  const l = lunar?.date === date ? lunar.value : undefined;

  return (
    <Card withBorder data-testid="selected-day">
      <Stack gap={6}>
        <Text size="xs" c="dimmed">
          {tc.selectedDay}
        </Text>
        <Title order={4}>
          {weekdayName(date, lang)}, {viDate(date)}
        </Title>
        <Text size="sm" data-testid="lunar-date">
          {tc.lunar}:{' '}
          {l === undefined
            ? '…'
            : l === null
              ? '—'
              : `${l.day}/${l.month}/${l.year}${l.leap ? ` (${tc.leap})` : ''}`}
        </Text>
        <Group gap="xs">
          <Badge
            color={off ? 'red' : mark === 'worked' ? 'green' : 'gray'}
            variant="light"
            tt="none"
          >
            {off ? tc.dayOff : tc.workingDay}
          </Badge>
          {mark === 'weekend' && (
            <Text size="xs" c="dimmed">
              {tc.kinds.weekend}
            </Text>
          )}
        </Group>
        {entries?.map((e) => (
          <Text key={e.kind + e.name} size="sm">
            <b>{e.name}</b> ({tc.kinds[e.kind]}) — {tc.basis}: {e.basis}
          </Text>
        ))}
        <Button variant="light" size="xs" onClick={() => onUseAsStart(date)}>
          {tc.useAsStart}
        </Button>
      </Stack>
    </Card>
  );
}
