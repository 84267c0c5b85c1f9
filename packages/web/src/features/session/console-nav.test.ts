// The console's keys, moving between questions, attendance that adds up, the merge of unsent
// edits, and what the hall's screen shows (masked names).
import { describe, expect, it } from 'vitest';
import {
  attendanceTotal,
  consoleCommand,
  firstWords,
  indexFromParam,
  itemState,
  mergeAgenda,
  slideOf,
  stepIndex,
  toInput,
} from './console-nav';
import type { AgendaItem } from './session-api';

const key = (
  k: string,
  mods: Partial<{
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    code: string;
  }> = {},
) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

const item = (over: Partial<AgendaItem>): AgendaItem => ({
  id: 'a',
  position: 1,
  matterId: null,
  speakerName: null,
  speakerVillage: null,
  speakerFrom: 'entered',
  question: 'Đề nghị sửa đường thôn 1',
  answer: null,
  answeredBy: null,
  outcome: null,
  fromFloor: false,
  rev: 0,
  matterState: null,
  preparedAnswer: null,
  assigneeName: null,
  ...over,
});

describe('console keys', () => {
  it('moves with Alt+arrows anywhere and PageDown/PageUp outside a text box', () => {
    expect(consoleCommand(key('ArrowDown', { altKey: true }))).toBe('next');
    expect(consoleCommand(key('ArrowUp', { altKey: true }), true)).toBe('previous');
    expect(consoleCommand(key('PageDown'))).toBe('next');
    expect(consoleCommand(key('PageUp'))).toBe('previous');
    expect(consoleCommand(key('PageDown'), true)).toBeNull();
    expect(consoleCommand(key('ArrowDown'))).toBeNull();
    expect(consoleCommand(key('ArrowDown', { altKey: true, ctrlKey: true }))).toBeNull();
  });
  it("reads Alt+letters by the key's place, so macOS Option characters still work", () => {
    expect(consoleCommand(key('˜', { altKey: true, code: 'KeyN' }))).toBe('new');
    expect(consoleCommand(key('l', { altKey: true, code: 'KeyL' }))).toBe('link');
    expect(consoleCommand(key('g', { altKey: true, code: 'KeyG' }))).toBe('settled');
    expect(consoleCommand(key('c', { altKey: true, code: 'KeyC' }))).toBe('carried-over');
    expect(consoleCommand(key('n', { code: 'KeyN' }))).toBeNull();
    expect(consoleCommand(key('x', { altKey: true, code: 'KeyX' }))).toBeNull();
  });
});

describe('one question at a time', () => {
  it("steps within the list and reads the URL's question number", () => {
    expect([
      stepIndex(0, 3, 1),
      stepIndex(2, 3, 1),
      stepIndex(0, 3, -1),
      stepIndex(1, 3, -1),
      stepIndex(5, 0, 1),
    ]).toEqual([1, 2, 0, 0, 0]);
    expect([
      indexFromParam('2', 3),
      indexFromParam('9', 3),
      indexFromParam(null, 3),
      indexFromParam('x', 3),
      indexFromParam('0', 3),
    ]).toEqual([1, 2, 0, 0, 0]);
  });
  it("names a question's state and its first words", () => {
    expect([
      itemState(item({})),
      itemState(item({ outcome: 'settled' })),
      itemState(item({ outcome: 'carried-over' })),
    ]).toEqual(['waiting', 'settled', 'carried-over']);
    expect(firstWords('  Đề nghị   sửa đường ')).toBe('Đề nghị sửa đường');
    expect(firstWords('một hai ba bốn năm sáu bảy tám chín mười', 8)).toBe(
      'một hai ba bốn năm sáu bảy tám…',
    );
  });
});

describe('attendance', () => {
  it('adds up the compositions counted; with none counted, the head count stands', () => {
    expect(attendanceTotal({ a: 70, b: 11 }, ['a', 'b'], 128)).toBe(81);
    expect(attendanceTotal({ a: 70 }, ['a', 'b'], null)).toBe(70);
    expect(attendanceTotal({}, ['a', 'b'], 128)).toBe(128);
    expect(attendanceTotal({}, [], 85)).toBe(85);
  });
});

describe("the offline queue meets the server's agenda", () => {
  it('keeps a newer local edit, ignores an older one, and adds questions the server has not seen, in order', () => {
    const server = [
      item({ id: 'a', position: 1, rev: 2, answer: 'server' }),
      item({
        id: 'b',
        position: 2,
        rev: 1,
        speakerName: 'Nguyễn Thị Hoa',
        speakerFrom: 'petitioner',
      }),
    ];
    const merged = mergeAgenda(server, {
      a: { ...toInput(item({ id: 'a', rev: 1, answer: 'old' })) },
      b: { ...toInput(item({ id: 'b', position: 2, rev: 3, answer: 'local' })) },
      'floor-1': {
        ...toInput(
          item({
            id: 'floor-1',
            position: 0,
            rev: 1,
            question: 'Câu hỏi mới',
            speakerName: 'Trần Văn Bình',
            fromFloor: true,
          }),
        ),
      },
    });
    expect(merged.map((i) => i.id)).toEqual(['floor-1', 'a', 'b']);
    expect(merged[1]!.answer).toBe('server');
    expect(merged[2]).toMatchObject({
      answer: 'local',
      rev: 3,
      speakerName: 'Nguyễn Thị Hoa',
      speakerFrom: 'petitioner',
    });
    expect(merged[0]).toMatchObject({
      fromFloor: true,
      speakerName: 'Trần Văn Bình',
      speakerFrom: 'entered',
    });
  });
  it('never sends back a "who asks" the server filled in', () => {
    expect(
      toInput(item({ speakerName: 'Nguyễn Thị Hoa', speakerFrom: 'petitioner' })).speakerName,
    ).toBeNull();
    expect(
      toInput(item({ speakerName: 'Cử tri thôn Khe Bá', speakerFrom: 'group' })).speakerName,
    ).toBeNull();
    expect(
      toInput(item({ speakerName: 'Trần Văn Bình', speakerFrom: 'entered' })).speakerName,
    ).toBe('Trần Văn Bình');
  });
});

describe("the hall's screen", () => {
  it('shows the current question with a person masked and a group as it is', () => {
    const items = [
      item({
        id: 'a',
        speakerName: 'Nguyễn Thị Hoa',
        speakerVillage: 'Thôn Khe Bá',
        speakerFrom: 'petitioner',
      }),
      item({ id: 'b', speakerName: 'Cử tri thôn Đồng Lạc', speakerFrom: 'group' }),
      item({ id: 'c' }),
    ];
    expect(slideOf(items, 0)).toEqual({
      itemId: 'a',
      number: 1,
      count: 3,
      question: 'Đề nghị sửa đường thôn 1',
      asker: 'Bà N.T.H., thôn Khe Bá',
    });
    expect(slideOf(items, 1)!.asker).toBe('Cử tri thôn Đồng Lạc');
    expect(slideOf(items, 2)!.asker).toBeNull();
    expect(slideOf(items, 3)).toBeNull();
  });
});
