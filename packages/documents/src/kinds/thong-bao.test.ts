import { describe, expect, it } from 'vitest';
import { buildSessionAnnouncement, timeVi, weekdayVi } from './thong-bao.js';
import { renderDocx } from '../render/docx/render-docx.js';
import { documentText, openDocx } from '../testing/docx-xml.js';
import { sampleAnnouncement } from '../testing/samples.js';

describe('buildSessionAnnouncement', () => {
  it('names weekdays and times the Vietnamese way', () => {
    expect(weekdayVi('2026-06-05')).toBe('thứ Sáu');
    expect(weekdayVi('2026-06-07')).toBe('Chủ nhật');
    expect(timeVi('07:30')).toBe('7 giờ 30 phút');
    expect(timeVi('14:00')).toBe('14 giờ 00');
    expect(() => timeVi('7h30')).toThrow(RangeError);
  });

  it('announces time, place, chairs, participants, content and how to send questions', async () => {
    const text = documentText(
      (await openDocx(await renderDocx(buildSessionAnnouncement(sampleAnnouncement())))).document,
    );
    const parts = [
      'Số: 05/TB-UBND',
      'THÔNG BÁO',
      'Thực hiện Kế hoạch số 25-KH/ĐU',
      '1. Thời gian: Từ 7 giờ 30 phút, thứ Sáu, ngày 05 tháng 6 năm 2026.',
      '2. Địa điểm: Hội trường UBND xã Sơn Giang.',
      '3. Chủ trì hội nghị:',
      '4. Thành phần:',
      '5. Nội dung:',
      '6. Gửi ý kiến, đăng ký phát biểu: Công dân có ý kiến, kiến nghị gửi trước ngày 01 tháng 6 năm 2026',
      '- Gửi trực tuyến trên trang Đối Thoại',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
    ];
    const positions = parts.map((p) => text.indexOf(p));
    expect(parts.filter((_, i) => positions[i] === -1)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
