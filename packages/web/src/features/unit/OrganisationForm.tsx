// Add or edit an organisation. A refused save keeps what was typed and shows the server's
// message beside the field it names.
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import {
  organisationKindNames,
  organisationKinds,
  type Organisation,
  type OrganisationKind,
} from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';

export interface OrganisationValues {
  kind: OrganisationKind;
  name: string;
  abbreviation: string;
}

export function OrganisationForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Organisation;
  onSubmit(values: OrganisationValues): Promise<void>;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState<OrganisationValues>({
    kind: initial?.kind ?? 'khac',
    name: initial?.name ?? '',
    abbreviation: initial?.abbreviation ?? '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (f: string) => error?.fields.find((x) => x.field === f)?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
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
          label={t.name}
          name="name"
          value={values.name}
          error={fieldError('name')}
          onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          required
          data-autofocus
        />
        <Select
          label={t.kind}
          data={organisationKinds.map((k) => ({ value: k, label: organisationKindNames[k][lang] }))}
          value={values.kind}
          onChange={(v) => v && setValues({ ...values, kind: v as OrganisationKind })}
          allowDeselect={false}
          error={fieldError('kind')}
        />
        <TextInput
          label={t.abbreviation}
          name="abbreviation"
          value={values.abbreviation}
          error={fieldError('abbreviation')}
          onChange={(e) => setValues({ ...values, abbreviation: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
