// After saving: what the clerk gives the person (the tracking code, large enough to read out or
// copy onto the paper), where the opinion now is (its page, its receipt to print), and the next
// entry, which keeps the source, village and date received.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatViDate, parseIsoDate } from '@doithoai/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { entryText } from './entry-text';
import type { Entered } from './entry-api';
import { fieldName } from './labels';

const vn = (iso: string) => formatViDate(parseIsoDate(iso));

export function SavedPanel({
  saved,
  joined,
  attached,
  attachError,
  onNext,
}: {
  saved: Entered;
  joined: boolean;
  attached: string | null;
  attachError: string | null;
  onNext(): void;
}) {
  const { lang } = useI18n();
  const x = entryText(lang);
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      bg="green.0"
      role="status"
      aria-labelledby="saved-title"
      data-testid="saved-panel"
    >
      <Stack gap="sm">
        <Title order={3} id="saved-title" c="green.9">
          {joined ? x.joinedTitle : x.savedTitle}
        </Title>
        {saved.trackingCode && (
          <div>
            <Text size="sm" fw={600}>
              {x.code}
            </Text>
            <Text
              data-testid="tracking-code"
              ff="monospace"
              fw={700}
              lh={1.2}
              style={{
                fontSize: 'clamp(2rem, 8vw, 3rem)',
                letterSpacing: '0.15em',
                overflowWrap: 'anywhere',
              }}
            >
              {saved.trackingCode}
            </Text>
            <Text size="sm" c="dimmed">
              {x.codeHint}
            </Text>
          </div>
        )}
        <Text size="sm">
          {x.receivedLine(vn(saved.receivedOn))}
          {saved.acknowledgeBy ? ` · ${x.ackLine(vn(saved.acknowledgeBy.date))}` : ''}
          {' · '}
          {saved.field ? x.fieldLine(fieldName(saved.field, lang)) : x.noField}
        </Text>
        {attached && <Text size="sm">{x.attached(attached)}</Text>}
        {attachError && (
          <Alert color="orange" role="alert">
            {x.attachFailed(attachError)}
          </Alert>
        )}
        <Group gap="sm">
          <Button component={Link} to={`/y-kien/${saved.id}`} variant="light">
            {x.openSaved}
          </Button>
          <Button component={Link} to={`/y-kien/${saved.id}/bien-nhan`} variant="light">
            {x.printReceipt}
          </Button>
          <Button onClick={onNext} data-autofocus autoFocus>
            {x.next}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {x.nextHint}
        </Text>
      </Stack>
    </Card>
  );
}
