// "How this date was computed": the rule, the result, the explanation text and every day the
// count stepped over with the reason, so a person can recount it on a paper calendar.
// Reusable: put it beside any deadline the server sends (a core `Deadline`).
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Deadline } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { viDate, weekdayName } from './calendar-days';
import { SkippedDays } from './SkippedDays';

export function DeadlineExplanation({ deadline, title }: { deadline: Deadline; title?: string }) {
  const { t, lang } = useI18n();
  const d = deadline;
  const rule = t.calendar.rules[d.rule].replace('N', String(d.n));
  const before = d.rule === 'calendar-days-before';
  return (
    <Paper
      withBorder
      p="sm"
      role="region"
      aria-label={title ?? t.calendar.explanation}
      data-testid="deadline-explanation"
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {title ?? t.calendar.explanation}
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
            {t.calendar.computedYears(d.computedYears.join(', '))}
          </Text>
        )}
        {d.skipped.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t.calendar.noSkipped}
          </Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {before
                ? t.calendar.skippedBefore(d.skipped.length)
                : t.calendar.skipped(d.skipped.length)}
            </Text>
            <SkippedDays days={d.skipped} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
