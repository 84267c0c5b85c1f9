// A clerk enters an opinion from paper, a citizen's message, or what was said at a session:
// a new matter, or one more raising of a matter the clerk recognised as a duplicate. A field
// chosen by the clerk counts as confirmed; otherwise the classifier's suggestion waits for them.
// The staff entry form also gives the person a tracking code (the receipt of a paper petition)
// and learns the acknowledgement deadline that the date received starts.
import {
  DomainError,
  consentPurposeNames,
  foldVietnamese,
  isOpen,
  type Actor,
  type EnteredOpinion,
  type OpinionSource,
  type MatterState,
  type MatterSummary,
  type OpinionInput,
  type PetitionerInput,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import { writeTransaction } from '../db/group-commit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { requireAccess } from '../shared/require-access.js';
import { findUnitForEntry } from '../unit/ended-unit.js';
import { assignByRouting } from './assign-by-routing.js';
import { suggestFields } from './opinion-classifier.js';
import {
  insertMatter,
  insertPetitionerConsent,
  insertPetitionerRow,
  insertRaising,
} from './intake.repository.js';
import {
  findMatter,
  recordStateChange,
  refreshSearchText,
  summarise,
  villageName,
} from './opinion.repository.js';
import { todayInVietnam } from '../shared/clock.js';
import { acknowledgementDeadline, checkReceivedOn, currentRoundStart } from './received-date.js';
import { issueTrackingCode } from './tracking-receipt.js';
import type { Q } from '../shared/query.js';

export interface EntryOptions {
  /** Give the person a tracking code (the staff form's receipt); the portal issues its own. */
  newTrackingCode?: () => string;
}

/**
 * How a consent ticked on the clerk's form was given: in person when the opinion was said at the
 * session in front of the clerk; otherwise in the writing the opinion came in (a citizen's online
 * message, a village's, the Front's or an organisation's list, an official's report).
 */
export const consentChannelOf = (source: OpinionSource): 'in-person' | 'writing' =>
  source === 'at-session' ? 'in-person' : 'writing';

export async function insertPetitioner(
  db: Q,
  unitId: string,
  p: PetitionerInput,
  actorUserId: string,
  at: string,
  channel: 'in-person' | 'writing' = 'in-person',
): Promise<string | null> {
  if (!p.fullName && !p.phone && !p.email) return null;
  const id = newId();
  await insertPetitionerRow(db, {
    id,
    unit_id: unitId,
    full_name: p.fullName ?? null,
    village_id: p.villageId ?? null,
    phone: p.phone ?? null,
    email: p.email ?? null,
    answer_preference: p.answerPreference ?? null,
    created_at: at,
    updated_at: at,
  });
  // Only what the person agreed to is recorded, with who recorded it, when, how, and the words
  // of the form's box that was ticked.
  for (const purpose of p.consents ?? []) {
    await insertPetitionerConsent(db, {
      id: newId(),
      petitioner_id: id,
      purpose,
      granted: 1,
      recorded_by: actorUserId,
      recorded_at: at,
      wording: consentPurposeNames[purpose].vi,
      channel,
    });
  }
  return id;
}

/** Checks that the village is one of the commune's (a unit directly below it); returns its name. */
export async function checkVillage(
  db: Q,
  unitId: string,
  villageId: string | null | undefined,
  field = 'villageId',
): Promise<string | null> {
  if (!villageId) return null;
  // One row by key, not the commune's list of villages: this runs on every entry.
  const name = await villageName(db, unitId, villageId);
  if (name === undefined) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field,
        message: {
          vi: `Trường «${field}» không phải thôn của xã`,
          en: `Field '${field}' is not a village of this commune`,
        },
      },
    ]);
  }
  return name;
}

