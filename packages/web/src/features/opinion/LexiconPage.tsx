// "Từ điển gom ý kiến": the unit's own lines of the table the similarity engine folds words with
// (abbreviations, words meaning the same, place names), edited as a whole and saved with the
// version read, so two clerks do not overwrite each other. A refused save keeps everything typed
// and puts each of the server's messages under the field it names ('entries.3.variants').
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import type { PageProps } from '../../app/page-props';
import { useI18n } from '../../i18n';
import { LexiconEntryRow, type LexiconRow, type RowErrors } from './LexiconEntryRow';
import { LexiconReference } from './LexiconReference';
import { lexiconText } from './lexicon-text';
import { fetchLexicon, saveLexicon, type Lexicon, type LexiconEntry } from './similar-api';

/** Under the field it names, a message need not name it again: "Trường «entries.1.canonical» cần…" → "Cần…". */
export function withoutFieldName(message: string, field: string): string {
  const rest = message.replace(`Trường «${field}» `, '').replace(`Field '${field}' `, '');
  return rest === message ? message : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The server's field errors sorted to the rows they name; the rest stay general. */
export function errorsByRow(fields: { field: string; message: string }[], rows: LexiconRow[]) {
  const byRow: Record<string, RowErrors> = {};
  const general: string[] = [];
  for (const f of fields) {
    const m = /^entries\.(\d+)(?:\.(kind|canonical|variants))?(?:\.|$)/.exec(f.field);
    const row = m ? rows[Number(m[1])] : undefined;
    if (!row) {
      general.push(f.message);
      continue;
    }
    const key = (m![2] ?? 'row') as keyof RowErrors;
    const errors = (byRow[row.key] ??= {});
    const text = withoutFieldName(f.message, f.field);
    errors[key] = errors[key] ? `${errors[key]}; ${text}` : text;
  }
  return { byRow, general };
}

export function LexiconPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = lexiconText(lang);
  const [lexicon, setLexicon] = useState<Lexicon | null>(null);
  const [rows, setRows] = useState<LexiconRow[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, RowErrors>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const nextKey = useRef(0);
  const toRows = (entries: LexiconEntry[]) =>
    entries.map((e) => ({ ...e, variants: [...e.variants], key: `r${nextKey.current++}` }));

  const show = useCallback((l: Lexicon) => {
    setLexicon(l);
    setRows(toRows(l.own));
    setDirty(false);
    setRowErrors({});
    setGeneral([]);
  }, []);
  const load = useCallback(() => {
    setError(null);
    fetchLexicon(unitId)
      .then(show)
      .catch((e) =>
        setError(e instanceof ApiError ? e : new ApiError(0, 'INTERNAL', String(e), [])),
      );
  }, [unitId, show]);
  useEffect(load, [load]);

  const change = (key: string, patch: Partial<LexiconRow>) => {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    // The message about a field goes once that field is edited.
    setRowErrors((all) => {
      const mine = all[key];
      if (!mine) return all;
      const left = { ...mine };
      for (const f of Object.keys(patch) as (keyof RowErrors)[]) delete left[f];
      return { ...all, [key]: left };
    });
    setDirty(true);
    setSaved(false);
  };
  const add = () => {
    setRows((all) => [...all, ...toRows([{ kind: 'abbreviation', canonical: '', variants: [] }])]);
    setDirty(true);
    setSaved(false);
  };
  const remove = (key: string) => {
    setRows((all) => all.filter((r) => r.key !== key));
    setDirty(true);
    setSaved(false);
  };

  async function save() {
    if (!lexicon) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      show(
        await saveLexicon(
          unitId,
          rows.map(({ kind, canonical, variants }) => ({ kind, canonical, variants })),
          lexicon.version,
        ),
      );
      setSaved(true);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'INTERNAL', String(e), []);
      const sorted = errorsByRow(err.fields, rows);
      setError(err);
      setRowErrors(sorted.byRow);
      setGeneral(sorted.general);
    } finally {
      setSaving(false);
    }
  }

  const placed = !!error && error.fields.length > general.length;
  if (!lexicon)
    return error ? (
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
    ) : null;
  return (
    <Stack>
      <Title order={2}>{x.title}</Title>
      <Text size="sm" c="dimmed">
        {x.intro}
      </Text>
      {saved && (
        <Alert color="green" role="status" withCloseButton onClose={() => setSaved(false)}>
          {x.saved}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {/* Every message placed under its field: say where to look; otherwise the server's words. */}
          <Text size="sm">{placed ? x.fixBelow : error.message}</Text>
          {placed && general.length > 0 && (
            <Text size="sm" mt={4}>
              {general.join(' · ')}
            </Text>
          )}
          {error.code === 'CONFLICT' && (
            <Button mt="xs" size="compact-sm" variant="white" color="red" onClick={load}>
              {x.reload}
            </Button>
          )}
        </Alert>
      )}
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4}>
              {x.own} ({rows.length})
            </Title>
            {dirty && (
              <Text size="sm" c="orange.8">
                {x.unsaved}
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {x.variantsHelp}
          </Text>
          {rows.length === 0 && (
            <Text c="dimmed" size="sm">
              {x.none}
            </Text>
          )}
          {rows.map((r, i) => (
            <LexiconEntryRow
              key={r.key}
              row={r}
              n={i + 1}
              errors={rowErrors[r.key]}
              onChange={(p) => change(r.key, p)}
              onRemove={() => remove(r.key)}
            />
          ))}
          <Group justify="space-between">
            <Button variant="default" onClick={add}>
              {x.add}
            </Button>
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              {x.save}
            </Button>
          </Group>
        </Stack>
      </Card>
      <LexiconReference lexicon={lexicon} />
    </Stack>
  );
}
