// What the colours of the month grids mean.
import { Box, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { markColors, type DayMark } from './calendar-days';
import { calendarText } from './calendar-text';

function Swatch({ mark, label }: { mark: DayMark; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        w={16}
        h={16}
        style={{
          borderRadius: 3,
          background: markColors[mark].bg,
          border: `1px solid ${markColors[mark].fg}`,
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

export function CalendarLegend() {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  return (
    <Group gap="md">
      <Swatch mark="off" label={tc.legendOff} />
      <Swatch mark="worked" label={tc.legendWorked} />
      <Swatch mark="weekend" label={tc.legendWeekend} />
      <Text size="xs" td="underline" fw={700}>
        {tc.legendToday}
      </Text>
    </Group>
  );
}
