// The follow-up page (/theo-doi): the unit's open matters grouped by urgency (very overdue, overdue,
// due soon, on track) with colour, each due date with how it was computed (the stored text), the
// responsible official and the answer's state; the office and the chairs filter by official,
// field and session. A row opens the matter's follow-up: draft, submit, approve or return the
// answer, escalate, extend.
import { Alert, Badge, Button, Card, Drawer, Group, Loader, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { matterStateNames, opinionFieldNames, opinionFields, urgencies, urgencyNames, type MatterState, type OpinionField, type Urgency } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import type { PageProps } from '../../app/pages';
import { useI18n } from '../../i18n';
import * as apiCalls from './follow-up-api';
import type { FollowUpDetail, Worklist } from './follow-up-api';
import { followUpText } from './follow-up-text';

const colours: Record<Urgency, string> = { 'very-overdue': 'red', overdue: 'orange', 'due-soon': 'yellow', 'on-track': 'green' };
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const fieldName = (f: string | null, lang: 'vi' | 'en') => (f && (opinionFields as readonly string[]).includes(f) ? opinionFieldNames[f as OpinionField][lang] : f ?? '—');
const message = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

export function FollowUpPage({ unitId }: PageProps) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const [filter, setFilter] = useState<{ official?: string; field?: string; session?: string }>({});
  const [list, setList] = useState<Worklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    apiCalls.fetchWorklist(unitId, filter).then(setList).catch((e) => setError(message(e)));
  }, [unitId, filter]);
  useEffect(load, [load]);

  const sessions = [...new Map((list?.items ?? []).map((i) => [i.sessionId, i.round])).entries()];
  return (
    <Stack>
      <Title order={2}>{x.title}</Title>
      {list?.all && (
        <Group>
          <Select aria-label={x.official} placeholder={x.official} clearable w={240} value={filter.official ?? null}
            data={list.officials.filter((o) => o.personId).map((o) => ({ value: o.personId!, label: o.name }))}
            onChange={(v) => setFilter({ ...filter, official: v ?? undefined })} />
          <Select aria-label={x.field} placeholder={x.field} clearable w={240} value={filter.field ?? null}
            data={opinionFields.map((f) => ({ value: f, label: opinionFieldNames[f][lang] }))}
            onChange={(v) => setFilter({ ...filter, field: v ?? undefined })} />
          <Select aria-label={x.session} placeholder={x.session} clearable w={200} value={filter.session ?? null}
            data={sessions.map(([id, round]) => ({ value: id, label: `${x.session} ${round ?? ''}` }))}
            onChange={(v) => setFilter({ ...filter, session: v ?? undefined })} />
        </Group>
      )}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {!list && !error && <Loader />}
      {list && list.items.length === 0 && <Text c="dimmed">{x.none}</Text>}
      {list && urgencies.map((u) => {
        const items = list.items.filter((i) => i.urgency === u);
        if (!items.length) return null;
        return (
          <Card key={u} withBorder p={0} data-testid={`urgency-${u}`} style={{ borderLeft: `6px solid var(--mantine-color-${colours[u]}-6)` }}>
            <Group p="sm"><Badge color={colours[u]} size="lg">{urgencyNames[u][lang]}</Badge><Text c="dimmed">{items.length}</Text></Group>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{x.content}</Table.Th><Table.Th>{x.field}</Table.Th><Table.Th>{x.official}</Table.Th>
                  <Table.Th>{x.due}</Table.Th><Table.Th>{x.state}</Table.Th><Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.matterId}>
                    <Table.Td maw={420}>{i.content}</Table.Td>
                    <Table.Td>{fieldName(i.field, lang)}</Table.Td>
                    <Table.Td>{i.official.name || '—'}</Table.Td>
                    <Table.Td>
                      <Text fw={700} c={`${colours[u]}.8`}>{shortDate(i.due.date)}</Text>
                      <Text size="xs" c="dimmed" title={x.howComputed}>{i.due.text[lang]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{matterStateNames[i.state as MatterState]?.[lang] ?? i.state}</Text>
                      {i.answerState && <Badge variant="light">{x.answerStates[i.answerState]}</Badge>}
                    </Table.Td>
                    <Table.Td><Button size="xs" variant="light" onClick={() => setOpen(i.matterId)}>{x.open}</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        );
      })}
      <Drawer opened={!!open} onClose={() => { setOpen(null); load(); }} position="right" size="xl" title={x.title}>
        {open && <FollowUpMatter matterId={open} />}
      </Drawer>
    </Stack>
  );
}

