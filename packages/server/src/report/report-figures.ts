// The figures of a Báo cáo kết quả, computed from the data each time (never typed in): for a round,
// its session; for a period, the sessions held and the matters received in it. Follow-up figures
// come from the same facts as the dashboards (report_answer_fact), so a report and the screen agree.
import { answerStatus, notFound, opinionFieldNames, type ReportKey } from '@doithoai/core';
import type { ReportFigures } from '@doithoai/documents';
import type { Q } from '../shared/query.js';
import {
  agendaOutcomes,
  answerFactsDueBetween,
  answerFactsOfSessions,
  fieldsAndStates,
  mattersReceivedBetween,
  roundSession,
  sessionsHeldBetween,
} from './report-figures.repository.js';

export interface ComputedReport {
  figures: ReportFigures;
  byField: { field: string; raised: number; settled: number }[];
  year: number;
  round?: number;
  label?: string;
  from: string;
  to: string;
}

const settledStates = ['settled', 'closed', 'responded'];

export async function reportFigures(
  db: Q,
  unitPath: string,
  key: ReportKey,
  today: string,
): Promise<ComputedReport> {
  let sessions;
  let from: string;
  let to: string;
  if (key.type === 'round') {
    const s = await roundSession(db, unitPath, key.sessionId);
    if (!s) throw notFound();
    sessions = [s];
    from = s.held_on ?? s.date ?? today;
    to = from;
  } else {
    ({ from, to } = key.period);
    sessions = await sessionsHeldBetween(db, unitPath, from, to);
  }
  const ids = sessions.map((s) => s.id);
  const agenda = ids.length ? await agendaOutcomes(db, ids) : [];
  const matters =
    key.type === 'round'
      ? agenda.some((a) => a.matter_id)
        ? await fieldsAndStates(
            db,
            agenda.flatMap((a) => (a.matter_id ? [a.matter_id] : [])),
          )
        : []
      : await mattersReceivedBetween(db, unitPath, from, to);
  let facts =
    key.type === 'round'
      ? ids.length
        ? await answerFactsOfSessions(db, ids)
        : []
      : await answerFactsDueBetween(db, unitPath, from, to);
  facts = facts ?? [];
  const statuses = facts.map((f) =>
    answerStatus(
      { due: f.due_date, answeredOn: f.answered_on, escalatedOn: f.escalated_on },
      today,
    ),
  );
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const byFieldMap = new Map<string, { raised: number; settled: number }>();
  for (const m of matters) {
    const name =
      m.field && m.field in opinionFieldNames
        ? opinionFieldNames[m.field as keyof typeof opinionFieldNames].vi
        : 'Chưa phân loại';
    const e = byFieldMap.get(name) ?? { raised: 0, settled: 0 };
    e.raised++;
    if (settledStates.includes(m.state)) e.settled++;
    byFieldMap.set(name, e);
  }
  const first = sessions[0];
  const year = Number(
    (key.type === 'round' ? (first?.held_on ?? first?.date ?? today) : key.period.to).slice(0, 4),
  );
  return {
    figures: {
      sessions: sessions.filter((s) => s.held_on).length,
      attendees: sessions.reduce((n, s) => n + Number(s.attendance_total ?? 0), 0),
      raised: key.type === 'round' ? agenda.length : matters.length,
      settledAtSession: agenda.filter((a) => a.outcome === 'settled').length,
      carriedOver: agenda.filter((a) => a.outcome === 'carried-over').length,
      answered: count('on-time') + count('late'),
      answeredOnTime: count('on-time'),
      overdue: count('overdue'),
      escalated: count('escalated') + facts.filter((f) => f.escalated_on && f.answered_on).length,
    },
    byField: [...byFieldMap]
      .map(([field, v]) => ({ field, ...v }))
      .sort((a, b) => b.raised - a.raised),
    year,
    ...(key.type === 'round' && first?.round ? { round: Number(first.round) } : {}),
    ...(key.type === 'period' ? { label: key.period.label.vi } : {}),
    from,
    to,
  };
}
