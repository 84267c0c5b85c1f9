// One matter's follow-up as its drawer needs it: the detail (GET /api/follow-up/:id), reloaded
// after every action, and what the office types there (the answer's draft, the chair's comment,
// the escalation, the extension, the letters' channel and date, the responsible official). A
// reload puts the draft back to the answer on file; a refused action leaves everything as typed
// and shows the server's message.
import type { FollowUpDetail, LetterChannel } from '@doithoai/core';
import { useCallback, useEffect, useState } from 'react';
import * as apiCalls from './follow-up-api';
import { message } from './follow-up-format';

export interface FollowUpForm {
  /** The answer's draft (also the higher body's answer, once escalated). */
  text: string;
  /** The chair's comment when returning the answer. */
  comment: string;
  /** The competent body and the proposal of an escalation. */
  body: string;
  proposal: string;
  /** A complex matter's new due date (YYYY-MM-DD), the reason, who is responsible. */
  due: string;
  reason: string;
  responsibleText: string;
  /** The official named to answer and the matter's field. */
  person: string | null;
  field: string | null;
  /** How the letters went and when (YYYY-MM-DD; empty: today). */
  channel: LetterChannel;
  sentOn: string;
}

const blank: FollowUpForm = {
  text: '',
  comment: '',
  body: '',
  proposal: '',
  due: '',
  reason: '',
  responsibleText: '',
  person: null,
  field: null,
  channel: 'post',
  sentOn: '',
};

type Answer = FollowUpDetail['answers'][number];
/** The answer being worked on: the last one not yet approved or sent. */
const inProgress = (answers: Answer[]) =>
  answers.filter((a) => a.state !== 'approved' && a.state !== 'sent').at(-1);

export function useFollowUpMatter(matterId: string) {
  const [detail, setDetail] = useState<FollowUpDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<FollowUpForm>(blank);
  const set = useCallback(
    <K extends keyof FollowUpForm>(key: K, value: FollowUpForm[K]) =>
      setForm((f) => ({ ...f, [key]: value })),
    [],
  );

  const load = useCallback(() => {
    apiCalls
      .fetchDetail(matterId)
      .then((r) => {
        setDetail(r);
        setForm((f) => ({
          ...f,
          text: inProgress(r.answers)?.text ?? '',
          person: r.official.personId,
          field: r.field,
        }));
      })
      .catch((e) => setError(message(e)));
  }, [matterId]);
  useEffect(load, [load]);

  /** Runs an action, then reloads; a refusal is shown and nothing typed is lost. */
  const run = (p: Promise<unknown>): Promise<void> => {
    setError(null);
    return p.then(load).catch((e) => setError(message(e)));
  };

  const d = detail;
  const current = d ? inProgress(d.answers) : undefined;
  const published = d?.answers.filter((a) => a.state === 'approved' || a.state === 'sent').at(-1);
  const can = (action: string) => !!d?.can.includes(action);

  return {
    detail,
    error,
    form,
    set,
    current,
    published,
    /** The draft can be written: no answer yet, or one in draft or returned, and none published. */
    editable:
      can('answer.write') &&
      (!current || current.state === 'draft' || current.state === 'returned') &&
      !published,
    manage: can('followup.manage'),
    openEscalation: d?.escalations.find((e) => e.state !== 'answered'),
    unsent: d?.letters.filter((l) => !l.sentOn) ?? [],
    /** Adds a template's text to the draft, on a new line. */
    addTemplate(templateId: string | null) {
      const t = d?.templates.find((y) => y.id === templateId);
      if (t) setForm((f) => ({ ...f, text: f.text ? `${f.text}\n${t.text}` : t.text }));
    },
    save: () => run(apiCalls.saveAnswer(matterId, form.text)),
    /** Saves the draft as typed, then submits it to the chair. */
    submit: () =>
      run(apiCalls.saveAnswer(matterId, form.text).then(() => apiCalls.submitAnswer(matterId))),
    approve: () => run(apiCalls.approveAnswer(matterId)),
    returnIt: () => run(apiCalls.returnAnswer(matterId, form.comment)),
    assign: () => run(apiCalls.setResponsible(matterId, form.person!, form.field)),
    recordSent: () => run(apiCalls.lettersSent(matterId, form.channel, form.sentOn || undefined)),
    escalate: () => run(apiCalls.escalate(matterId, form.body, form.proposal)),
    acknowledge: () => run(apiCalls.acknowledge(matterId)),
    higherAnswer: () => run(apiCalls.higherAnswer(matterId, form.text)),
    extend: () =>
      run(apiCalls.extend(matterId, form.due, form.reason, form.responsibleText || undefined)),
  };
}
