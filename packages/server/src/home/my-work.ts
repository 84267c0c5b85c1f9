// "Việc của tôi": what is the caller's to do at one unit today, by what their grants let them do
// (core's permission table, not role names): overdue and due-soon answers (an official: their
// own), opinions waiting for a field, duplicate clusters to decide, drafts to approve, matters
// assigned to them, notices to issue, overdue matters nobody is assigned to, communes below with
// late answers; and the current round's stage (plan → notice → session → conclusion → answers).
// Each group is a count and its first few items; the web app turns each into a link.
import {
  can,
  conclusionDeadline,
  noticeDeadline,
  workGroupKeys,
  type Action,
  type Actor,
  type MyWorkGroup,
  type MyWorkItem,
  type RoundStage,
  type RoundStep,
  type TimelineEntry,
  type WorkGroupKey,
} from '@doithoai/core';
import { loadWorkingCalendar } from '../calendar/calendar.repository.js';
import { currentRound } from '../dashboard/unit-dashboard.js';
import { profilesFor } from '../dashboard/dashboard-scope.js';
import type { Db } from '../db/open-database.js';
import { triageOpinions } from '../opinion/triage-opinions.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { findUnit, personIdsOf } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import * as repo from './my-work.repository.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

/** Items shown per group; the count says how many there are in all. */
export const MY_WORK_ITEMS = 5;
/** "Due soon": within this many working days from today. */
export const DUE_SOON_WORKING_DAYS = 5;

// The answer's shape is core's contract (core/src/home/my-work.ts), which the route declares.
export type WorkItem = MyWorkItem;
export type WorkGroup = MyWorkGroup;

export async function myWork({ db, clock }: Deps, actor: Actor, unitId: string) {
  const k = db.kysely;
  const unit = await findUnit(k, unitId);
  requireAccess(actor, 'unit.read', unit && { unitPath: unit.path });
  const at = { unitPath: unit!.path };
  const may = (a: Action) => can(actor, a, at);
  const today = todayInVietnam(clock);
  const calendar = await loadWorkingCalendar(k);
  const daysFrom = (due: string | null) =>
    due === null
      ? null
      : due >= today
        ? calendar.countWorkingDays(today, due)
        : -calendar.countWorkingDays(due, today);
  const soonEnd = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);

  const handles = may('opinion.update');
  const assignedOnly = may('opinion.read-assigned') && !may('opinion.read');
  const followsAnswers = handles || may('answer.approve') || assignedOnly;
  const personIds = may('answer.write') ? await personIdsOf(k, actor.userId) : [];
  const own = assignedOnly ? personIds : undefined;
  const n = MY_WORK_ITEMS;

  const due = (r: repo.DueRow): WorkItem => ({
    id: r.matterId,
    title: r.content,
    due: r.due,
    workingDays: daysFrom(r.due),
    detail: r.official,
  });
  const group = async <T>(
    key: WorkGroupKey,
    rows: Promise<repo.Counted<T>>,
    item: (r: T) => WorkItem,
  ): Promise<WorkGroup> => {
    const c = await rows;
    return { key, count: c.count, items: c.items.map(item) };
  };

  const pending: Promise<WorkGroup>[] = [];
  if (followsAnswers) {
    pending.push(
      group('overdue', repo.openItemsDue(k, unitId, { before: today, personIds: own }, n), due),
    );
    pending.push(
      group(
        'due-soon',
        repo.openItemsDue(k, unitId, { from: today, to: soonEnd, personIds: own }, n),
        due,
      ),
    );
  }
  if (handles) {
    pending.push(
      group(
        'unassigned-overdue',
        repo.openItemsDue(k, unitId, { before: today, unassigned: true }, n),
        due,
      ),
    );
    pending.push(
      group('unclassified', repo.unclassifiedMatters(k, unitId, n), (r) => ({
        id: r.matterId,
        title: r.content,
        due: null,
        workingDays: null,
        detail: r.received,
      })),
    );
    // The triage view keeps its clusters until the open matters change, so this count is cheap after the first.
    pending.push(
      triageOpinions({ db }, actor, unitId, { limit: n }).then((t) => ({
        key: 'duplicates' as const,
        count: t.clustersTotal,
        items: t.clusters.map((c) => ({
          id: c.targetId ?? c.key,
          title: c.members[0]?.content ?? c.title,
          due: null,
          workingDays: null,
          detail: String(c.size),
        })),
      })),
    );
  }
  if (may('answer.approve'))
    pending.push(
      group('to-approve', repo.submittedAnswers(k, unitId, n), (r) => ({
        id: r.matterId,
        title: r.content,
        due: null,
        workingDays: null,
        detail: r.official,
      })),
    );
  if (personIds.length)
    pending.push(
      group('my-answers', repo.assignedMatters(k, unitId, personIds, n), (r) => ({
        id: r.matterId,
        title: r.content,
        due: r.due,
        workingDays: daysFrom(r.due),
        detail: r.state,
      })),
    );
  if (may('plan.manage')) pending.push(noticesToIssue(k, unit!.path, unitId, daysFrom));
  if (may('dashboard.read') && !['xa', 'phuong', 'thon', 'to-dan-pho'].includes(unit!.kind)) {
    pending.push(
      group('late-communes', repo.lateCommunes(k, unitId, unit!.path, today, n), (r) => ({
        id: r.unitId,
        title: r.name,
        due: null,
        workingDays: null,
        detail: String(r.overdue),
      })),
    );
  }
  const groups = await Promise.all(pending);
  groups.sort((a, b) => workGroupKeys.indexOf(a.key) - workGroupKeys.indexOf(b.key));

  return {
    unit: { id: unit!.id, name: unit!.name, kind: unit!.kind },
    today,
    roles: [
      ...new Set(actor.grants.filter((g) => unit!.path.startsWith(g.unitPath)).map((g) => g.role)),
    ],
    groups,
    round:
      ['xa', 'phuong'].includes(unit!.kind) && may('plan.read')
        ? await roundStage(k, unit!.path, unitId, today, calendar)
        : null,
  };
}

