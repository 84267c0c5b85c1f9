// "Cách tính hạn": pick a rule, a start date and N; the server computes the date and explains it.
import { Alert, Button, Card, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { isIsoDate, type Deadline, type DeadlineRule, type IsoDate } from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { fetchDeadline } from './calendar-api';
import { viDate, weekdayName } from './calendar-days';
import { DeadlineExplanation } from './DeadlineExplanation';
import { calendarText } from './calendar-text';

const rules: DeadlineRule[] = ['working-days-after', 'calendar-days-after', 'calendar-days-before'];

export function DeadlineCalculator({
  start,
  onStartChange,
}: {
  start: IsoDate;
  onStartChange(date: IsoDate): void;
}) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const [rule, setRule] = useState<DeadlineRule>('working-days-after');
  const [n, setN] = useState<number | string>(30);
  const [result, setResult] = useState<Deadline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await fetchDeadline(rule, start, Number(n)));
    } catch (err) {
      setResult(null);
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Title order={4}>{tc.calculator}</Title>
          <Select
            label={tc.rule}
            data={rules.map((r) => ({ value: r, label: tc.rules[r] }))}
            value={rule}
            onChange={(v) => v && setRule(v as DeadlineRule)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={rule === 'calendar-days-before' ? tc.eventDate : tc.start}
            value={start}
            description={
              isIsoDate(start) ? `${weekdayName(start, lang)}, ${viDate(start)}` : undefined
            }
            onChange={(e) => onStartChange(e.currentTarget.value)}
            required
          />
          <NumberInput
            label={tc.n}
            value={n}
            onChange={setN}
            min={0}
            max={3650}
            allowDecimal={false}
            required
          />
          <Button type="submit" loading={busy}>
            {tc.compute}
          </Button>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {result && <DeadlineExplanation deadline={result} />}
        </Stack>
      </form>
    </Card>
  );
}
