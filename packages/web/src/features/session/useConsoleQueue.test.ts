// @vitest-environment happy-dom
// The console's outbox against a server on 127.0.0.1 that keeps the agenda as the session routes
// do (an item's revision applies once): what the clerk types with the network gone is kept, shown
// again after a reload, and sent in the order typed when the network returns, each revision once.
import type {
  AgendaItemInput,
  AgendaItemView,
  AttendanceInput,
  SessionDetail,
} from '@doithoai/core';
import { act, cleanup, configure, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  gate,
  refusal,
  startPageServer,
  type PageServer,
  type Reply,
} from '../../test-support/page-server';
import { RETRY_EVERY_MS, SEND_AFTER_MS, useConsoleQueue } from './useConsoleQueue';

// Patient waits: the suite runs two files at a time on a small machine.
configure({ asyncUtilTimeout: 5000 });

const SESSION = 's1';
const outboxKey = `doithoai.console.${SESSION}`;

const prepared: AgendaItemView = {
  id: 'a1',
  position: 1,
  matterId: 'm1',
  speakerName: 'Nguyễn Văn An',
  speakerVillage: 'Thôn Đông',
  speakerVillageId: 'v-dong',
  registrationId: null,
  speakerFrom: 'petitioner',
  question: 'Đường liên thôn xuống cấp',
  answer: null,
  answeredBy: null,
  outcome: null,
  fromFloor: false,
  rev: 1,
  matterState: 'in-session',
  preparedAnswer: 'Đã đưa vào kế hoạch năm sau',
  assigneeName: 'Trần Bình',
  matterField: 'giao-thong',
};

/** The part of GET /api/sessions/:id the console reads. */
function sessionOf(agenda: AgendaItemView[], attendance: { total: number | null; rev: number }) {
  return {
    id: SESSION,
    unitId: 'u1',
    round: 1,
    state: 'announced',
    attendanceCap: null,
    attendanceTotal: attendance.total,
    attendanceRev: attendance.rev,
    participants: [],
    agenda,
  } as Partial<SessionDetail> as SessionDetail;
}

let server: PageServer;
/** Held while set: the agenda PUTs wait for it before they are answered. */
let hold: Promise<void> | null;
let refuse: Reply | null;

beforeEach(async () => {
  localStorage.clear();
  hold = null;
  refuse = null;
  const agenda = new Map<string, AgendaItemView>([[prepared.id, prepared]]);
  let attendance = { total: null as number | null, rev: 0 };
  server = await startPageServer(async (req) => {
    if (req.method === 'GET' && req.path === `/api/sessions/${SESSION}`)
      return { body: sessionOf([...agenda.values()], attendance) };
    const item = /^\/api\/sessions\/s1\/agenda\/(.+)$/.exec(req.path);
    if (req.method === 'PUT' && item) {
      await hold;
      if (refuse) return refuse;
      const id = decodeURIComponent(item[1]!);
      const input = req.body as AgendaItemInput;
      const known = agenda.get(id);
      if (known && known.rev >= input.rev) return { body: { applied: false } };
      agenda.set(id, { ...(known ?? prepared), ...input, id, speakerFrom: 'entered' });
      return { body: { applied: true } };
    }
    if (req.method === 'PUT' && req.path === `/api/sessions/${SESSION}/attendance`) {
      const input = req.body as AttendanceInput;
      attendance = { total: input.total, rev: input.rev };
      return { body: {} };
    }
    if (req.path === '/api/units/u1/opinions/similar')
      return { body: { suggestions: [], duplicates: [] } };
    return refusal(404, `not here: ${req.method} ${req.path}`);
  });
});

afterEach(async () => {
  cleanup();
  await server.close();
});

const agendaPuts = () =>
  server.sent('PUT', /^\/api\/sessions\/s1\/agenda\//).map((r) => ({
    id: decodeURIComponent(r.path.split('/').at(-1)!),
    ...(r.body as AgendaItemInput),
  }));
const kept = () => JSON.parse(localStorage.getItem(outboxKey) ?? 'null');

async function openConsole() {
  const view = renderHook(() => useConsoleQueue(SESSION));
  await waitFor(() => expect(view.result.current.session).not.toBeNull());
  return view;
}

/** The clerk adds a question from the floor and types it; returns its id. */
function askFromFloor(view: Awaited<ReturnType<typeof openConsole>>, question: string) {
  let index = -1;
  act(() => {
    index = view.result.current.addFloor();
  });
  const id = view.result.current.items[index]!.id;
  // Typed a few letters at a time: each keystroke is a new revision of the same question.
  for (let n = 1; n <= 3; n++)
    act(() =>
      view.result.current.edit(id, { question: question.slice(0, (question.length * n) / 3) }),
    );
  return id;
}

