// Edit a profile's rounds: each round's "held by" day and month; add or remove rounds.
import { ActionIcon, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { Round } from '@doithoai/core';
import { useI18n } from '../../i18n';
import { calendarText } from '../calendar/calendar-text';
import { profileText } from './profile-text';

export function RoundsInput({
  rounds,
  onChange,
}: {
  rounds: Round[];
  onChange(rounds: Round[]): void;
}) {
  const { lang } = useI18n();
  const tc = calendarText(lang);
  const tp = profileText(lang);
  const renumber = (rs: Round[]) => rs.map((r, i) => ({ ...r, round: i + 1 }));
  const set = (i: number, part: 'day' | 'month', v: number | string) =>
    onChange(
      rounds.map((r, j) =>
        j === i ? { ...r, heldBy: { ...r.heldBy, [part]: Number(v) || 1 } } : r,
      ),
    );
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {tp.rounds}
      </Text>
      {rounds.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <Text size="sm" w={70}>
            {tp.round(r.round)}
          </Text>
          <NumberInput
            size="xs"
            w={80}
            label={tp.day}
            aria-label={`${tp.round(r.round)} ${tp.day}`}
            min={1}
            max={31}
            allowDecimal={false}
            value={r.heldBy.day}
            onChange={(v) => set(i, 'day', v)}
          />
          <NumberInput
            size="xs"
            w={80}
            label={tp.month}
            aria-label={`${tp.round(r.round)} ${tp.month}`}
            min={1}
            max={12}
            allowDecimal={false}
            value={r.heldBy.month}
            onChange={(v) => set(i, 'month', v)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={rounds.length === 1}
            aria-label={`${tc.remove} ${tp.round(r.round)}`}
            onClick={() => onChange(renumber(rounds.filter((_, j) => j !== i)))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() =>
            onChange(renumber([...rounds, { round: 0, heldBy: { month: 12, day: 31 } }]))
          }
        >
          {tp.addRound}
        </Button>
      </Group>
    </Stack>
  );
}
