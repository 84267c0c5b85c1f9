// @vitest-environment happy-dom
// One matter's answer through its drawer's hook, against a server on 127.0.0.1 that keeps the
// answer as the follow-up routes do (a draft saved, submitted, approved or returned): the draft on
// file fills the text box, each action is sent as typed and the matter reloaded, and a refusal
// shows the server's message with the typed text still there.
import type { FollowUpDetail } from '@doithoai/core';
import { act, cleanup, configure, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  refusal,
  startPageServer,
  type PageServer,
  type Reply,
} from '../../test-support/page-server';
import { useFollowUpMatter } from './useFollowUpMatter';

// Patient waits: the suite runs two files at a time on a small machine.
configure({ asyncUtilTimeout: 5000 });

const MATTER = 'm1';
const base = `/api/follow-up/${MATTER}`;
type Answer = FollowUpDetail['answers'][number];

let server: PageServer;
let answer: Answer | null;
/** The next answer to these paths, in place of the route's. */
let refuse: Record<string, Reply>;

const answerOf = (text: string, state: Answer['state']): Answer => ({
  id: 'ans1',
  origin: 'commune',
  state,
  text,
  officialName: 'Trần Bình',
  submittedAt: null,
  approverName: null,
  approvedOn: null,
  publishedAt: null,
  version: 1,
  events: [],
});

/** The part of GET /api/follow-up/:id the drawer's state reads. */
const detail = () =>
  ({
    matterId: MATTER,
    content: 'Đường liên thôn xuống cấp',
    field: 'giao-thong',
    state: 'in-follow-up',
    can: ['answer.write', 'answer.approve', 'followup.manage'],
    official: { personId: 'p1', name: 'Trần Bình' },
    answers: answer ? [answer] : [],
    escalations: [],
    letters: [],
    templates: [
      {
        id: 't1',
        field: null,
        title: 'Đã đưa vào kế hoạch',
        text: 'UBND xã đã đưa nội dung vào kế hoạch năm sau.',
        builtIn: true,
      },
    ],
  }) as Partial<FollowUpDetail> as FollowUpDetail;

beforeEach(async () => {
  answer = answerOf('Xã sẽ sửa đường trong quý III', 'returned');
  refuse = {};
  server = await startPageServer((req) => {
    const refused = refuse[req.path];
    if (refused && req.method !== 'GET') return refused;
    if (req.method === 'GET' && req.path === base) return { body: detail() };
    if (req.method === 'PUT' && req.path === `${base}/answer`) {
      answer = answerOf((req.body as { text: string }).text, 'draft');
      return { body: {} };
    }
    if (answer && req.method === 'POST' && req.path === `${base}/answer/submit`)
      answer = { ...answer, state: 'submitted' };
    else if (answer && req.method === 'POST' && req.path === `${base}/answer/approve`)
      answer = { ...answer, state: 'approved' };
    else if (answer && req.method === 'POST' && req.path === `${base}/answer/return`)
      answer = { ...answer, state: 'returned' };
    else return refusal(404, `not here: ${req.method} ${req.path}`);
    return { body: {} };
  });
});

afterEach(async () => {
  cleanup();
  await server.close();
});

async function openDrawer() {
  const view = renderHook(() => useFollowUpMatter(MATTER));
  await waitFor(() => expect(view.result.current.detail).not.toBeNull());
  return view;
}
const actions = () =>
  server.received
    .filter((r) => r.method !== 'GET')
    .map((r) => [r.method, r.path.slice(base.length), r.body]);
const loads = () => server.sent('GET', base).length;

describe('the follow-up matter', () => {
  it('starts from the draft on file, the official named and the field', async () => {
    const { result } = await openDrawer();
    expect(result.current.form.text).toBe('Xã sẽ sửa đường trong quý III');
    expect(result.current.form.person).toBe('p1');
    expect(result.current.form.field).toBe('giao-thong');
    expect(result.current.editable).toBe(true);
  });

  it('adds a template to the draft on a line of its own', async () => {
    const { result } = await openDrawer();
    act(() => result.current.addTemplate('t1'));
    expect(result.current.form.text).toBe(
      'Xã sẽ sửa đường trong quý III\nUBND xã đã đưa nội dung vào kế hoạch năm sau.',
    );
  });

  it('saves the text as typed, submits it after saving it, and the chair approves it', async () => {
    const { result } = await openDrawer();
    act(() => result.current.set('text', 'Xã đã bố trí kinh phí sửa đường'));
    await act(() => result.current.save());
    await waitFor(() => expect(result.current.current?.state).toBe('draft'));

    act(() => result.current.set('text', 'Xã đã bố trí 300 triệu đồng sửa đường'));
    await act(() => result.current.submit());
    await waitFor(() => expect(result.current.current?.state).toBe('submitted'));
    expect(result.current.editable).toBe(false);

    await act(() => result.current.approve());
    await waitFor(() => expect(result.current.published?.state).toBe('approved'));
    expect(result.current.published?.text).toBe('Xã đã bố trí 300 triệu đồng sửa đường');
    expect(result.current.editable).toBe(false);
    expect(actions()).toEqual([
      ['PUT', '/answer', { text: 'Xã đã bố trí kinh phí sửa đường' }],
      ['PUT', '/answer', { text: 'Xã đã bố trí 300 triệu đồng sửa đường' }],
      ['POST', '/answer/submit', undefined],
      ['POST', '/answer/approve', {}],
    ]);
    expect(result.current.error).toBeNull();
  });

  it('returns the answer with the chair’s comment, and it can be written again', async () => {
    answer = answerOf('Xã sẽ xem xét', 'submitted');
    const { result } = await openDrawer();
    expect(result.current.editable).toBe(false);
    act(() => result.current.set('comment', 'Nêu rõ thời gian sửa'));
    await act(() => result.current.returnIt());
    await waitFor(() => expect(result.current.current?.state).toBe('returned'));
    expect(result.current.editable).toBe(true);
    expect(actions()).toEqual([['POST', '/answer/return', { comment: 'Nêu rõ thời gian sửa' }]]);
  });

  it('keeps the typed text when the save is refused, with the server’s message', async () => {
    const { result } = await openDrawer();
    const before = loads();
    refuse[`${base}/answer`] = refusal(400, 'Nội dung trả lời quá ngắn');
    act(() => result.current.set('text', 'Sẽ sửa'));
    await act(() => result.current.save());

    expect(result.current.error).toBe('Nội dung trả lời quá ngắn');
    expect(result.current.form.text).toBe('Sẽ sửa');
    // Not reloaded over what was typed.
    await new Promise((r) => setTimeout(r, 200));
    expect(loads()).toBe(before);
    expect(result.current.form.text).toBe('Sẽ sửa');

    // Accepted the next time: the message goes.
    delete refuse[`${base}/answer`];
    await act(() => result.current.save());
    await waitFor(() => expect(result.current.current?.text).toBe('Sẽ sửa'));
    expect(result.current.error).toBeNull();
  });

  it('keeps the typed text when the submission is refused after the save', async () => {
    const { result } = await openDrawer();
    refuse[`${base}/answer/submit`] = refusal(409, 'Chưa có người duyệt');
    act(() => result.current.set('text', 'Xã đã sửa xong đường'));
    await act(() => result.current.submit());

    expect(result.current.error).toBe('Chưa có người duyệt');
    expect(result.current.form.text).toBe('Xã đã sửa xong đường');
    expect(actions().map(([m, p]) => `${m} ${p}`)).toEqual(['PUT /answer', 'POST /answer/submit']);
  });
});
