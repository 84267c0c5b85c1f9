// The audit log for those with 'audit.read' (the administrator): entries filtered by user,
// record (entity and id) and date, newest first, paged by seq; and the chain check.
import { canAtRoot, DomainError, scopePrefixes } from '@doithoai/core';
import { z } from 'zod';
import type { ZodApp } from '../app.js';
import { requireActor } from '../actor.js';
import type { AppDeps } from '../deps.js';
import { queryAudit } from '../../audit/list-audit.js';
import { verifyAuditChain } from '../../audit/verify-chain.js';

const AuditQuery = z.strictObject({
  userId: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export function auditRoutes(app: ZodApp, deps: AppDeps) {
  app.get('/api/audit', { schema: { tags: ['audit'], querystring: AuditQuery } }, async (request) => {
    const actor = await requireActor(request, deps.auth, deps.db);
    if (scopePrefixes(actor, 'audit.read').length === 0) throw new DomainError('NOT_FOUND');
    return queryAudit(deps.db.kysely, request.query, actor);
  });
  app.get('/api/audit/verify', { schema: { tags: ['audit'] } }, async (request) => {
    const actor = await requireActor(request, deps.auth, deps.db);
    if (!canAtRoot(actor, 'audit.read')) throw new DomainError('NOT_FOUND');
    return verifyAuditChain(deps.db.kysely);
  });
}
