// A question from the floor often repeats a matter already on file in other words. While the
// clerk types it (12 characters or more), the commune's similar matters are offered, the words
// they share marked; "Link to this opinion" makes the hold raise that matter instead of a new one.
// Offline, nothing is offered and the console works on.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Highlighted } from '../../components/Highlighted';
import { useI18n } from '../../i18n';
import { fetchSimilar, type SimilarMatch } from '../opinion/similar-api';
import { sessionText } from './session-text';

const MIN_LENGTH = 12;
const SHOWN = 3;

export function FloorSimilar({ unitId, question, onLink }: { unitId: string; question: string; onLink(match: SimilarMatch): void }) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const [matches, setMatches] = useState<SimilarMatch[]>([]);
  useEffect(() => {
    if (question.trim().length < MIN_LENGTH) { setMatches([]); return; }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilar(unitId, question, null, abort.signal).then((r) => setMatches(r.duplicates.slice(0, SHOWN))).catch(() => undefined);
    }, 400);
    return () => { clearTimeout(timer); abort.abort(); };
  }, [unitId, question]);

  if (matches.length === 0) return null;
  return (
    <Stack gap={6} aria-label={t.floorSimilar}>
      <Text size="sm" fw={600}>{t.floorSimilar}</Text>
      {matches.map((m) => (
        <Paper key={m.id} withBorder p="xs" radius="sm" data-testid="floor-similar">
          <Highlighted text={m.content} spans={m.spans} />
          {m.shared?.length > 0 && <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>{t.shared}: {m.shared.join(', ')}</Text>}
          <Group gap={6} mt={6} justify="space-between">
            <Group gap={6}>
              <Badge variant="light" color="teal" tt="none">{t.alike(Math.round(m.similarity * 100))}</Badge>
              {m.villageName && <Badge variant="outline" color="gray" tt="none" maw="100%">{m.villageName}</Badge>}
            </Group>
            <Button size="compact-sm" variant="light" data-testid="floor-link" onClick={() => onLink(m)}>{t.floorLink}</Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