// Concurrent entries share one commit on SQLite (db/group-commit.ts); each resolves once durable.
export async function createOpinion(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: OpinionInput,
  options: EntryOptions = {},
): Promise<EnteredOpinion> {
  return writeTransaction(db, async (trx) => {
    const { unit, refuseIfEnded } = await findUnitForEntry(trx, unitId, todayInVietnam());
    requireAccess(actor, 'opinion.create', unit && { unitPath: unit.path });
    refuseIfEnded();
    const villageName = await checkVillage(trx, unitId, input.villageId);
    if (input.petitioner?.villageId && input.petitioner.villageId !== input.villageId)
      await checkVillage(trx, unitId, input.petitioner.villageId, 'petitioner.villageId');
    const at = nowIso();
    const today = todayInVietnam(); // the day in Vietnam, not the UTC day of `at`
    if (input.receivedOn)
      checkReceivedOn(input.receivedOn, today, await currentRoundStart(trx, unitId, today));
    const receivedOn = input.receivedOn ?? today;
    const petitionerId = input.petitioner
      ? await insertPetitioner(
          trx,
          unitId,
          { ...input.petitioner, villageId: input.petitioner.villageId ?? input.villageId ?? null },
          actor.userId,
          at,
          consentChannelOf(input.source),
        )
      : null;

    let matterId: string;
    // A new matter not routed to anyone: its list row is known here, no need to read it back.
    let known: MatterSummary | null = null;
    if (input.joinMatterId) {
      const found = await findMatter(trx, input.joinMatterId);
      if (!found || found.matter.unit_id !== unitId) throw new DomainError('NOT_FOUND');
      const target = found.matter.merged_into_id ?? found.matter.id;
      const t = target === found.matter.id ? found.matter : (await findMatter(trx, target))!.matter;
      if (!isOpen(t.state as never))
        throw new DomainError('RULE_VIOLATION', {
          vi: 'Vấn đề này đã qua bước chuẩn bị, không nhận thêm ý kiến',
          en: 'This matter is past preparation and takes no more raisings',
        });
      matterId = t.id;
    } else {
      matterId = newId();
      const suggestions = await suggestFields(trx, unitId, input.content);
      const state: MatterState = input.field ? 'classified' : 'received';
      await insertMatter(trx, {
        id: matterId,
        unit_id: unitId,
        village_id: input.villageId ?? null,
        content: input.content,
        field: input.field ?? null,
        field_confirmed_by: input.field ? actor.userId : null,
        field_confirmed_at: input.field ? at : null,
        suggestions: JSON.stringify(suggestions),
        state,
        source: input.source,
        source_organisation_id: input.sourceOrganisationId ?? null,
        received_on: receivedOn,
        assignee_person_id: null,
        prepare_by: null,
        merged_into_id: null,
        answer: null,
        search_folded: foldVietnamese(`${input.content} ${input.petitioner?.fullName ?? ''}`),
        version: 0,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
      await recordStateChange(trx, {
        matterId,
        from: null,
        to: 'received',
        actorUserId: actor.userId,
        detail: { source: input.source },
      });
      let finalState: MatterState = state;
      if (input.field) {
        await recordStateChange(trx, {
          matterId,
          from: 'received',
          to: 'classified',
          actorUserId: actor.userId,
          detail: { field: input.field },
        });
        finalState = await assignByRouting(
          trx,
          {
            id: matterId,
            unit_id: unitId,
            field: input.field,
            village_id: input.villageId ?? null,
            state: 'classified',
            version: 0,
          },
          actor.userId,
        );
      }
      if (finalState !== 'assigned') {
        known = {
          id: matterId,
          unitId,
          villageId: input.villageId ?? null,
          villageName,
          content: input.content,
          field: input.field ?? null,
          suggestions,
          state: finalState,
          source: input.source,
          assigneeId: null,
          assigneeName: null,
          prepareBy: null,
          mergedIntoId: null,
          petitionerCount: 1,
          receivedOn,
          version: 0,
        };
      }
    }
    await insertRaising(trx, {
      id: newId(),
      matter_id: matterId,
      petitioner_id: petitionerId,
      source: input.source,
      source_organisation_id: input.sourceOrganisationId ?? null,
      received_on: receivedOn,
      created_by: actor.userId,
      created_at: at,
    });
    // A new matter's shadow text was written with it; a joined one gains a name.
    if (input.joinMatterId) await refreshSearchText(trx, matterId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: input.joinMatterId ? 'opinion.raise' : 'opinion.create',
      entity: 'matter',
      entityId: matterId,
      unitId,
      detail: { source: input.source, petitionerId, field: input.field ?? null },
    });
    const summary: EnteredOpinion = known ?? (await summarise(trx, [matterId]))[0]!;
    if (!options.newTrackingCode) return summary;
    const trackingCode = await issueTrackingCode(trx, unitId, matterId, options.newTrackingCode);
    const due = await acknowledgementDeadline(trx, unit!.path, receivedOn);
    return { ...summary, trackingCode, acknowledgeBy: due && { date: due.date, text: due.text } };
  });
}
