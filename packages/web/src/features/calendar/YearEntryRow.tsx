// One editable row of a year's list: date, kind, name, legal basis.
import { ActionIcon, NativeSelect, Table, TextInput } from '@mantine/core';
import { HOLIDAY_KINDS, type HolidayKind } from '@doithoai/core';
import { useI18n } from '../../i18n';
import type { EntryInput } from './calendar-api';
import { calendarText } from './calendar-text';

export function YearEntryRow({
  index,
  entry,
  onChange,
  onRemove,
}: {
  index: number;
  entry: EntryInput;
  onChange(entry: EntryInput): void;
  onRemove(): void;
}) {
  const { t, lang } = useI18n();
  const tc = calendarText(lang);
  const label = (what: string) => `${what} #${index + 1}`;
  return (
    <Table.Tr data-testid="entry-row">
      <Table.Td>
        <TextInput
          type="date"
          size="xs"
          aria-label={label(tc.date)}
          value={entry.date}
          onChange={(e) => onChange({ ...entry, date: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={label(t.kind)}
          data={HOLIDAY_KINDS.map((k) => ({ value: k, label: tc.kinds[k] }))}
          value={entry.kind}
          onChange={(e) => onChange({ ...entry, kind: e.currentTarget.value as HolidayKind })}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={label(t.name)}
          value={entry.name}
          onChange={(e) => onChange({ ...entry, name: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={label(tc.basis)}
          value={entry.basis}
          onChange={(e) => onChange({ ...entry, basis: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={label(tc.remove)} onClick={onRemove}>
          ✕
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
