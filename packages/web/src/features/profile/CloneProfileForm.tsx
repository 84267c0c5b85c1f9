// "Nhân bản": copy a profile under a new code and names, to edit the copy.
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import type { RegulationProfile } from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { cloneProfile, type StoredProfile } from './profile-api';
import { profileText } from './profile-text';

export function CloneProfileForm({
  from,
  onCloned,
  onCancel,
}: {
  from: RegulationProfile;
  onCloned(created: StoredProfile): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const tp = profileText(lang);
  const [code, setCode] = useState('');
  const [vi, setVi] = useState(`${from.name.vi} (bản sao)`);
  const [en, setEn] = useState(`${from.name.en} (copy)`);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (f: string) =>
    error?.fields.find((x) => x.field === f || x.field.startsWith(`${f}.`))?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCloned(await cloneProfile(from.code, code.trim(), { vi, en }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit}>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <TextInput
          label={tp.newCode}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError('code')}
          required
          data-autofocus
          placeholder={`${from.code}-2026`}
        />
        <TextInput
          label={tp.nameVi}
          value={vi}
          onChange={(e) => setVi(e.currentTarget.value)}
          error={fieldError('name')}
          required
        />
        <TextInput
          label={tp.nameEn}
          value={en}
          onChange={(e) => setEn(e.currentTarget.value)}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {tp.clone}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
