// The sections of one matter's page: who raised it, the due date and its counting, the answer,
// documents and sessions, and its history. Each reads the one matter the page loaded.
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  matterStateNames,
  opinionSourceNames,
  type Deadline,
  type MatterState,
} from '@doithoai/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { viDate, viDateTime } from '../../format/date';
import { DeadlineExplanation } from '../calendar/DeadlineExplanation';
import { unmerge, type AttachmentMeta, type Matter } from './matter-api';
import { matterText } from './matter-text';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Stack gap="xs" component="section" aria-label={title}>
    <Title order={3} size="h4">
      {title}
    </Title>
    {children}
  </Stack>
);

export function MatterPetitioners({ m, onChanged }: { m: Matter; onChanged: () => void }) {
  const { lang } = useI18n();
  const x = matterText(lang);
  const canUpdate = m.can.includes('opinion.update');
  return (
    <Section title={x.petitioners(m.petitionerCount)}>
      {m.petitionerView === 'masked' && (
        <Text size="xs" c="dimmed">
          {x.masked}
        </Text>
      )}
      {m.petitionerView === 'hidden' ? (
        <Text size="sm" c="dimmed">
          {x.hidden}
        </Text>
      ) : (
        <Stack gap={4} data-testid="matter-petitioners">
          {m.raisings.map((r) => (
            <Group key={r.id} justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <b>{r.fullName ?? '—'}</b>
                {r.villageName ? `, ${r.villageName}` : ''}
                {r.phone ? ` · ${r.phone}` : ''}
                {r.email ? ` · ${r.email}` : ''}
                {' · '}
                {opinionSourceNames[r.source as keyof typeof opinionSourceNames]?.[lang] ??
                  r.source}{' '}
                · {viDate(r.receivedOn)}
                {r.matterId !== m.id ? ` (${x.fromMerged})` : ''}
              </Text>
              {r.matterId !== m.id && canUpdate && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => unmerge(r.matterId).then(onChanged)}
                >
                  {x.unmerge}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {m.absorbed.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {x.merged} ({m.absorbed.length})
          </Text>
          {m.absorbed.map((a) => (
            <Anchor
              key={a.id}
              component={Link}
              to={`/y-kien/${encodeURIComponent(a.id)}`}
              size="sm"
            >
              {a.content}
            </Anchor>
          ))}
        </Stack>
      )}
    </Section>
  );
}

export function MatterDue({ m }: { m: Matter }) {
  const { lang } = useI18n();
  const x = matterText(lang);
  return (
    <Section title={x.due}>
      {m.due ? (
        <Stack gap="xs" data-testid="matter-due">
          <Group gap="xs">
            <Text size="sm">{x.dueBasis[m.due.basis]}:</Text>
            <Text fw={700}>{viDate(m.due.date)}</Text>
          </Group>
          {m.due.deadline ? (
            <DeadlineExplanation deadline={m.due.deadline as Deadline} title={x.howComputed} />
          ) : (
            m.due.text && (
              <Paper withBorder p="sm">
                <Text size="xs" c="dimmed">
                  {x.howComputed}
                </Text>
                <Text size="sm">{m.due.text[lang]}</Text>
              </Paper>
            )
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {x.noDue}
        </Text>
      )}
      {m.acknowledgement && (
        <DeadlineExplanation deadline={m.acknowledgement as Deadline} title={x.acknowledgement} />
      )}
    </Section>
  );
}

export function MatterAnswer({ m }: { m: Matter }) {
  const { lang } = useI18n();
  const x = matterText(lang);
  return (
    <Section title={x.answer}>
      {m.answer ? (
        <Paper withBorder p="sm" data-testid="matter-answer">
          <Group gap="xs" mb={4}>
            <Badge
              variant="light"
              color={m.answer.state === 'approved' || m.answer.state === 'sent' ? 'green' : 'gray'}
            >
              {x.answerStates[m.answer.state] ?? m.answer.state}
            </Badge>
            <Text size="sm">{m.answer.officialName}</Text>
            {m.answer.approverName && m.answer.approvedOn && (
              <Text size="xs" c="dimmed">
                {x.approvedBy(m.answer.approverName, viDate(m.answer.approvedOn))}
              </Text>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {m.answer.text}
          </Text>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {x.noAnswer}
        </Text>
      )}
    </Section>
  );
}

export function MatterDocuments({ m, attachments }: { m: Matter; attachments: AttachmentMeta[] }) {
  const { lang } = useI18n();
  const x = matterText(lang);
  return (
    <Section title={x.documents}>
      {m.documents.length === 0 && attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {x.noDocuments}
        </Text>
      )}
      {m.documents.map((d) => (
        <Text key={d.id} size="sm">
          {x.relations[d.relation]}:{' '}
          <Anchor
            href={`/api/documents/${encodeURIComponent(d.kind)}/${encodeURIComponent(d.id)}/preview`}
            target="_blank"
          >
            {d.numberText}
          </Anchor>{' '}
          ({viDate(d.issuedOn)}) — {d.title}
        </Text>
      ))}
      {attachments.length > 0 && (
        <Text size="sm" fw={600}>
          {x.attachments}
        </Text>
      )}
      {attachments.map((a) => (
        <Anchor
          key={a.id}
          href={`/api/attachments/${encodeURIComponent(a.id)}`}
          target="_blank"
          size="sm"
        >
          {a.originalName ?? a.mediaType} ({Math.ceil(a.size / 1024)} KB, {viDate(a.createdAt)})
        </Anchor>
      ))}
      {m.sessions.length > 0 && (
        <Text size="sm" fw={600}>
          {x.sessions}
        </Text>
      )}
      {m.sessions.map((s) => (
        <Anchor key={s.id} component={Link} to={`/hoi-nghi/${encodeURIComponent(s.id)}`} size="sm">
          {x.round(s.round)}
          {s.date ? `, ${viDate(s.date)}` : ''}
          {s.venue ? `, ${s.venue}` : ''}
        </Anchor>
      ))}
    </Section>
  );
}

export function MatterHistory({ m }: { m: Matter }) {
  const { lang } = useI18n();
  const x = matterText(lang);
  const what = (a: Matter['activity'][number]) =>
    a.kind === 'state'
      ? x.stateTo(matterStateNames[a.to as MatterState]?.[lang] ?? a.to ?? '')
      : (x.actions[a.action] ?? a.action);
  if (m.activity.length === 0) return null;
  return (
    <Section title={x.history}>
      <Table.ScrollContainer minWidth={320}>
        <Table data-testid="matter-history" verticalSpacing={4}>
          <Table.Tbody>
            {m.activity.map((a, i) => (
              <Table.Tr key={i}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{viDateTime(a.at)}</Table.Td>
                <Table.Td>
                  {what(a)}
                  {a.reason ? `: ${a.reason}` : ''}
                </Table.Td>
                <Table.Td c="dimmed">{a.actorName ?? x.nobody}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
