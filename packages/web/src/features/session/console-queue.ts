// The console's outbox: every edit is written to localStorage before it is sent, and removed only
// when the server has it. A dropped connection, a reload or a closed laptop loses nothing; the
// revision on each item makes a resend harmless (the server ignores what it already has).
import type { AgendaItemInput, AttendanceInput } from '@doithoai/core';

export interface Outbox {
  items: Record<string, AgendaItemInput>;
  attendance: AttendanceInput | null;
}

const key = (sessionId: string) => `doithoai.console.${sessionId}`;

export function readOutbox(sessionId: string): Outbox {
  try {
    const raw = localStorage.getItem(key(sessionId));
    if (raw) return JSON.parse(raw) as Outbox;
  } catch {
    // A damaged entry is dropped rather than blocking the console.
  }
  return { items: {}, attendance: null };
}

export function writeOutbox(sessionId: string, outbox: Outbox): void {
  if (Object.keys(outbox.items).length === 0 && !outbox.attendance)
    localStorage.removeItem(key(sessionId));
  else localStorage.setItem(key(sessionId), JSON.stringify(outbox));
}

export const pendingCount = (o: Outbox) => Object.keys(o.items).length + (o.attendance ? 1 : 0);

/** A network failure (no answer at all), as opposed to the server refusing the edit. */
export const isNetworkError = (e: unknown) => e instanceof TypeError;
