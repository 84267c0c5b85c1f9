// The portal's pages for an older citizen on a phone, as plain functions (no database): a refused
// form names each field to fix at the top, a link to it, with what was typed kept; the receipt's
// code is two groups of four whose text is still the code; a code noted down with spaces, dashes
// or dots tracks; an official document's data table names each cell's column for the phone layout.
import { describe, expect, it } from 'vitest';
import { stackDataTables } from '../src/portal/document-table.js';
import { answersPage, emptyForm, formPage, receiptPage } from '../src/portal/pages.js';
import { normaliseCode } from '../src/portal/tracking-code.js';

const unit = { name: 'Xã Sơn Giang', slug: 'son-giang' };

describe('portal pages on a phone', () => {
  it('a refused form names each field to fix, a link to it,, and keeps what was typed', () => {
    const page = formPage(
      unit,
      [{ id: 'v1', name: 'Thôn Khe Bá' }],
      [],
      { ...emptyForm(), fullName: 'Nguyen Van Ba', contact: '0912 34', content: 'sua duong' },
      {
        villageId: 'Vui lòng chọn thôn nơi bạn ở.',
        contact: 'Số điện thoại hoặc email chưa đúng.',
      },
      'Ý kiến chưa gửi được. Vui lòng sửa các ô có thông báo màu đỏ.',
    );
    const alert = /<div class="alert" role="alert">([\s\S]*?)<\/div>/.exec(page)![1]!;
    expect(alert).toContain(
      '<p>Các ô cần sửa:</p><ul class="links"><li><a href="#villageId">Thôn</a></li><li><a href="#contact">Số điện thoại hoặc email</a></li></ul>',
    );
    // Each message stays once, beside its field.
    expect(page.split('Vui lòng chọn thôn nơi bạn ở.')).toHaveLength(2);
    expect(page).toContain('value="Nguyen Van Ba"');
    expect(page).toContain('value="0912 34"');
    expect(page).toContain('>sua duong</textarea>');
  });

  it('a general refusal without a field to fix has no list', () => {
    const page = formPage(unit, [], [], emptyForm(), {}, 'Bạn đã gửi nhiều ý kiến.');
    expect(page).toContain('<div class="alert" role="alert"><p>Bạn đã gửi nhiều ý kiến.</p></div>');
  });

  it('the receipt shows the code as two groups of four, its text the code itself, and the next step', () => {
    const page = receiptPage(unit, 'K7M2QX9A');
    expect(page).toContain(
      '<p class="code" id="tracking-code"><span>K7M2</span><span>QX9A</span></p>',
    );
    expect(page).toContain('Chép mã này ra giấy hoặc chụp màn hình');
    expect(page).toContain('chữ hoa hay chữ thường đều được');
    expect(page).toContain('href="/xa/son-giang/tra-cuu?ma=K7M2QX9A"');
  });

  it('a code tracks however it was noted down; anything else is not a code', () => {
    for (const typed of ['k7m2qx9a', 'K7M2 QX9A', ' k7m2-qx9a ', 'K7M2.QX9A.', 'k7m2_qx9a'])
      expect(normaliseCode(typed), typed).toBe('K7M2QX9A');
    for (const typed of ['K7M2QX9', 'K7M2QX9AB', 'K7M2QX0A', 'K7M2QXIA', ''])
      expect(normaliseCode(typed), typed).toBeNull();
  });

  it('the published answers say there are none yet, not "0 answers"', () => {
    const page = answersPage(unit, '', [], 0, 1, 20);
    expect(page).toContain('Chưa có câu trả lời nào được công bố.');
    expect(page).not.toContain('Có 0 câu trả lời');
  });

  it("a document's data table: each cell names its column; a table with merged cells is left as is", () => {
    const doc = `<p>x</p><table class="data"><colgroup><col><col></colgroup><thead><tr><th>TT</th><th>Nội dung<br>ý kiến &amp; kiến nghị</th></tr></thead><tbody>
<tr><td class="center">1</td><td class="justify">Sửa đường</td></tr>
<tr><td class="center">2</td><td>Đèn</td></tr>
</tbody></table><table class="layout closing"><tr><td>Nơi nhận</td></tr></table>`;
    const out = stackDataTables(doc);
    expect(out).toContain('<table class="data stacked">');
    expect(out).toContain('<td data-label="TT" class="center">1</td>');
    expect(out).toContain(
      '<td data-label="Nội dung ý kiến &amp; kiến nghị" class="justify">Sửa đường</td>',
    );
    expect(out).toContain('<td data-label="Nội dung ý kiến &amp; kiến nghị">Đèn</td>');
    expect(out).toContain('<th>TT</th>');
    expect(out).toContain('<table class="layout closing"><tr><td>Nơi nhận</td></tr></table>');

    const merged = doc.replace('<td>Đèn</td>', '<td colspan="2">Đèn</td>');
    expect(stackDataTables(merged)).toBe(merged);
  });
});
