// Reusable answer texts per field: the built-in ones (core) and those the unit's office keeps.
// Listed for anyone who writes answers in the unit; kept (added, edited, archived) by the office.
// On a matter's follow-up they come filled from the matter (village, field, due date, official,
// session, today), never with a petitioner's name: the answer is published.
import {
  DomainError,
  answerTemplates,
  can,
  fillTemplate,
  notFound,
  opinionFieldNames,
  opinionFields,
  type Actor,
  type AnswerTemplateInput,
  type OpinionField,
} from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { conclusionItemOf, currentDues, personFullName } from './follow-up.repository.js';
import { unitNames, unitPathOf } from '../unit/unit.repository.js';
import {
  findTemplate,
  insertTemplate,
  unitTemplates,
  updateTemplateRow,
} from './answer-template.repository.js';
import type { Q } from '../shared/query.js';

export interface TemplateView {
  id: string;
  field: string | null;
  title: string;
  text: string;
  builtIn: boolean;
}

const dmy = (d: string) => d.split('-').reverse().join('/');

async function unitOf(db: Q, unitId: string) {
  const unit = await unitPathOf(db, unitId);
  if (!unit) throw notFound();
  return unit;
}

function checkField(field: string | null) {
  if (field !== null && !(opinionFields as readonly string[]).includes(field)) {
    throw new DomainError('VALIDATION', undefined, [
      {
        field: 'field',
        message: {
          vi: `Trường «field»: không có lĩnh vực «${field}»`,
          en: `Field 'field': there is no field '${field}'`,
        },
      },
    ]);
  }
}

/** Built-in and the unit's own texts (for one field: those for it and those for every field). */
export async function templatesOf(
  db: Q,
  unitId: string,
  field?: string | null,
): Promise<TemplateView[]> {
  const own = await unitTemplates(db, unitId, field);
  const builtIn = answerTemplates.filter(
    (t) => field === undefined || t.field === null || t.field === field,
  );
  return [
    ...own.map((t) => ({ id: t.id, field: t.field, title: t.title, text: t.text, builtIn: false })),
    ...builtIn.map((t) => ({
      id: t.id,
      field: t.field,
      title: t.title,
      text: t.vi,
      builtIn: true,
    })),
  ];
}

/** The templates for a matter's field, placeholders filled from the matter. */
export async function filledTemplates(
  db: Q,
  m: {
    id: string;
    unit_id: string;
    field: string | null;
    village_id: string | null;
    assignee_person_id: string | null;
  },
  clock?: Clock,
) {
  const village = m.village_id
    ? (await unitNames(db, [m.village_id])).get(m.village_id)
    : undefined;
  const official = m.assignee_person_id ? await personFullName(db, m.assignee_person_id) : null;
  const item = await conclusionItemOf(db, m.id);
  const due = (await currentDues(db, [m.id])).get(m.id);
  const values = {
    thon: village ? village.charAt(0).toLowerCase() + village.slice(1) : null,
    linh_vuc:
      m.field && (opinionFields as readonly string[]).includes(m.field)
        ? opinionFieldNames[m.field as OpinionField].vi.toLowerCase()
        : null,
    han_tra_loi: due ? dmy(due.date) : null,
    can_bo: official ? `công chức ${official}` : null,
    hoi_nghi: item?.session_date
      ? `Hội nghị đối thoại${item.round ? ` kỳ ${Number(item.round)}` : ''} năm ${item.session_date.slice(0, 4)} (ngày ${dmy(item.session_date)})`
      : null,
    ngay: dmy(todayInVietnam(clock)),
  };
  return (await templatesOf(db, m.unit_id, m.field)).map((t) => ({
    ...t,
    text: fillTemplate(t.text, values),
  }));
}

export async function listTemplates({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await unitOf(db.kysely, unitId);
  if (
    !can(actor, 'answer.write', { unitPath: unit.path }) &&
    !can(actor, 'followup.manage', { unitPath: unit.path })
  )
    throw notFound();
  return {
    templates: await templatesOf(db.kysely, unit.id),
    canEdit: can(actor, 'followup.manage', { unitPath: unit.path }),
  };
}

export async function createTemplate(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: AnswerTemplateInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await unitOf(trx, unitId);
    if (!can(actor, 'followup.manage', { unitPath: unit.path })) throw notFound();
    checkField(input.field);
    const at = nowIso();
    const id = newId();
    await insertTemplate(trx, {
      id,
      unit_id: unit.id,
      field: input.field,
      title: input.title,
      text: input.text,
      created_by: actor.userId,
      archived_at: null,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer-template.create',
      entity: 'answer_template',
      entityId: id,
      unitId: unit.id,
      detail: { title: input.title, field: input.field },
    });
    return {
      id,
      field: input.field,
      title: input.title,
      text: input.text,
      builtIn: false,
    } satisfies TemplateView;
  });
}

async function ownTemplate(trx: Q, actor: Actor, id: string) {
  const t = await findTemplate(trx, id);
  if (!t || !can(actor, 'followup.manage', { unitPath: t.path })) throw notFound();
  return t;
}

export async function updateTemplate(
  { db }: { db: Db },
  actor: Actor,
  id: string,
  input: AnswerTemplateInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const t = await ownTemplate(trx, actor, id);
    checkField(input.field);
    await updateTemplateRow(trx, id, {
      field: input.field,
      title: input.title,
      text: input.text,
      updated_at: nowIso(),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer-template.update',
      entity: 'answer_template',
      entityId: id,
      unitId: t.unit_id,
      detail: { title: input.title },
    });
    return {
      id,
      field: input.field,
      title: input.title,
      text: input.text,
      builtIn: false,
    } satisfies TemplateView;
  });
}

/** Archived, not deleted: answers already written from it are unaffected. */
export async function archiveTemplate({ db }: { db: Db }, actor: Actor, id: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const t = await ownTemplate(trx, actor, id);
    await updateTemplateRow(trx, id, { archived_at: nowIso(), updated_at: nowIso() });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'answer-template.archive',
      entity: 'answer_template',
      entityId: id,
      unitId: t.unit_id,
    });
    return { id, archived: true };
  });
}
