// For a breach notification within 72 hours: from the audit log, whose personal data was touched
// in a time window, by a set of users and/or in a set of tables (entities). Each audit entry is
// resolved to the petitioners it concerns — a matter opened with its petitioners, a petitioner
// changed, an export of a unit's opinions (every petitioner of the unit), a letter sent.
import {
  vietnamDayStart,
  DomainError,
  type BreachListing,
  type TouchedPerson,
} from '@doithoai/core';
import type { Q } from '../shared/query.js';
import { auditEventsBetween, letterPetitionerIds } from './breach.repository.js';
import {
  petitionerContacts,
  petitionerIdsOfMatter,
  petitionerIdsOfUnit,
} from './petitioner.repository.js';
import { requestPetitionerId } from './request.repository.js';

export interface BreachQuery {
  /** ISO timestamp or date (inclusive). */
  from: string;
  /** ISO timestamp or date (a date: the whole day). */
  to: string;
  userIds?: string[];
  /** Audit entities (matter, petitioner, unit, data_subject_request, …). */
  tables?: string[];
  /** Restrict to units under this path (the API passes the caller's scope). */
  underPaths?: string[];
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
// A day is a day in Vietnam (UTC+7); a time is any ISO time; both become the UTC instants the log
// stores (a time given as +07:00 compared as text with 'Z' times would be off by seven hours).
const start = (from: string) =>
  isDay(from) ? vietnamDayStart(from) : new Date(from).toISOString();
const end = (to: string) =>
  (isDay(to)
    ? new Date(Date.parse(vietnamDayStart(to)) + 86_400_000 - 1)
    : new Date(to)
  ).toISOString();

export async function personalDataTouched(db: Q, q: BreachQuery): Promise<BreachListing> {
  for (const [field, v] of [
    ['from', q.from],
    ['to', q.to],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
      throw new DomainError(
        'VALIDATION',
        {
          vi: `"${field}" cần là ngày hoặc thời điểm ISO (YYYY-MM-DD…)`,
          en: `"${field}" must be an ISO date or time`,
        },
        [{ field, message: { vi: 'Cần dạng YYYY-MM-DD', en: 'expected YYYY-MM-DD' } }],
      );
    }
  }
  const events = await auditEventsBetween(db, { ...q, from: start(q.from), to: end(q.to) });
  const touched = new Map<string, TouchedPerson['events']>();
  const add = (pid: string, ev: (typeof events)[number]) => {
    const list = touched.get(pid) ?? [];
    list.push({
      seq: Number(ev.seq),
      at: ev.at,
      action: ev.action,
      actorUserId: ev.actor_user_id,
      entity: ev.entity,
      entityId: ev.entity_id,
    });
    touched.set(pid, list);
  };
  for (const ev of events) {
    let ids: string[] = [];
    const detail = safeJson(ev.detail);
    const named = [
      ...arr(detail.petitionerIds),
      ...(typeof detail.petitionerId === 'string' ? [detail.petitionerId] : []),
    ];
    if (ev.entity === 'petitioner') ids = [ev.entity_id];
    else if (named.length) ids = named;
    else if (ev.entity === 'matter') {
      ids = await petitionerIdsOfMatter(db, ev.entity_id);
    } else if (ev.entity === 'unit' && ev.action.includes('export')) {
      ids = await petitionerIdsOfUnit(db, ev.entity_id);
    } else if (ev.entity === 'document') {
      ids = await letterPetitionerIds(db, ev.entity_id);
    } else if (ev.entity === 'data_subject_request') {
      const petitionerId = await requestPetitionerId(db, ev.entity_id);
      ids = petitionerId ? [petitionerId] : [];
    }
    for (const id of new Set(ids)) add(id, ev);
  }
  const people: TouchedPerson[] = [];
  const all = [...touched.keys()];
  for (let i = 0; i < all.length; i += 500) {
    for (const p of await petitionerContacts(db, all.slice(i, i + 500)))
      people.push({
        petitionerId: p.id,
        fullName: p.full_name,
        phone: p.phone,
        email: p.email,
        unitId: p.unit_id,
        erased: Boolean(p.erased_at),
        events: touched.get(p.id)!,
      });
  }
  people.sort((a, b) => (a.fullName ?? '').localeCompare(b.fullName ?? '', 'vi'));
  return { events: events.length, people };
}

function safeJson(s: string): Record<string, unknown> {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
const arr = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
