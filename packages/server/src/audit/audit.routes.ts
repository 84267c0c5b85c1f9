// The audit log for those with 'audit.read' (the administrator): entries filtered by user,
// record (entity and id) and date, newest first, paged by seq; the same as an Excel file (the
// newest 10,000, the export itself recorded: entries name people's records); and the chain check.
import {
  AuditChainReport,
  AuditPage,
  vietnamMinuteOf,
  canAtRoot,
  DomainError,
  scopePrefixes,
} from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../http/zod-app.js';
import { requireActor } from '../http/actor.js';
import type { AppDeps } from '../http/deps.js';
import { queryAudit, type AuditEntryView } from './list-audit.js';
import { recordAudit } from './audit.js';
import { XLSX_TYPE, attachment, writeXlsx } from '../shared/xlsx.js';
import { todayInVietnam } from '../shared/clock.js';
import { pickLang, type Column } from '@doithoai/core';
import { verifyAuditChain } from './verify-chain.js';

const AuditQuery = z.strictObject({
  userId: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const EXPORT_MAX = 10_000;
const auditColumns: Column<AuditEntryView>[] = [
  { key: 'seq', vi: 'Số thứ tự', en: 'Seq', value: (e) => e.seq, numeric: true },
  {
    key: 'at',
    vi: 'Thời điểm (giờ Việt Nam)',
    en: 'Time (Vietnam)',
    value: (e) => vietnamMinuteOf(e.at),
  },
  { key: 'actor', vi: 'Người thực hiện', en: 'Actor', value: (e) => e.actorName ?? e.actorUserId },
  { key: 'action', vi: 'Hành động', en: 'Action', value: (e) => e.action },
  { key: 'entity', vi: 'Loại bản ghi', en: 'Record type', value: (e) => e.entity },
  { key: 'entityId', vi: 'Mã bản ghi', en: 'Record id', value: (e) => e.entityId },
  { key: 'reason', vi: 'Lý do', en: 'Reason', value: (e) => e.reason },
  // A cell holds at most 32,767 characters in Excel (a retention sweep's entry lists thousands of ids).
  {
    key: 'detail',
    vi: 'Chi tiết',
    en: 'Detail',
    value: (e) => (e.detail.length > 32_000 ? `${e.detail.slice(0, 32_000)}…` : e.detail),
  },
  { key: 'hash', vi: 'Mã băm', en: 'Hash', value: (e) => e.hash },
];

export function auditRoutes(app: ZodApp, deps: AppDeps) {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditPage } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      if (scopePrefixes(actor, 'audit.read').length === 0) throw new DomainError('NOT_FOUND');
      return queryAudit(deps.db.kysely, request.query, actor);
    },
  );
  app.get(
    '/api/audit.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Nhật ký (Excel), 10.000 mục mới nhất theo bộ lọc / the audit log as Excel, the newest 10,000 matching',
        querystring: AuditQuery.omit({ beforeSeq: true, limit: true }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      if (scopePrefixes(actor, 'audit.read').length === 0) throw new DomainError('NOT_FOUND');
      const lang = pickLang(request.headers['accept-language']);
      const entries: AuditEntryView[] = [];
      let beforeSeq: number | undefined;
      do {
        const page = await queryAudit(
          deps.db.kysely,
          { ...request.query, beforeSeq, limit: 1000 },
          actor,
        );
        entries.push(...page.entries);
        beforeSeq = page.nextBeforeSeq ?? undefined;
      } while (beforeSeq !== undefined && entries.length < EXPORT_MAX);
      const rows = entries.slice(0, EXPORT_MAX);
      const cut = entries.length > EXPORT_MAX || beforeSeq !== undefined;
      const title =
        lang === 'vi'
          ? `Nhật ký hệ thống: ${rows.length} mục${cut ? ' mới nhất (còn mục cũ hơn: lọc theo ngày)' : ''}`
          : `Audit log: ${rows.length} entries${cut ? ' (the newest; older ones remain: filter by date)' : ''}`;
      const file = await writeXlsx(
        lang === 'vi' ? 'Nhật ký' : 'Audit log',
        title,
        auditColumns,
        rows,
        lang,
      );
      await recordAudit(deps.db.kysely, {
        actorUserId: actor.userId,
        action: 'audit.export',
        entity: 'audit_event',
        entityId: 'xlsx',
        unitId: null,
        detail: { filter: request.query, entries: rows.length },
      });
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment(`nhat-ky-${todayInVietnam()}.xlsx`))
        .send(file);
    },
  );
  app.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], response: { 200: AuditChainReport } } },
    async (request) => {
      const actor = await requireActor(request, deps.auth, deps.db);
      if (!canAtRoot(actor, 'audit.read')) throw new DomainError('NOT_FOUND');
      return verifyAuditChain(deps.db.kysely);
    },
  );
}
