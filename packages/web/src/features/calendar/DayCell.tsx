// One day of a month grid: coloured by its mark, and for a marked day its name and legal basis
// on hover or keyboard focus (the same text is in the list below the grids).
import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { HolidayEntry, IsoDate } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { dayMark, markColors, viDate, weekdayName } from './calendar-days';
import { calendarText } from './calendar-text';

export function DayCell({
  date,
  entries,
  selected,
  today,
  onSelect,
}: {
  date: IsoDate;
  entries: HolidayEntry[] | undefined;
  selected: boolean;
  today: boolean;
  onSelect(date: IsoDate): void;
}) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const mark = dayMark(date, entries);
  const { bg, fg } = markColors[mark];
  const names = entries?.map((e) => e.name).join('; ');
  const button = (
    <UnstyledButton
      onClick={() => onSelect(date)}
      aria-pressed={selected}
      aria-label={`${viDate(date)}, ${weekdayName(date, lang)}${names ? `: ${names}` : ''}`}
      data-mark={mark}
      data-date={date}
      style={{
        display: 'block',
        width: '100%',
        height: 26,
        borderRadius: 4,
        textAlign: 'center',
        background: bg,
        color: fg,
        fontWeight: mark === 'off' || mark === 'worked' || today ? 700 : 400,
        outline: selected ? '2px solid var(--mantine-color-blue-6)' : undefined,
        outlineOffset: -2,
        textDecoration: today ? 'underline' : undefined,
      }}
    >
      <Text span size="xs" inherit>
        {Number(date.slice(8))}
      </Text>
    </UnstyledButton>
  );
  if (!entries?.length) return button;
  return (
    <Tooltip
      multiline
      w={300}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
      label={entries.map((e) => (
        <div key={e.kind + e.name}>
          <b>
            {viDate(date)} · {e.name}
          </b>{' '}
          ({tc.kinds[e.kind]})
          <br />
          {tc.basis}: {e.basis}
        </div>
      ))}
    >
      {button}
    </Tooltip>
  );
}
