// The days a deadline's count stepped over: each holiday with its name, the legal basis once per
// run of days that share it (below the run), and the weekend days on one line.
import { Badge, Stack, Table, Text } from '@mantine/core';
import type { SkippedDay } from '@doithoai/core';
import { Fragment } from 'react';
import { useI18n } from '../../i18n';
import { viDate, weekdayName } from './calendar-days';
import { calendarText } from './calendar-text';

export function SkippedDays({ days }: { days: readonly SkippedDay[] }) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const holidays = days.filter((s) => s.reason !== 'weekend');
  const weekends = days.filter((s) => s.reason === 'weekend');
  const oneYear = weekends.every((s) => s.date.slice(0, 4) === weekends[0]?.date.slice(0, 4));
  const sameGroup = (a: SkippedDay, b: SkippedDay | undefined) =>
    b !== undefined && a.name === b.name && a.basis === b.basis;
  return (
    <Stack gap={4} data-testid="skipped-days">
      {holidays.length > 0 && (
        <Table verticalSpacing={2} fz="xs" withRowBorders>
          <Table.Tbody>
            {holidays.map((s, i) => (
              <Fragment key={s.date}>
                <Table.Tr data-testid="skipped-day">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{viDate(s.date)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{weekdayName(s.date, lang)}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="xs"
                      variant="light"
                      color="red"
                      tt="none"
                      style={{ minWidth: 'max-content' }}
                    >
                      {s.name ?? tc.kinds[s.reason]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
                {s.basis && !sameGroup(s, holidays[i + 1]) && (
                  <Table.Tr>
                    <Table.Td colSpan={3} c="dimmed">
                      {tc.basis}: {s.basis}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {weekends.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="skipped-weekends">
          {tc.kinds.weekend} ({weekends.length}):{' '}
          {weekends.map((s) => (oneYear ? viDate(s.date).slice(0, 5) : viDate(s.date))).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
