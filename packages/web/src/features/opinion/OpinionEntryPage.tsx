// Fast entry for a clerk typing from paper, finishing the job: keyboard first (the text box has
// focus, Ctrl+Enter saves, Alt+L takes the suggested field), the clerk's last source remembered
// (a paper petition by default), the village and the date received kept from one entry to the
// next, likely duplicates with their shared words marked (and "the same concern": the person is
// added to that matter), a photo of the paper; on save, the tracking code to give the person, the
// matter's page and its receipt.
import {
  Alert,
  Checkbox,
  FileInput,
  Grid,
  Group,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
  Button,
  Text,
} from '@mantine/core';
import { consentPurposeNames, consentPurposes, type OpinionSource } from '@doithoai/core';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/page-props';
import { DuplicateHints } from './DuplicateHints';
import { entryText } from './entry-text';
import { attachFile, saveOpinion, type Entered } from './entry-api';
import { FieldChoice } from './FieldChoice';
import { sourceOptions } from './labels';
import { ReceivedDateInput } from './ReceivedDateInput';
import { SavedPanel } from './SavedPanel';
import { fetchSimilar, warmSimilar, type SimilarResult } from './similar-api';
import { useCommune } from './useCommune';
import { useEntryDefaults } from './useEntryDefaults';
import { opinionText } from './opinion-text';

const noHints: SimilarResult = { suggestions: [], duplicates: [] };

export function OpinionEntryPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const x = entryText(lang);
  const { villages } = useCommune(unitId);
  const kept = useEntryDefaults();
  const contentRef = useRef<HTMLTextAreaElement>(null);
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consents, setConsents] = useState<string[]>([]);
  const [field, setField] = useState<string | null>(null);
  const [joinId, setJoinId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [hints, setHints] = useState<SimilarResult>(noHints);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{
    matter: Entered;
    joined: boolean;
    attached: string | null;
    attachError: string | null;
  } | null>(null);

  useEffect(() => warmSimilar(unitId), [unitId]);
  useEffect(() => {
    if (content.trim().length < 12) {
      setHints(noHints);
      return;
    }
    // Only the answer to the latest text counts: an older request still in flight is dropped.
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilar(unitId, content, kept.villageId, abort.signal)
        .then(setHints)
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [content, kept.villageId, unitId]);

  const chooseField = useCallback((f: string | null) => setField(f), []);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    setError(null);
    if (!kept.receivedOn) {
      setError(
        new ApiError(400, 'VALIDATION', x.receivedOnBad, [
          { field: 'receivedOn', message: x.receivedOnBad },
        ]),
      );
      return;
    }
    setBusy(true);
    try {
      const joined = !!joinId;
      const matter = await saveOpinion(unitId, {
        content,
        source: kept.source,
        villageId: kept.villageId,
        receivedOn: kept.receivedOn,
        field: joined ? null : field,
        joinMatterId: joinId,
        petitioner: name || phone ? { fullName: name, phone, consents } : null,
      });
      let attached: string | null = null;
      let attachError: string | null = null;
      if (file) {
        try {
          await attachFile(matter.id, file);
          attached = file.name;
        } catch (err) {
          attachError = err instanceof Error ? err.message : String(err);
        }
      }
      setSaved({ matter, joined, attached, attachError });
    } catch (err) {
      // Refused: the form stays as typed, the message names the field.
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    } finally {
      setBusy(false);
    }
  }

  /** The next entry: a clean form with the same source, village and date received. */
  function next() {
    setSaved(null);
    setContent('');
    setName('');
    setPhone('');
    setConsents([]);
    setField(null);
    setJoinId(null);
    setFile(null);
    setHints(noHints);
    setError(null);
    setTimeout(() => contentRef.current?.focus(), 0);
  }

  const fieldError = (f: string) =>
    error?.fields.find((e) => e.field === f || e.field.startsWith(`${f}.`))?.message;

  if (saved) {
    return (
      <Stack maw={760}>
        <Title order={2}>{to.entryNav}</Title>
        <SavedPanel
          saved={saved.matter}
          joined={saved.joined}
          attached={saved.attached}
          attachError={saved.attachError}
          onNext={next}
        />
      </Stack>
    );
  }

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
          noValidate
        >
          <Stack>
            <Title order={2}>{to.entryNav}</Title>
            {error && (
              <Alert color="red" role="alert" title={x.refused}>
                {error.fields.length > 0
                  ? error.fields.map((f) => <div key={f.field}>{f.message}</div>)
                  : error.message}
              </Alert>
            )}
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6, lg: 5 }}>
                <Select
                  label={to.source}
                  data={sourceOptions(lang)}
                  value={kept.source}
                  onChange={(v) => v && kept.setSource(v as OpinionSource)}
                  allowDeselect={false}
                  error={fieldError('source')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                <Select
                  label={to.village}
                  data={villages}
                  value={kept.villageId}
                  onChange={kept.setVillageId}
                  clearable
                  searchable
                  error={fieldError('villageId')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6, lg: 4 }}>
                <ReceivedDateInput
                  value={kept.receivedOn}
                  onChange={kept.setReceivedOn}
                  serverError={fieldError('receivedOn')}
                />
              </Grid.Col>
            </Grid>
            <Textarea
              ref={contentRef}
              label={to.content}
              description={to.contentHint}
              autosize
              minRows={4}
              value={content}
              onChange={(e) => setContent(e.currentTarget.value)}
              error={fieldError('content')}
              data-autofocus
              autoFocus
              required
            />
            {!joinId && (
              <FieldChoice
                suggestions={hints.suggestions}
                field={field}
                onField={chooseField}
                error={fieldError('field')}
              />
            )}
            <Group grow align="flex-start">
              <TextInput
                label={to.petitioner}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError('petitioner.fullName')}
              />
              <TextInput
                label={to.phone}
                value={phone}
                onChange={(e) => setPhone(e.currentTarget.value)}
                error={fieldError('petitioner.phone')}
              />
            </Group>
            <Checkbox.Group label={to.consent} value={consents} onChange={setConsents}>
              <Group mt="xs">
                {consentPurposes.map((p) => (
                  <Checkbox key={p} value={p} label={consentPurposeNames[p][lang]} />
                ))}
              </Group>
            </Checkbox.Group>
            <FileInput
              label={x.attachment}
              description={x.attachmentHint}
              placeholder={x.attachmentChoose}
              accept="image/jpeg,image/png,image/webp"
              value={file}
              onChange={setFile}
              clearable
              error={fieldError('file')}
            />
            {joinId && <Alert color="blue">{to.joining}</Alert>}
            <Group justify="flex-end" gap="sm">
              <Text size="xs" c="dimmed">
                Ctrl+Enter
              </Text>
              <Button type="submit" loading={busy}>
                {to.save}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <DuplicateHints duplicates={hints.duplicates} joinId={joinId} onJoin={setJoinId} />
      </Grid.Col>
    </Grid>
  );
}
