// Issue 20, "every document kind checked": each of the nine kinds, rendered from the demo through the
// server's document sources (the register's issued documents and the sources' drafts), keeps the
// layout of its form — NĐ 30/2020/NĐ-CP for state documents, HD 36-HD/VPTW for Party documents, and
// for the minutes NĐ 30's Mẫu 1.6 (no place-and-date line, the secretary and the chair side by side,
// Nơi nhận below). Checked on the DOCX (page, margins, fonts, the size and emphasis of each part) and
// on the PDF (page size, embedded fonts, margins from the text's positions, the size and emphasis of
// each part), against the regulations' own ranges (documents/src/testing/layout.ts). The header is
// the one of the unit tree as it stood on the document's date, computed here from the tree's tables.
//
// The demo is loaded on SQLite (the documents do not depend on the database) with the clock fixed,
// and completed through the real use cases where it has no document of a kind yet (an invitation to
// next year's first session, an answer approved into letters, an escalation, the year's report).
// One document of each kind (the earliest) is also compared page by page with approved images in
// test-fixtures/document-kinds/. After the demo or a renderer changes, re-approve them with
//
//   UPDATE_REFERENCE_IMAGES=1 npx vitest run packages/server/test/document-kinds-layout.test.ts
//
// then look at every PNG written there before committing them.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  documentKindInfo,
  placeName,
  type Actor,
  type DocumentKind,
  type Role,
} from '@doithoai/core';
import { PdfRenderer, type DocumentFormat } from '@doithoai/documents';
import { canRenderPdf, warnIfSkipped } from '../../documents/src/testing/browser.js';
import {
  PAGE_RULE,
  REGULATION,
  isTimesFamily,
  readDocxLayout,
  readPdfLayout,
  ruleBreaches,
  type DocxLayout,
  type DocxLine,
  type Part,
  type PdfLayout,
  type PdfLine,
} from '../../documents/src/testing/layout.js';
import { decodePng, differenceRatio, encodePng } from '../../documents/src/testing/png.js';
import { rasterisePdf } from '../../documents/src/testing/raster.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/open-database.js';
import { DEPLOYMENT } from '../src/document/document-access.js';
import { listReadableDocuments } from '../src/document/list-documents.js';
import { findReadableDocument, renderDocumentFile } from '../src/document/render-document.js';
import type { FoundDocument } from '../src/document/document-source.js';
import { createPlan } from '../src/plan/create-plan.js';
import { issuePlan } from '../src/plan/issue-plan.js';
import { startClockAt, todayInVietnam } from '../src/shared/clock.js';
import { scheduleSession } from '../src/session/schedule-session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CLOCK = '2026-12-07T09:00:00+07:00';
/** The district level ends: from this day communes stand under the province (NQ 1665/NQ-UBTVQH15). */
const TWO_TIERS_FROM = '2025-07-01';
const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-fixtures',
  'document-kinds',
);
const UPDATE = process.env.UPDATE_REFERENCE_IMAGES === '1';
/** Share of pixels that may differ from the approved page (a word changed is ~0.01%, a format change 5–20%). */
const TOLERANCE = 0.01;

const KINDS = Object.keys(documentKindInfo) as DocumentKind[];
/** The kind line above the title; null for a letter (công văn), whose title is 'V/v …' under its number. */
const KIND_LINE: Record<DocumentKind, string | null> = {
  'ke-hoach': 'KẾ HOẠCH',
  'thong-bao': 'THÔNG BÁO',
  'giay-moi': 'GIẤY MỜI',
  'danh-sach-y-kien': 'DANH SÁCH',
  'bien-ban': 'BIÊN BẢN',
  'thong-bao-ket-luan': 'THÔNG BÁO',
  'van-ban-tra-loi': null,
  'de-nghi-cap-tren': null,
  'bao-cao': 'BÁO CÁO',
};
/** The minutes' own form (NĐ 30 Mẫu 1.6): no place-and-date line, two signers. */
const MINUTES: DocumentKind = 'bien-ban';

