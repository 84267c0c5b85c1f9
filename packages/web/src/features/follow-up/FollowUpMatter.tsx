// One matter's follow-up in the drawer: who answers it (the office names the official), the due
// date and how it was computed, the petitioners, the answer (a template picked and filled, saved,
// submitted; approved or returned by the chair), the letters (issued, then recorded as sent: the
// matter closes when all have gone), escalation and a complex matter's extension with its notice.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  letterChannelNames,
  letterChannels,
  opinionFieldNames,
  opinionFields,
  urgencyNames,
  type LetterChannel,
} from '@doithoai/core';
import { useI18n } from '../../i18n';
import { colours, fieldName, shortDate } from './follow-up-format';
import { followUpText } from './follow-up-text';
import { useFollowUpMatter } from './useFollowUpMatter';
import { stateName } from '../opinion/labels';

export function FollowUpMatter({ matterId }: { matterId: string }) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const f = useFollowUpMatter(matterId);
  const {
    detail: d,
    error,
    form,
    set,
    current,
    published,
    editable,
    manage,
    openEscalation,
    unsent,
  } = f;

  if (!d) return error ? <Alert color="red">{error}</Alert> : <Loader />;
  const nameOf = (petitionerId: string) =>
    d.petitioners.find((p) => p.id === petitionerId)?.fullName ?? '—';
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text fw={600}>{d.content}</Text>
      <Text size="sm">
        {stateName(d.state, lang)} · {fieldName(d.field, lang)} · {x.official}:{' '}
        {d.official.name ?? '—'}
      </Text>
      {manage &&
        d.staff.length > 0 &&
        ['in-follow-up', 'complex', 'escalated'].includes(d.state) && (
          <Group align="end">
            <Select
              label={x.responsible}
              w={260}
              searchable
              value={form.person}
              onChange={(v) => set('person', v)}
              data={d.staff.map((p) => ({ value: p.personId, label: `${p.name} — ${p.position}` }))}
            />
            <Select
              label={x.field}
              w={220}
              value={form.field}
              onChange={(v) => set('field', v)}
              clearable
              data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
            />
            <Button
              variant="light"
              disabled={
                !form.person || (form.person === d.official.personId && form.field === d.field)
              }
              onClick={f.assign}
            >
              {x.assign}
            </Button>
          </Group>
        )}
      {d.due && (
        <Card withBorder p="sm">
          <Text size="xs" c="dimmed">
            {x.due} — {x.howComputed}
          </Text>
          <Group gap="xs">
            <Text fw={700}>{shortDate(d.due.date)}</Text>
            {d.urgency && <Badge color={colours[d.urgency]}>{urgencyNames[d.urgency][lang]}</Badge>}
          </Group>
          <Text size="sm">{d.due.text[lang]}</Text>
        </Card>
      )}
      <Title order={4}>{x.petitioners}</Title>
      {d.petitioners.map((p) => (
        <Text key={p.id} size="sm">
          {p.fullName ?? '—'}
          {p.villageName ? `, ${p.villageName}` : ''}
          {p.phone ? ` · ${p.phone}` : ''}
          {p.email ? ` · ${p.email}` : ''}
          {p.answered ? ' ✓' : ''}
        </Text>
      ))}
      <Title order={4}>{x.draft}</Title>
      {(current ?? published) && (
        <Badge variant="light">
          {x.answerStates[(current ?? published)!.state]} · {(current ?? published)!.officialName}
        </Badge>
      )}
      {editable && d.templates.length > 0 && (
        <Select
          aria-label={x.template}
          placeholder={x.template}
          searchable
          value={null}
          data={d.templates.map((t) => ({
            value: t.id,
            label: t.builtIn ? `${t.title} (${x.builtIn})` : t.title,
          }))}
          onChange={f.addTemplate}
        />
      )}
      <Textarea
        aria-label={x.draft}
        autosize
        minRows={5}
        value={published && !current ? published.text : form.text}
        readOnly={!editable}
        onChange={(e) => set('text', e.currentTarget.value)}
      />
      <Group>
        {editable && (
          <Button variant="light" disabled={!form.text.trim()} onClick={f.save}>
            {x.save}
          </Button>
        )}
        {editable && (
          <Button disabled={!form.text.trim()} onClick={f.submit}>
            {x.submit}
          </Button>
        )}
      </Group>
      {current?.state === 'submitted' && d.can.includes('answer.approve') && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {x.approver}: {d.approver.title}
          </Text>
          <TextInput
            aria-label={x.comment}
            placeholder={x.comment}
            value={form.comment}
            onChange={(e) => set('comment', e.currentTarget.value)}
          />
          <Group>
            <Button color="green" onClick={f.approve}>
              {x.approve}
            </Button>
            <Button
              color="orange"
              variant="light"
              disabled={!form.comment.trim()}
              onClick={f.returnIt}
            >
              {x.returnIt}
            </Button>
          </Group>
        </Stack>
      )}
      {d.answers.length > 0 && (
        <>
          <Title order={4}>{x.history}</Title>
          {d.answers.flatMap((a) =>
            a.events.map((e, n) => (
              <Text key={`${a.id}-${n}`} size="xs">
                {e.at.slice(0, 16).replace('T', ' ')} · {x.actions[e.action] ?? e.action}
                {e.comment ? ` — ${e.comment}` : ''}
              </Text>
            )),
          )}
        </>
      )}
      {d.letters.length > 0 && (
        <>
          <Group justify="space-between">
            <Title order={4}>{x.letters}</Title>
            {d.can.includes('opinion.personal') && (
              <Button
                size="xs"
                variant="default"
                component="a"
                href={`/api/follow-up/${encodeURIComponent(matterId)}/letters.html`}
                target="_blank"
              >
                {x.printAll}
              </Button>
            )}
          </Group>
          {d.letters.map((l) => (
            <Text key={l.documentId} size="sm">
              <Anchor
                href={`/api/documents/van-ban-tra-loi/${encodeURIComponent(l.documentId)}/preview`}
                target="_blank"
              >
                {l.numberText}
              </Anchor>{' '}
              ({shortDate(l.issuedOn)}) · {nameOf(l.petitionerId)} ·{' '}
              {l.sentOn
                ? `${x.sent} ${shortDate(l.sentOn)}, ${l.channel ? letterChannelNames[l.channel as LetterChannel][lang] : ''}`
                : x.notSent}
            </Text>
          ))}
          {manage && unsent.length > 0 && (
            <Group align="end">
              <Select
                label={x.channel}
                w={240}
                value={form.channel}
                onChange={(v) => v && set('channel', v as LetterChannel)}
                data={letterChannels.map((c) => ({ value: c, label: letterChannelNames[c][lang] }))}
              />
              <TextInput
                label={x.sentOn}
                w={260}
                value={form.sentOn}
                onChange={(e) => set('sentOn', e.currentTarget.value)}
              />
              <Button
                disabled={!!form.sentOn && !/^\d{4}-\d{2}-\d{2}$/.test(form.sentOn)}
                onClick={f.recordSent}
              >
                {x.recordSent} ({unsent.length})
              </Button>
            </Group>
          )}
        </>
      )}
      {manage && (
        <>
          <Title order={4}>{x.escalate}</Title>
          {d.escalations.map((e) => (
            <Text key={e.id} size="sm">
              {e.competentBody} · {e.state} · {e.numberText ?? ''} · {x.due} {shortDate(e.due.date)}
            </Text>
          ))}
          {!openEscalation && ['in-follow-up', 'complex'].includes(d.state) && (
            <Stack gap="xs">
              <TextInput
                aria-label={x.competentBody}
                placeholder={x.competentBody}
                value={form.body}
                onChange={(e) => set('body', e.currentTarget.value)}
              />
              <Textarea
                aria-label={x.proposal}
                placeholder={x.proposal}
                value={form.proposal}
                onChange={(e) => set('proposal', e.currentTarget.value)}
              />
              <Button
                variant="light"
                disabled={!form.body.trim() || !form.proposal.trim()}
                onClick={f.escalate}
              >
                {x.escalate}
              </Button>
            </Stack>
          )}
          {openEscalation && (
            <Group>
              {openEscalation.state === 'sent' && (
                <Button variant="light" onClick={f.acknowledge}>
                  {x.acknowledge}
                </Button>
              )}
              <Button variant="light" disabled={!form.text.trim()} onClick={f.higherAnswer}>
                {x.higherAnswer}
              </Button>
            </Group>
          )}
          <Title order={4}>{x.extend}</Title>
          {d.extensions.map((e) => (
            <Text key={e.at} size="sm">
              {shortDate(e.previousDue)} → {shortDate(e.dueDate)}: {e.reason}
              {e.noticeDocumentId && (
                <>
                  {' '}
                  ·{' '}
                  <Anchor
                    href={`/api/documents/thong-bao/${encodeURIComponent(e.noticeDocumentId)}/preview`}
                    target="_blank"
                  >
                    {e.noticeNumber ?? x.notice}
                  </Anchor>
                </>
              )}
            </Text>
          ))}
          {(d.state === 'in-follow-up' || d.state === 'complex') && (
            <Stack gap="xs">
              <Group align="end">
                <TextInput
                  aria-label={x.newDue}
                  placeholder={x.newDue}
                  value={form.due}
                  onChange={(e) => set('due', e.currentTarget.value)}
                  w={180}
                />
                <TextInput
                  aria-label={x.reason}
                  placeholder={x.reason}
                  value={form.reason}
                  onChange={(e) => set('reason', e.currentTarget.value)}
                  style={{ flex: 1 }}
                />
              </Group>
              <TextInput
                aria-label={x.responsibleText}
                placeholder={x.responsibleText}
                value={form.responsibleText}
                onChange={(e) => set('responsibleText', e.currentTarget.value)}
              />
              <Button
                variant="light"
                disabled={!/^\d{4}-\d{2}-\d{2}$/.test(form.due) || !form.reason.trim()}
                onClick={f.extend}
              >
                {x.extend}
              </Button>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
