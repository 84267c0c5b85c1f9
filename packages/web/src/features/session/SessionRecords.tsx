// A held session's minutes and the matters followed up after it: a table on a laptop, one block
// per item on a phone (four or five columns squeezed every cell to a word a line there).
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useNarrow } from '../../components/use-narrow';
import { viDate } from '../../format/date';
import { useI18n } from '../../i18n';
import type { SessionDetail } from './session-api';
import { sessionText } from './session-text';
import { stateName } from '../opinion/labels';

type Minutes = NonNullable<SessionDetail['minutes']>;
type ConclusionItem = SessionDetail['conclusionItems'][number];

export function MinutesCard({ minutes }: { minutes: Minutes }) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const narrow = useNarrow();
  const answer = (i: Minutes['items'][number]) =>
    `${i.answer ?? ''}${i.answeredBy ? ` (${i.answeredBy})` : ''}`;
  const outcome = (i: Minutes['items'][number]) => (i.outcome ? t.outcomes[i.outcome] : '');
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t.minutes}
      </Title>
      <Text size="sm" mb="xs">
        {t.attendance}: {minutes.attendance.total} ·{' '}
        {t.counts(minutes.raisedCount, minutes.settledCount, minutes.carriedOverCount)}
      </Text>
      {narrow ? (
        <Stack gap="md" data-testid="minutes">
          {minutes.items.map((i) => (
            <Stack key={i.id} gap={2}>
              <Text fw={600} size="sm">
                {i.order}. {i.speakerName}
              </Text>
              <Text size="sm">{i.question}</Text>
              {answer(i) && <Labelled label={t.answer}>{answer(i)}</Labelled>}
              {i.outcome && (
                <Badge variant="light" size="sm">
                  {outcome(i)}
                </Badge>
              )}
            </Stack>
          ))}
        </Stack>
      ) : (
        <Table data-testid="minutes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t.speaker}</Table.Th>
              <Table.Th>{t.question}</Table.Th>
              <Table.Th>{t.answer}</Table.Th>
              <Table.Th>{t.outcome}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {minutes.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.order}</Table.Td>
                <Table.Td>{i.speakerName}</Table.Td>
                <Table.Td>{i.question}</Table.Td>
                <Table.Td>{answer(i)}</Table.Td>
                <Table.Td>{outcome(i)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span size="xs" c="dimmed">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

export function ConclusionItemsCard({
  session,
  footer,
}: {
  session: SessionDetail;
  /** Below the list: the session's close button, for those who may. */
  footer?: ReactNode;
}) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const narrow = useNarrow();
  const due = (c: ConclusionItem) => (
    <>
      <Text fw={700} data-testid="due-date">
        {viDate(c.dueDate)}
      </Text>
      <Text size="xs" c="dimmed" data-testid="due-text">
        {c.dueText[lang]}
      </Text>
    </>
  );
  // Plain words, not a badge: a badge cuts a long state ("đã trả lời bằng văn bản") in a column.
  const state = (c: ConclusionItem) => (
    <Text size="sm" fw={500}>
      {stateName(c.matterState, lang)}
    </Text>
  );
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t.followUp}</Title>
        <Button
          size="xs"
          variant="default"
          component="a"
          href={`/api/sessions/${session.id}/conclusion.html`}
          target="_blank"
        >
          {t.conclusionPreview}
        </Button>
      </Group>
      {narrow ? (
        <Stack gap="md" data-testid="follow-up">
          {session.conclusionItems.map((c) => (
            <Stack key={c.id} gap={2} data-testid="conclusion-item">
              <Text size="sm" fw={600}>
                {c.content}
              </Text>
              <Labelled label={t.responsible}>{c.responsible}</Labelled>
              <Text size="xs" c="dimmed">
                {t.dueDate}:
              </Text>
              {due(c)}
              <Labelled label={t.matterState}>{stateName(c.matterState, lang)}</Labelled>
            </Stack>
          ))}
        </Stack>
      ) : (
        <Table data-testid="follow-up">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.question}</Table.Th>
              <Table.Th>{t.responsible}</Table.Th>
              <Table.Th>{t.dueDate}</Table.Th>
              <Table.Th>{t.matterState}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.conclusionItems.map((c) => (
              <Table.Tr key={c.id} data-testid="conclusion-item">
                <Table.Td>{c.content}</Table.Td>
                <Table.Td>{c.responsible}</Table.Td>
                <Table.Td>{due(c)}</Table.Td>
                <Table.Td>{state(c)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {session.conclusionItemCount > session.conclusionItems.length && (
        <Text size="sm" c="dimmed" mt={6} data-testid="conclusion-items-more">
          {t.itemsShown(
            session.conclusionItems.length,
            session.conclusionItemCount,
            session.conclusionItemsCapped,
          )}{' '}
          · <Link to={`/y-kien?round=${encodeURIComponent(session.id)}`}>{t.allInList}</Link>
        </Text>
      )}
      {footer}
    </Card>
  );
}
