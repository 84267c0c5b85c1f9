// A question from the floor often repeats a matter already on file in other words. While the
// clerk types it (12 characters or more), the commune's similar matters are offered, the words
// they share marked; "Link to this opinion" makes the hold raise that matter instead of a new one.
// Offline, nothing is offered and the console works on. The clerk may also search in a few words
// of their own (Alt+L puts the cursor there), through the same engine.
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type Ref } from 'react';
import { useI18n } from '../../i18n';
import { fetchSimilar, type SimilarMatch } from '../opinion/similar-api';
import { SimilarWording } from '../opinion/SimilarWording';
import { consoleText } from './console-text';
import { sessionText } from './session-text';

const MIN_LENGTH = 12;
const SHOWN = 3;

export function FloorSimilar({
  unitId,
  question,
  onLink,
  searchRef,
}: {
  unitId: string;
  question: string;
  onLink(match: SimilarMatch): void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const c = consoleText(lang);
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<SimilarMatch[]>([]);
  const text = search.trim() || question;
  const min = search.trim() ? 3 : MIN_LENGTH;
  useEffect(() => {
    if (text.trim().length < min) {
      setMatches([]);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilar(unitId, text, null, abort.signal)
        .then((r) => setMatches(r.duplicates.slice(0, SHOWN)))
        .catch(() => undefined);
    }, 400);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [unitId, text, min]);

  return (
    <Stack gap={6} aria-label={t.floorSimilar}>
      <TextInput
        ref={searchRef}
        size="sm"
        label={c.linkSearch}
        description={c.linkSearchHint}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {matches.length > 0 && (
        <Text size="sm" fw={600}>
          {matches.every((m) => m.related) ? t.floorRelated : t.floorSimilar}
        </Text>
      )}
      {matches.map((m) => (
        <Paper key={m.id} withBorder p="xs" radius="sm" data-testid="floor-similar">
          <SimilarWording match={m} />
          {m.shared?.length > 0 && (
            <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {t.shared}: {m.shared.join(', ')}
            </Text>
          )}
          <Group gap={6} mt={6} justify="space-between">
            <Group gap={6}>
              <Badge variant="light" color={m.related ? 'gray' : 'teal'} tt="none">
                {m.related ? t.related : t.alike(Math.round(m.similarity * 100))}
              </Badge>
              {m.villageName && (
                <Badge variant="outline" color="gray" tt="none" maw="100%">
                  {m.villageName}
                </Badge>
              )}
            </Group>
            <Button
              size="compact-sm"
              variant="light"
              data-testid="floor-link"
              onClick={() => onLink(m)}
            >
              {t.floorLink}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