/** Public notices and conclusion notices the office owes, with the legal deadline of each. */
async function noticesToIssue(
  k: Db['kysely'],
  unitPath: string,
  unitId: string,
  daysFrom: (d: string | null) => number | null,
): Promise<WorkGroup> {
  const sessions = await repo.sessionsOwingNotice(k, unitId);
  if (!sessions.length) return { key: 'notices', count: 0, items: [] };
  const ctx = {
    profile: (await profilesFor(k, [unitPath]))(unitPath),
    calendar: await loadWorkingCalendar(k),
  };
  const items = sessions
    .filter((s) => s.date)
    .map((s): WorkItem => {
      const kind = s.state === 'scheduled' ? 'public' : 'conclusion';
      const dueOn = (
        kind === 'public'
          ? noticeDeadline(ctx, s.date!)
          : conclusionDeadline(ctx, s.heldOn ?? s.date!)
      ).date;
      return {
        id: s.id,
        title: s.round === null ? '' : String(s.round),
        due: dueOn,
        workingDays: daysFrom(dueOn),
        detail: kind,
      };
    });
  items.sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  return { key: 'notices', count: items.length, items: items.slice(0, MY_WORK_ITEMS) };
}

/** The current round (the dashboard's: the latest session with a date, else the next planned) as a stepper. */
async function roundStage(
  k: Db['kysely'],
  unitPath: string,
  unitId: string,
  today: string,
  calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>,
): Promise<RoundStage> {
  const year = Number(today.slice(0, 4));
  const [planIssued, round] = await Promise.all([
    repo.hasIssuedPlan(k, unitId, year),
    currentRound(k, unitPath, unitId, today, calendar),
  ]);
  const at = (s: TimelineEntry['step']) => round?.timeline.find((e) => e.step === s);
  const step = (name: RoundStep, e: TimelineEntry | undefined) => ({
    step: name,
    due: e?.due ?? null,
    done: e?.done ?? null,
    status: e?.status ?? ('pending' as const),
  });
  const steps = [
    {
      step: 'plan' as const,
      due: null,
      done: null,
      status: planIssued || round ? ('on-time' as const) : ('pending' as const),
    },
    step('notice', at('announced')),
    step('session', at('held')),
    step('conclusion', at('concluded')),
    step('answers', at('answered')),
  ];
  const byState: Record<string, number> = {
    planned: 1,
    scheduled: 1,
    announced: 2,
    held: 3,
    concluded: 4,
    closed: 5,
  };
  const current = !round ? (planIssued ? 1 : 0) : (byState[round.state] ?? 1);
  return {
    sessionId: round?.sessionId ?? null,
    round: round?.round ?? null,
    date: round?.date ?? null,
    current,
    steps,
  };
}
