// /thong-bao: the signed-in person's notifications, newest first; unread in bold, mark read.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Flex,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import {
  announceUnread,
  fetchInbox,
  formatStamp,
  markAllRead,
  markRead,
  type Inbox,
} from './notify-api';
import { notifyText } from './notify-text';
import { useNarrow } from '../../components/use-narrow';

export function NotificationsPage() {
  const { lang } = useI18n();
  const text = notifyText(lang);
  const narrow = useNarrow();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    fetchInbox(unreadOnly)
      .then((d) => {
        setInbox(d);
        announceUnread(d.unread);
      })
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [unreadOnly]);
  useEffect(load, [load]);

  const read = async (id: string | 'all') => {
    try {
      const r = id === 'all' ? await markAllRead() : await markRead(id);
      announceUnread(r.unread);
      load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{text.inboxTitle}</Title>
          {inbox && (
            <Badge color={inbox.unread ? 'red' : 'gray'}>{text.unread(inbox.unread)}</Badge>
          )}
        </Group>
        <Group>
          <Checkbox
            label={text.onlyUnread}
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
          />
          <Button variant="default" size="xs" onClick={() => read('all')} disabled={!inbox?.unread}>
            {text.markAllRead}
          </Button>
        </Group>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!inbox && !error && <Loader />}
      {inbox && inbox.items.length === 0 && <Text c="dimmed">{text.empty}</Text>}
      {inbox?.items.map((i) => (
        <Card
          key={i.id}
          withBorder
          padding="sm"
          data-testid="notification"
          style={{ borderLeft: i.readAt ? undefined : '4px solid var(--mantine-color-red-6)' }}
        >
          {/* On a phone the actions go under the text: beside it they squeezed it to a word a line. */}
          <Flex
            direction={narrow ? 'column' : 'row'}
            justify="space-between"
            align={narrow ? 'stretch' : 'flex-start'}
            gap="xs"
          >
            <Stack gap={4}>
              <Text fw={i.readAt ? 400 : 700}>{i.subject}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {i.text}
              </Text>
              <Text size="xs" c="dimmed">
                {formatStamp(i.createdAt)}
              </Text>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              {i.link && i.link.startsWith('/') && !i.link.startsWith('/xa') && (
                <Anchor
                  component={Link}
                  to={i.link}
                  size="sm"
                  onClick={() => !i.readAt && read(i.id)}
                >
                  {text.open}
                </Anchor>
              )}
              {!i.readAt && (
                <Button size="xs" variant="light" onClick={() => read(i.id)}>
                  {text.markRead}
                </Button>
              )}
            </Group>
          </Flex>
        </Card>
      ))}
    </Stack>
  );
}
