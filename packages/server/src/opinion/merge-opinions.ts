// Merging: many people raise one matter. The clerk merges matters into one target (never
// automatically); the absorbed matters keep their own rows and raisings, pointing at the target,
// so every petitioner gets the target's one answer and a merge can be undone exactly.
// Merging a matter that already absorbed others moves those along (one level deep, always);
// the history entry records which, so unmerge returns them.
import { DomainError, isOpen, type Actor, type MatterState, type MergeInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import {
  absorbedIds,
  bumpMatterVersion,
  lastMerge,
  moveAbsorbed,
  setMerged,
} from './merge.repository.js';
import { findMatter, recordStateChange, summarise } from './opinion.repository.js';

const notOpen = () =>
  new DomainError('RULE_VIOLATION', {
    vi: 'Chỉ gộp được các ý kiến chưa đưa ra hội nghị',
    en: 'Only matters not yet raised at a session can be merged',
  });

export async function mergeOpinions(
  { db }: { db: Db },
  actor: Actor,
  targetId: string,
  input: MergeInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const target = await findMatter(trx, targetId);
    requireAccess(actor, 'opinion.update', target);
    if (!isOpen(target!.matter.state as MatterState)) throw notOpen();
    const at = nowIso();
    const sourceIds = [...new Set(input.sourceIds)].filter((s) => s !== targetId);
    if (sourceIds.length === 0)
      throw new DomainError('VALIDATION', {
        vi: 'Chọn ít nhất một ý kiến khác để gộp',
        en: 'Choose at least one other matter',
      });
    for (const sid of sourceIds) {
      const source = await findMatter(trx, sid);
      requireAccess(actor, 'opinion.update', source);
      const s = source!.matter;
      if (s.unit_id !== target!.matter.unit_id) throw new DomainError('NOT_FOUND');
      if (!isOpen(s.state as MatterState)) throw notOpen();
      const children = await absorbedIds(trx, sid);
      if (children.length) await moveAbsorbed(trx, children, targetId, at);
      await setMerged(trx, s, 'merged', targetId, at);
      await recordStateChange(trx, {
        matterId: sid,
        from: s.state as MatterState,
        to: 'merged',
        actorUserId: actor.userId,
        reason: input.reason,
        detail: { into: targetId, children },
      });
    }
    await bumpMatterVersion(trx, target!.matter, at);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.merge',
      entity: 'matter',
      entityId: targetId,
      unitId: target!.matter.unit_id,
      reason: input.reason,
      detail: { sourceIds },
    });
    return (await summarise(trx, [targetId]))[0]!;
  });
}

export async function unmergeOpinion({ db }: { db: Db }, actor: Actor, id: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, id);
    requireAccess(actor, 'opinion.update', found);
    const m = found!.matter;
    if (m.state !== 'merged' || !m.merged_into_id)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Ý kiến này không nằm trong nhóm gộp',
        en: 'This matter is not merged',
      });
    const last = await lastMerge(trx, id);
    const restore = (last.from_state ?? 'received') as MatterState;
    const children = (JSON.parse(last.detail) as { children?: string[] }).children ?? [];
    const at = nowIso();
    if (children.length) await moveAbsorbed(trx, children, id, at, m.merged_into_id);
    await setMerged(trx, m, restore, null, at);
    await recordStateChange(trx, {
      matterId: id,
      from: 'merged',
      to: restore,
      actorUserId: actor.userId,
      reason: 'Tách khỏi nhóm gộp / unmerged',
      detail: { from: m.merged_into_id },
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.unmerge',
      entity: 'matter',
      entityId: id,
      unitId: m.unit_id,
      detail: { from: m.merged_into_id, restoredState: restore },
    });
    return (await summarise(trx, [id]))[0]!;
  });
}
