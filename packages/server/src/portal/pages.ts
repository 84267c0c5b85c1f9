// The portal's pages: small template functions over `html` (which escapes every value), plain
// forms that work without any script, one column that fits a 360px phone and 200% zoom.
import { vietnamDayOf } from '@doithoai/core';
import type { AttachmentMeta } from '../attachment/attachment.repository.js';
import { PHOTO_MAX_BYTES } from '../attachment/photo-type.js';
import type { SessionSummary } from '../session/session.repository.js';
import { html, page, type SafeHtml } from './html.js';
import {
  CONTENT_MAX,
  CONTACT_MAX,
  NAME_MAX,
  consentQuestions,
  type FieldName,
  type FormValues,
} from './submit-opinion.js';
import type { EndedUnit } from '../unit/ended-unit.js';
import type { DirectoryProvince } from './portal.repository.js';
import type { PublicAnswer } from './published-answers.js';
import type { Tracked } from './track.js';

export interface PublicUnit {
  name: string;
  slug: string;
}

/** A day ('2026-12-07') or an instant (its day in Vietnam, not the UTC day) as dd/mm/yyyy. */
const viDate = (iso: string | null) =>
  iso ? (iso.length > 10 ? vietnamDayOf(iso) : iso).split('-').reverse().join('/') : '';
const sessionTitle = (s: SessionSummary) =>
  s.round
    ? `Hội nghị đối thoại đợt ${s.round} năm ${(s.date ?? '').slice(0, 4)}`
    : `Hội nghị đối thoại ngày ${viDate(s.date)}`;

export function directoryPage(provinces: DirectoryProvince[]): string {
  return page(
    'Cổng đối thoại với Nhân dân — danh sách xã, phường',
    html`
<h1>Đối thoại với Nhân dân</h1>
<p>Chọn xã, phường nơi bạn ở để xem thông báo hội nghị, gửi ý kiến và tra cứu câu trả lời.</p>
${provinces.map(
  (p) =>
    html`<h2>${p.name}</h2>${
      p.communes.length
        ? html`<ul class="links">${p.communes.map((c) => html`<li><a href="/xa/${c.slug}">${c.name}</a></li>`)}</ul>`
        : html`<p>Chưa có xã, phường nào.</p>`
    }${
      p.mergedAway.length
        ? html`<h3>Xã, phường trước khi sắp xếp</h3><p>Hội nghị và câu trả lời của các xã, phường đã sáp nhập vẫn xem được tại đây.</p>
<ul class="links">${p.mergedAway.map((c) => html`<li><a href="/xa/${c.slug}">${c.name} (đến ngày ${viDate(c.lastDay)})</a></li>`)}</ul>`
        : ''
    }`,
)}`,
  );
}