describe('the console queue', () => {
  it('keeps the questions typed offline and sends them in the order typed when the network returns, each once', async () => {
    const view = await openConsole();
    server.offline();
    const first = askFromFloor(view, 'Xin hỏi về tiền đền bù làm đường');
    const second = askFromFloor(view, 'Khi nào sửa trạm bơm thôn Tây');
    act(() => view.result.current.edit(prepared.id, { answer: 'Trả lời tại hội nghị' }));

    await waitFor(() => expect(view.result.current.status).toEqual({ kind: 'offline', n: 3 }));
    expect(agendaPuts()).toEqual([]);
    // Kept in the browser, as last typed.
    expect(kept().items[first].question).toBe('Xin hỏi về tiền đền bù làm đường');
    expect(kept().items[second].question).toBe('Khi nào sửa trạm bơm thôn Tây');

    server.online();
    await waitFor(() => expect(view.result.current.status).toEqual({ kind: 'saved' }));
    expect(agendaPuts().map((p) => [p.id, p.question, p.answer])).toEqual([
      [first, 'Xin hỏi về tiền đền bù làm đường', null],
      [second, 'Khi nào sửa trạm bơm thôn Tây', null],
      [prepared.id, prepared.question, 'Trả lời tại hội nghị'],
    ]);
    expect(kept()).toBeNull();

    // Nothing waits, so the retry sends nothing more.
    await new Promise((r) => setTimeout(r, RETRY_EVERY_MS + 300));
    expect(agendaPuts()).toHaveLength(3);
  }, 15_000);

  it('does not start a second send while one is on its way, whatever wakes it', async () => {
    const view = await openConsole();
    const slow = gate();
    hold = slow.opened;
    act(() => view.result.current.edit(prepared.id, { answer: 'Đã có kinh phí' }));
    await waitFor(() => expect(agendaPuts()).toHaveLength(1));

    // The network "returns" three times and the typing timer runs out while the answer waits.
    server.online();
    server.online();
    server.online();
    await new Promise((r) => setTimeout(r, SEND_AFTER_MS + 200));
    slow.open();
    await waitFor(() => expect(view.result.current.status).toEqual({ kind: 'saved' }));
    expect(agendaPuts().map((p) => [p.id, p.rev])).toEqual([[prepared.id, 2]]);
  });

  it('sends an edit typed while its previous version is on the way after it, instead of dropping it', async () => {
    const view = await openConsole();
    const slow = gate();
    hold = slow.opened;
    act(() => view.result.current.edit(prepared.id, { answer: 'Đã có' }));
    await waitFor(() => expect(agendaPuts()).toHaveLength(1));
    act(() => view.result.current.edit(prepared.id, { answer: 'Đã có kinh phí năm 2027' }));
    // Its own timer runs out while the first is still on the way; the retry sends it after.
    await new Promise((r) => setTimeout(r, SEND_AFTER_MS + 200));
    slow.open();

    await waitFor(() => expect(agendaPuts()).toHaveLength(2), { timeout: RETRY_EVERY_MS + 2000 });
    await waitFor(() => expect(view.result.current.status).toEqual({ kind: 'saved' }));
    expect(agendaPuts().map((p) => [p.rev, p.answer])).toEqual([
      [2, 'Đã có'],
      [3, 'Đã có kinh phí năm 2027'],
    ]);
    expect(kept()).toBeNull();
  }, 15_000);

  it('loses nothing typed offline to a reload: shown over the server’s copy and sent as the console opens', async () => {
    const before = await openConsole();
    server.offline();
    act(() => before.result.current.setAttendance(85, {}));
    act(() => before.result.current.edit(prepared.id, { answer: 'Sẽ sửa trong quý III' }));
    await waitFor(() => expect(before.result.current.status).toEqual({ kind: 'offline', n: 2 }));
    before.unmount();

    server.online();
    const after = await openConsole();
    // Shown as typed before the reload, not as the server still has it.
    expect(after.result.current.items[0]!.answer).toBe('Sẽ sửa trong quý III');
    expect(after.result.current.headCount).toBe(85);
    await waitFor(() => expect(after.result.current.status).toEqual({ kind: 'saved' }));
    expect(agendaPuts().map((p) => p.answer)).toEqual(['Sẽ sửa trong quý III']);
    expect(server.sent('PUT', `/api/sessions/${SESSION}/attendance`).map((r) => r.body)).toEqual([
      { rev: 1, total: 85, groups: [] },
    ]);
    expect(kept()).toBeNull();
  });

  it('shows a refused edit as refused, not as waiting for the network, and keeps it', async () => {
    const view = await openConsole();
    refuse = refusal(409, 'Hội nghị đã kết thúc');
    act(() => view.result.current.edit(prepared.id, { outcome: 'settled' }));
    await waitFor(() =>
      expect(view.result.current.status).toEqual({
        kind: 'error',
        message: 'Hội nghị đã kết thúc',
      }),
    );
    expect(kept().items[prepared.id].outcome).toBe('settled');
  });
});
