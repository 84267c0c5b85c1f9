// What the unit's dictionary builds on, read only and folded away: lines added by the units above
// (with which one), the built-in ones, and the village names the unit tree already gives.
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { lexiconText } from './lexicon-text';
import type { Lexicon, LexiconEntry } from './similar-api';

function EntryLine({ e, from }: { e: LexiconEntry; from?: string }) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge variant="light" color="gray" tt="none" miw={90} style={{ flexShrink: 0 }}>{x.kinds[e.kind] ?? e.kind}</Badge>
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <b>{e.canonical}</b> ← {e.variants.join(', ')}
        {from && <Text span size="xs" c="dimmed"> ({x.from} {from})</Text>}
      </Text>
    </Group>
  );
}

export function LexiconReference({ lexicon }: { lexicon: Lexicon }) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  return (
    <Accordion variant="separated" multiple>
      <Accordion.Item value="inherited">
        <Accordion.Control>{x.inherited(lexicon.inherited.length)}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap={6}>
            <Text size="xs" c="dimmed">{x.readOnly}</Text>
            {lexicon.inherited.map((e, i) => <EntryLine key={i} e={e} from={e.unitName} />)}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="built-in">
        <Accordion.Control>{x.builtIn(lexicon.builtIn.length)}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap={6}>{lexicon.builtIn.map((e, i) => <EntryLine key={i} e={e} />)}</Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="places">
        <Accordion.Control>{x.places(lexicon.places.length)}</Accordion.Control>
        <Accordion.Panel>
          <Group gap={6}>{lexicon.places.map((p) => <Badge key={p} variant="outline" color="gray" tt="none" maw="100%">{p}</Badge>)}</Group>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
