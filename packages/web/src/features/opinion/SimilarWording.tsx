// A suggested matter's text with the words it shares with the text typed marked. When it matched
// through a petition merged into it (one more way the matter was written), the matter's own text
// is shown plainly and the merged wording below it, marked.
import { Text } from '@mantine/core';
import { Highlighted } from '../../components/Highlighted';
import { useI18n } from '../../i18n';
import type { SimilarMatch } from './similar-api';
import { triageText } from './triage-text';

export function SimilarWording({
  match,
}: {
  match: Pick<SimilarMatch, 'content' | 'spans' | 'via'>;
}) {
  const { lang } = useI18n();
  if (!match.via) return <Highlighted text={match.content} spans={match.spans} />;
  return (
    <>
      <Text size="sm">{match.content}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {triageText(lang).viaMerged}
      </Text>
      <Highlighted
        text={match.via.content}
        spans={match.spans}
        size="sm"
        data-testid="via-merged"
      />
    </>
  );
}
