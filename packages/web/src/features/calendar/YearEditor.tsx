// An administrator corrects a year: edit the whole list (add, change, remove days), give a
// reason, save; or drop the correction and go back to the published/computed default.
// A refused save shows the server's message and keeps the edits.
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { resetYear, saveYear, type CalendarYear, type EntryInput } from './calendar-api';
import { YearEntryRow } from './YearEntryRow';
import { calendarText } from './calendar-text';

type Mode = 'idle' | 'edit' | 'reset';

export function YearEditor({
  data,
  onChanged,
}: {
  data: CalendarYear;
  onChanged(next: CalendarYear, message: string): void;
}) {
  const { t, lang } = useI18n();
  const tc = calendarText(lang);
  const [mode, setMode] = useState<Mode>('idle');
  const [rows, setRows] = useState<EntryInput[]>([]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const open = (next: Mode) => {
    setRows(data.entries.map(({ date, kind, name, basis }) => ({ date, kind, name, basis })));
    setReason('');
    setError(null);
    setMode(next);
  };
  const run = async (action: () => Promise<CalendarYear>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      setMode('idle');
      onChanged(next, message);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    } finally {
      setBusy(false);
    }
  };
  const setRow = (i: number, entry: EntryInput) =>
    setRows(rows.map((r, j) => (j === i ? entry : r)));

  return (
    <Card withBorder data-testid="year-editor">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{tc.manage(data.year)}</Title>
          {mode === 'idle' && (
            <Group gap="xs">
              <Button size="xs" onClick={() => open('edit')}>
                {tc.editYear}
              </Button>
              {data.source === 'admin' && (
                <Button size="xs" variant="default" onClick={() => open('reset')}>
                  {tc.resetYear}
                </Button>
              )}
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {tc.manageHint}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error.message}
            {error.fields.length > 0 && (
              <List size="sm">
                {error.fields.map((f, i) => (
                  <List.Item key={i}>{f.message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {mode === 'edit' && (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={2}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>{tc.date}</Table.Th>
                    <Table.Th w={160}>{t.kind}</Table.Th>
                    <Table.Th>{t.name}</Table.Th>
                    <Table.Th>{tc.basis}</Table.Th>
                    <Table.Th w={40} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r, i) => (
                    <YearEntryRow
                      key={i}
                      index={i}
                      entry={r}
                      onChange={(e) => setRow(i, e)}
                      onRemove={() => setRows(rows.filter((_, j) => j !== i))}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  setRows([...rows, { date: '', kind: 'extra-off', name: '', basis: '' }])
                }
              >
                {tc.addDay}
              </Button>
            </Group>
          </>
        )}
        {mode !== 'idle' && (
          <>
            <Textarea
              label={tc.reason}
              description={tc.reasonHint}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setMode('idle')}>
                {t.cancel}
              </Button>
              {mode === 'edit' ? (
                <Button
                  loading={busy}
                  disabled={!reason.trim()}
                  onClick={() =>
                    run(() => saveYear(data.year, rows, reason), tc.savedYear(data.year))
                  }
                >
                  {tc.saveYear}
                </Button>
              ) : (
                <Button
                  color="red"
                  loading={busy}
                  disabled={!reason.trim()}
                  onClick={() => run(() => resetYear(data.year, reason), tc.resetDone(data.year))}
                >
                  {tc.resetConfirm}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
