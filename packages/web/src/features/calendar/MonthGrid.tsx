// One month as a compact Monday-first grid.
import { Paper, Text } from '@mantine/core';
import type { HolidayEntry, IsoDate } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { monthWeeks } from './calendar-days';
import { DayCell } from './DayCell';
import { calendarText } from './calendar-text';

export function MonthGrid({
  year,
  month,
  byDate,
  selected,
  today,
  onSelect,
}: {
  year: number;
  /** 1–12 */
  month: number;
  byDate: Map<IsoDate, HolidayEntry[]>;
  selected: IsoDate;
  today: IsoDate;
  onSelect(date: IsoDate): void;
}) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const title = `${tc.months[month - 1]} ${year}`;
  return (
    <Paper withBorder p={6} data-testid={`month-${month}`}>
      <Text fw={600} size="sm" ta="center" mb={2}>
        {tc.months[month - 1]}
      </Text>
      <table
        aria-label={title}
        style={{
          width: '100%',
          borderCollapse: 'separate',
          borderSpacing: 1,
          tableLayout: 'fixed',
        }}
      >
        <thead>
          <tr>
            {tc.weekdaysShort.map((w) => (
              <th key={w} scope="col" style={{ padding: 0 }}>
                <Text size="10px" c="dimmed" fw={500}>
                  {w}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, i) => (
            <tr key={i}>
              {week.map((date, j) => (
                <td key={j} style={{ padding: 0 }}>
                  {date && (
                    <DayCell
                      date={date}
                      entries={byDate.get(date)}
                      selected={date === selected}
                      today={date === today}
                      onSelect={onSelect}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Paper>
  );
}
