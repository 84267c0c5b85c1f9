import { describe, expect, it } from 'vitest';
import { petitionFeatures } from './features.js';
import { problemLexicon, problemLexiconCanonicals } from './lexicon.problems.vi.js';

/** The classes a petition names: those whose canonical's words all stand among its features. */
const classWords = problemLexiconCanonicals
  .map((c) => ({
    c,
    words: [...petitionFeatures(c).features.keys()].filter(
      (f) => !f.includes('_') && !f.startsWith('!'),
    ),
  }))
  .filter((x) => x.words.length > 0);
const problems = (text: string) => {
  const f = petitionFeatures(text).features;
  return classWords
    .filter((x) => x.words.every((w) => f.has(w)))
    .map((x) => x.c)
    .sort();
};
const shareAProblem = (a: string, b: string) => problems(a).some((p) => problems(b).includes(p));

describe('problem table (lexicon.problems.vi.ts)', () => {
  it('holds problem classes of a few variants each, no entry over the 40 a lexicon entry holds', () => {
    expect(problemLexiconCanonicals.length).toBeGreaterThanOrEqual(60);
    for (const e of problemLexicon) expect(e.variants.length, e.canonical).toBeLessThanOrEqual(40);
  });

  // The same complaint in other words names the same problem.
  const same: [string, string][] = [
    [
      'Tiền hỗ trợ lũ lụt năm ngoái đến nay bà con vẫn chưa nhận được',
      'Đề nghị xã chi trả tiền hỗ trợ thiệt hại do lũ, đã lâu mà chưa chi trả',
    ],
    [
      'Giá đền bù đất ruộng quá thấp so với thị trường',
      'gia den bu re mat, chua thoa dang, dan khong dong y',
    ],
    [
      'Thu tiền làm đường quá cao, nhiều khoản đóng góp',
      'Thôn thu phí làm đường không có biên lai, thu sai quy định',
    ],
    [
      'Danh sách hộ nghèo bình xét không công khai, khuất tất',
      'De nghi cong khai minh bach danh sach ho ngheo',
    ],
    [
      'Bình xét hộ nghèo thiên vị, người nhà cán bộ được vào danh sách',
      'Việc xét hộ cận nghèo không công bằng, chọn người quen',
    ],
    ['Mương thoát nước xóm 3 bị bồi lấp', 'muong thoat nuoc bi tac nghen, nuoc khong chay'],
    [
      'Rác thải tồn đọng nhiều ngày không được thu gom',
      'Rác ùn ứ đầu thôn, lâu lâu mới thu gom một lần',
    ],
    [
      'Sóng điện thoại ở thôn 5 rất yếu, mất sóng thường xuyên',
      'Thôn 5 không có sóng, gọi điện phải ra đầu làng',
    ],
    [
      'Điện sinh hoạt chập chờn, điện áp thấp không chạy được máy bơm',
      'Điện yếu quá, bóng đèn không sáng nổi, đề nghị nâng cấp trạm biến áp',
    ],
    [
      'Đèn đường đoạn qua chợ bị hỏng, ban đêm tối om',
      'Đoạn đường qua chợ không có đèn chiếu sáng, tối tăm, nguy hiểm',
    ],
    [
      'Dây điện, dây cáp viễn thông chằng chịt, võng thấp',
      'Cáp mạng giăng mắc lộn xộn như mạng nhện trên đường thôn',
    ],
    [
      'Trường mầm non cách xa khu dân cư, các cháu đi lại khó',
      'Điểm trường ở xa xôi hẻo lánh, học sinh phải đi bộ mấy cây số',
    ],
    ['Trộm chó hoạt động ban đêm', 'Đề nghị công an xử lý nạn cẩu tặc dùng súng điện bắt chó'],
    ['Xe tải chở đá chạy qua làm rung nứt nhà dân', 'Nổ mìn khai thác đá làm nhà bị nứt tường'],
    [
      'Cán bộ địa chính thường xuyên vắng mặt tại trụ sở',
      'Cán bộ một cửa đi làm muộn về sớm, làm việc riêng trong giờ làm việc',
    ],
    ['Giống lúa hỗ trợ nảy mầm kém', 'Lúa giống cấp về kém chất lượng, hạt lép nhiều'],
    ['Đường lên rẫy bị sạt lỡ', 'Taluy đường bị xói lở, đá lăn xuống'],
    ['Nuoc gieng nhieu nha bi o nhiem, co mui tanh', 'Nước giếng đen ngòm, mùi hôi khó chịu'],
    [
      'Hồ sơ chế độ người có công nộp từ năm ngoái nhưng đến nay vẫn chưa được giải quyết',
      'Đã kiến nghị nhiều lần về hồ sơ chế độ nhưng hứa mãi',
    ],
  ];
  it.each(same)('"%s" and "%s" name the same problem', (a, b) => {
    expect(problems(a).length, a).toBeGreaterThan(0);
    expect(problems(b).length, b).toBeGreaterThan(0);
    expect(shareAProblem(a, b), `${problems(a)} / ${problems(b)}`).toBe(true);
  });

  // Different complaints about the same thing name different problems.
  const different: [string, string][] = [
    ['Sổ đỏ nhà tôi làm lâu quá chưa được cấp', 'Sổ đỏ ghi sai diện tích thửa đất'],
    ['Tiền hỗ trợ người có công chậm chi trả', 'Mức hỗ trợ người có công quá thấp'],
    ['Điện yếu, chập chờn vào buổi tối', 'Thôn bị mất điện cả ngày không báo trước'],
    ['Karaoke hát xuyên đêm gây mất ngủ', 'Nhà nghỉ ven quốc lộ có hoạt động mua bán dâm'],
    ['Nhiều người dân vứt rác bừa bãi xuống kênh', 'Rác không được thu gom, tồn đọng nhiều ngày'],
    ['Cán bộ hộ tịch thái độ hách dịch với dân', 'Cán bộ hộ tịch vòi tiền khi làm giấy khai sinh'],
  ];
  it.each(different)('"%s" and "%s" name different problems', (a, b) => {
    expect(problems(a).length, a).toBeGreaterThan(0);
    expect(problems(b).length, b).toBeGreaterThan(0);
    expect(shareAProblem(a, b), `${problems(a)} / ${problems(b)}`).toBe(false);
  });

  it('does not read common words as problems ("xã", "vô", "cầu cho", "đỗ xe", "qua loa", "bố trí", "làm thủ tục")', () => {
    for (const t of [
      'Đề nghị bố trí kinh phí làm nhà văn hóa',
      'Người dân đến xã làm thủ tục tách thửa',
      'lam thu tuc tach thua o xa',
      'di vo xa lam giay to',
      'Đề nghị xã làm cầu cho bà con đi lại',
      'Thông báo qua loa truyền thanh của thôn',
      'Đề nghị quy hoạch bãi đỗ xe ở chợ',
      'de nghi xa ho tro giong lua',
      // Typed without accents: "thấm", "sạt", "kẹt", "bục" are one-word variants.
      'nguoi dan tham gia giam sat cong trinh',
      'de nghi xa cho biet ket qua, nguoi dan rat buc xuc',
    ]) {
      expect(problems(t), t).toEqual([]);
    }
  });

  it('matches a phrase by sound only with its vowel marks as typed ("Văn Đức" is not "vẩn đục")', () => {
    // Each sounds like a complaint (vẩn đục, thối hoắc, tù đọng, đá đổ), written with other marks.
    for (const t of [
      'Ông Lê Văn Đức ở thôn 3 đề nghị',
      'Đơn vị cũ thôi hoạt động từ ngày 1/7',
      'Chuyển hồ sơ từ đơn vị cũ sang, giao tự động cho công chức',
    ])
      expect(problems(t), t).toEqual([]);
    // A misspelling keeps its marks and still reads as the complaint.
    expect(problems('đường xạt lỡ nặng')).toEqual(problems('đường sạt lở nặng'));
    expect(problems('ao tù đọng nước, muỗi nhiều').length).toBeGreaterThan(0);
  });
});
