// The hall's screen (/hoi-nghi/:id/trinh-chieu): the question being answered in very large type,
// who asks as the public may see it (a person masked: "Bà N.T.H., thôn Khe Bá"), the session's
// title, time and place. It covers the whole window, to be dragged onto the projector. It
// follows the console of this browser at once (the console writes the question it shows to
// localStorage; a 'storage' event arrives here); opened on another machine, it asks the server
// every few seconds and shows the first question not yet settled or carried over.
import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { formatViDate, parseIsoDate } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n';
import { isSlideKey, readSlide, slideOf, type Slide } from './console-nav';
import { consoleText } from './console-text';
import { fetchSession, type SessionDetail } from './session-api';
import { sessionText } from './session-text';

const POLL_MS = 5000;

export function ProjectorView() {
  const { id = '' } = useParams();
  const { lang } = useI18n();
  const t = sessionText(lang);
  const c = consoleText(lang);
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [local, setLocal] = useState<Slide | null>(() => readSlide(id));

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (isSlideKey(id, e.key)) setLocal(readSlide(id));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [id]);

  useEffect(() => {
    let stop = false;
    const load = () =>
      fetchSession(id)
        .then((s) => {
          if (!stop) setSession(s);
        })
        .catch(() => undefined);
    void load();
    const every = setInterval(load, POLL_MS);
    return () => {
      stop = true;
      clearInterval(every);
    };
  }, [id]);

  // From the server alone: the first question still waiting for its outcome.
  const agenda = session?.agenda ?? [];
  const waiting = agenda.findIndex((i) => !i.outcome);
  const slide = local ?? slideOf(agenda, waiting);
  const date = session?.date ? formatViDate(parseIsoDate(session.date)) : null;

  return (
    <Box
      data-testid="projector"
      pos="fixed"
      inset={0}
      bg="white"
      p={{ base: 'md', md: 48 }}
      style={{ zIndex: 1000, display: 'flex', flexDirection: 'column', overflow: 'auto' }}
    >
      <Group justify="space-between" align="start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} c="red.8" fz={{ base: 22, md: 34 }}>
            {t.title} · {t.round(session?.round ?? null)}
          </Title>
          {session && (
            <Text fz={{ base: 16, md: 24 }} c="dimmed">
              {session.unitName}
              {date ? ` · ${c.at(session.startTime, date, session.venue)}` : ''}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap" className="projector-controls">
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              void document.documentElement.requestFullscreen?.().catch(() => undefined)
            }
          >
            {c.fullScreen}
          </Button>
          <Button size="xs" variant="subtle" component={Link} to={`/hoi-nghi/${id}/dieu-hanh`}>
            {c.close}
          </Button>
        </Group>
      </Group>
      <Stack justify="center" style={{ flex: 1 }} gap="lg" py="xl">
        {slide ? (
          <>
            <Text fz={{ base: 22, md: 36 }} fw={700} c="blue.8" data-testid="projector-number">
              {t.item(slide.number)} / {slide.count}
            </Text>
            <Text
              fz={{ base: 30, md: 'clamp(40px, 4.6vw, 76px)' }}
              fw={600}
              lh={1.25}
              style={{ overflowWrap: 'anywhere' }}
              data-testid="projector-question"
            >
              {slide.question}
            </Text>
            {slide.asker && (
              <Text fz={{ base: 20, md: 36 }} c="dimmed" data-testid="projector-asker">
                {c.asker}: {slide.asker}
              </Text>
            )}
          </>
        ) : (
          <Text fz={{ base: 30, md: 64 }} fw={600} ta="center">
            {c.waiting}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
