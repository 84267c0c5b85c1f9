// An administrator edits a cloned profile's numbers. The server first answers with the open
// items whose due dates would move; if there are any, we show them and resend only when the
// administrator confirms. A stale version (someone else saved first) gets a clear message.
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { DueChange, RegulationProfile } from '@doithoai/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { ImpactList } from './ImpactList';
import { updateProfile, type StoredProfile } from './profile-api';
import { RoundsInput } from './RoundsInput';
import { profileText } from './profile-text';

type Numbers = Pick<
  RegulationProfile,
  | 'rounds'
  | 'noticeLeadDays'
  | 'conclusionNoticeDays'
  | 'writtenAnswerWorkingDays'
  | 'acknowledgementWorkingDays'
  | 'reminders'
>;
type NumberKey =
  | 'noticeLeadDays'
  | 'conclusionNoticeDays'
  | 'writtenAnswerWorkingDays'
  | 'acknowledgementWorkingDays';

export function ProfileNumbersForm({
  stored,
  onSaved,
  onCancel,
  onReload,
}: {
  stored: StoredProfile;
  onSaved(): void;
  onCancel(): void;
  onReload(): void;
}) {
  const { t, lang } = useI18n();
  const tp = profileText(lang);
  const p = stored.profile;
  const [values, setValues] = useState<Numbers>({
    rounds: p.rounds,
    noticeLeadDays: p.noticeLeadDays,
    conclusionNoticeDays: p.conclusionNoticeDays,
    writtenAnswerWorkingDays: p.writtenAnswerWorkingDays,
    acknowledgementWorkingDays: p.acknowledgementWorkingDays,
    reminders: p.reminders,
  });
  const [reason, setReason] = useState('');
  const [impact, setImpact] = useState<DueChange[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(confirm: boolean) {
    setBusy(true);
    setError(null);
    try {
      const r = await updateProfile(p.code, {
        profile: { ...p, ...values },
        version: stored.version,
        confirm,
        ...(reason.trim() && { reason: reason.trim() }),
      });
      if (!r.applied && r.impact.length > 0) setImpact(r.impact);
      else onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err), []));
    } finally {
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setImpact(null);
    void send(false);
  };
  const number = (key: NumberKey, label: string, min: number) => (
    <NumberInput
      label={label}
      min={min}
      max={365}
      allowDecimal={false}
      value={values[key]}
      onChange={(v) => {
        setImpact(null);
        setValues({ ...values, [key]: Number(v) });
      }}
    />
  );
  const reminder = (key: keyof Numbers['reminders'], label: string, min: number) => (
    <NumberInput
      label={label}
      min={min}
      max={365}
      allowDecimal={false}
      value={values.reminders[key]}
      onChange={(v) => {
        setImpact(null);
        setValues({ ...values, reminders: { ...values.reminders, [key]: Number(v) } });
      }}
    />
  );

  return (
    <Card withBorder data-testid="profile-numbers-form">
      <form onSubmit={submit}>
        <Stack>
          <Title order={4}>
            {tp.editNumbers}: {p.code}
          </Title>
          {error && (
            <Alert color="red" role="alert">
              {error.status === 409 ? tp.conflict : error.message}
              {error.fields.map((f, i) => (
                <Text key={i} size="sm">
                  {f.message}
                </Text>
              ))}
              {error.status === 409 && (
                <Button mt="xs" size="xs" variant="white" color="red" onClick={onReload}>
                  {tp.reload}
                </Button>
              )}
            </Alert>
          )}
          <RoundsInput
            rounds={values.rounds}
            onChange={(rounds) => {
              setImpact(null);
              setValues({ ...values, rounds });
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('noticeLeadDays', `${tp.noticeLeadDays} (${tp.unitDays})`, 0)}
            {number('conclusionNoticeDays', `${tp.conclusionNoticeDays} (${tp.unitDays})`, 0)}
            {number(
              'writtenAnswerWorkingDays',
              `${tp.writtenAnswerWorkingDays} (${tp.unitWorkingDays})`,
              1,
            )}
            {number(
              'acknowledgementWorkingDays',
              `${tp.acknowledgementWorkingDays} (${tp.unitWorkingDays})`,
              1,
            )}
            {reminder('dueSoonWorkingDays', `${tp.dueSoonWorkingDays} (${tp.unitWorkingDays})`, 0)}
            {reminder(
              'veryOverdueWorkingDays',
              `${tp.veryOverdueWorkingDays} (${tp.unitWorkingDays})`,
              1,
            )}
          </SimpleGrid>
          <TextInput
            label={tp.reasonOptional}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
          />
          {impact && (
            <Alert color="orange" role="alert" title={tp.impactTitle(impact.length)}>
              <Text size="sm" mb="xs">
                {tp.impactHint}
              </Text>
              <ImpactList impact={impact} />
              <Group justify="flex-end" mt="xs">
                <Button color="orange" loading={busy} onClick={() => send(true)}>
                  {tp.impactConfirm}
                </Button>
              </Group>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t.cancel}
            </Button>
            {!impact && (
              <Button type="submit" loading={busy}>
                {t.save}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
