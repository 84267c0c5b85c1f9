// What the tracking page says about who handles a matter and by when a citizen may expect an
// answer. Only what a public office is: the commune's People's Committee, the field, the
// position (not the name) of the official preparing the answer, the higher body a matter went
// to. The dates are the system's own deadlines: before the session, the day the petitioner
// must be told whether the petition is taken up (counted from the date received) and the
// session it is on (else the latest day the next round's session may be held, by the
// regulation profile); after it, the written answer's due date (track.ts).
import {
  formatViDate,
  opinionFieldNames,
  parseIsoDate,
  roundDeadlines,
  type MatterState,
  type OpinionField,
} from '@doithoai/core';
import { unitProfile } from '../calendar/profile.repository.js';
import { acknowledgementDeadline } from '../opinion/received-date.js';
import type { Q } from '../shared/query.js';
import { findUnit, personWithPosition, unitName } from '../unit/unit.repository.js';
import { comingSessionOf, heldSessionRounds, lastCompetentBody } from './track.repository.js';

export interface TrackedOffice {
  /** e.g. "Ủy ban nhân dân xã Sơn Giang". */
  body: string;
  field: string | null;
  /** The official's position, e.g. "Công chức Địa chính – Xây dựng"; never their name. */
  position: string | null;
  /** The higher body an escalated matter was sent to. */
  escalatedTo: string | null;
}

export interface ExpectedDates {
  /** Before the session: when the petitioner must be told whether the petition is taken up. */
  acknowledgement: { date: string; how: string } | null;
  /** A session not yet held whose agenda holds the matter. */
  session: { date: string; venue: string | null } | null;
  /** Otherwise: the next round and the day its session must be held by. */
  nextRound: { round: number; heldBy: string } | null;
}

const preparing: readonly MatterState[] = ['received', 'classified', 'assigned', 'answer-prepared'];
const vn = (iso: string) => formatViDate(parseIsoDate(iso));

export async function officeOf(
  db: Q,
  matter: { unit_id: string; field: string | null; assignee_person_id: string | null; id: string },
): Promise<TrackedOffice> {
  const communeName = await unitName(db, matter.unit_id);
  const person = matter.assignee_person_id
    ? await personWithPosition(db, matter.assignee_person_id)
    : undefined;
  const escalatedTo = await lastCompetentBody(db, matter.id);
  return {
    body: `Ủy ban nhân dân ${communeName.replace(/^(Xã|Phường|Thị trấn)\s/, (kind) => kind.toLowerCase())}`,
    field:
      matter.field && matter.field in opinionFieldNames
        ? opinionFieldNames[matter.field as OpinionField].vi
        : null,
    position: person?.position?.trim() || null,
    escalatedTo: escalatedTo ?? null,
  };
}

export async function expectedDates(
  db: Q,
  matter: { id: string; unit_id: string; state: MatterState; received_on: string },
  today: string,
): Promise<ExpectedDates> {
  if (!preparing.includes(matter.state))
    return { acknowledgement: null, session: null, nextRound: null };
  const unit = (await findUnit(db, matter.unit_id))!;
  // Told whether it is taken up: owed while the petition is only received (classified = taken up).
  const due =
    matter.state === 'received'
      ? await acknowledgementDeadline(db, unit.path, matter.received_on)
      : null;
  const session = await comingSessionOf(db, matter.id, today);
  const { profile } = await unitProfile(db, unit.path);
  const year = Number(today.slice(0, 4));
  // The next round by the profile's dates whose session the commune has not held yet.
  const held = await heldSessionRounds(db, matter.unit_id);
  const heldRounds = new Set(
    held.map((h) => `${(h.held_by ?? h.date ?? '').slice(0, 4)}:${h.round}`),
  );
  const round =
    session || !profile
      ? undefined
      : [...roundDeadlines(profile, year), ...roundDeadlines(profile, year + 1)].find(
          (r) => r.heldBy >= today && !heldRounds.has(`${r.heldBy.slice(0, 4)}:${r.round}`),
        );
  return {
    nextRound: round && profile ? { round: round.round, heldBy: round.heldBy } : null,
    acknowledgement: due && {
      date: due.date,
      how: `${due.n} ngày làm việc kể từ ngày nhận ${vn(matter.received_on)}, không tính ngày nghỉ, ngày lễ (Luật Tiếp công dân 2013, Điều 28)`,
    },
    session: session?.date ? { date: session.date, venue: session.venue } : null,
  };
}
