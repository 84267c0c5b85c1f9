// The console's logic without React, so it can be tested: which key does what, moving between
// questions, a question's state and its line in the sidebar, attendance that adds up, merging
// the browser's unsent edits into the server's agenda, and what the projector shows.
import { maskPetitionerName, type AgendaItemInput } from '@doithoai/core';
import type { AgendaItem } from './session-api';

export type ConsoleCommand = 'next' | 'previous' | 'new' | 'link' | 'settled' | 'carried-over';

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code?: string;
}

/** Alt+↓/↑ or PageDown/PageUp: next/previous question; Alt+N: a new question from the floor;
 *  Alt+L: the search to link it to a matter on file; Alt+G / Alt+C: settled / carried over.
 *  PageDown/PageUp are left to a text box being edited (they move its cursor). */
export function consoleCommand(e: KeyLike, inTextBox = false): ConsoleCommand | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey && !e.shiftKey) {
    if (e.key === 'ArrowDown') return 'next';
    if (e.key === 'ArrowUp') return 'previous';
    // By the key's place, so a layout or a dead key (macOS Option) does not change it.
    const letter = e.code?.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
    if (letter === 'n') return 'new';
    if (letter === 'l') return 'link';
    if (letter === 'g') return 'settled';
    if (letter === 'c') return 'carried-over';
    return null;
  }
  if (!e.altKey && !e.shiftKey && !inTextBox) {
    if (e.key === 'PageDown') return 'next';
    if (e.key === 'PageUp') return 'previous';
  }
  return null;
}

/** The index after moving by `delta`, kept within the list (0 when it is empty). */
export const stepIndex = (index: number, count: number, delta: number) =>
  count === 0 ? 0 : Math.min(count - 1, Math.max(0, index + delta));

/** The question shown from the URL's 1-based `cau`, within the list. */
export const indexFromParam = (param: string | null, count: number) => {
  const n = Number(param);
  return Number.isInteger(n) && n >= 1 ? stepIndex(n - 1, count, 0) : 0;
};

export type ItemState = 'waiting' | 'settled' | 'carried-over';
export const itemState = (i: Pick<AgendaItem, 'outcome'>): ItemState => i.outcome ?? 'waiting';

/** The first words of a question, for the sidebar. */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** With compositions counted, the total is their sum; otherwise the head count typed. */
export function attendanceTotal(
  present: Record<string, number>,
  compositions: readonly string[],
  headCount: number | null,
): number | null {
  const counted = compositions.filter((c) => typeof present[c] === 'number');
  return compositions.length && counted.length
    ? counted.reduce((n, c) => n + present[c]!, 0)
    : headCount;
}

/** What is sent for an item: a "who asks" the server filled in (a petitioner, a village's voters) is not sent back as typed. */
export const toInput = (i: AgendaItem): AgendaItemInput => ({
  rev: i.rev,
  position: i.position,
  matterId: i.matterId,
  fromFloor: i.fromFloor,
  speakerName: i.speakerFrom === 'entered' ? i.speakerName : null,
  question: i.question,
  answer: i.answer,
  answeredBy: i.answeredBy,
  outcome: i.outcome,
});

/** The server's agenda with what the browser still holds where it is newer, in speaking order. */
export function mergeAgenda(
  server: AgendaItem[],
  local: Record<string, AgendaItemInput>,
): AgendaItem[] {
  const merged = server.map((i) => {
    const l = local[i.id];
    if (!l || l.rev <= i.rev) return i;
    const typed = l.speakerName !== null && l.speakerName !== undefined;
    return {
      ...i,
      position: l.position,
      question: l.question,
      answer: l.answer ?? null,
      answeredBy: l.answeredBy ?? null,
      outcome: l.outcome ?? null,
      rev: l.rev,
      matterId: l.matterId ?? i.matterId,
      ...(typed || i.speakerFrom === 'entered'
        ? { speakerName: l.speakerName ?? null, speakerFrom: 'entered' as const }
        : {}),
    };
  });
  for (const [id, l] of Object.entries(local)) {
    if (merged.some((i) => i.id === id)) continue;
    merged.push({
      id,
      position: l.position,
      matterId: l.matterId ?? null,
      speakerName: l.speakerName ?? null,
      speakerVillage: null,
      speakerFrom: 'entered',
      question: l.question,
      answer: l.answer ?? null,
      answeredBy: l.answeredBy ?? null,
      outcome: l.outcome ?? null,
      fromFloor: !!l.fromFloor,
      rev: l.rev,
      matterState: null,
      preparedAnswer: null,
      assigneeName: null,
    });
  }
  return merged.sort((a, b) => a.position - b.position);
}

/** What the hall's screen shows of the current question. */
export interface Slide {
  itemId: string;
  number: number;
  count: number;
  question: string;
  asker: string | null;
}

/** A person's name is masked on the hall's screen ("Bà N.T.H., thôn Khe Bá"); a group's is shown. */
export function slideOf(items: AgendaItem[], index: number): Slide | null {
  const i = items[index];
  if (!i) return null;
  const name = i.speakerName?.trim();
  const asker = !name
    ? (i.speakerVillage ?? null)
    : i.speakerFrom === 'group'
      ? name
      : maskPetitionerName(name, i.speakerVillage);
  return { itemId: i.id, number: index + 1, count: items.length, question: i.question, asker };
}

const slideKey = (sessionId: string) => `doithoai.projector.${sessionId}`;

/** The console tells the projector (another window of this browser) what to show. */
export function publishSlide(sessionId: string, slide: Slide | null): void {
  try {
    if (slide) localStorage.setItem(slideKey(sessionId), JSON.stringify(slide));
  } catch {
    // A full or blocked storage leaves the projector on its own (it follows the server).
  }
}

export function readSlide(sessionId: string): Slide | null {
  try {
    const raw = localStorage.getItem(slideKey(sessionId));
    return raw ? (JSON.parse(raw) as Slide) : null;
  } catch {
    return null;
  }
}

export const isSlideKey = (sessionId: string, key: string | null) => key === slideKey(sessionId);
