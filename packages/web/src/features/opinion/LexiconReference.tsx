// What the unit's dictionary builds on, read only and folded away: lines added by the units above
// (with which one), the built-in ones, and the village names the unit tree already gives. A '#'
// in a variant stands for any number ('đt #' reads 'đt 553'), shown as a word.
import { Accordion, Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { foldVietnamese } from '@doithoai/core';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { lexiconText } from './lexicon-text';
import type { Lexicon, LexiconEntry } from './similar-api';

function EntryLine({ e, from }: { e: LexiconEntry; from?: string }) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge variant="light" color="gray" tt="none" miw={90} style={{ flexShrink: 0 }}>
        {x.kinds[e.kind] ?? e.kind}
      </Badge>
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <b>{e.canonical}</b> ← {e.variants.map((v) => v.replace(/#/g, x.number)).join(', ')}
        {from && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({x.from} {from})
          </Text>
        )}
      </Text>
    </Group>
  );
}

/** Typed with or without accents, a word finds the lines that hold it. */
const matches = (q: string) => {
  const folded = foldVietnamese(q.trim());
  return (e: LexiconEntry) =>
    !folded || foldVietnamese([e.canonical, ...e.variants].join(' ')).includes(folded);
};

export function LexiconReference({ lexicon }: { lexicon: Lexicon }) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string[]>([]);
  const inherited = lexicon.inherited.filter(matches(q));
  const builtIn = lexicon.builtIn.filter(matches(q));
  const count = (shown: number, all: number) => (q.trim() ? `${shown}/${all}` : all);
  return (
    <Stack gap="xs">
      <TextInput
        label={x.find}
        placeholder={x.findPlaceholder}
        value={q}
        maw={420}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setQ(v);
          if (v.trim()) setOpen(['inherited', 'built-in']);
        }}
      />
      <Accordion variant="separated" multiple value={open} onChange={setOpen}>
        <Accordion.Item value="inherited">
          <Accordion.Control>
            {x.inherited(count(inherited.length, lexicon.inherited.length))}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={6}>
              <Text size="xs" c="dimmed">
                {x.readOnly}
              </Text>
              {inherited.map((e, i) => (
                <EntryLine key={i} e={e} from={e.unitName} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="built-in">
          <Accordion.Control>
            {x.builtIn(count(builtIn.length, lexicon.builtIn.length))}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap={6}>
              {builtIn.map((e, i) => (
                <EntryLine key={i} e={e} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="places">
          <Accordion.Control>{x.places(lexicon.places.length)}</Accordion.Control>
          <Accordion.Panel>
            <Group gap={6}>
              {lexicon.places.map((p) => (
                <Badge key={p} variant="outline" color="gray" tt="none" maw="100%">
                  {p}
                </Badge>
              ))}
            </Group>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
