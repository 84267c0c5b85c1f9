// The draft plan's sections as text areas (one item a line), rounds as dates: every word of the
// reference wording stays editable.
import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import type { PlanContent } from '@doithoai/core';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { planText } from './plan-text';

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function PlanEditor({
  content,
  readOnly,
  onSave,
}: {
  content: PlanContent;
  readOnly: boolean;
  onSave(c: PlanContent): Promise<void>;
}) {
  const { lang } = useI18n();
  const t = planText(lang);
  const [c, setC] = useState(content);
  const [busy, setBusy] = useState(false);
  const list = (
    key: 'purposes' | 'participants' | 'preparation' | 'chairs' | 'followUp' | 'recipients',
  ) => (
    <Textarea
      label={t.fields[key]}
      description={t.onePerLine}
      autosize
      minRows={2}
      readOnly={readOnly}
      value={c[key].join('\n')}
      onChange={(e) => setC({ ...c, [key]: lines(e.currentTarget.value) })}
    />
  );
  return (
    <Stack gap="xs">
      <Textarea
        label={t.fields.title}
        autosize
        readOnly={readOnly}
        value={c.title}
        onChange={(e) => setC({ ...c, title: e.currentTarget.value })}
      />
      <Textarea
        label={t.fields.opening}
        autosize
        readOnly={readOnly}
        value={c.opening}
        onChange={(e) => setC({ ...c, opening: e.currentTarget.value })}
      />
      {list('purposes')}
      <Textarea
        label={t.fields.contentGroups}
        description={t.onePerLine}
        autosize
        readOnly={readOnly}
        value={c.contentGroups.map((g) => g.text).join('\n')}
        onChange={(e) =>
          setC({
            ...c,
            contentGroups: lines(e.currentTarget.value).map((text, i) => ({
              text,
              fields: c.contentGroups[i]?.fields ?? [],
            })),
          })
        }
      />
      {list('participants')}
      <NumberInput
        label={t.fields.attendanceCap}
        readOnly={readOnly}
        min={1}
        value={c.attendanceCap ?? ''}
        onChange={(v) => setC({ ...c, attendanceCap: typeof v === 'number' ? v : null })}
      />
      {list('preparation')}
      {c.rounds.map((r, i) => (
        <TextInput
          key={r.round}
          type="date"
          label={t.round(r.round)}
          readOnly={readOnly}
          value={r.heldBy}
          onChange={(e) =>
            setC({
              ...c,
              rounds: c.rounds.map((x, j) =>
                j === i ? { ...x, heldBy: e.currentTarget.value } : x,
              ),
            })
          }
        />
      ))}
      {list('chairs')}
      {list('followUp')}
      <Textarea
        label={t.fields.tasks}
        autosize
        readOnly={readOnly}
        value={c.tasks.map((x) => `${x.body} | ${x.text}`).join('\n')}
        onChange={(e) =>
          setC({
            ...c,
            tasks: lines(e.currentTarget.value).map((l) => {
              const [body, ...rest] = l.split('|');
              return {
                body: (body ?? '').trim(),
                text: rest.join('|').trim() || (body ?? '').trim(),
              };
            }),
          })
        }
      />
      <Textarea
        label={t.fields.closing}
        autosize
        readOnly={readOnly}
        value={c.closing}
        onChange={(e) => setC({ ...c, closing: e.currentTarget.value })}
      />
      {list('recipients')}
      <TextInput
        label={t.fields.signer}
        readOnly={readOnly}
        value={c.signer.name}
        onChange={(e) => setC({ ...c, signer: { ...c.signer, name: e.currentTarget.value } })}
      />
      {!readOnly && (
        <Group>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onSave(c);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t.save}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
