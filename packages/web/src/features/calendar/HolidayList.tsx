// The year's marked days as a list: date, kind, name and legal basis, for reading and printing
// (the grids show the same on hover).
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { isDayOff, type HolidayEntry, type IsoDate } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { viDate, weekdayName } from './calendar-days';
import { calendarText } from './calendar-text';

export function HolidayList({
  entries,
  onSelect,
}: {
  entries: readonly HolidayEntry[];
  onSelect(date: IsoDate): void;
}) {
  const { t, lang } = useI18n();
  const tc = calendarText(lang);
  if (entries.length === 0) return <Text c="dimmed">{tc.noEntries}</Text>;
  return (
    <Table striped verticalSpacing={4} data-testid="holiday-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{tc.date}</Table.Th>
          <Table.Th>{t.kind}</Table.Th>
          <Table.Th>{t.name}</Table.Th>
          <Table.Th>{tc.basis}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={`${e.date}-${e.kind}-${e.name}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component="button" size="sm" onClick={() => onSelect(e.date)}>
                {viDate(e.date)}
              </Anchor>
              <Text span size="xs" c="dimmed">
                {' '}
                {weekdayName(e.date, lang)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge
                style={{ minWidth: 'max-content' }}
                variant="light"
                color={isDayOff(e.kind) ? 'red' : 'green'}
                tt="none"
              >
                {tc.kinds[e.kind]}
              </Badge>
            </Table.Td>
            <Table.Td>{e.name}</Table.Td>
            <Table.Td>
              <Text size="sm">{e.basis}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
