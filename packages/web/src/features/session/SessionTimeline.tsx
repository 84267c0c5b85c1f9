// Each step of the session with its legal deadline, how it was computed, when it was done, and
// whether on time; overrides are shown with their reason.
import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { timelineStepNames, type TimelineEntry } from '@doithoai/core';
import { DeadlineExplanation } from '../calendar/DeadlineExplanation';
import { useI18n } from '../../i18n';
import { sessionText } from './session-text';
import { viDate } from '../../format/date';
import { useNarrow } from '../../components/use-narrow';

const colors = {
  'on-time': 'green',
  late: 'red',
  pending: 'gray',
  overdue: 'red',
  'not-applicable': 'gray',
} as const;

export function SessionTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const narrow = useNarrow();
  const how = (e: TimelineEntry) => (
    <>
      {e.deadline ? (
        <DeadlineExplanation deadline={e.deadline} title={t.howComputed} />
      ) : (
        <Text size="sm">{e.basis?.[lang] ?? '—'}</Text>
      )}
      {e.overrides.map((r) => (
        <Text key={r} size="xs" c="orange.8">
          ⚠ {r}
        </Text>
      ))}
    </>
  );
  const status = (e: TimelineEntry) => (
    <Badge color={colors[e.status]}>{t.statuses[e.status]}</Badge>
  );
  // On a phone each step is a block of its own: five columns squeezed the step's name to a word
  // a line and the explanation to a strip.
  const body = narrow ? (
    <Stack gap="md" data-testid="timeline">
      {timeline.map((e) => (
        <Stack key={e.step} gap={4} data-testid={`timeline-${e.step}`}>
          <Group justify="space-between" wrap="nowrap" align="start">
            <Text fw={600}>{timelineStepNames[e.step][lang]}</Text>
            {status(e)}
          </Group>
          <Text size="sm">
            {t.due}: <b>{viDate(e.due)}</b>
            {e.done && (
              <>
                {' · '}
                {t.done}: {viDate(e.done)}
              </>
            )}
          </Text>
          {how(e)}
        </Stack>
      ))}
    </Stack>
  ) : (
    <Table verticalSpacing="xs" data-testid="timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.step}</Table.Th>
          <Table.Th>{t.due}</Table.Th>
          <Table.Th>{t.howComputed}</Table.Th>
          <Table.Th>{t.done}</Table.Th>
          <Table.Th>{t.status}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {timeline.map((e) => (
          <Table.Tr key={e.step} data-testid={`timeline-${e.step}`}>
            <Table.Td>{timelineStepNames[e.step][lang]}</Table.Td>
            <Table.Td>{viDate(e.due)}</Table.Td>
            <Table.Td maw={420}>{how(e)}</Table.Td>
            <Table.Td>{viDate(e.done)}</Table.Td>
            <Table.Td>{status(e)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.timeline}
      </Title>
      {body}
    </Card>
  );
}
