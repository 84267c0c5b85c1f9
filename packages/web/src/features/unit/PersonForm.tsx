import { Alert, Button, Group, MultiSelect, Stack, TextInput } from '@mantine/core';
import { DEFAULT_FIELDS, type Person } from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';

const fieldOptions = DEFAULT_FIELDS.map((f) => ({ value: f.code, label: f.name }));

export interface PersonValues {
  fullName: string;
  position: string;
  fields: string[];
  phone: string;
}

export function PersonForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Person;
  onSubmit(v: PersonValues): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<PersonValues>({
    fullName: initial?.fullName ?? '',
    position: initial?.position ?? '',
    fields: initial?.fields ?? [],
    phone: initial?.phone ?? '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const fieldError = (f: string) => error?.fields.find((x) => x.field === f)?.message;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
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
          label={t.fullName}
          value={values.fullName}
          error={fieldError('fullName')}
          onChange={(e) => setValues({ ...values, fullName: e.currentTarget.value })}
          required
          data-autofocus
        />
        <TextInput
          label={t.position}
          value={values.position}
          error={fieldError('position')}
          onChange={(e) => setValues({ ...values, position: e.currentTarget.value })}
          required
        />
        <MultiSelect
          label={t.fields}
          data={fieldOptions}
          value={values.fields}
          onChange={(v) => setValues({ ...values, fields: v })}
          searchable
        />
        <TextInput
          label="Điện thoại / Phone"
          value={values.phone}
          error={fieldError('phone')}
          onChange={(e) => setValues({ ...values, phone: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.cancel}
          </Button>
          <Button type="submit">{t.save}</Button>
        </Group>
      </Stack>
    </form>
  );
}