function upcomingCard(unit: PublicUnit, s: SessionSummary): SafeHtml {
  return html`<section class="card" aria-labelledby="s-${s.id}">
<h3 id="s-${s.id}">${sessionTitle(s)}</h3>
<dl>
<dt>Thời gian</dt><dd>${s.startTime ?? ''} ngày ${viDate(s.date)}</dd>
<dt>Địa điểm</dt><dd>${s.venue ?? ''}</dd>
${s.topics.length ? html`<dt>Nội dung</dt><dd><ul>${s.topics.map((t) => html`<li>${t}</li>`)}</ul></dd>` : ''}
<dt>Cách gửi câu hỏi</dt><dd><ul><li><a href="/xa/${unit.slug}/gui-y-kien?hoi-nghi=${s.id}">Gửi trên trang này</a></li>${s.channels.map((c) => html`<li>${c}</li>`)}</ul>
${s.submissionDeadline ? html`<p>Hạn gửi: ngày ${viDate(s.submissionDeadline)}.</p>` : ''}</dd>
</dl>
${s.shortNotice ? html`<h4>Thông báo trên loa truyền thanh</h4><p class="notice">${s.shortNotice}</p>` : ''}
<p><a class="btn" href="/xa/${unit.slug}/gui-y-kien?hoi-nghi=${s.id}">Gửi câu hỏi, đăng ký phát biểu</a></p>
${s.noticeDocumentId ? html`<p><a href="/xa/${unit.slug}/van-ban/${s.id}/thong-bao">Xem toàn văn thông báo</a></p>` : ''}
</section>`;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function homePage(
  unit: PublicUnit,
  upcoming: SessionSummary[],
  past: SessionSummary[],
  recent: PublicAnswer[] = [],
  ended: EndedUnit | null = null,
): string {
  // A commune merged away keeps its history here; new opinions go to its successor.
  const send = ended
    ? html`<p class="alert">${ended.name} hoạt động đến hết ngày ${viDate(ended.lastDay)}${ended.successor ? html`, nay thuộc ${ended.successor.name}` : ''}. Hội nghị và câu trả lời trước đó vẫn xem được dưới đây; ý kiến mới xin gửi tới ${ended.successor?.name ?? 'đơn vị kế thừa'}.</p>
${ended.successor?.slug ? html`<p><a class="btn" href="/xa/${ended.successor.slug}/gui-y-kien">Gửi ý kiến tới ${ended.successor.name}</a></p>` : ''}`
    : html`<p><a class="btn" href="/xa/${unit.slug}/gui-y-kien">Gửi ý kiến</a></p>`;
  return page(
    `${unit.name} — đối thoại với Nhân dân`,
    html`
<h1>${unit.name}: đối thoại với Nhân dân</h1>
${send}
<ul class="links"><li><a href="/xa/${unit.slug}/tra-cuu">Tra cứu ý kiến đã gửi bằng mã</a></li>
<li><a href="/xa/${unit.slug}/tra-loi">Câu trả lời của xã đã công bố</a></li></ul>
${
  ended
    ? ''
    : html`<h2>Hội nghị sắp tới</h2>
${upcoming.length ? upcoming.map((s) => upcomingCard(unit, s)) : html`<p>Chưa có hội nghị nào được thông báo. Bạn vẫn có thể gửi ý kiến bất cứ lúc nào.</p>`}`
}
<h2>Hội nghị đã tổ chức</h2>
${
  past.length
    ? html`<ul class="links">${past.map((s) => html`<li>${sessionTitle(s)}, ngày ${viDate(s.date)}: <a href="/xa/${unit.slug}/van-ban/${s.id}/ket-luan">Thông báo kết luận</a> · <a href="/xa/${unit.slug}/tra-loi?hoi-nghi=${s.id}">Câu trả lời sau hội nghị</a></li>`)}</ul>`
    : html`<p>Chưa có hội nghị nào.</p>`
}
<h2>Câu trả lời mới công bố</h2>
${
  recent.length
    ? html`${recent.map(
        (
          a,
        ) => html`<article class="card"><p class="notice">${a.question ? html`<strong>Hỏi:</strong> ${cut(a.question, 200)}` : 'Câu hỏi không đăng công khai theo ý người gửi.'}</p>
<p>${a.askedBy}</p><p class="notice"><strong>Trả lời:</strong> ${cut(a.answer, 300)}</p><p>${a.officialName}, ngày ${viDate(a.publishedAt)}.</p></article>`,
      )}
<p><a href="/xa/${unit.slug}/tra-loi">Xem và tìm tất cả câu trả lời</a></p>`
    : html`<p>Chưa có câu trả lời nào được công bố.</p>`
}`,
    unit,
  );
}

const errorId = (f: FieldName) => `${f}-error`;
const errorOf = (errors: Partial<Record<FieldName, string>>, f: FieldName) =>
  errors[f] ? html`<p class="error" id="${errorId(f)}">${errors[f]!}</p>` : '';
const describedBy = (errors: Partial<Record<FieldName, string>>, f: FieldName, hint?: string) => {
  const ids = [hint, errors[f] ? errorId(f) : undefined].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
};
const invalid = (errors: Partial<Record<FieldName, string>>, f: FieldName) =>
  errors[f] ? html` class="invalid" aria-invalid="true"` : '';
const checked = (on: boolean) => (on ? html` checked` : '');

export const emptyForm = (sessionId = ''): FormValues => ({
  fullName: '',
  villageId: '',
  contact: '',
  content: '',
  consentContact: false,
  consentPublish: false,
  speak: false,
  sessionId,
  website: '',
  heldPhotoId: '',
});

const sizeText = (n: number) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;

/** Each field as the refusal's summary names it (a link to it), in the order of the form. */
const fieldNames: Record<FieldName, string> = {
  fullName: 'Họ và tên',
  villageId: 'Thôn',
  contact: 'Số điện thoại hoặc email',
  content: 'Nội dung ý kiến',
  photo: 'Ảnh kèm theo',
  consentContact: 'Đồng ý để xã liên hệ',
  speak: 'Đăng ký phát biểu',
};

export function formPage(
  unit: PublicUnit,
  villages: { id: string; name: string }[],
  upcoming: SessionSummary[],
  values: FormValues,
  errors: Partial<Record<FieldName, string>> = {},
  general: string | null = null,
  heldPhoto: AttachmentMeta | null = null,
): string {
  const session = upcoming.find((s) => s.id === values.sessionId) ?? upcoming[0];
  const fieldsToFix = (Object.keys(fieldNames) as FieldName[]).filter((f) => errors[f]);
  return page(
    `Gửi ý kiến — ${unit.name}`,
    html`
<h1>Gửi ý kiến đến ${unit.name}</h1>
${
  general
    ? html`<div class="alert" role="alert"><p>${general}</p>${
        fieldsToFix.length
          ? html`<p>Các ô cần sửa:</p><ul class="links">${fieldsToFix.map((f) => html`<li><a href="#${f}">${fieldNames[f]}</a></li>`)}</ul>`
          : ''
      }</div>`
    : ''
}
<p>Các ô có dấu * là bắt buộc. Họ tên, số điện thoại của bạn không được đăng công khai.</p>
<form method="post" action="/xa/${unit.slug}/gui-y-kien" accept-charset="utf-8" enctype="multipart/form-data">
<div class="field"><label for="fullName">Họ và tên *</label>
<input type="text" id="fullName" name="fullName" autocomplete="name" maxlength="${NAME_MAX}" required value="${values.fullName}"${invalid(errors, 'fullName')}${describedBy(errors, 'fullName')}>
${errorOf(errors, 'fullName')}</div>
<div class="field"><label for="villageId">Thôn *</label>
<select id="villageId" name="villageId" required${invalid(errors, 'villageId')}${describedBy(errors, 'villageId')}>
<option value="">— Chọn thôn —</option>
${villages.map((v) => html`<option value="${v.id}"${values.villageId === v.id ? html` selected` : ''}>${v.name}</option>`)}
</select>${errorOf(errors, 'villageId')}</div>
<div class="field"><label for="contact">Số điện thoại hoặc email (không bắt buộc)</label>
<p class="hint" id="contact-hint">Cần nếu bạn muốn được trả lời riêng. Ví dụ: 0912 345 678.</p>
<input type="text" id="contact" name="contact" autocomplete="tel" maxlength="${CONTACT_MAX}" value="${values.contact}"${invalid(errors, 'contact')}${describedBy(errors, 'contact', 'contact-hint')}>
${errorOf(errors, 'contact')}</div>
<div class="field"><label for="content">Nội dung ý kiến, câu hỏi *</label>
<p class="hint" id="content-hint">Tối đa ${CONTENT_MAX} ký tự.</p>
<textarea id="content" name="content" rows="8" maxlength="${CONTENT_MAX}" required${invalid(errors, 'content')}${describedBy(errors, 'content', 'content-hint')}>${values.content}</textarea>
${errorOf(errors, 'content')}</div>
<div class="field"><label for="photo">Ảnh kèm theo (không bắt buộc)</label>
<p class="hint" id="photo-hint">Một ảnh JPEG, PNG hoặc WebP, tối đa ${PHOTO_MAX_BYTES / 1024 / 1024} MB. Ảnh chỉ cán bộ xã xem, không đăng công khai.</p>
${
  heldPhoto
    ? html`<p class="ok" id="photo-held">Xã đã nhận ảnh${heldPhoto.originalName ? html` «${heldPhoto.originalName}»` : ''} (${sizeText(heldPhoto.size)}), không cần chọn lại. Chọn ảnh khác nếu muốn thay.</p>
<input type="hidden" name="heldPhotoId" value="${heldPhoto.id}">`
    : ''
}
<input type="file" id="photo" name="photo" class="file-input" accept="image/jpeg,image/png,image/webp"${invalid(errors, 'photo')}${describedBy(errors, 'photo', heldPhoto ? 'photo-hint photo-held' : 'photo-hint')}>
<label for="photo" class="file-button">${heldPhoto ? 'Chọn ảnh khác' : 'Chọn ảnh hoặc chụp ảnh'}</label>
<p class="hint">Sau khi gửi, trang biên nhận ghi tên ảnh xã đã nhận.</p>
${errorOf(errors, 'photo')}</div>
<fieldset><legend>Sự đồng ý của bạn (đánh dấu nếu đồng ý)</legend>
<div class="check"><input type="checkbox" id="consentContact" name="consentContact" value="yes"${checked(values.consentContact)}${describedBy(errors, 'consentContact')}><label for="consentContact">${consentQuestions.contact.vi}</label></div>
${errorOf(errors, 'consentContact')}
<div class="check"><input type="checkbox" id="consentPublish" name="consentPublish" value="yes"${checked(values.consentPublish)}><label for="consentPublish">${consentQuestions.publish.vi}</label></div>
</fieldset>
${
  session
    ? html`<fieldset><legend>Đăng ký phát biểu</legend>
<input type="hidden" name="sessionId" value="${session.id}">
<div class="check"><input type="checkbox" id="speak" name="speak" value="yes"${checked(values.speak)}${describedBy(errors, 'speak')}><label for="speak">Đăng ký phát biểu tại ${sessionTitle(session)}, ${session.startTime ?? ''} ngày ${viDate(session.date)}, ${session.venue ?? ''}</label></div>
${errorOf(errors, 'speak')}</fieldset>`
    : ''
}
<div class="trap" aria-hidden="true"><label for="website">Không điền ô này</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off" value="${values.website}"></div>
<p><button type="submit">Gửi ý kiến</button></p>
</form>`,
    unit,
  );
}

export function receiptPage(unit: PublicUnit, code: string, photos: string[] = []): string {
  return page(
    `Đã gửi ý kiến — ${unit.name}`,
    html`
<h1>Đã gửi ý kiến</h1>
<div class="ok" role="status"><p>Xã đã nhận ý kiến của bạn. Mã tra cứu của bạn là:</p><p class="code" id="tracking-code"><span>${code.slice(0, 4)}</span><span>${code.slice(4)}</span></p>
<p><strong>Chép mã này ra giấy hoặc chụp màn hình</strong> để giữ lại: cần mã này để xem xã trả lời.</p>
${photos.length ? html`<p id="photos-received">Xã đã nhận ảnh kèm theo: ${photos.map((p, i) => html`${i ? ', ' : ''}«${p}»`)}.</p>` : ''}</div>
<h2>Việc tiếp theo</h2>
<p>Xã sẽ xem xét ý kiến của bạn. Để xem xã đã giải quyết đến đâu và câu trả lời: bấm nút «Tra cứu ý kiến» dưới đây, hoặc sau này vào trang ${unit.name}, chọn «Tra cứu ý kiến đã gửi bằng mã» rồi gõ mã (chữ hoa hay chữ thường đều được).</p>
<p><a class="btn" href="/xa/${unit.slug}/tra-cuu?ma=${code}">Tra cứu ý kiến</a></p>
<p><a href="/xa/${unit.slug}">Về trang ${unit.name}</a></p>`,
    unit,
  );
}

export function trackPage(
  unit: PublicUnit,
  typed: string,
  found: Tracked | null,
  message: string | null,
): string {
  return page(
    `Tra cứu ý kiến — ${unit.name}`,
    html`
<h1>Tra cứu ý kiến</h1>
<form method="get" action="/xa/${unit.slug}/tra-cuu">
<div class="field"><label for="ma">Mã tra cứu (8 ký tự)</label>
<p class="hint" id="ma-hint">Mã ghi trên giấy biên nhận hoặc trong tin nhắn xã gửi, ví dụ: K7M2QX9A. Chữ hoa hay chữ thường, có dấu cách hay không đều được.</p>
<input type="text" id="ma" name="ma" autocapitalize="characters" autocomplete="off" spellcheck="false" maxlength="20" value="${typed}"${message ? html` aria-describedby="ma-hint ma-error" aria-invalid="true" class="invalid"` : html` aria-describedby="ma-hint"`}>
${message ? html`<p class="error" id="ma-error">${message}</p>` : ''}</div>
<p><button type="submit">Tra cứu</button></p>
</form>
${
  found
    ? html`<section aria-labelledby="result">
<h2 id="result">Ý kiến mã ${found.code}</h2>
<p><strong>Tình trạng: ${found.stateName}.</strong> ${found.explanation}</p>
<dl><dt>Ngày xã nhận ý kiến</dt><dd>${viDate(found.receivedOn)}</dd>
<dt>Nơi giải quyết</dt><dd>${found.office.body}${found.office.field ? html`<br>Lĩnh vực: ${found.office.field}` : ''}${found.office.position ? html`<br>Cán bộ phụ trách: ${found.office.position}` : ''}${found.office.escalatedTo ? html`<br>Đã đề nghị ${found.office.escalatedTo} giải quyết` : ''}</dd>
${found.session ? html`<dt>Đăng ký phát biểu tại hội nghị</dt><dd>Ngày ${viDate(found.session.date)}, ${found.session.venue ?? ''}</dd>` : ''}
${found.expected.session ? html`<dt>Dự kiến trả lời</dt><dd>Tại hội nghị đối thoại ngày ${viDate(found.expected.session.date)}${found.expected.session.venue ? html`, ${found.expected.session.venue}` : ''}</dd>` : ''}
${found.expected.nextRound ? html`<dt>Dự kiến trả lời</dt><dd>Tại hội nghị đối thoại đợt ${found.expected.nextRound.round}, tổ chức chậm nhất ngày ${viDate(found.expected.nextRound.heldBy)}<br><span class="hint">Theo quy chế đối thoại của tỉnh; xã sẽ thông báo ngày giờ, địa điểm.</span></dd>` : ''}
${found.expected.acknowledgement ? html`<dt>Hạn xã thông báo việc thụ lý</dt><dd>Ngày ${viDate(found.expected.acknowledgement.date)}<br><span class="hint">Cách tính: ${found.expected.acknowledgement.how}.</span></dd>` : ''}
${found.due ? html`<dt>Hạn trả lời bằng văn bản</dt><dd>Ngày ${viDate(found.due.date)} (${found.due.basis})${found.due.how ? html`<br><span class="hint">Cách tính: ${found.due.how}.</span>` : ''}</dd>` : ''}
</dl>
<h3>Các bước đã qua</h3>
<ul>${found.steps.map((s) => html`<li>${viDate(s.at)}: ${s.stateName}</li>`)}</ul>
${found.answer ? html`<h3>Câu trả lời</h3><p class="notice">${found.answer.text}</p><p>Người trả lời: ${found.answer.officialName}, ngày ${viDate(found.answer.publishedAt)}.</p>` : html`<p>Chưa có câu trả lời được công bố.</p>`}
</section>`
    : ''
}`,
    unit,
  );
}

export function answersPage(
  unit: PublicUnit,
  query: string,
  found: PublicAnswer[],
  total: number,
  pageNo: number,
  pageSize: number,
  session: SessionSummary | null = null,
): string {
  const pages = Math.max(1, Math.ceil(found.length / pageSize));
  const shown = found.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  const link = (n: number) =>
    `/xa/${unit.slug}/tra-loi?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(session ? { 'hoi-nghi': session.id } : {}), trang: String(n) }).toString()}`;
  return page(
    `Câu trả lời đã công bố — ${unit.name}`,
    html`
<h1>Câu trả lời đã công bố</h1>
${session ? html`<p>Sau ${sessionTitle(session)}, ngày ${viDate(session.date)}. <a href="/xa/${unit.slug}/tra-loi">Xem câu trả lời của mọi hội nghị</a></p>` : ''}
<p>Các câu trả lời của ${unit.name} cho ý kiến của Nhân dân. Họ tên người hỏi được viết tắt.</p>
<form method="get" action="/xa/${unit.slug}/tra-loi" role="search">
${session ? html`<input type="hidden" name="hoi-nghi" value="${session.id}">` : ''}
<div class="field"><label for="q">Tìm trong câu hỏi và câu trả lời</label>
<p class="hint" id="q-hint">Gõ có dấu hoặc không dấu, ví dụ: duong giao thong.</p>
<input type="search" id="q" name="q" maxlength="200" value="${query}" aria-describedby="q-hint"></div>
<p><button type="submit">Tìm</button></p>
</form>
<p role="status">${query ? html`Tìm thấy ${found.length} câu trả lời cho «${query}».` : total ? html`Có ${total} câu trả lời.` : 'Chưa có câu trả lời nào được công bố.'}</p>
${shown.map(
  (a) => html`<article class="card">
<h2 class="q">${a.question ? html`Hỏi: ${a.question}` : 'Câu hỏi không đăng công khai theo ý người gửi.'}</h2>
<p>Người hỏi: ${a.askedBy}</p>
<p class="notice"><strong>Trả lời:</strong> ${a.answer}</p>
<p>Người trả lời: ${a.officialName}, ngày ${viDate(a.publishedAt)}.</p>
</article>`,
)}
${pages > 1 ? html`<nav aria-label="Trang"><ul class="links">${pageNo > 1 ? html`<li><a href="${link(pageNo - 1)}">← Trang trước</a></li>` : ''}<li>Trang ${pageNo}/${pages}</li>${pageNo < pages ? html`<li><a href="${link(pageNo + 1)}">Trang sau →</a></li>` : ''}</ul></nav>` : ''}
<p><a href="/xa/${unit.slug}">Về trang ${unit.name}</a></p>`,
    unit,
  );
}

export function messagePage(
  title: string,
  text: string,
  back?: { href: string; label: string },
): string {
  return page(
    title,
    html`<h1>${title}</h1><p>${text}</p>${back ? html`<p><a href="${back.href}">${back.label}</a></p>` : ''}`,
  );
}

export function notFoundPage(): string {
  return page(
    'Không tìm thấy trang',
    html`<h1>Không tìm thấy trang</h1><p><a href="/xa">Về danh sách xã, phường</a></p>`,
  );
}
