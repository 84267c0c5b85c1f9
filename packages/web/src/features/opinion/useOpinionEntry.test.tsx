// @vitest-environment happy-dom
// The entry form's state through its hook, against a server on 127.0.0.1 answering the routes the
// form calls (who the clerk is, similar matters, the save, the photo): the form is sent as typed
// with what it keeps from one paper to the next, a refusal leaves it filled in and names the field,
// and the suggestions follow the latest text only.
import { act, cleanup, configure, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n';
import {
  gate,
  refusal,
  startPageServer,
  type PageServer,
  type Received,
  type Reply,
} from '../../test-support/page-server';
import { entryText } from './entry-text';
import type { SimilarResult } from './similar-api';
import { HINTS_AFTER_MS, useOpinionEntry } from './useOpinionEntry';

// Patient waits: the suite runs two files at a time on a small machine.
configure({ asyncUtilTimeout: 5000 });

const UNIT = 'u1';
const similarPath = `/api/units/${UNIT}/opinions/similar`;
const savePath = `/api/units/${UNIT}/opinions`;

let server: PageServer;
/** How the server answers a save, and a similarity request for a given text. */
let onSave: (req: Received) => Reply;
let onSimilar: (content: string) => Promise<SimilarResult>;

const hintsFor = (content: string): SimilarResult => ({
  suggestions: [{ field: 'giao-thong', confidence: 0.9 }],
  duplicates: [{ id: `dup-of-${content}`, content } as SimilarResult['duplicates'][number]],
});

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('opinion.village', 'v-dong');
  localStorage.setItem('opinion.source:clerk-1', 'at-session');
  onSave = () => ({
    status: 201,
    body: { id: 'm9', content: 'saved', trackingCode: 'SG-2026-0042' },
  });
  onSimilar = async (content) => hintsFor(content);
  server = await startPageServer(async (req) => {
    if (req.path === '/api/me') return { body: { userId: 'clerk-1' } };
    if (req.path === '/api/units/tree') return { body: { units: [] } };
    if (req.method === 'POST' && req.path === similarPath)
      return { body: await onSimilar((req.body as { content: string }).content) };
    if (req.method === 'POST' && req.path === savePath) return onSave(req);
    if (req.method === 'POST' && req.path.startsWith('/api/opinions/m9/attachments'))
      return refusal(413, 'Ảnh quá lớn (tối đa 10 MB)');
    return refusal(404, `not here: ${req.method} ${req.path}`);
  });
});

afterEach(async () => {
  cleanup();
  await server.close();
});

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;

async function openForm() {
  const view = renderHook(() => useOpinionEntry(UNIT), { wrapper });
  // The clerk's own source once the server says who they are.
  await waitFor(() => expect(view.result.current.kept.source).toBe('at-session'));
  return view;
}
type Form = Awaited<ReturnType<typeof openForm>>['result'];