interface Expected {
  parentBody?: string;
  issuingBody: string[];
  placeDate: string;
  unitName: string;
}

interface Rendered {
  kind: DocumentKind;
  id: string;
  unitId: string;
  found: FoundDocument;
  format: DocumentFormat;
  date: string;
  expected: Expected;
  docx: DocxLayout;
  pdf?: Buffer;
}

async function actorOf(db: Db, username: string): Promise<Actor> {
  const user = await db.kysely
    .selectFrom('user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const grants = await db.kysely
    .selectFrom('role_grant')
    .innerJoin('unit', 'unit.id', 'role_grant.unit_id')
    .select(['role_grant.role', 'role_grant.unit_id', 'unit.path'])
    .where('user_id', '=', user.id)
    .execute();
  return {
    userId: user.id,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unit_id, unitPath: g.path })),
  };
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const pad2 = (n: number) => String(n).padStart(2, '0');

/** 'Sơn Giang, ngày 05 tháng 01 năm 2026': days under 10 and months 1–2 take a zero (NĐ 30, HD 36). */
function placeDateLine(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${place}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * The header a unit's document of `date` must carry, read from the tree's own tables: the unit that
 * stood for it that day (its successor once it was merged away), and that unit's parent that day
 * (the `from` of its first recorded move after the date, else today's parent).
 */
async function expectedHeader(
  db: Db,
  unitId: string,
  format: DocumentFormat,
  date: string,
): Promise<Expected> {
  const k = db.kysely;
  let id = unitId;
  for (let guard = 0; guard < 16; guard++) {
    const v = await k
      .selectFrom('unit_validity')
      .select(['valid_to', 'successor_id'])
      .where('unit_id', '=', id)
      .executeTakeFirst();
    if (!v?.valid_to || v.valid_to >= date || !v.successor_id) break;
    id = v.successor_id;
  }
  const unit = await k
    .selectFrom('unit')
    .select(['name', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const move = await k
    .selectFrom('unit_move')
    .select('from_parent_id')
    .where('unit_id', '=', id)
    .where('effective_on', '>', date)
    .orderBy('effective_on')
    .executeTakeFirst();
  const parentId = move ? move.from_parent_id : unit.parent_id;
  const parent = parentId
    ? await k.selectFrom('unit').select('name').where('id', '=', parentId).executeTakeFirstOrThrow()
    : undefined;
  const placeDate = placeDateLine(placeName(unit.name), date);
  if (format === 'state')
    return { issuingBody: ['ỦY BAN NHÂN DÂN', upper(unit.name)], placeDate, unitName: unit.name };
  return {
    ...(parent ? { parentBody: `ĐẢNG BỘ ${upper(parent.name)}` } : {}),
    issuingBody: [`ĐẢNG ỦY ${upper(unit.name)}`],
    placeDate,
    unitName: unit.name,
  };
}

/** Completes the demo's cycle where it has no document of a kind yet, through the real use cases and API. */
async function completeTheCycle(t: TestApp): Promise<void> {
  const db = t.deps.db;
  const k = db.kysely;
  const office = await actorOf(db, 'vanphong');
  const unitId = office.grants[0]!.unitId;
  const has = async (kind: DocumentKind) =>
    (await listReadableDocuments(db, DEPLOYMENT, { kind })).length > 0;
  const cookie = {
    office: await t.login('vanphong'),
    official: await t.login('congchuc'),
    chair: await t.login('chutich'),
  };
  const post = async (who: keyof typeof cookie, url: string, payload: object = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookie[who] },
      payload,
    });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
  };
  if (!(await has('giay-moi'))) {
    // Next year's plan, issued, its first round scheduled: the demo's own sessions are all held.
    const year = Number(todayInVietnam().slice(0, 4)) + 1;
    const plan = await createPlan({ db }, office, unitId, { year });
    await issuePlan({ db }, office, plan.id, { version: plan.version });
    const s = await k
      .selectFrom('dialogue_session')
      .select(['id', 'version'])
      .where('plan_id', '=', plan.id)
      .orderBy('round')
      .executeTakeFirstOrThrow();
    await scheduleSession({ db }, office, s.id, {
      date: `${year}-04-02`,
      startTime: '14:00',
      venue: 'Hội trường UBND xã',
      chairs: ['Đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã'],
      participants: ['Đại diện Ủy ban MTTQ xã', 'Bí thư chi bộ, thôn trưởng các thôn'],
      topics: ['Việc thực hiện các chính sách an sinh xã hội trên địa bàn'],
      version: Number(s.version),
    });
  }
  if (!(await has('van-ban-tra-loi'))) {
    // The official's draft answer, submitted and approved: a letter to each petitioner.
    const draft = await k
      .selectFrom('matter_answer')
      .select('matter_id')
      .where('unit_id', '=', unitId)
      .where('state', '=', 'draft')
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
    await post('official', `/api/follow-up/${draft.matter_id}/answer/submit`);
    await post('chair', `/api/follow-up/${draft.matter_id}/answer/approve`);
  }
  if (!(await has('de-nghi-cap-tren'))) {
    // A matter carried over from a session and named to nobody: the commune asks the higher level.
    const matter = await k
      .selectFrom('conclusion_item as c')
      .innerJoin('matter as m', 'm.id', 'c.matter_id')
      .select('m.id')
      .where('m.unit_id', '=', unitId)
      .where('m.assignee_person_id', 'is', null)
      .where('m.state', 'not in', [
        'closed',
        'responded',
        'escalated',
        'rejected',
        'withdrawn',
        'merged',
      ])
      .orderBy('m.seq')
      .executeTakeFirstOrThrow();
    await post('office', `/api/follow-up/${matter.id}/escalate`, {
      competentBody: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      proposal:
        'Việc vượt thẩm quyền của xã; đề nghị cấp trên xem xét, giải quyết và trả lời công dân.',
    });
  }
  if (!(await has('bao-cao')))
    await post('office', `/api/units/${unitId}/reports/year:${todayInVietnam().slice(0, 4)}/issue`);
}

/** Lines of the DOCX by text. */
const docxLine = (d: DocxLayout, text: string) => d.lines.find((l) => l.text === text);
const breaches = (
  line: DocxLine | PdfLine | undefined,
  rule: ReturnType<typeof ruleOf>,
  what: string,
): string[] => {
  if (!line) return [`${what}: missing`];
  if (!rule) return [];
  const styles = 'runs' in line ? line.runs : [line];
  if (styles.length === 0) return [`${what}: no text`];
  return styles.flatMap((s) => ruleBreaches(s, rule).map((b) => `${what} «${line.text}»: ${b}`));
};
const ruleOf = (format: DocumentFormat, part: Part) => REGULATION[format][part];

/** Every breach of the form in one rendered DOCX (empty: it keeps the form). */
function docxBreaches(r: Rendered): string[] {
  const { docx: d, format, expected: e, found } = r;
  const doc = found.document;
  const out: string[] = [];
  const within = (v: number, [a, b]: readonly [number, number], what: string) => {
    if (v < a - 0.1 || v > b + 0.1) out.push(`${what} ${v} mm not in ${a}–${b}`);
  };
  // Page: A4 portrait, margins of the rule, Times New Roman only, numbered from page 2 at the top.
  if (
    Math.abs(d.page.widthMm - PAGE_RULE.a4Mm.width) > 0.2 ||
    Math.abs(d.page.heightMm - PAGE_RULE.a4Mm.height) > 0.2
  )
    out.push(`page ${d.page.widthMm}×${d.page.heightMm} mm is not A4`);
  for (const side of ['top', 'bottom', 'left', 'right'] as const)
    within(d.marginsMm[side], PAGE_RULE.marginsMm[side], `margin ${side}`);
  if (d.defaultFont !== 'Times New Roman') out.push(`default font ${d.defaultFont}`);
  const others = d.fonts.filter((f) => f !== 'Times New Roman');
  if (others.length) out.push(`fonts other than Times New Roman: ${others.join(', ')}`);
  if (!d.firstPageUnnumbered) out.push('page 1 carries a page number');
  if (!d.pageNumber) out.push('no page number in the running header');
  else
    out.push(
      ...ruleBreaches(d.pageNumber, ruleOf(format, 'pageNumber')!).map((b) => `page number: ${b}`),
    );

  // Header: the bodies of the document's date, closed by a rule (state) or an asterisk (party).
  const bodies = [...(e.parentBody ? [e.parentBody] : []), ...e.issuingBody];
  const top = d.lines.slice(0, bodies.length).map((l) => l.text);
  if (JSON.stringify(top) !== JSON.stringify(bodies))
    out.push(`header ${JSON.stringify(top)}, should be ${JSON.stringify(bodies)}`);
  if (e.parentBody) out.push(...breaches(d.lines[0], ruleOf(format, 'parentBody'), 'parent body'));
  for (const [i] of e.issuingBody.entries())
    out.push(
      ...breaches(
        d.lines[bodies.length - e.issuingBody.length + i],
        ruleOf(format, 'issuingBody'),
        'issuing body',
      ),
    );
  const mark = d.lines[bodies.length];
  if (format === 'party' ? mark?.text !== '*' : !(mark?.text === '' && mark.border === 'top'))
    out.push(`no ${format === 'party' ? 'asterisk' : 'rule'} under the issuing body`);
  const topRight =
    format === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  out.push(...breaches(docxLine(d, topRight), ruleOf(format, 'topRight'), 'top right'));
  if (format === 'state') {
    const slogan = docxLine(d, 'Độc lập - Tự do - Hạnh phúc');
    out.push(...breaches(slogan, ruleOf(format, 'slogan'), 'slogan'));
    if (slogan && slogan.border !== 'bottom') out.push('no rule under the slogan');
  } else if (docxLine(d, 'Độc lập - Tự do - Hạnh phúc'))
    out.push('a Party document with the state slogan');

  // Number: 'Số: 12/TB-UBND' (state), 'Số 25-KH/ĐU' (party), a letter 'Số: 245/UBND'; a draft leaves it blank.
  const number = d.lines.find((l) => l.text.startsWith('Số'));
  const abbr = documentKindInfo[r.kind].abbr;
  const pattern = !found.issued
    ? format === 'party'
      ? /^Số\s+-$/
      : /^Số:\s+\/$/
    : format === 'party'
      ? new RegExp(`^Số \\d{2,}-${abbr}/[A-ZĐ]+$`)
      : abbr
        ? new RegExp(`^Số: \\d{2,}/${abbr}-[A-ZĐ]+$`)
        : /^Số: \d{2,}\/[A-ZĐ]+(-[A-ZĐ]+)?$/;
  if (!number || !pattern.test(number.text))
    out.push(`number «${number?.text}» does not match ${pattern}`);
  if (number && found.numberText && !number.text.endsWith(found.numberText))
    out.push(`number «${number.text}» is not the register's ${found.numberText}`);
  out.push(...breaches(number, ruleOf(format, 'number'), 'number'));

  // Place and date: the unit's place on the document's date; none on the minutes (their own form).
  const dated = d.lines.filter((l) => /^[^,]+, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(l.text));
  if (r.kind === MINUTES) {
    if (dated.length) out.push(`the minutes carry a place-and-date line «${dated[0]!.text}»`);
  } else {
    const line = docxLine(d, e.placeDate);
    if (!line)
      out.push(
        `no line «${e.placeDate}» (found ${dated.map((l) => l.text).join(' | ') || 'none'})`,
      );
    out.push(...breaches(line, ruleOf(format, 'placeDate'), 'place and date'));
  }

  // Kind and title, closed by a short rule (state) or five hyphens (party); a letter's 'V/v' instead.
  const kindLine = KIND_LINE[r.kind];
  if (kindLine) {
    const at = d.lines.findIndex((l) => l.text === kindLine);
    if (at < 0) out.push(`no kind line ${kindLine}`);
    else {
      out.push(...breaches(d.lines[at], ruleOf(format, 'kind'), 'kind'));
      let i = at + 1;
      for (; i < d.lines.length && d.lines[i]!.text !== '' && d.lines[i]!.text !== '-----'; i++)
        out.push(...breaches(d.lines[i], ruleOf(format, 'title'), 'title'));
      if (i === at + 1) out.push('no title under the kind');
      const end = d.lines[i];
      if (format === 'party' ? end?.text !== '-----' : !(end?.text === '' && end.border === 'top'))
        out.push(`no ${format === 'party' ? 'five hyphens' : 'rule'} under the title`);
    }
  } else {
    const subject = d.lines.find((l) => l.text.startsWith('V/v '));
    if (!subject) out.push('a letter without its V/v line');
    out.push(...breaches(subject, ruleOf(format, 'letterSubject'), 'V/v'));
    if (!d.lines.some((l) => l.text.startsWith('Kính gửi'))) out.push('a letter without Kính gửi');
  }

  // Body: justified paragraphs with a first-line indent of 1–1.27 cm, in the body's sizes.
  const body = d.lines.filter((l) => l.firstLineTwips > 0);
  if (body.length === 0) out.push('no body paragraph');
  for (const l of body) {
    const cm = l.firstLineTwips / (1440 / 2.54);
    if (cm < 0.99 || cm > 1.28) out.push(`indent ${cm.toFixed(2)} cm «${l.text.slice(0, 40)}»`);
    out.push(
      ...l.runs.flatMap((s) =>
        ruleBreaches(
          { sizePt: s.sizePt, bold: s.bold, italic: s.italic },
          { sizePt: ruleOf(format, 'body')!.sizePt },
        ).map((b) => `body «${l.text.slice(0, 40)}»: ${b}`),
      ),
    );
  }

  // Nơi nhận: the label, then '- …' lines, the last '- Lưu…' ending with a full stop.
  const label = d.lines.findIndex((l) => l.text === 'Nơi nhận:');
  if (label < 0) out.push('no Nơi nhận');
  else {
    out.push(...breaches(d.lines[label], ruleOf(format, 'recipientsLabel'), 'Nơi nhận'));
    const list: DocxLine[] = [];
    for (let i = label + 1; d.lines[i]?.text.startsWith('- '); i++) list.push(d.lines[i]!);
    if (list.length === 0) out.push('Nơi nhận lists nobody');
    for (const l of list) out.push(...breaches(l, ruleOf(format, 'recipientsList'), 'recipient'));
    // Each line but the last ends with a semicolon (NĐ 30; Party documents also use a comma).
    for (const l of list.slice(0, -1))
      if (!(format === 'party' ? /[;,]$/ : /;$/).test(l.text.replace(/\s*\([^)]*\)$/, '')))
        out.push(`recipient «${l.text}» does not end with ${format === 'party' ? '; or ,' : ';'}`);
    const last = list.at(-1)?.text ?? '';
    if (!/^- Lưu\b.*\.$/.test(last)) out.push(`the last recipient «${last}» is not '- Lưu….'`);
  }

  // Signer: the authority and position in capitals over the name (and, for the minutes, the secretary beside the chair).
  const signers = r.kind === MINUTES ? [doc.countersignature, doc.signature] : [doc.signature];
  if (r.kind === MINUTES && !doc.countersignature) out.push('minutes without the secretary');
  for (const s of signers) {
    if (!s) continue;
    const titles = [
      s.authority,
      s.deputyPosition ? (format === 'state' ? `KT. ${s.position}` : undefined) : s.position,
      s.deputyPosition,
    ]
      .filter((x): x is string => !!x)
      .map(upper);
    for (const title of titles)
      out.push(...breaches(docxLine(d, title), ruleOf(format, 'signatureTitle'), 'signer title'));
    if (
      s.authority &&
      !(format === 'party' ? /^T\/(M|L|UQ) / : /^(TM|KT|TL|TUQ|Q)\. /).test(upper(s.authority))
    )
      out.push(`authority «${s.authority}» is not in the ${format} form`);
    if (!s.name.trim()) out.push(`signer ${titles.join(' / ')} without a name`);
    else out.push(...breaches(docxLine(d, s.name), ruleOf(format, 'signatureName'), 'signer name'));
  }
  return out;
}

