// One matter's page (/y-kien/:id): its text, tracking code, state, field, village, dates and
// source, who raised it (masked as the server decides), the official, the due date and how it was
// counted, the answer, documents, sessions, merged opinions and history. Actions that live
// elsewhere (answering, triage) are links there; the receipt is a print view of its own.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { matterStateNames, opinionSourceNames } from '@doithoai/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n';
import { viDate, viDateTime } from '../../format/date';
import { fieldName } from './labels';
import { issueCode } from './matter-api';
import {
  MatterAnswer,
  MatterDocuments,
  MatterDue,
  MatterHistory,
  MatterPetitioners,
} from './MatterSections';
import { matterText } from './matter-text';
import { useMatter } from './useMatter';

const followUpStates = ['carried-over', 'in-follow-up', 'complex', 'escalated', 'responded'];

export function MatterPage() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const x = matterText(lang);
  const { matter: m, attachments, error, reload } = useMatter(id);
  const [actionError, setActionError] = useState<string | null>(null);

  if (error)
    return (
      <Stack>
        <Anchor component={Link} to="/y-kien">
          ← {x.back}
        </Anchor>
        <Alert color={error.notFound ? 'yellow' : 'red'} role="alert">
          {error.notFound ? x.notFound : error.message}
        </Alert>
      </Stack>
    );
  if (!m) return <Loader />;
  const canUpdate = m.can.includes('opinion.update');
  const code = m.trackingCodes.at(-1) ?? null;
  const newCode = () => {
    setActionError(null);
    issueCode(m.id)
      .then(reload)
      .catch((e: Error) => setActionError(e.message));
  };
  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/y-kien" size="sm">
        ← {x.back}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge
              variant="light"
              size="lg"
              style={{ whiteSpace: 'normal', height: 'auto' }}
              data-testid="matter-state"
            >
              {matterStateNames[m.state][lang]}
            </Badge>
            {code ? (
              <Badge variant="outline" size="lg" color="dark" data-testid="matter-code">
                {x.code}: {code}
              </Badge>
            ) : (
              <Text size="sm" c="dimmed">
                {x.noCode}
              </Text>
            )}
          </Group>
          <Title
            order={2}
            size="h3"
            style={{ overflowWrap: 'anywhere' }}
            data-testid="matter-content"
          >
            {m.content}
          </Title>
        </Stack>
        <Group gap="xs">
          {code && (
            <Button
              component={Link}
              to={`/y-kien/${encodeURIComponent(m.id)}/bien-nhan${m.trackingCodes.length > 1 ? `?ma=${code}` : ''}`}
              variant="default"
            >
              {x.receipt}
            </Button>
          )}
          {!code && canUpdate && (
            <Button variant="default" onClick={newCode}>
              {x.issueCode}
            </Button>
          )}
        </Group>
      </Group>
      {actionError && (
        <Alert color="red" role="alert">
          {actionError}
        </Alert>
      )}
      {m.mergedIntoId && (
        <Alert color="blue">
          {x.mergedInto}{' '}
          <Anchor component={Link} to={`/y-kien/${encodeURIComponent(m.mergedIntoId)}`}>
            {x.openTarget}
          </Anchor>
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md">
          {fact(
            x.field,
            <>
              {fieldName(m.field, lang)}
              {m.field && !m.fieldConfirmed ? ` ${x.fieldUnconfirmed}` : ''}
            </>,
          )}
          {fact(x.village, m.villageName ?? '—')}
          {fact(x.received, viDate(m.receivedOn), 'matter-received')}
          {fact(
            x.source,
            `${opinionSourceNames[m.source][lang]}${m.sourceOrganisationName ? ` — ${m.sourceOrganisationName}` : ''}`,
          )}
          {fact(x.official, m.assigneeName ?? x.noOfficial)}
          {fact(x.due, m.due ? viDate(m.due.date) : '—')}
          {fact(x.enteredAt, viDateTime(m.createdAt))}
          {fact(x.code, m.trackingCodes.length ? m.trackingCodes.join(', ') : '—')}
        </SimpleGrid>
      </Paper>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {x.actionsTitle}:
        </Text>
        {followUpStates.includes(m.state) && (
          <Anchor component={Link} to={`/theo-doi?y-kien=${encodeURIComponent(m.id)}`} size="sm">
            {x.toFollowUp}
          </Anchor>
        )}
        {['received', 'classified', 'assigned'].includes(m.state) && canUpdate && (
          <Anchor component={Link} to="/phan-loai" size="sm">
            {x.toTriage}
          </Anchor>
        )}
      </Group>
      <MatterPetitioners m={m} onChanged={reload} />
      <MatterDue m={m} />
      <MatterAnswer m={m} />
      <MatterDocuments m={m} attachments={attachments} />
      {m.duplicates.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {x.duplicates}
          </Title>
          {m.duplicates.map((d) => (
            <Anchor
              key={d.id}
              component={Link}
              to={`/y-kien/${encodeURIComponent(d.id)}`}
              size="sm"
            >
              {d.content}
            </Anchor>
          ))}
        </Stack>
      )}
      <MatterHistory m={m} />
    </Stack>
  );
}