function fillIn(result: Form) {
  act(() => result.current.setContent('Đường liên thôn Đông – Tây xuống cấp, ổ gà nhiều'));
  act(() => result.current.setName('Lê Thị Hoa'));
  act(() => result.current.setPhone('0912345678'));
  act(() => result.current.setConsents(['contact-about-answer']));
  act(() => result.current.chooseField('giao-thong'));
}
/** The similarity requests for typed text (the empty one readies the engine). */
const asked = () =>
  server
    .sent('POST', similarPath)
    .map((r) => r.body as { content: string; villageId: string | null })
    .filter((b) => b.content !== '');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the opinion entry form', () => {
  it('sends the form as typed with the source, village and date kept, then clears it for the next paper but keeps those', async () => {
    const { result } = await openForm();
    const receivedOn = result.current.kept.receivedOn;
    fillIn(result);
    await act(() => result.current.save());

    expect(server.sent('POST', savePath).map((r) => r.body)).toEqual([
      {
        content: 'Đường liên thôn Đông – Tây xuống cấp, ổ gà nhiều',
        source: 'at-session',
        villageId: 'v-dong',
        receivedOn,
        field: 'giao-thong',
        joinMatterId: null,
        petitioner: {
          fullName: 'Lê Thị Hoa',
          phone: '0912345678',
          consents: ['contact-about-answer'],
        },
      },
    ]);
    expect(result.current.saved?.matter.trackingCode).toBe('SG-2026-0042');

    act(() => result.current.next());
    expect(result.current.saved).toBeNull();
    expect([result.current.content, result.current.name, result.current.phone]).toEqual([
      '',
      '',
      '',
    ]);
    expect(result.current.field).toBeNull();
    expect(result.current.kept.source).toBe('at-session');
    expect(result.current.kept.villageId).toBe('v-dong');
    expect(result.current.kept.receivedOn).toBe(receivedOn);
  });

  it('joins a matter on file instead of filing a field when "the same concern" is chosen', async () => {
    const { result } = await openForm();
    fillIn(result);
    act(() => result.current.setJoinId('m-old'));
    await act(() => result.current.save());
    expect(server.sent('POST', savePath).map((r) => r.body)).toMatchObject([
      { field: null, joinMatterId: 'm-old' },
    ]);
    expect(result.current.saved?.joined).toBe(true);
  });

  it('keeps the form filled in when the save is refused, the message on its field', async () => {
    onSave = () =>
      refusal(400, 'Dữ liệu không hợp lệ', [
        { field: 'petitioner.phone', message: 'Số điện thoại không đúng' },
      ]);
    const { result } = await openForm();
    fillIn(result);
    await act(() => result.current.save());

    expect(result.current.saved).toBeNull();
    expect(result.current.busy).toBe(false);
    expect(result.current.fieldError('petitioner.phone')).toBe('Số điện thoại không đúng');
    expect(result.current.fieldError('content')).toBeUndefined();
    expect(result.current.content).toBe('Đường liên thôn Đông – Tây xuống cấp, ổ gà nhiều');
    expect([result.current.name, result.current.phone]).toEqual(['Lê Thị Hoa', '0912345678']);
    expect(result.current.consents).toEqual(['contact-about-answer']);
    expect(result.current.field).toBe('giao-thong');

    // Corrected and saved again: the message goes.
    onSave = () => ({ status: 201, body: { id: 'm9', trackingCode: 'SG-2026-0043' } });
    act(() => result.current.setPhone('0912345679'));
    await act(() => result.current.save());
    expect(result.current.error).toBeNull();
    expect(result.current.saved?.matter.trackingCode).toBe('SG-2026-0043');
  });

  it('refuses a form without a valid date received in the browser, sending nothing', async () => {
    const { result } = await openForm();
    fillIn(result);
    act(() => result.current.kept.setReceivedOn(null));
    await act(() => result.current.save());
    expect(result.current.fieldError('receivedOn')).toBe(entryText('vi').receivedOnBad);
    expect(server.sent('POST', savePath)).toEqual([]);
    expect(result.current.content).toBe('Đường liên thôn Đông – Tây xuống cấp, ổ gà nhiều');
  });

  it('keeps the save when the photo of the paper is refused, saying why', async () => {
    const { result } = await openForm();
    fillIn(result);
    act(() => result.current.setFile(new File(['jpeg'], 'don.jpg', { type: 'image/jpeg' })));
    await act(() => result.current.save());
    expect(result.current.saved).toMatchObject({
      attached: null,
      attachError: 'Ảnh quá lớn (tối đa 10 MB)',
    });
    expect(result.current.saved?.matter.trackingCode).toBe('SG-2026-0042');
  });

  it('asks for similar matters once typing stops, from 12 characters, for the village chosen', async () => {
    const { result } = await openForm();
    act(() => result.current.setContent('Đường hỏng'));
    await pause(HINTS_AFTER_MS + 300);
    expect(asked()).toEqual([]);
    expect(result.current.hints.duplicates).toEqual([]);

    // Typed on with short pauses: one request, for the text as it stands when typing stops.
    for (const text of [
      'Đường hỏng nặng',
      'Đường hỏng nặng ở thôn',
      'Đường hỏng nặng ở thôn Đông',
    ]) {
      act(() => result.current.setContent(text));
      await pause(HINTS_AFTER_MS / 6);
    }
    await waitFor(() => expect(result.current.hints.duplicates).toHaveLength(1));
    expect(asked()).toEqual([{ content: 'Đường hỏng nặng ở thôn Đông', villageId: 'v-dong' }]);
    expect(result.current.hints).toEqual(hintsFor('Đường hỏng nặng ở thôn Đông'));

    // Cut back below 12 characters: the suggestions go.
    act(() => result.current.setContent('Đường'));
    expect(result.current.hints).toEqual({ suggestions: [], duplicates: [] });
  });

  it('shows the suggestions for the latest text, not a slower answer for the text before it', async () => {
    const slow = gate();
    onSimilar = async (content) => {
      if (content === 'Trạm bơm thôn Tây hỏng') await slow.opened;
      return hintsFor(content);
    };
    const { result } = await openForm();
    act(() => result.current.setContent('Trạm bơm thôn Tây hỏng'));
    await waitFor(() => expect(asked()).toHaveLength(1));
    // The older request is aborted (happy-dom prints its "socket hang up").
    act(() => result.current.setContent('Trạm bơm thôn Tây hỏng từ tháng 3'));
    await waitFor(() =>
      expect(result.current.hints).toEqual(hintsFor('Trạm bơm thôn Tây hỏng từ tháng 3')),
    );

    slow.open();
    await pause(300);
    expect(result.current.hints).toEqual(hintsFor('Trạm bơm thôn Tây hỏng từ tháng 3'));
  });
});