/** Every breach of the form in one printed PDF (empty: it keeps the form). */
function pdfBreaches(r: Rendered, p: PdfLayout): string[] {
  const { format, expected: e, found } = r;
  const out: string[] = [];
  const MM = 72 / 25.4;
  for (const [i, page] of p.pages.entries()) {
    if (Math.abs(page.widthPt - 210 * MM) > 1.5 || Math.abs(page.heightPt - 297 * MM) > 1.5)
      out.push(`page ${i + 1} is ${page.widthPt}×${page.heightPt} pt, not A4`);
  }
  for (const f of p.fonts) {
    if (!isTimesFamily(f.name))
      out.push(`font ${f.name} is not Times New Roman (or a metric twin)`);
    if (!f.embedded) out.push(`font ${f.name} not embedded`);
  }
  // Margins, from where the text stands: nothing outside the text area but the page numbers, which
  // sit in the top margin from page 2 on; the left margin is reached (30 mm, not more).
  const [left, right, top, bottom] = [30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM];
  const numbers = p.lines.filter((l) => l.top < top - 2);
  for (const n of numbers) {
    if (n.page === 1 || n.text.trim() !== String(n.page))
      out.push(`«${n.text}» in the top margin of page ${n.page}`);
    else
      out.push(...ruleBreaches(n, ruleOf(format, 'pageNumber')!).map((b) => `page number: ${b}`));
  }
  for (let page = 2; page <= p.pages.length; page++)
    if (!numbers.some((n) => n.page === page)) out.push(`page ${page} has no number`);
  const text = p.lines.filter((l) => !numbers.includes(l));
  const outside = text.filter(
    (l) => l.left < left - 1.5 || l.left + l.width > right + 1.5 || l.top + l.height > bottom + 2,
  );
  for (const l of outside.slice(0, 3))
    out.push(
      `«${l.text.slice(0, 40)}» outside the margins (page ${l.page}, left ${l.left}, right ${l.left + l.width}, bottom ${l.top + l.height})`,
    );
  if (Math.min(...text.map((l) => l.left)) > left + 1.5)
    out.push('the text does not reach the left margin');

  // The parts, found by their text on the first and the last page.
  const first = text.filter((l) => l.page === 1);
  const last = text.filter((l) => l.page === p.pages.length);
  const on = (lines: PdfLine[], s: string) => lines.find((l) => l.text.trim() === s);
  const bodies = [...(e.parentBody ? [e.parentBody] : []), ...e.issuingBody];
  if (e.parentBody)
    out.push(...breaches(on(first, e.parentBody), ruleOf(format, 'parentBody'), 'PDF parent body'));
  for (const b of e.issuingBody)
    out.push(...breaches(on(first, b), ruleOf(format, 'issuingBody'), 'PDF issuing body'));
  const headerTop = Math.min(...bodies.map((b) => on(first, b)?.top ?? Infinity));
  if (
    first.some((l) => l.top < headerTop - 1 && !l.text.includes('CỘNG') && !l.text.includes('ĐẢNG'))
  )
    out.push('text above the header');
  out.push(
    ...breaches(
      on(
        first,
        format === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      ),
      ruleOf(format, 'topRight'),
      'PDF top right',
    ),
  );
  if (format === 'state')
    out.push(
      ...breaches(on(first, 'Độc lập - Tự do - Hạnh phúc'), ruleOf(format, 'slogan'), 'PDF slogan'),
    );
  out.push(
    ...breaches(
      first.find((l) => l.text.startsWith('Số')),
      ruleOf(format, 'number'),
      'PDF number',
    ),
  );
  if (r.kind === MINUTES) {
    if (first.some((l) => /, ngày \d{2} tháng/.test(l.text) && l.top < headerTop + 80))
      out.push('the minutes print a place-and-date line');
  } else
    out.push(
      ...breaches(on(first, e.placeDate), ruleOf(format, 'placeDate'), 'PDF place and date'),
    );
  const kindLine = KIND_LINE[r.kind];
  if (kindLine) out.push(...breaches(on(first, kindLine), ruleOf(format, 'kind'), 'PDF kind'));
  else
    out.push(
      ...breaches(
        first.find((l) => l.text.startsWith('V/v ')),
        ruleOf(format, 'letterSubject'),
        'PDF V/v',
      ),
    );
  out.push(
    ...breaches(
      p.lines.find((l) => l.text.trim() === 'Nơi nhận:'),
      ruleOf(format, 'recipientsLabel'),
      'PDF Nơi nhận',
    ),
  );
  const lastRecipient = [...p.lines].reverse().find((l) => /^- Lưu\b/.test(l.text.trim()));
  out.push(...breaches(lastRecipient, ruleOf(format, 'recipientsList'), 'PDF last recipient'));
  const name = found.document.signature.name.trim();
  if (name)
    out.push(
      ...breaches(
        on(last, name),
        ruleOf(format, 'signatureName'),
        'PDF signer name on the last page',
      ),
    );
  return out;
}

