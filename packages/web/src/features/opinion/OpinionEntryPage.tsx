// Fast entry for a clerk typing from paper: keyboard first (the text box has focus, Ctrl+Enter
// saves, focus returns to it), the last source and village remembered, likely duplicates and
// the suggested field (top 2, one click to confirm) shown while typing.
import { Alert, Badge, Button, Card, Checkbox, Grid, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { consentPurposeNames, consentPurposes, type OpinionSource } from '@doithoai/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api';
import { Highlighted } from '../../components/Highlighted';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/pages';
import { fieldName, sourceOptions } from './labels';
import { fetchSimilar, type SimilarResult } from './similar-api';
import { triageText } from './triage-text';
import { useCommune } from './useCommune';

export function OpinionEntryPage({ unitId }: PageProps) {
  const { t, lang } = useI18n();
  const { villages } = useCommune(unitId);
  const contentRef = useRef<HTMLTextAreaElement>(null);
  const [content, setContent] = useState('');
  const [source, setSource] = useState<OpinionSource>(() => (localStorage.getItem('opinion.source') as OpinionSource) ?? 'citizen-online');
  const [villageId, setVillageId] = useState<string | null>(() => localStorage.getItem('opinion.village'));
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consents, setConsents] = useState<string[]>([]);
  const [field, setField] = useState<string | null>(null);
  const [joinId, setJoinId] = useState<string | null>(null);
  const [hints, setHints] = useState<SimilarResult>({ suggestions: [], duplicates: [] });
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => { localStorage.setItem('opinion.source', source); }, [source]);
  useEffect(() => { if (villageId) localStorage.setItem('opinion.village', villageId); }, [villageId]);
  useEffect(() => {
    if (content.trim().length < 12) { setHints({ suggestions: [], duplicates: [] }); return; }
    // Only the answer to the latest text counts: an older request still in flight is dropped.
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilar(unitId, content, villageId, abort.signal).then(setHints).catch(() => undefined);
    }, 300);
    return () => { clearTimeout(timer); abort.abort(); };
  }, [content, villageId, unitId]);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    setError(null);
    try {
      await api('POST', `/api/units/${unitId}/opinions`, {
        content, source, villageId, field, joinMatterId: joinId,
        petitioner: name || phone ? { fullName: name, phone, consents } : null,
      });
      setNotice(t.opinion.saved);
      setContent(''); setName(''); setPhone(''); setConsents([]); setField(null); setJoinId(null);
      contentRef.current?.focus();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    }
  }
  const fieldError = (f: string) => error?.fields.find((x) => x.field === f || x.field.startsWith(`${f}.`))?.message;

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form onSubmit={save} onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(); }}>
          <Stack>
            <Title order={2}>{t.opinion.entryNav}</Title>
            {notice && <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>{notice}</Alert>}
            {error && <Alert color="red" role="alert">{error.message}</Alert>}
            <Group grow>
              <Select label={t.opinion.source} data={sourceOptions(lang)} value={source} onChange={(v) => v && setSource(v as OpinionSource)} allowDeselect={false} />
              <Select label={t.opinion.village} data={villages} value={villageId} onChange={setVillageId} clearable searchable />
            </Group>
            <Textarea ref={contentRef} label={t.opinion.content} description={t.opinion.contentHint} autosize minRows={4} value={content} onChange={(e) => setContent(e.currentTarget.value)} error={fieldError('content')} data-autofocus autoFocus required />
            <Group grow>
              <TextInput label={t.opinion.petitioner} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('petitioner.fullName')} />
              <TextInput label={t.opinion.phone} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={fieldError('petitioner.phone')} />
            </Group>
            <Checkbox.Group label={t.opinion.consent} value={consents} onChange={setConsents}>
              <Group mt="xs">{consentPurposes.map((p) => <Checkbox key={p} value={p} label={consentPurposeNames[p][lang]} />)}</Group>
            </Checkbox.Group>
            {hints.suggestions.length > 0 && (
              <Group gap="xs" aria-label={t.opinion.suggested}>
                <Text size="sm">{t.opinion.suggested}:</Text>
                {hints.suggestions.map((s) => (
                  <Button key={s.field} size="compact-sm" variant={field === s.field ? 'filled' : 'light'} onClick={() => setField(field === s.field ? null : s.field)}>
                    {t.opinion.confirm}: {fieldName(s.field, lang)} {Math.round(s.confidence * 100)}%
                  </Button>
                ))}
              </Group>
            )}
            {joinId && <Alert color="blue">{t.opinion.joining}</Alert>}
            <Group justify="flex-end"><Button type="submit">{t.opinion.save}</Button></Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        {hints.duplicates.length > 0 && (
          <Card withBorder aria-label={t.opinion.likelyDuplicates}>
            <Title order={5} mb="xs">{t.opinion.likelyDuplicates}</Title>
            <Stack gap="xs">
              {hints.duplicates.map((d) => (
                <Card key={d.id} withBorder padding="xs" data-testid="duplicate">
                  <Highlighted text={d.content} spans={d.spans} />
                  {d.shared?.length > 0 && <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>{triageText(lang).shared}: {d.shared.join(', ')}</Text>}
                  <Group gap="xs" mt={4}>
                    <Badge variant="light">{Math.round(d.similarity * 100)}%</Badge>
                    {d.villageName && <Badge variant="outline" color={d.sameVillage ? 'red' : 'gray'}>{d.villageName}</Badge>}
                    <Button size="compact-xs" variant={joinId === d.id ? 'filled' : 'light'} onClick={() => setJoinId(joinId === d.id ? null : d.id)}>{t.opinion.addToThis}</Button>
                  </Group>
                </Card>
              ))}
            </Stack>
          </Card>
        )}
      </Grid.Col>
    </Grid>
  );
}
