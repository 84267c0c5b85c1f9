// The field of the opinion being entered: the classifier's suggestions as chips, the first one
// taken with one key (Alt+L, "lĩnh vực") or a click, and a list of every field for the clerk who
// knows better. The chosen field is saved as confirmed, so the matter is classified and routed.
import { Button, Group, Kbd, Select, Text } from '@mantine/core';
import type { FieldSuggestion } from '@doithoai/core';
import { useEffect } from 'react';
import { useI18n } from '../../i18n';
import { entryText } from './entry-text';
import { fieldName, fieldOptions } from './labels';

/** Alt+L, whatever the keyboard layout writes for it (on a Mac, Option+L types '¬'). */
export const isAcceptKey = (e: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  code: string;
}) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL';

export function FieldChoice({
  suggestions,
  field,
  onField,
  error,
}: {
  suggestions: FieldSuggestion[];
  field: string | null;
  onField(f: string | null): void;
  error?: string;
}) {
  const { lang } = useI18n();
  const x = entryText(lang);
  const first = suggestions[0]?.field ?? null;

  useEffect(() => {
    if (!first) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isAcceptKey(e)) return;
      e.preventDefault();
      onField(first);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [first, onField]);

  return (
    <div>
      <Select
        label={x.field}
        placeholder={x.fieldNone}
        data={fieldOptions(lang)}
        value={field}
        onChange={onField}
        clearable
        searchable
        error={error}
      />
      {suggestions.length > 0 && (
        <Group gap="xs" mt={6} role="group" aria-label={x.suggestion}>
          <Text size="sm">{x.suggestion}:</Text>
          {suggestions
            .filter((s, i) => i === 0 || (i === 1 && s.confidence >= 0.15))
            .map((s, i) => (
              <Button
                key={s.field}
                size="compact-sm"
                radius="xl"
                variant={field === s.field ? 'filled' : 'light'}
                aria-pressed={field === s.field}
                aria-keyshortcuts={i === 0 ? 'Alt+L' : undefined}
                onClick={() => onField(field === s.field ? null : s.field)}
                rightSection={i === 0 ? <Kbd size="xs">{x.acceptKey}</Kbd> : undefined}
                data-testid={i === 0 ? 'field-suggestion' : undefined}
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
                {x.accept(fieldName(s.field, lang), Math.round(s.confidence * 100))}
              </Button>
            ))}
          <Text size="xs" c="dimmed">
            {x.acceptKeyHint}
          </Text>
        </Group>
      )}
    </div>
  );
}
