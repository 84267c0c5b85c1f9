// The matter moves a session makes, beyond the opinion feature's own table: a matter put to the
// session is "raised" whatever its preparation (a question from the floor was never assigned), then
// settled there or carried over; issuing the conclusion notice puts the carried-over ones in
// follow-up. Each move is kept in the matter's history with the session it happened at.
import { DomainError, canMove, isOpen, matterStateNames, type MatterState } from '@doithoai/core';
import { moveMatterState, refreshSearchText } from '../opinion/opinion.repository.js';
import type { Q } from '../shared/query.js';
import { matterForOutcome } from './session.repository.js';

async function load(db: Q, matterId: string) {
  const m = await matterForOutcome(db, matterId);
  if (m.state === 'merged' && m.merged_into_id) return load(db, m.merged_into_id);
  return m;
}

async function move(
  db: Q,
  m: { id: string; version: number },
  from: MatterState,
  to: MatterState,
  actorUserId: string,
  detail: Record<string, unknown>,
  set: { answer?: string } = {},
) {
  await moveMatterState(db, m, { from, to, actorUserId, detail }, set);
  m.version = Number(m.version) + 1;
}

function refuse(content: string, state: MatterState): never {
  throw new DomainError('RULE_VIOLATION', {
    vi: `Vấn đề «${content.slice(0, 60)}» đang ở trạng thái «${matterStateNames[state].vi}», không ghi nhận được`,
    en: `The matter '${content.slice(0, 60)}' is ${matterStateNames[state].en.toLowerCase()}; it cannot be recorded`,
  });
}

/** Raised at the session, then settled or carried over; returns the matter actually moved (a merge target). */
export async function recordOutcome(
  db: Q,
  matterId: string,
  outcome: 'settled' | 'carried-over',
  answer: string | null,
  actorUserId: string,
  sessionId: string,
): Promise<string> {
  const m = await load(db, matterId);
  let state = m.state as MatterState;
  if (state === outcome) return m.id;
  if (isOpen(state)) {
    await move(db, m, state, 'raised', actorUserId, { sessionId });
    state = 'raised';
  }
  if (state !== 'raised' || !canMove('raised', outcome)) refuse(m.content, state);
  await move(db, m, 'raised', outcome, actorUserId, { sessionId }, answer ? { answer } : {});
  if (answer) await refreshSearchText(db, m.id);
  return m.id;
}

/** The conclusion notice starts the follow-up clock of a carried-over matter. */
export async function startFollowUp(
  db: Q,
  matterId: string,
  actorUserId: string,
  detail: Record<string, unknown>,
) {
  const m = await load(db, matterId);
  const state = m.state as MatterState;
  if (!canMove(state, 'in-follow-up')) refuse(m.content, state);
  await move(db, m, state, 'in-follow-up', actorUserId, detail);
}
