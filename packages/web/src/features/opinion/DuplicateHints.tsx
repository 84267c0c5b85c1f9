// Opinions that say the same as the text being typed, their shared words marked: the clerk opens
// one, or says "the same concern" and the person is added as one more petitioner of that matter
// (a raising of it) instead of a new matter. When nothing is clearly alike, the closest one or two
// are offered under "possibly related" instead.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { entryText } from './entry-text';
import type { SimilarMatch } from './similar-api';
import { SimilarWording } from './SimilarWording';
import { triageText } from './triage-text';
import { opinionText } from './opinion-text';

export function DuplicateHints({
  duplicates,
  joinId,
  onJoin,
}: {
  duplicates: SimilarMatch[];
  joinId: string | null;
  onJoin(id: string | null): void;
}) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const x = entryText(lang);
  if (duplicates.length === 0) return null;
  const related = duplicates.every((d) => d.related);
  const title = related ? x.relatedTitle : to.likelyDuplicates;
  return (
    <Card component="section" withBorder aria-label={title}>
      <Title order={5}>{title}</Title>
      <Text size="xs" c="dimmed" mb="xs">
        {related ? x.relatedHint : x.duplicatesHint}
      </Text>
      <Stack gap="xs">
        {duplicates.map((d) => (
          <Card
            key={d.id}
            withBorder
            padding="xs"
            data-testid="duplicate"
            data-matter-id={d.id}
            bg={joinId === d.id ? 'blue.0' : undefined}
          >
            <SimilarWording match={d} />
            {d.shared?.length > 0 && (
              <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {triageText(lang).shared}: {d.shared.join(', ')}
              </Text>
            )}
            <Group gap="xs" mt={4}>
              <Badge variant="light" color={d.related ? 'gray' : undefined}>
                {Math.round(d.similarity * 100)}%
              </Badge>
              {d.villageName && (
                <Badge variant="outline" color={d.sameVillage ? 'red' : 'gray'}>
                  {d.villageName}
                </Badge>
              )}
              <Anchor component={Link} to={`/y-kien/${d.id}`} size="sm" target="_blank">
                {x.openMatter}
              </Anchor>
            </Group>
            <Button
              mt={6}
              size="compact-sm"
              variant={joinId === d.id ? 'filled' : 'light'}
              aria-pressed={joinId === d.id}
              onClick={() => onJoin(joinId === d.id ? null : d.id)}
              h="auto"
              mih={28}
              styles={{
                label: {
                  whiteSpace: 'normal',
                  textAlign: 'left',
                  lineHeight: 1.3,
                  paddingBlock: 4,
                  overflow: 'visible',
                },
              }}
            >
              {joinId === d.id ? x.sameConcernOn : x.sameConcern}
            </Button>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}
