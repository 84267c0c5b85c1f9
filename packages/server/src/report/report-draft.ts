// A Báo cáo kết quả before issue: the figures computed now, the wording as last saved (or a
// starting text from the figures), rendered by the documents package. Saving the wording needs
// 'report.write'; issuing takes the register's next number ('document.issue') and freezes it.
import {
  DomainError,
  ReportWording,
  can,
  defaultReportRecipients,
  parseReportKey,
  placeName,
  type Actor,
  type RegulationProfile,
} from '@doithoai/core';
import { buildReport, percentVi, type OfficialDocument } from '@doithoai/documents';
import { recordAudit } from '../audit/audit.js';
import { unitProfileOn } from '../calendar/profile.repository.js';
import { unitInScope } from '../dashboard/dashboard-scope.js';
import type { Db } from '../db/open-database.js';
import { newId, nowIso } from '../db/ids.js';
import { issueDocument } from '../document/issue-document.js';
import { todayInVietnam, type Clock } from '../shared/clock.js';
import { reportFigures, type ComputedReport } from './report-figures.js';
import type { Q } from '../shared/query.js';
import { communeHeader } from '../unit/commune-header.js';
import { holderOf, issuingBody } from '../shared/issuing-body.repository.js';
import {
  findReportDraft,
  insertReportDraft,
  markReportIssued,
  reportDraftWithUnit,
  updateReportWording,
} from './report.repository.js';

interface Deps {
  db: Db;
  clock?: Clock;
}

/** The profile's signer of reports; the Party standing board when a profile names none. */
const signerOf = (profile: RegulationProfile) =>
  profile.signers['bao-cao'] ?? {
    authority: 'party' as const,
    signingFor: 'T/M BAN THƯỜNG VỤ',
    title: 'BÍ THƯ',
  };

function defaultWording(
  r: ComputedReport,
  unitName: string,
  profile: RegulationProfile,
): ReportWording {
  const f = r.figures;
  return {
    organisation: [
      `Trong kỳ, ${unitName} đã tổ chức ${f.sessions} hội nghị tiếp xúc, đối thoại trực tiếp với ${f.attendees.toLocaleString('vi-VN')} lượt người tham dự.`,
    ],
    assessment: [
      `Có ${f.raised} ý kiến, kiến nghị; ${f.settledAtSession} ý kiến được trả lời, giải quyết tại hội nghị; ${f.answered} vấn đề đã được trả lời bằng văn bản${f.answered ? `, trong đó ${percentVi(f.answeredOnTime, f.answered)}% đúng hạn` : ''}.`,
    ],
    shortcomings: f.overdue ? [`Còn ${f.overdue} vấn đề quá hạn chưa trả lời bằng văn bản.`] : [],
    nextSteps: [
      'Tiếp tục theo dõi, đôn đốc giải quyết các ý kiến, kiến nghị còn lại; chuẩn bị tốt cho đợt tiếp xúc, đối thoại tiếp theo.',
    ],
    proposals: [],
    // Each recipient on its line ends with a semicolon, the last ('Lưu …') with a full stop (NĐ 30, HD 36).
    recipients: defaultReportRecipients(profile),
  };
}

async function load(db: Q, actor: Actor, unitId: string, periodKey: string, today: string) {
  const unit = await unitInScope(db, actor, unitId, 'plan.read');
  const key = parseReportKey(periodKey);
  const computed = await reportFigures(db, unit.path, key, today);
  const saved = await findReportDraft(db, unitId, periodKey);
  const { profile } = await unitProfileOn(db, unit.path, today);
  const wording: ReportWording = saved
    ? ReportWording.parse(JSON.parse(saved.wording))
    : defaultWording(computed, unit.name, profile!);
  return { unit, computed, saved, wording, profile: profile! };
}

async function documentOf(
  db: Q,
  unitId: string,
  unitName: string,
  profile: RegulationProfile,
  r: ComputedReport,
  w: ReportWording,
  date: string,
): Promise<OfficialDocument> {
  const signer = signerOf(profile);
  return buildReport({
    format: signer.authority,
    header: await communeHeader(db, unitId, signer.authority, date),
    number: null,
    place: placeName(unitName),
    date,
    period: {
      year: r.year,
      ...(r.round ? { round: r.round } : {}),
      ...(r.label ? { label: r.label } : {}),
    },
    ...(w.basis ? { basis: w.basis } : {}),
    issuerName:
      signer.authority === 'party'
        ? `Ban Thường vụ Đảng ủy ${unitName.toLocaleLowerCase('vi').startsWith('xã') ? unitName.replace(/^Xã/, 'xã') : unitName}`
        : `Ủy ban nhân dân ${unitName}`,
    figures: r.figures,
    byField: r.byField,
    narrative: {
      organisation: w.organisation,
      assessment: w.assessment,
      shortcomings: w.shortcomings ?? [],
      nextSteps: w.nextSteps,
      proposals: w.proposals ?? [],
    },
    recipients: w.recipients,
    // Unless the wording names the signer, the holder of the signer's office signs (as on the plan).
    signature: {
      authority: signer.signingFor,
      position: signer.title,
      name:
        w.signerName ||
        (await holderOf(db, unitId, signer.authority === 'party' ? 'Bí thư' : 'Chủ tịch UBND')),
    },
  });
}

