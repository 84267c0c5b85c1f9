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
import { useRef } from 'react';
import { useI18n } from '../../i18n';
import type { PageProps } from '../../app/page-props';
import { DuplicateHints } from './DuplicateHints';
import { entryText } from './entry-text';
import { FieldChoice } from './FieldChoice';
import { sourceOptions } from './labels';
import { ReceivedDateInput } from './ReceivedDateInput';
import { SavedPanel } from './SavedPanel';
import { useCommune } from './useCommune';
import { useOpinionEntry } from './useOpinionEntry';
import { opinionText } from './opinion-text';

export function OpinionEntryPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const to = opinionText(lang);
  const x = entryText(lang);
  const { villages } = useCommune(unitId);
  const entry = useOpinionEntry(unitId);
  const { kept, content, name, phone, consents, field, joinId, file, hints } = entry;
  const { error, fieldError, busy, saved, save } = entry;
  const contentRef = useRef<HTMLTextAreaElement>(null);

  /** The next entry, the cursor back in the text box. */
  function next() {
    entry.next();
    setTimeout(() => contentRef.current?.focus(), 0);
  }

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
              onChange={(e) => entry.setContent(e.currentTarget.value)}
              error={fieldError('content')}
              data-autofocus
              autoFocus
              required
            />
            {!joinId && (
              <FieldChoice
                suggestions={hints.suggestions}
                field={field}
                onField={entry.chooseField}
                error={fieldError('field')}
              />
            )}
            <Group grow align="flex-start">
              <TextInput
                label={to.petitioner}
                value={name}
                onChange={(e) => entry.setName(e.currentTarget.value)}
                error={fieldError('petitioner.fullName')}
              />
              <TextInput
                label={to.phone}
                value={phone}
                onChange={(e) => entry.setPhone(e.currentTarget.value)}
                error={fieldError('petitioner.phone')}
              />
            </Group>
            <Checkbox.Group label={to.consent} value={consents} onChange={entry.setConsents}>
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
              onChange={entry.setFile}
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
        <DuplicateHints duplicates={hints.duplicates} joinId={joinId} onJoin={entry.setJoinId} />
      </Grid.Col>
    </Grid>
  );
}
