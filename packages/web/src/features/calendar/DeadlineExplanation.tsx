// "How this date was computed": the rule, the result, the explanation text and every day the
// count stepped over with the reason, so a person can recount it on a paper calendar.
// Reusable: put it beside any deadline the server sends (a core `Deadline`).
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Deadline } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { viDate, weekdayName } from './calendar-days';
import { SkippedDays } from './SkippedDays';
import { calendarText } from './calendar-text';

export function DeadlineExplanation({ deadline, title }: { deadline: Deadline; title?: string }) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const d = deadline;
  const rule = tc.rules[d.rule].replace('N', String(d.n));
  const before = d.rule === 'calendar-days-before';
  return (
    <Paper
      withBorder
      p="sm"
      role="region"
      aria-label={title ?? tc.explanation}
      data-testid="deadline-explanation"
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {title ?? tc.explanation}
        </Text>
        <Group gap="xs" align="baseline">
          <Text size="sm">
            {rule} {viDate(d.start)}:
          </Text>
          <Text fw={700} size="lg" c="red.8" data-testid="deadline-date">
            {viDate(d.date)}
          </Text>
          <Text size="sm" c="dimmed">
            ({weekdayName(d.date, lang)})
          </Text>
        </Group>
        <Text size="sm" data-testid="deadline-text">
          {d.text[lang]}
        </Text>
        {d.computedYears.length > 0 && (
          <Text
            size="xs"
            fw={500}
            bg="yellow.1"
            c="yellow.9"
            px={8}
            py={4}
            style={{ borderRadius: 4 }}
          >
            {tc.computedYears(d.computedYears.join(', '))}
          </Text>
        )}
        {d.skipped.length === 0 ? (
          <Text size="xs" c="dimmed">
            {tc.noSkipped}
          </Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {before ? tc.skippedBefore(d.skipped.length) : tc.skipped(d.skipped.length)}
            </Text>
            <SkippedDays days={d.skipped} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
