// Issues a document: takes the next number of the issuing body's register, puts it on the
// document, renders the DOCX and stores both as they were sent, with an audit entry — all in
// the caller's transaction, so the document and the state change that caused it (a plan issued,
// a conclusion notice sent) commit together or not at all.
import { DomainError, documentKindInfo, registerYear, type DocumentKind } from '@doithoai/core';
import { formatDocumentNumber, renderDocx, type OfficialDocument } from '@doithoai/documents';
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { findOrganisation } from '../unit/unit.repository.js';
import { insertIssuedDocument } from './document.repository.js';
import { takeNextNumber } from './register.js';

export interface IssueDocumentInput {
  actorUserId: string;
  unitId: string;
  /** The issuing body (Đảng ủy, UBND…): its abbreviation goes in the number. */
  organisationId: string;
  kind: DocumentKind;
  /** The draft as previewed, without a number. */
  draft: OfficialDocument;
  /** What the document is about (a plan, a session, a matter), to find it again. */
  subject?: { type: string; id: string };
}

export interface IssuedDocument {
  id: string;
  seq: number;
  numberText: string;
  document: OfficialDocument;
}

export async function issueDocument(
  trx: Transaction<Database>,
  input: IssueDocumentInput,
): Promise<IssuedDocument> {
  const org = (await findOrganisation(trx, input.organisationId))?.organisation;
  if (!org || org.unitId !== input.unitId) throw new DomainError('NOT_FOUND');
  if (!org.abbreviation) {
    throw new DomainError('RULE_VIOLATION', {
      vi: 'Cơ quan ban hành chưa có chữ viết tắt để ghi số văn bản (sửa ở trang Đơn vị)',
      en: 'The issuing body has no abbreviation for document numbers (set it on the Units page)',
    });
  }
  const year = registerYear(input.draft.date);
  const seq = await takeNextNumber(trx, input.organisationId, year);
  const document: OfficialDocument = {
    ...input.draft,
    number: { seq, kindAbbr: documentKindInfo[input.kind].abbr, bodyAbbr: org.abbreviation },
  };
  const numberText = formatDocumentNumber(document.number, document.format);
  const docx = await renderDocx(document);
  const id = newId();
  await insertIssuedDocument(trx, {
    id,
    unit_id: input.unitId,
    organisation_id: input.organisationId,
    kind: input.kind,
    year,
    seq,
    number_text: numberText,
    title: document.title,
    issued_on: document.date,
    issued_at: nowIso(),
    issued_by: input.actorUserId,
    subject_type: input.subject?.type ?? null,
    subject_id: input.subject?.id ?? null,
    model: JSON.stringify(document),
    docx,
  });
  await recordAudit(trx, {
    actorUserId: input.actorUserId,
    action: 'document.issue',
    entity: 'outgoing_document',
    entityId: id,
    unitId: input.unitId,
    detail: {
      kind: input.kind,
      number: numberText,
      title: document.title,
      subject: input.subject ?? null,
    },
  });
  return { id, seq, numberText, document };
}