function FollowUpMatter({ matterId }: { matterId: string }) {
  const { lang } = useI18n();
  const x = followUpText(lang);
  const [d, setD] = useState<FollowUpDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const [body, setBody] = useState('');
  const [proposal, setProposal] = useState('');
  const [due, setDue] = useState('');
  const [reason, setReason] = useState('');

  const load = useCallback(() => {
    apiCalls.fetchDetail(matterId).then((r) => {
      setD(r);
      const current = r.answers.filter((a) => a.state !== 'approved').at(-1);
      setText(current?.text ?? '');
    }).catch((e) => setError(message(e)));
  }, [matterId]);
  useEffect(load, [load]);
  const run = (p: Promise<unknown>) => { setError(null); p.then(load).catch((e) => setError(message(e))); };

  if (!d) return error ? <Alert color="red">{error}</Alert> : <Loader />;
  const current = d.answers.filter((a) => a.state !== 'approved').at(-1);
  const editable = d.can.includes('answer.write') && (!current || current.state === 'draft' || current.state === 'returned');
  const openEscalation = d.escalations.find((e) => e.state !== 'answered');
  return (
    <Stack>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Text fw={600}>{d.content}</Text>
      <Text size="sm">{matterStateNames[d.state as MatterState]?.[lang] ?? d.state} · {fieldName(d.field, lang)}</Text>
      {d.due && (
        <Card withBorder p="sm">
          <Text size="xs" c="dimmed">{x.due} — {x.howComputed}</Text>
          <Group gap="xs"><Text fw={700}>{shortDate(d.due.date)}</Text>{d.urgency && <Badge color={colours[d.urgency]}>{urgencyNames[d.urgency][lang]}</Badge>}</Group>
          <Text size="sm">{d.due.text[lang]}</Text>
        </Card>
      )}
      <Title order={4}>{x.petitioners}</Title>
      {d.petitioners.map((p) => (
        <Text key={p.id} size="sm">{p.fullName ?? '—'}{p.villageName ? `, ${p.villageName}` : ''}{p.phone ? ` · ${p.phone}` : ''}{p.email ? ` · ${p.email}` : ''}{p.answered ? ' ✓' : ''}</Text>
      ))}
      <Title order={4}>{x.draft}</Title>
      {current && <Badge variant="light">{x.answerStates[current.state]} · {current.officialName}</Badge>}
      {editable && d.templates.length > 0 && (
        <Select aria-label={x.template} placeholder={x.template} data={d.templates.map((t) => ({ value: t.id, label: t.vi.slice(0, 80) }))} value={null}
          onChange={(v) => { const t = d.templates.find((y) => y.id === v); if (t) setText((s) => (s ? `${s}\n${t.vi}` : t.vi)); }} />
      )}
      <Textarea aria-label={x.draft} autosize minRows={5} value={text} readOnly={!editable} onChange={(e) => setText(e.currentTarget.value)} />
      <Group>
        {editable && <Button variant="light" disabled={!text.trim()} onClick={() => run(apiCalls.saveAnswer(matterId, text))}>{x.save}</Button>}
        {editable && current && <Button disabled={!text.trim()} onClick={() => run(apiCalls.saveAnswer(matterId, text).then(() => apiCalls.submitAnswer(matterId)))}>{x.submit}</Button>}
      </Group>
      {current?.state === 'submitted' && d.can.includes('answer.approve') && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">{x.approver}: {d.approver.title}</Text>
          <TextInput aria-label={x.comment} placeholder={x.comment} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          <Group>
            <Button color="green" onClick={() => run(apiCalls.approveAnswer(matterId))}>{x.approve}</Button>
            <Button color="orange" variant="light" disabled={!comment.trim()} onClick={() => run(apiCalls.returnAnswer(matterId, comment))}>{x.returnIt}</Button>
          </Group>
        </Stack>
      )}
      {d.answers.length > 0 && (
        <>
          <Title order={4}>{x.history}</Title>
          {d.answers.flatMap((a) => a.events.map((e, n) => (
            <Text key={`${a.id}-${n}`} size="xs">{e.at.slice(0, 16).replace('T', ' ')} · {e.action}{e.comment ? ` — ${e.comment}` : ''}</Text>
          )))}
        </>
      )}
      {d.letters.length > 0 && (
        <>
          <Title order={4}>{x.letters}</Title>
          {d.letters.map((l) => <Text key={l.documentId} size="sm">{l.numberText} ({shortDate(l.issuedOn)})</Text>)}
        </>
      )}
      {d.can.includes('followup.manage') && (
        <>
          <Title order={4}>{x.escalate}</Title>
          {d.escalations.map((e) => (
            <Text key={e.id} size="sm">{e.competentBody} · {e.state} · {e.numberText ?? ''} · {x.due} {shortDate(e.due.date)}</Text>
          ))}
          {!openEscalation && d.state !== 'escalated' && (
            <Stack gap="xs">
              <TextInput aria-label={x.competentBody} placeholder={x.competentBody} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
              <Textarea aria-label={x.proposal} placeholder={x.proposal} value={proposal} onChange={(e) => setProposal(e.currentTarget.value)} />
              <Button variant="light" disabled={!body.trim() || !proposal.trim()} onClick={() => run(apiCalls.escalate(matterId, body, proposal))}>{x.escalate}</Button>
            </Stack>
          )}
          {openEscalation && (
            <Group>
              {openEscalation.state === 'sent' && <Button variant="light" onClick={() => run(apiCalls.acknowledge(matterId))}>{x.acknowledge}</Button>}
              <Button variant="light" disabled={!text.trim()} onClick={() => run(apiCalls.higherAnswer(matterId, text))}>{x.higherAnswer}</Button>
            </Group>
          )}
          <Title order={4}>{x.extend}</Title>
          {d.extensions.map((e) => <Text key={e.at} size="sm">{shortDate(e.previousDue)} → {shortDate(e.dueDate)}: {e.reason}</Text>)}
          {(d.state === 'in-follow-up' || d.state === 'complex') && (
            <Group align="end">
              <TextInput aria-label={x.newDue} placeholder={x.newDue} value={due} onChange={(e) => setDue(e.currentTarget.value)} w={180} />
              <TextInput aria-label={x.reason} placeholder={x.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
              <Button variant="light" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(due) || !reason.trim()} onClick={() => run(apiCalls.extend(matterId, due, reason))}>{x.extend}</Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
