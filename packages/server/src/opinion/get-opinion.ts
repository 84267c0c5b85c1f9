// One matter with everyone who raised it (its own and merged matters' raisings), its history
// (state changes and audit entries), its due date and how it was counted, its answer, the
// documents issued about it, the sessions it went to, and likely duplicates: the matter's page. Contacts are shown only to those who handle petitions, and each such
// view is logged (personal data law: every access to personal data is recorded).
import {
  abilities,
  isOpen,
  maskPetitionerName,
  petitionerView,
  type Action,
  type Actor,
  type SimilarMatch,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { notFoundUnless, petitionerFacts } from './opinion-access.js';
import { findSimilarMatters } from './similarity-model.js';
import { viaWordings } from './similarity.repository.js';
import { findMatter, summarise } from './opinion.repository.js';
import { findOrganisation, findUnit } from '../unit/unit.repository.js';
import {
  absorbedMatters,
  grantedConsents,
  latestAnswer,
  matterActivity,
  matterDocuments,
  matterDue,
  matterRaisings,
  matterSessions,
  stateHistory,
} from './matter-page.repository.js';
import { acknowledgementDeadline } from './received-date.js';
import { trackingCodesOf } from './tracking.repository.js';
import { canReadMatter, opinionScope } from './opinion-scope.js';
import { moveContext } from '../calendar/move-context.js';

const matterActions: Action[] = ['opinion.update', 'opinion.personal'];

export async function getOpinion({ db }: { db: Db }, actor: Actor, id: string) {
  const dialect = db.dialect;
  return db.kysely.transaction().execute(async (trx) => {
    const found = await findMatter(trx, id);
    const scope = await opinionScope(trx, actor);
    notFoundUnless(
      found &&
        canReadMatter(actor, scope, {
          unitPath: found.unitPath,
          assigneeId: found.matter.assignee_person_id,
        }),
    );
    const m = found!.matter;
    const summary = (await summarise(trx, [id]))[0]!;
    const can = abilities(actor, { unitPath: found!.unitPath }, matterActions);
    // Who raised it: full, masked or hidden for this caller (core/policy/petitioner-access.ts).
    const view = petitionerView(actor, await petitionerFacts(trx, id, found!.unitPath));
    const personal = view === 'full';
    const absorbed = await absorbedMatters(trx, id);
    const raisings = await matterRaisings(trx, [id, ...absorbed.map((a) => a.id)]);
    const petitionerIds = raisings.flatMap((r) => (r.petitioner_id ? [r.petitioner_id] : []));
    const consents = petitionerIds.length ? await grantedConsents(trx, petitionerIds) : [];
    const history = await stateHistory(trx, id);
    const rules = await moveContext(trx, found!.unitPath);
    const unit = (await findUnit(trx, m.unit_id))!;
    const organisation = m.source_organisation_id
      ? (await findOrganisation(trx, m.source_organisation_id))?.organisation
      : undefined;
    const duplicates =
      isOpen(summary.state) && can.includes('opinion.update')
        ? await findSimilarMatters(
            trx,
            dialect,
            { id: m.unit_id, path: found!.unitPath },
            m.content,
            { villageId: m.village_id, field: m.field, excludeId: id },
          )
        : [];
    if (personal && raisings.some((r) => r.phone || r.email)) {
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'petitioner.view',
        entity: 'matter',
        entityId: id,
        unitId: m.unit_id,
        detail: { petitionerIds },
      });
    }
    return {
      ...summary,
      can,
      absorbed,
      petitionerView: view,
      raisings: (view === 'hidden' ? [] : raisings).map((r) => ({
        id: r.id,
        matterId: r.matter_id,
        source: r.source,
        receivedOn: r.received_on,
        petitionerId: personal ? r.petitioner_id : null,
        fullName: personal
          ? r.full_name
          : r.full_name
            ? maskPetitionerName(r.full_name, r.village_name)
            : null,
        villageName: r.village_name,
        answerPreference: r.answer_preference,
        phone: personal ? r.phone : null,
        email: personal ? r.email : null,
        consents: (personal ? consents : [])
          .filter((c) => c.petitioner_id === r.petitioner_id)
          .map((c) => ({
            purpose: c.purpose,
            recordedAt: c.recorded_at,
            recordedBy: c.recorded_by,
          })),
      })),
      history: history.map((h) => ({
        from: h.from_state,
        to: h.to_state,
        at: h.at,
        actorUserId: h.actor_user_id,
        reason: h.reason,
      })),
      unit: { id: unit.id, name: unit.name, slug: unit.slug },
      sourceOrganisationName: organisation?.name ?? null,
      fieldConfirmed: !!m.field_confirmed_at,
      createdAt: m.created_at,
      trackingCodes: await trackingCodesOf(trx, id),
      due: await matterDue(trx, m, rules),
      // Owed while the petition is only received (classified = taken up), as the portal's tracking says.
      acknowledgement:
        summary.state === 'received'
          ? await acknowledgementDeadline(trx, found!.unitPath, m.received_on)
          : null,
      answer: await latestAnswer(trx, id),
      documents: await matterDocuments(trx, id),
      sessions: await matterSessions(trx, id),
      activity: await matterActivity(trx, id),
      duplicates: await withSummaries(trx, duplicates),
    };
  });
}

async function withSummaries(trx: Parameters<typeof summarise>[0], matches: SimilarMatch[]) {
  const s = await summarise(
    trx,
    matches.map((d) => d.id),
  );
  const via = await viaWordings(trx, matches);
  return matches.map((d, i) => ({
    ...s[i]!,
    similarity: d.similarity,
    score: d.score,
    shared: d.shared,
    spans: d.spans,
    via: via[i]!,
  }));
}