warnIfSkipped('document-kinds-layout');

describe('every document kind from the demo keeps its form (NĐ 30, HD 36, the minutes’ Mẫu 1.6)', () => {
  let t: TestApp;
  const rendered = new Map<DocumentKind, Rendered[]>();
  let renderer: PdfRenderer | undefined;

  beforeAll(async () => {
    startClockAt(new Date(CLOCK));
    t = await startTestApp('sqlite');
    await completeTheCycle(t);
    const db = t.deps.db;
    for (const item of await listReadableDocuments(db, DEPLOYMENT)) {
      const found = await findReadableDocument(db, DEPLOYMENT, item.kind, item.id);
      const doc = found.document;
      const file = await renderDocumentFile(found, 'docx', () => {
        throw new Error('no PDF here');
      });
      const r: Rendered = {
        kind: item.kind,
        id: item.id,
        unitId: item.unitId,
        found,
        format: doc.format,
        date: doc.date,
        expected: await expectedHeader(db, item.unitId, doc.format, doc.date),
        docx: await readDocxLayout(file.body as Buffer),
      };
      rendered.set(item.kind, [...(rendered.get(item.kind) ?? []), r]);
    }
    // The earliest of each kind first (issued before drafts on a tie): the one compared with images.
    for (const list of rendered.values()) {
      list.sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          Number(b.found.issued) - Number(a.found.issued) ||
          (a.found.numberText ?? '').localeCompare(b.found.numberText ?? '') ||
          a.found.document.title.localeCompare(b.found.document.title),
      );
    }
  }, 180_000);

  afterAll(async () => {
    await renderer?.close();
    await t?.close();
    startClockAt(null);
  });

  for (const kind of KINDS) {
    it(`${kind}: the DOCX keeps the form (page, fonts, sizes, header of its date, number, date line, Nơi nhận, signer)`, () => {
      const list = rendered.get(kind) ?? [];
      expect(list.length, `the demo has a ${kind}`).toBeGreaterThan(0);
      for (const r of list) expect(docxBreaches(r), `${kind} ${r.id} of ${r.date}`).toEqual([]);
    });
  }

  it('headers are those of their day: under the district before 1/7/2025, under the province after', () => {
    const all = [...rendered.values()].flat();
    const plan2022 = (rendered.get('ke-hoach') ?? []).find(
      (r) => r.date.startsWith('2022-') && r.found.issued,
    );
    expect(plan2022, 'the demo has the 2022 plan, issued').toBeDefined();
    expect(plan2022!.docx.lines.slice(0, 3).map((l) => l.text)).toEqual([
      'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
      'ĐẢNG ỦY XÃ SƠN GIANG',
      '*',
    ]);
    const after = all.filter((r) => r.date >= TWO_TIERS_FROM);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) {
      const header = r.docx.lines
        .slice(0, 3)
        .map((l) => l.text)
        .join(' / ');
      expect(header, `${r.kind} of ${r.date}`).not.toMatch(/HUYỆN/);
      if (r.format === 'party')
        expect(header, `${r.kind} of ${r.date}`).toMatch(/^ĐẢNG BỘ TỈNH HÀ TĨNH \/ ĐẢNG ỦY XÃ /);
    }
    for (const r of all.filter(
      (x) => x.date < TWO_TIERS_FROM && x.expected.unitName === 'Xã Sơn Giang',
    )) {
      expect(r.expected.parentBody ?? 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN').toBe('ĐẢNG BỘ HUYỆN HƯƠNG SƠN');
    }
  });

  describe.skipIf(!canRenderPdf)('printed to PDF', () => {
    beforeAll(async () => {
      renderer = new PdfRenderer();
      for (const list of rendered.values()) {
        for (const r of list)
          r.pdf = (await renderDocumentFile(r.found, 'pdf', () => renderer!)).body as Buffer;
      }
    }, 180_000);

    for (const kind of KINDS) {
      it(`${kind}: the PDF keeps the form (A4, Times New Roman embedded, margins, sizes of each part)`, () => {
        const list = rendered.get(kind) ?? [];
        expect(list.length).toBeGreaterThan(0);
        for (const r of list)
          expect(pdfBreaches(r, readPdfLayout(r.pdf!)), `${kind} ${r.id} of ${r.date}`).toEqual([]);
      });
    }

    for (const kind of KINDS) {
      it(`${kind}: the pages match the approved images`, () => {
        const r = rendered.get(kind)?.[0];
        expect(r, `the demo has a ${kind}`).toBeDefined();
        const pages = rasterisePdf(r!.pdf!, 60, 2);
        const references = existsSync(FIXTURES)
          ? readdirSync(FIXTURES)
              .filter((f) => f.startsWith(`${kind}-p`) && f.endsWith('.png'))
              .sort((a, b) => pageOf(a) - pageOf(b))
              .map((f) => join(FIXTURES, f))
          : [];
        if (UPDATE) {
          mkdirSync(FIXTURES, { recursive: true });
          for (const old of references) rmSync(old);
          pages.forEach((page, i) =>
            writeFileSync(join(FIXTURES, `${kind}-p${i + 1}.png`), encodePng(page)),
          );
          return;
        }
        expect(
          references,
          `no approved images for ${kind}: run with UPDATE_REFERENCE_IMAGES=1 and look at them`,
        ).not.toHaveLength(0);
        expect(pages.length, `${kind}: page count`).toBe(references.length);
        const out = mkdtempSync(join(tmpdir(), `doithoai-kinds-${kind}-`));
        const failing = pages
          .map((page, i) => ({
            page: i + 1,
            ratio: differenceRatio(page, decodePng(readFileSync(references[i]!))),
          }))
          .filter((f) => f.ratio > TOLERANCE);
        for (const f of failing)
          writeFileSync(join(out, `${kind}-p${f.page}.actual.png`), encodePng(pages[f.page - 1]!));
        if (failing.length === 0) rmSync(out, { recursive: true, force: true });
        expect(
          failing,
          `${kind}: pages differ from the approved images; actual pages in ${out}`,
        ).toEqual([]);
      });
    }
  });
});

const pageOf = (file: string) => Number(/-p(\d+)\.png$/.exec(file)?.[1]);
