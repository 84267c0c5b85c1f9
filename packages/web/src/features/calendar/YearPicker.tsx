// The year selector: previous / next, or type a year (1900–2100, the lunar calendar's range).
import { ActionIcon, Group, NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { calendarText } from './calendar-text';

const valid = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2100;

export function YearPicker({ year, onChange }: { year: number; onChange(year: number): void }) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const [typed, setTyped] = useState<number | string>(year);
  useEffect(() => setTyped(year), [year]);
  return (
    <Group gap={4} wrap="nowrap" align="flex-end">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={tc.prevYear}
        disabled={year <= 1900}
        onClick={() => onChange(year - 1)}
      >
        ‹
      </ActionIcon>
      <NumberInput
        aria-label={tc.year}
        w={90}
        value={typed}
        min={1900}
        max={2100}
        allowDecimal={false}
        hideControls
        clampBehavior="none"
        onChange={(v) => {
          setTyped(v);
          if (valid(Number(v))) onChange(Number(v));
        }}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={tc.nextYear}
        disabled={year >= 2100}
        onClick={() => onChange(year + 1)}
      >
        ›
      </ActionIcon>
    </Group>
  );
}
