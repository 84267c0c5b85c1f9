// Regulation profiles (/quy-dinh): the profiles there are, one shown in full, the one the working
// unit follows; administrators clone, edit clones' numbers, and choose the unit's profile.
import { Alert, Button, Grid, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { can } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { Me } from '../../types';
import { CloneProfileForm } from './CloneProfileForm';
import {
  chooseUnitProfile,
  fetchProfiles,
  fetchUnitProfile,
  type StoredProfile,
  type UnitProfile,
} from './profile-api';
import { ProfileList } from './ProfileList';
import { ProfileNumbersForm } from './ProfileNumbersForm';
import { ProfileView } from './ProfileView';
import { UnitProfileCard } from './UnitProfileCard';
import { profileText } from './profile-text';

export function ProfilesPage({ unitId }: { unitId: string }) {
  const { t, lang } = useI18n();
  const tp = profileText(lang);
  const [profiles, setProfiles] = useState<{ list: StoredProfile[]; canManage: boolean } | null>(
    null,
  );
  const [unitProfile, setUnitProfile] = useState<UnitProfile | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'clone'>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));
  const load = useCallback(() => {
    fetchProfiles()
      .then((r) => setProfiles({ list: r.profiles, canManage: r.canManage }))
      .catch(fail);
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    api<Me>('GET', '/api/me').then(setMe).catch(fail);
  }, []);
  useEffect(() => {
    if (unitId) fetchUnitProfile(unitId).then(setUnitProfile).catch(fail);
  }, [unitId]);

  if (error)
    return (
      <Alert color="red" role="alert">
        {error}
      </Alert>
    );
  if (!profiles || !unitProfile || !me) return <Loader aria-label={t.loading} />;

  const grant = me.grants.find((g) => g.unitId === unitId);
  const canChoose = !!grant && can(me, 'profile.choose', { unitPath: grant.unitPath });
  const shown =
    profiles.list.find((p) => p.profile.code === (selected ?? unitProfile.code)) ??
    profiles.list[0]!;
  const select = (code: string) => {
    setSelected(code);
    setMode('view');
    setNotice(null);
  };

  return (
    <Stack>
      <Title order={2}>{tp.title}</Title>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <UnitProfileCard
        unitName={grant?.unitName ?? ''}
        unitProfile={unitProfile}
        profiles={profiles.list}
        canChoose={canChoose}
        onChoose={async (code) => {
          setUnitProfile(await chooseUnitProfile(unitId, code));
          setNotice(tp.chosen);
        }}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ProfileList
            profiles={profiles.list}
            selected={shown.profile.code}
            inUse={unitProfile.code}
            onSelect={select}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div>
                <Title order={3}>{shown.profile.name[lang]}</Title>
                <Text size="sm" c="dimmed">
                  {t.code}: {shown.profile.code}
                  {shown.profile.basedOn && ` · ${tp.basedOn(shown.profile.basedOn)}`}
                </Text>
              </div>
              {profiles.canManage && mode === 'view' && (
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => setMode('clone')}>
                    {tp.clone}
                  </Button>
                  {!shown.builtIn && (
                    <Button size="xs" onClick={() => setMode('edit')}>
                      {tp.editNumbers}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {profiles.canManage && shown.builtIn && (
              <Text size="xs" c="dimmed">
                {tp.builtInReadOnly}
              </Text>
            )}
            {mode === 'edit' && !shown.builtIn ? (
              <ProfileNumbersForm
                key={`${shown.profile.code}-${shown.version}`}
                stored={shown}
                onCancel={() => setMode('view')}
                onReload={() => {
                  setMode('view');
                  load();
                }}
                onSaved={() => {
                  setMode('view');
                  setNotice(tp.saved);
                  load();
                  if (unitId) fetchUnitProfile(unitId).then(setUnitProfile).catch(fail);
                }}
              />
            ) : (
              <ProfileView profile={shown.profile} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={mode === 'clone'}
        onClose={() => setMode('view')}
        title={tp.cloneTitle(shown.profile.code)}
        size="lg"
      >
        {mode === 'clone' && (
          <CloneProfileForm
            from={shown.profile}
            onCancel={() => setMode('view')}
            onCloned={(created) => {
              setMode('view');
              setSelected(created.profile.code);
              setNotice(tp.clonedDone);
              load();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
