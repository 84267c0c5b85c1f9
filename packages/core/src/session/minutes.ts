// The minutes (biên bản) of a session, built from what the clerk kept in the console: who chaired,
// how many attended by composition, each speaker's question, the answer and by whom, and whether
// it was settled at the session or carried over. The conclusion notice is drafted from this.
import type { AgendaOutcome } from './session-contracts.js';

export interface ConsoleItem {
  id: string;
  position: number;
  matterId: string | null;
  speakerName: string | null;
  speakerVillage: string | null;
  question: string;
  answer: string | null;
  answeredBy: string | null;
  outcome: AgendaOutcome | null;
  fromFloor: boolean;
}

export interface MinutesModel {
  date: string;
  startTime: string | null;
  venue: string | null;
  chairs: string[];
  attendance: { total: number; groups: { composition: string; present: number }[] };
  items: (ConsoleItem & { order: number })[];
  raisedCount: number;
  settledCount: number;
  carriedOverCount: number;
  /** Agenda items not reached at the session: they stay open for the next one. */
  notReachedCount: number;
}

export function buildMinutes(input: {
  date: string;
  startTime: string | null;
  venue: string | null;
  chairs: string[];
  attendance: MinutesModel['attendance'];
  items: readonly ConsoleItem[];
}): MinutesModel {
  const raised = [...input.items]
    .filter((i) => i.outcome !== null)
    .sort((a, b) => a.position - b.position);
  return {
    date: input.date,
    startTime: input.startTime,
    venue: input.venue,
    chairs: input.chairs,
    attendance: input.attendance,
    items: raised.map((i, n) => ({ ...i, order: n + 1 })),
    raisedCount: raised.length,
    settledCount: raised.filter((i) => i.outcome === 'settled').length,
    carriedOverCount: raised.filter((i) => i.outcome === 'carried-over').length,
    notReachedCount: input.items.length - raised.length,
  };
}
