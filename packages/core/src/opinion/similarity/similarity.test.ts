import { describe, expect, it } from 'vitest';
import { clusterPetitions } from './cluster.js';
import { pairScore, problemsApart, weigh } from './compare.js';
import { petitionFeatures, retrievalTerms } from './features.js';
import { compileLexicon } from './lexicon.js';
import { rankSimilar, RELATED_THRESHOLD } from './rank.js';
import { addWeights, backgroundWeights, corpusWeights } from './weights.js';

const lexicon = compileLexicon(
  [{ kind: 'place', canonical: 'Đập Khe Lau', variants: [] }],
  ['Thôn 7', 'Thôn Khe Lau'],
);
const keys = (t: string) => [...petitionFeatures(t, lexicon).features.keys()];

describe('similarity engine', () => {
  it('reads abbreviations, settlements and codes as the words they stand for', () => {
    // Features are by sound ("đường tỉnh" → "duon_tin"): soundKey.
    expect(keys('Đề nghị nâng cấp ĐT.553')).toEqual(
      expect.arrayContaining(['duon_tin', 'tin_553']),
    );
    expect(keys('duong tinh 553 xuong cap')).toEqual(
      expect.arrayContaining(['duon_tin', 'tin_553']),
    );
    expect(keys('QL8A qua xã')).toContain('lo_8a');
    expect(keys('gỗ lậu ở rừng')).toEqual(
      expect.arrayContaining(['!khai-thac-go-trai-phep', 'that_go', 'chai_phep']),
    );
    expect(keys('xạt lở')).toEqual(keys('sạt lở'));
    expect(keys('dò rỉ')).toEqual(keys('rò rỉ'));
    for (const t of ['xóm 7', 'TDP 7', 'tổ dân phố 7', 'thôn bảy'])
      expect(keys(`đường ${t} sạt lở`), t).toContain('@thon-7');
    expect(keys('UBND xã')).not.toContain('nhan_dan');
  });

  it('reads the offices, regional words and shorthand as one ("TN&MT", "hầm cầu", "nón bảo hiểm", "hok")', () => {
    const same: [string, string][] = [
      ['Phòng TN&MT chưa trả lời', 'phòng tài nguyên và môi trường chưa trả lời'],
      ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
      ['UB MTTQ xã giám sát', 'Mặt trận tổ quốc xã giám sát'],
      ['xe hút hầm cầu', 'xe hút bể phốt'],
      ['không đội nón bảo hiểm', 'không đội mũ bảo hiểm'],
      ['cháu bị té xuống mương', 'cháu bị ngã xuống mương'],
      ['xe rác hok tới thôn', 'xe rác không tới thôn'],
      ['Hương lộ 5 xuống cấp', 'đường huyện 5 xuống cấp'],
      ['lò mổ heo', 'cơ sở giết mổ lợn'],
    ];
    for (const [a, b] of same) expect(keys(a), `${a} / ${b}`).toEqual(keys(b));
    // The office's name is not the war invalids of "người có công".
    expect(keys('Phòng LĐTBXH')).not.toContain('!nguoi-co-cong');
  });

  it('keeps common words typed without accents from the table\'s one-word variants ("tham gia" is not "thấm")', () => {
    for (const [t, not] of [
      ['nguoi dan tham gia giam sat', ['!ro-ri', '!sat-lo']],
      ['chua co ket qua giai quyet quy dinh', ['!ghi-sai']],
      ['loi ich cua nguoi dan, xa chua tra loi', ['!xuong-cap']],
      ['de nghi mo rong duong, sat lo bo song', ['ngia', 'chau']],
      ['nguoi dan buc xuc, em be bi cho can', ['!vo']],
    ] as [string, string[]][])
      for (const f of not) expect(keys(t), t).not.toContain(f);
  });

  it('keeps a place apart from the words of the concern, and a name apart from the table ("Khe Lau" is not "khe chậm")', () => {
    const k = keys('Đập Khe Lau bị rò rỉ nước');
    expect(k).toEqual(expect.arrayContaining(['@dap-khe-lau', '@khe-lau', 'dap', 'do_di']));
    expect(k).not.toContain('cham');
    expect(k).not.toContain('lau');
    expect(keys('đường xóm 7 sạt lở')).not.toContain('thon');
  });

  it('reads a village cut to its initial ("thôn K.Lau") as the village, and a lone letter as nothing', () => {
    for (const t of ['Đường thôn K.Lau sạt lở', 'duong K. Lau sat lo', 'Đường K.Lau sạt lở'])
      expect(keys(t), t).toContain('@khe-lau');
    // No dot, or no capital after it: "k lâu" is "không lâu", not a place.
    for (const t of ['nộp hồ sơ k lâu', 'nộp rồi k. lâu lắm'])
      expect(keys(t), t).not.toContain('@khe-lau');
    expect(keys('Đường thôn K.Lau sạt lở')).not.toContain('k.');
  });

  it('tells words typed with other accents apart only when both were typed with accents', () => {
    const w = corpusWeights([]);
    const s = (a: string, b: string) =>
      pairScore(weigh(petitionFeatures(a, lexicon), w), weigh(petitionFeatures(b, lexicon), w), {
        sameVillage: false,
        sameField: false,
      }).sim;
    expect(s('điện sinh hoạt yếu', 'diện tích sai')).toBeLessThan(
      s('dien sinh hoat yeu', 'diện tích sai') + 1e-9,
    );
    // A phrase of the table typed with a wrong tone still reads as it ("sữa chữa"); one word alone must be typed right ("chó" is not "cho").
    expect(s('sửa chữa cầu tràn', 'sữa chữa cầu tràn')).toBeCloseTo(1, 5);
    expect(keys('cho dân')).not.toContain('cho');
    expect(keys('mất trộm xe máy')).toContain('!trom-cap');
  });

  it('suggests the same concern in other words, says what they share, and not a near-miss of the same place', () => {
    const texts = [
      'Đập Khe Lau bị rò rỉ nước, đề nghị sửa chữa trước mùa mưa',
      'dap khe lau tham nuoc nhieu, so vo dap',
      'Đường thôn 7 bị sạt lở',
      'Đèn đường xóm 7 hỏng không sáng',
    ];
    const feats = texts.map((t) => petitionFeatures(t, lexicon));
    const weights = addWeights(corpusWeights(feats), backgroundWeights(lexicon));
    const candidates = feats
      .slice(1)
      .map((f, i) => ({ id: String(i + 1), features: f, villageId: null, field: null }));
    const [best, ...rest] = rankSimilar(feats[0]!, {}, candidates, weights);
    expect(best!.id).toBe('1');
    expect(rest).toEqual([]);
    expect(best!.shared.join(' ').toLowerCase()).toContain('dap khe lau');
    expect(texts[1]!.slice(...best!.spans[0]!).toLowerCase()).toContain('khe lau');
    expect(
      rankSimilar(
        feats[2]!,
        {},
        [{ id: 'light', features: feats[3]!, villageId: null, field: null }],
        weights,
      ),
    ).toEqual([]);
  });

  it('drops "bao giờ" and its kin as filler, and reads a sound-alike phrase only with the đ the table writes', () => {
    for (const t of [
      'Đề nghị cho biết bao giờ sửa đường thôn 7',
      'de nghi cho biet bao gio sua duong thon 7',
      'Khi nào thì sửa đường thôn 7?',
    ])
      expect(keys(t).filter((k) => /^(bao|gio|khi|nao)(_|$)/.test(k))).toEqual([]);
    // By sound, d, gi and r are one, but one who types đ types it where the table writes it:
    // "ghi diện tích" (a land record's area) is not "ghi điện" (a meter reading), nor "cháy động
    // cơ" "chạy rông" (loose cattle).
    expect(keys('ghi diện tích')).not.toContain('con_to');
    expect(keys('Xe máy bị cháy động cơ')).not.toContain('!tha-rong');
    expect(keys('Bò thả rông phá lúa')).toContain('!tha-rong');
  });

  it("pushes apart two petitions naming different problems, not one whose problem holds the other's", () => {
    expect(problemsApart(new Set(['!thieu-nuoc']), new Set(['!thieu']))).toBe(false);
    expect(problemsApart(new Set(['!thieu']), new Set(['!thieu-nuoc']))).toBe(false);
    expect(problemsApart(new Set(['!thieu-nuoc']), new Set(['!ghi-sai']))).toBe(true);
    expect(problemsApart(new Set(['!thieu-nuoc']), new Set())).toBe(false);
  });

  it('reads a village number only as typed: "thôn tư" is thôn 4, "liên thôn từ" is not', () => {
    const withFour = compileLexicon([], ['Thôn 4', 'Thôn Giang Hà']);
    const k = (t: string) => [...petitionFeatures(t, withFour).features.keys()];
    expect(k('Đường thôn tư bị hỏng')).toContain('@thon-4');
    expect(k('duong thon tu bi hong')).toContain('@thon-4');
    expect(k('Đường xóm bốn bị hỏng')).toContain('@thon-4');
    const road = k('Đường liên thôn từ Giang Hà đi Thanh Tiến');
    expect(road).not.toContain('@thon-4');
    expect(road).toEqual(expect.arrayContaining(['@giang-ha', 'lien_thon']));
    // The village named right after "liên thôn" is read by its bare name; the road stays the road.
    for (const t of [
      'Tuyến đường liên thôn Giang Hà - Thanh Tiến hư hỏng nặng',
      'duong lien thon Giang Ha hu hong nang',
    ])
      expect(k(t)).toEqual(expect.arrayContaining(['@giang-ha', 'duon_lien', 'lien_thon']));
    // A village named like a number ("Thôn Nam") is that village however typed.
    const places = (t: string, villages: string[]) =>
      [...petitionFeatures(t, compileLexicon([], villages)).features.keys()].filter((f) =>
        f.startsWith('@'),
      );
    expect(places('Đường bê tông thôn Nam bị vỡ', ['Thôn Nam'])).toEqual(['@nam']);
    expect(places('duong be tong thon Nam bi vo', ['Thôn Nam'])).toEqual(['@nam']);
    // Beside a "Thôn 5", typed with accents, each is itself.
    expect(places('Đường thôn Nam bị vỡ', ['Thôn Nam', 'Thôn 5'])).toEqual(['@nam']);
    expect(places('Đường thôn năm bị vỡ', ['Thôn Nam', 'Thôn 5'])).toEqual(['@thon-5']);
  });

  it('offers the closest as "possibly related" only when nothing reaches the threshold', () => {
    const texts = ['Đập Khe Lau bị rò rỉ nước', 'Đường thôn 7 bị sạt lở', 'Đèn đường xóm 7 hỏng'];
    const feats = texts.map((t) => petitionFeatures(t, lexicon));
    const weights = addWeights(corpusWeights(feats), backgroundWeights(lexicon));
    const candidates = feats.map((f, i) => ({
      id: String(i),
      features: f,
      villageId: null,
      field: null,
    }));
    const typed = petitionFeatures('Mưa xuống là đường thôn 7 lở thêm một đoạn', lexicon);
    // Alike at the shipped threshold: shown as such, nothing weaker beside it.
    const alike = rankSimilar(typed, {}, candidates, weights, { related: 2 });
    expect(alike.map((m) => [m.id, m.related])).toEqual([['1', false]]);
    // A stricter threshold that nothing reaches: the closest above the lower bar, marked.
    const strict = { threshold: 0.6 };
    expect(rankSimilar(typed, {}, candidates, weights, strict)).toEqual([]);
    const related = rankSimilar(typed, {}, candidates, weights, { ...strict, related: 2 });
    expect(related.map((m) => [m.id, m.related])).toEqual([['1', true]]);
    expect(related[0]!.score).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
    expect(related[0]!.shared.join(' ').toLowerCase()).toContain('thôn 7');
  });

  it('compares a new petition with every wording merged into a matter, and suggests the matter once', () => {
    // The matter says it one way; a clerk merged a second wording into it. The new petition is
    // written like the merged one, not like the matter.
    const texts = [
      'Đập Khe Lau bị rò rỉ, sợ vỡ mùa mưa',
      'Cống lấy nước ở đập Khe Lau thấm nước ra chân đập, nước chảy thành dòng',
      'cong lay nuoc dap Khe Lau tham nuoc ra chan dap',
    ];
    const feats = texts.map((t) => petitionFeatures(t, lexicon));
    const weights = addWeights(corpusWeights(feats), backgroundWeights(lexicon));
    const alone = rankSimilar(
      feats[2]!,
      {},
      [{ id: 'matter', features: feats[0]!, villageId: null, field: null }],
      weights,
    );
    const merged = rankSimilar(
      feats[2]!,
      {},
      [
        { id: 'matter', features: feats[0]!, villageId: null, field: null },
        { id: 'merged-1', features: feats[1]!, villageId: null, field: null, mergedInto: 'matter' },
      ],
      weights,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.id).toBe('matter');
    expect(merged[0]!.via).toBe('merged-1');
    expect(merged[0]!.score).toBeGreaterThan(alone[0]?.score ?? 0);
    // The words shown stand in the merged wording's text.
    expect(texts[1]!.slice(...merged[0]!.spans[0]!).toLowerCase()).toMatch(/cống|đập|thấm|chân/);
  });

  it('groups a concern into one cluster with its target, and a pair marked "not the same" never joins', () => {
    const texts = [
      'Đập Khe Lau bị rò rỉ nước ở thân đập',
      'dap Khe Lau ri nuoc o than dap',
      'Con đập ở Khe Lau thấm nước ra thân đập',
      'Trộm chó ban đêm ở thôn 7',
    ];
    const items = texts.map((t, i) => ({
      id: `m${i}`,
      features: petitionFeatures(t, lexicon),
      villageId: null,
      field: null,
    }));
    const weights = addWeights(
      corpusWeights(items.map((i) => i.features)),
      backgroundWeights(lexicon),
    );
    const [c, ...none] = clusterPetitions(items, weights);
    expect(none).toEqual([]);
    expect(c!.members.map((m) => m.id).sort()).toEqual(['m0', 'm1', 'm2']);
    expect(c!.members.find((m) => m.id === c!.targetId)!.score).toBe(1);
    const apart = clusterPetitions(items, weights, { dismissed: new Set(['m0~m2', 'm1~m2']) });
    expect(apart[0]!.members.map((m) => m.id).sort()).toEqual(['m0', 'm1']);
  });

  it('groups a new matter with one whose merged wording it resembles, not its own text', () => {
    const texts = [
      'Con đập đầu làng hư hỏng lâu rồi, mùa mưa sợ vỡ',
      'Cống lấy nước ở đập Khe Lau thấm nước ra chân đập, nước chảy thành dòng',
      'cong lay nuoc dap Khe Lau tham nuoc ra chan dap',
    ];
    const feats = texts.map((t) => petitionFeatures(t, lexicon));
    const weights = addWeights(corpusWeights(feats), backgroundWeights(lexicon));
    const matter = { id: 'matter', features: feats[0]!, villageId: null, field: null };
    const later = { id: 'later', features: feats[2]!, villageId: null, field: null };
    expect(clusterPetitions([matter, later], weights)).toEqual([]);
    const [c, ...none] = clusterPetitions([{ ...matter, wordings: [feats[1]!] }, later], weights);
    expect(none).toEqual([]);
    expect(c!.members.map((m) => m.id).sort()).toEqual(['later', 'matter']);
    // "Not the same" still keeps them apart.
    expect(
      clusterPetitions([{ ...matter, wordings: [feats[1]!] }, later], weights, {
        dismissed: new Set(['later~matter']),
      }),
    ).toEqual([]);
  });

  it('looks up the rare words and the other spellings of what the table rewrote', () => {
    const terms = retrievalTerms('gỗ lậu ở rừng Khe Lau', lexicon, () => 1, 20);
    expect(terms).toEqual(expect.arrayContaining(['go', 'lau', 'khai', 'thac', 'phep', 'khe']));
  });
});
