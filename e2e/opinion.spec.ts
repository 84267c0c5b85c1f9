// A clerk imports the list the Fatherland Front compiled in Excel, fixes the two bad rows the
// preview points out, merges a suggested cluster of duplicates in one step, and sees the matters
// assigned to officials.
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';

async function mttqSpreadsheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('MTTQ');
  ws.addRow(['TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI — Ủy ban MTTQ xã Sơn Giang']);
  ws.addRow([
    'STT',
    'Nội dung ý kiến, kiến nghị',
    'Thôn',
    'Họ và tên người phản ánh',
    'Điện thoại',
    'Lĩnh vực',
  ]);
  ws.addRow([
    1,
    'Đề nghị nạo vét kênh mương xứ đồng Bàu Sen trước vụ Hè Thu',
    'Thôn Đồng Lạc',
    'Lê Văn Hải',
    '0912345678',
    'Nông nghiệp, nông thôn, nông thôn mới',
  ]);
  ws.addRow([
    2,
    'Trạm y tế xã thiếu thuốc điều trị bệnh mãn tính cho người cao tuổi',
    'Thôn Trung Thủy',
    'Phan Thị Cúc',
    '',
    'Văn hóa – xã hội',
  ]);
  ws.addRow([3, '', 'Thôn Giang Hà', 'Nguyễn Văn Tư', '', '']);
  ws.addRow([
    4,
    'Tình trạng trộm cắp gà vịt ban đêm ở xóm Cồn',
    'Thôn Khe Bá Mới',
    'Hồ Thị Mận',
    '12345',
    'An ninh trật tự',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a clerk imports an MTTQ list, fixes two bad rows, merges a duplicate and sees the assignments', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('doithoai2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'mttq-son-giang.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await mttqSpreadsheet(),
  });
  await expect(page.getByText('2 dòng hợp lệ')).toBeVisible();
  await expect(page.getByText('2 dòng lỗi')).toBeVisible();
  await expect(page.getByText('Cột «Nội dung ý kiến, kiến nghị»: thiếu nội dung')).toBeVisible();
  await expect(
    page.getByText('Cột «Thôn»: không có thôn «Thôn Khe Bá Mới» trong xã'),
  ).toBeVisible();

  await page
    .getByLabel('Dòng 5 · Nội dung ý kiến, kiến nghị')
    .fill('Đề nghị làm lại cầu tràn qua khe Cò bị lũ cuốn trôi');
  // Each bad row offers its content and the columns at fault, under the file's own column names.
  await expect(page.getByLabel('Dòng 5 · Thôn')).toHaveCount(0);
  await page.getByLabel('Dòng 6 · Thôn').fill('Thôn Khe Bá');
  await page.getByLabel('Dòng 6 · Điện thoại').fill('0912000333');
  await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await expect(page.getByText('4 dòng hợp lệ')).toBeVisible();
  await expect(page.getByText('0 dòng lỗi')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập các dòng hợp lệ' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã nhập 4 ý kiến, bỏ qua 0 dòng');

  await page.getByRole('link', { name: 'Phân loại, trùng lặp' }).click();
  // Clusters of opinions raising one concern: the first is merged in one step, all of it ticked.
  const heading = page.getByRole('heading', {
    name: /^Ý kiến cùng nội dung, cách viết khác nhau \(\d+\)$/,
  });
  const total = async () => Number((await heading.textContent())!.match(/\((\d+)\)/)![1]);
  const first = page.getByTestId('cluster').first();
  await expect(first).toBeVisible();
  const before = await total();
  const size = await first.getByTestId('cluster-member').count();
  expect(size).toBeGreaterThanOrEqual(2);
  await expect(first.getByTestId('cluster-merge')).toHaveText(`Gộp ${size} ý kiến`);
  await first.getByTestId('cluster-merge').click();
  await expect(page.getByRole('status')).toContainText(`Đã gộp ${size} ý kiến`);
  await expect(heading).toHaveText(`Ý kiến cùng nội dung, cách viết khác nhau (${before - 1})`);

  await page.getByRole('link', { name: 'Ý kiến, kiến nghị' }).click();
  await page.getByLabel('Tìm (gõ không dấu cũng được)').fill('bau sen');
  const row = page.getByTestId('opinion-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Phan Thị Hương');
  await expect(row).toContainText('Đã giao');
  await page.getByLabel('Tìm (gõ không dấu cũng được)').fill('tram y te thieu thuoc');
  await expect(row.first()).toContainText('Võ Thị Lan');
  await page.getByLabel('Tìm (gõ không dấu cũng được)').fill('trom cap ga vit');
  await expect(row.first()).toContainText('Nguyễn Hữu Thắng');
});