export async function getReport(
  { db, clock }: Deps,
  actor: Actor,
  unitId: string,
  periodKey: string,
) {
  const today = todayInVietnam(clock);
  const r = await load(db.kysely, actor, unitId, periodKey, today);
  return {
    unit: { id: r.unit.id, name: r.unit.name },
    periodKey,
    from: r.computed.from,
    to: r.computed.to,
    label: r.computed.label ?? null,
    figures: r.computed.figures,
    byField: r.computed.byField,
    wording: r.wording,
    version: r.saved ? Number(r.saved.version) : 0,
    draftId: r.saved?.id ?? null,
    documentId: r.saved?.document_id ?? null,
    can: {
      write: can(actor, 'report.write', { unitPath: r.unit.path }),
      issue: can(actor, 'document.issue', { unitPath: r.unit.path }),
    },
  };
}

export async function saveReportWording(
  { db, clock }: Deps,
  actor: Actor,
  unitId: string,
  periodKey: string,
  input: ReportWording,
) {
  const today = todayInVietnam(clock);
  return db.kysely.transaction().execute(async (trx) => {
    const r = await load(trx, actor, unitId, periodKey, today);
    if (!can(actor, 'report.write', { unitPath: r.unit.path })) throw new DomainError('NOT_FOUND');
    if (r.saved?.document_id)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Báo cáo đã ban hành, không sửa được nữa',
        en: 'The report is issued and can no longer be edited',
      });
    const { version, ...wording } = input;
    const at = nowIso();
    if (r.saved) {
      if (version !== undefined && version !== Number(r.saved.version))
        throw new DomainError('CONFLICT');
      await updateReportWording(trx, r.saved.id, {
        wording: JSON.stringify(wording),
        version: Number(r.saved.version) + 1,
        updatedBy: actor.userId,
        at,
      });
    } else {
      await insertReportDraft(trx, {
        id: newId(),
        unit_id: unitId,
        period_key: periodKey,
        wording: JSON.stringify(wording),
        document_id: null,
        version: 1,
        updated_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'report.save',
      entity: 'report_draft',
      entityId: `${unitId}~${periodKey}`,
      unitId,
      detail: { periodKey },
    });
    const saved = (await findReportDraft(trx, unitId, periodKey))!;
    return { draftId: saved.id, version: Number(saved.version) };
  });
}

export async function issueReport(
  { db, clock }: Deps,
  actor: Actor,
  unitId: string,
  periodKey: string,
) {
  const today = todayInVietnam(clock);
  return db.kysely.transaction().execute(async (trx) => {
    const r = await load(trx, actor, unitId, periodKey, today);
    if (!can(actor, 'document.issue', { unitPath: r.unit.path }))
      throw new DomainError('NOT_FOUND');
    if (r.saved?.document_id)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Báo cáo đã được ban hành',
        en: 'The report is already issued',
      });
    const authority = signerOf(r.profile).authority;
    const org = await issuingBody(trx, unitId, authority);
    if (!org)
      throw new DomainError('RULE_VIOLATION', {
        vi: 'Đơn vị chưa có cơ quan ban hành báo cáo (Đảng ủy hoặc UBND)',
        en: 'The unit has no issuing body for the report',
      });
    const draft = await documentOf(
      trx,
      unitId,
      r.unit.name,
      r.profile,
      r.computed,
      r.wording,
      today,
    );
    let draftId = r.saved?.id;
    if (!draftId) {
      draftId = newId();
      await insertReportDraft(trx, {
        id: draftId,
        unit_id: unitId,
        period_key: periodKey,
        wording: JSON.stringify(r.wording),
        document_id: null,
        version: 1,
        updated_by: actor.userId,
        created_at: nowIso(),
        updated_at: nowIso(),
      });
    }
    const issued = await issueDocument(trx, {
      actorUserId: actor.userId,
      unitId,
      organisationId: org.id,
      kind: 'bao-cao',
      draft,
      subject: { type: 'report', id: draftId },
    });
    await markReportIssued(trx, draftId, issued.id, nowIso());
    return { documentId: issued.id, numberText: issued.numberText };
  });
}

/** The draft as a document (for the documents' preview, DOCX and PDF routes). No access check here. */
export async function buildReportDraft(db: Db, draftId: string) {
  const d = await reportDraftWithUnit(db.kysely, draftId);
  if (!d || d.document_id) return undefined;
  const today = todayInVietnam();
  const computed = await reportFigures(db.kysely, d.path, parseReportKey(d.period_key), today);
  const { profile } = await unitProfileOn(db.kysely, d.path, today);
  if (!profile) return undefined;
  return {
    unitPath: d.path,
    document: await documentOf(
      db.kysely,
      d.unit_id,
      d.name,
      profile,
      computed,
      ReportWording.parse(JSON.parse(d.wording)),
      today,
    ),
  };
}
