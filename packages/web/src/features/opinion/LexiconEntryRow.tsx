// One line of the unit's own dictionary: its kind, the standard form, the other ways of writing
// it (typed as tags: Enter or a comma ends one; a pasted "UBND, ubnd" becomes two). The server's
// refusal of a field is shown under that field.
import { CloseButton, Grid, Paper, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { lexiconKinds } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { lexiconText } from './lexicon-text';
import type { LexiconKind } from './similar-api';

export interface LexiconRow {
  key: string;
  kind: LexiconKind;
  canonical: string;
  variants: string[];
}
/** Messages by field ('kind', 'canonical', 'variants', or 'row' for the line as a whole). */
export type RowErrors = Partial<Record<'kind' | 'canonical' | 'variants' | 'row', string>>;

/** A tag typed with commas in it (a pasted list, or text left in the box on blur) is split. */
export function splitVariants(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values.flatMap((x) => x.split(/[,;]/))) {
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export function LexiconEntryRow({
  row,
  n,
  errors,
  onChange,
  onRemove,
}: {
  row: LexiconRow;
  n: number;
  errors: RowErrors | undefined;
  onChange(patch: Partial<LexiconRow>): void;
  onRemove(): void;
}) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="lexicon-row"
      role="group"
      aria-label={x.row(n)}
    >
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={{ base: 10, sm: 3, lg: 2 }}>
          <Select
            size="sm"
            label={x.kind}
            allowDeselect={false}
            value={row.kind}
            error={errors?.kind}
            data={lexiconKinds.map((k) => ({ value: k, label: x.kinds[k] }))}
            onChange={(v) => v && onChange({ kind: v as LexiconKind })}
          />
        </Grid.Col>
        <Grid.Col
          span={{ base: 2, sm: 1 }}
          order={{ base: 2, sm: 4 }}
          style={{ display: 'flex', justifyContent: 'flex-end' }}
        >
          <CloseButton mt={26} aria-label={x.removeRow(n)} title={x.remove} onClick={onRemove} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, lg: 3 }} order={{ base: 3, sm: 2 }}>
          <TextInput
            size="sm"
            label={x.canonical}
            placeholder={x.canonicalPlaceholder}
            value={row.canonical}
            error={errors?.canonical}
            onChange={(e) => onChange({ canonical: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, lg: 6 }} order={{ base: 4, sm: 3 }}>
          <TagsInput
            size="sm"
            label={x.variants}
            placeholder={row.variants.length ? undefined : x.variantsPlaceholder}
            value={row.variants}
            splitChars={[',', ';']}
            clearable={false}
            error={errors?.variants}
            onChange={(v) => onChange({ variants: splitVariants(v) })}
          />
        </Grid.Col>
      </Grid>
      {errors?.row && (
        <Text size="sm" c="red" mt={4} role="alert">
          {errors.row}
        </Text>
      )}
    </Paper>
  );
}
