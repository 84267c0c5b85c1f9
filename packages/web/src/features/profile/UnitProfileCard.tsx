// Which profile the working unit follows, and whether it chose it or inherits it. Whoever may
// choose (an administrator over the unit) gets the control to change it.
import { Alert, Badge, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { StoredProfile, UnitProfile } from './profile-api';
import { profileText } from './profile-text';

const FOLLOW_PARENT = '';

export function UnitProfileCard({
  unitName,
  unitProfile,
  profiles,
  canChoose,
  onChoose,
}: {
  unitName: string;
  unitProfile: UnitProfile;
  profiles: StoredProfile[];
  canChoose: boolean;
  onChoose(code: string | null): Promise<void>;
}) {
  const { lang } = useI18n();
  const tp = profileText(lang);
  const [choice, setChoice] = useState(unitProfile.own ?? FOLLOW_PARENT);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setChoice(unitProfile.own ?? FOLLOW_PARENT), [unitProfile.own]);

  const how = unitProfile.inheritedFrom
    ? tp.inherited(unitProfile.inheritedFrom)
    : unitProfile.own
      ? tp.own
      : tp.byDefault;
  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      await onChoose(choice === FOLLOW_PARENT ? null : choice);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="unit-profile">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {tp.unitFollows(unitName)}
        </Text>
        <Group gap="xs">
          <Text fw={700}>{unitProfile.profile?.name[lang] ?? unitProfile.code}</Text>
          <Badge variant="light" tt="none">
            {unitProfile.code}
          </Badge>
          <Text size="sm" c="dimmed">
            ({how})
          </Text>
        </Group>
        {canChoose && (
          <Group align="flex-end" gap="xs">
            <Select
              label={tp.choose}
              data={[
                { value: FOLLOW_PARENT, label: tp.followParent },
                ...profiles.map((p) => ({
                  value: p.profile.code,
                  label: `${p.profile.code} — ${p.profile.name[lang]}`,
                })),
              ]}
              value={choice}
              onChange={(v) => v !== null && setChoice(v)}
              allowDeselect={false}
              w={420}
              maw="100%"
            />
            <Button
              onClick={apply}
              loading={busy}
              disabled={choice === (unitProfile.own ?? FOLLOW_PARENT)}
            >
              {tp.apply}
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
