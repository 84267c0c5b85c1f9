// The date received, typed the Vietnamese way (dd/mm/yyyy) and kept as ISO: a text box rather than
// the browser's date picker, whose order follows the browser's language. Today is the default;
// a date after today is refused here at once, a date before the round by the server.
import { Button, TextInput } from '@mantine/core';
import { formatViDate, parseIsoDate, parseVnDate } from '@doithoai/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { entryText } from './entry-text';
import { todayIso } from './useEntryDefaults';

const shown = (iso: string) => formatViDate(parseIsoDate(iso));

/** `onChange(null)`: what is typed is not a date the form can send (the form refuses to save). */
export function ReceivedDateInput({
  value,
  onChange,
  serverError,
}: {
  value: string | null;
  onChange(iso: string | null): void;
  serverError?: string;
}) {
  const { lang } = useI18n();
  const x = entryText(lang);
  const [typed, setTyped] = useState(() => (value ? shown(value) : ''));
  const [problem, setProblem] = useState<string | null>(null);
  // Shown once the clerk leaves the box, not at every key while a date is half typed.
  const [left, setLeft] = useState(false);
  // A date set from outside (kept after saving, or today) shows as typed.
  useEffect(() => {
    if (value) {
      setTyped(shown(value));
      setProblem(null);
    }
  }, [value]);

  function read(text: string) {
    setTyped(text);
    const iso = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim()) ? parseVnDate(text.trim()) : null;
    const bad = !iso ? x.receivedOnBad : iso > todayIso() ? x.receivedOnFuture : null;
    setProblem(bad);
    onChange(bad ? null : iso);
  }
  const today = () => {
    setTyped(shown(todayIso()));
    setProblem(null);
    setLeft(false);
    onChange(todayIso());
  };

  return (
    <TextInput
      label={x.receivedOn}
      title={x.receivedOnHint}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      value={typed}
      onChange={(e) => read(e.currentTarget.value)}
      onBlur={() => setLeft(true)}
      error={(left ? problem : null) ?? serverError}
      rightSectionWidth={80}
      rightSection={
        value !== todayIso() ? (
          <Button size="compact-xs" variant="subtle" onClick={today}>
            {x.today}
          </Button>
        ) : null
      }
    />
  );
}
