// Which report a draft is: after a round ('round:<sessionId>') or for a period
// ('year:2026', 'quarter:2026:2:cutoff-14', 'month:2026:3:calendar', 'six-months:2026:1:calendar'…),
// and the wording an office edits before issue. Figures are never stored: computed from the data.
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import {
  periodConventions,
  periodKinds,
  reportPeriod,
  type Period,
  type PeriodConvention,
  type PeriodKind,
} from './periods.js';

export type ReportKey = { type: 'round'; sessionId: string } | { type: 'period'; period: Period };

const invalid = (key: string) =>
  new DomainError(
    'VALIDATION',
    {
      vi: `Kỳ báo cáo không hợp lệ: «${key}» (ví dụ: year:2026, quarter:2026:2:calendar, round:<mã hội nghị>)`,
      en: `Invalid report period: '${key}' (e.g. year:2026, quarter:2026:2:calendar, round:<session id>)`,
    },
    [{ field: 'period', message: { vi: 'Kỳ báo cáo không hợp lệ', en: 'Invalid report period' } }],
  );

export function parseReportKey(key: string): ReportKey {
  const [type = '', a, b, c] = key.split(':');
  if (type === 'round' && a && a.length <= 64) return { type: 'round', sessionId: a };
  if (!(periodKinds as readonly string[]).includes(type) || !a || !/^\d{4}$/.test(a))
    throw invalid(key);
  const index = b === undefined ? 1 : Number(b);
  const convention = (c ?? 'calendar') as PeriodConvention;
  if (!periodConventions.includes(convention)) throw invalid(key);
  try {
    return {
      type: 'period',
      period: reportPeriod(type as PeriodKind, Number(a), index, convention),
    };
  } catch {
    throw invalid(key);
  }
}

const lines = z.array(z.string().trim().min(1).max(4000)).max(50);

export const ReportWording = z.strictObject({
  basis: z.string().trim().max(500).optional(),
  organisation: lines,
  assessment: lines,
  shortcomings: lines.optional(),
  nextSteps: lines,
  proposals: lines.optional(),
  recipients: z.array(z.string().trim().min(1).max(300)).max(30),
  signerName: z.string().trim().max(120).optional(),
  version: z.number().int().min(0).optional(),
});
export type ReportWording = z.infer<typeof ReportWording>;
