// The conclusion notice from the minutes: its date, the assessment, who handles each carried-over
// matter and by when (with the counting), the preview, then issue — which starts every clock at once.
import {
  Alert,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { DeadlineExplanation } from '../calendar/DeadlineExplanation';
import { useI18n } from '../../i18n';
import { fetchConclusion, saveConclusion, type ConclusionView } from './session-api';
import { sessionText } from './session-text';
import { viDate } from '../../format/date';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ConclusionPanel({
  sessionId,
  canManage,
  onIssue,
  run,
}: {
  sessionId: string;
  canManage: boolean;
  onIssue(): Promise<void>;
  run(fn: () => Promise<unknown>, done?: string): Promise<void>;
}) {
  const { lang } = useI18n();
  const t = sessionText(lang);
  const [view, setView] = useState<ConclusionView | null>(null);
  const [date, setDate] = useState('');
  const [summary, setSummary] = useState('');
  const [recipients, setRecipients] = useState('');
  const [responsible, setResponsible] = useState<Record<string, string>>({});
  const [previewKey, setPreviewKey] = useState(0);
  const apply = (v: ConclusionView) => {
    setView(v);
    setDate(v.draft.date);
    setSummary(v.draft.summary.join('\n'));
    setRecipients(v.draft.recipients.join('\n'));
    setResponsible(Object.fromEntries(v.lines.map((l) => [l.matterId, l.responsible])));
    setPreviewKey((k) => k + 1);
  };
  useEffect(() => {
    fetchConclusion(sessionId)
      .then(apply)
      .catch(() => undefined);
  }, [sessionId]);
  if (!view) return null;
  const save = () =>
    run(
      async () =>
        apply(
          await saveConclusion(sessionId, {
            date,
            summary: lines(summary),
            recipients: lines(recipients),
            responsible,
          }),
        ),
      t.draftSaved,
    );

  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.conclusion}
      </Title>
      <Stack gap="xs">
        <TextInput
          type="date"
          label={t.conclusionDate}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          readOnly={!canManage}
        />
        <Textarea
          label={t.summary}
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          readOnly={!canManage}
        />
        <Table data-testid="conclusion-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.question}</Table.Th>
              <Table.Th>{t.responsible}</Table.Th>
              <Table.Th>{t.dueDate}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.lines.map((l) => (
              <Table.Tr key={l.matterId}>
                <Table.Td>{l.content}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t.responsible}
                    value={responsible[l.matterId] ?? ''}
                    readOnly={!canManage}
                    onChange={(e) =>
                      setResponsible({ ...responsible, [l.matterId]: e.currentTarget.value })
                    }
                  />
                </Table.Td>
                <Table.Td maw={380}>
                  <Text fw={700}>{viDate(l.due.date)}</Text>
                  <DeadlineExplanation deadline={l.due} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Textarea
          label={t.recipients}
          autosize
          value={recipients}
          onChange={(e) => setRecipients(e.currentTarget.value)}
          readOnly={!canManage}
        />
        {view.breaches.length > 0 && (
          <Alert color="orange">
            {t.wouldBreak} {view.breaches.map((b) => b[lang]).join('; ')}
          </Alert>
        )}
        {canManage && (
          <Group>
            <Button variant="default" onClick={save}>
              {t.saveDraft}
            </Button>
            <Button color="green" disabled={!view.saved} onClick={() => void onIssue()}>
              {t.issueConclusion}
            </Button>
          </Group>
        )}
        <Text size="sm" fw={600}>
          {t.conclusionPreview}
        </Text>
        <iframe
          key={previewKey}
          title={t.conclusionPreview}
          src={`/api/sessions/${sessionId}/conclusion.html`}
          style={{ width: '100%', height: 600, border: '1px solid #ddd', background: 'white' }}
        />
      </Stack>
    </Card>
  );
}
