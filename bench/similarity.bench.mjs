// Similar petitions (issue 16): the suggestion while the clerk types (similarOpinions, also
// POST /api/units/:id/opinions/similar) and the triage view's clusters (triageOpinions with a page
// { offset, limit }, also GET /api/units/:id/opinions/triage), each against today's engine in the
// same run: the commune's newest 3,000 open matters (openMatterCandidates) ranked by the old
// Jaccard index (rankDuplicatesJaccard, or rankDuplicates before the rename), and today's pair
// finding over the same open matters (findDuplicatePairsJaccard / findDuplicatePairs).
//
// The data is generated, realistic and hard rather than copies: petitions from ~50 concerns of a
// commune (roads, dams, canals, land certificates, rubbish, schools, the health station, theft,
// electricity, officials' conduct…), each written several ways (phrasings, then words swapped for
// synonyms and a clause left out), naming the commune's own villages (named and numbered, "thôn 7"
// beside "xóm 7"), roads (QL8A, ĐT.553), dams, canals, rivers, schools, markets and people; some
// typed without accents (đ→d), some with abbreviations (UBND, HTX, BHYT, GCNQSDĐ, "ko", "đc") or
// typos; 10–60 words; over ten years of sessions, so most are closed and the newest open.
// Near-misses come by themselves: "đường thôn 7 sạt lở" and "đèn đường thôn 7 hỏng" share the
// village, the road and the words; the same wording comes from other villages about their own.
//   commune database: a commune with 20,000 matters (2,000 open) for the suggestion; one with
//     5,000 open matters (and 5,000 closed) and one with 20,000 open (and 5,000 closed) for triage.
//   province database: 3,321 communes, 1,000,000 matters (SCALE, COMMUNES), one commune of
//     20,000 matters among them; the suggestion there, in 40 ordinary communes (~300 matters) and
//     in a commune with no matters yet.
// The suggestion: 200 typed texts (QUERIES) from the same templates, other phrasings, without
// accents, abbreviated, or cut short as while typing; after a warm-up (each commune once, then 20);
// p50/p95/max, the first call (the engine learns a commune's weights then), and the keystroke
// that relearns them once the commune has a new petition (31 s waited). Triage: the first page
// and later ones, 10–30 rounds. Sanity lines (stderr): how many suggestions / cluster members are
// of the typed text's own concern, village and place (approximate: the generator's groups).
// Each scenario's statements, their times and plans (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE) go to
// stderr as TRACE. Both on SQLite and PostgreSQL (127.0.0.1:5432 or DATABASE_URL_BENCH; skipped
// with a message when it does not answer). Then over real HTTP (`doithoai serve`, its own process)
// on the commune database: the suggestion and the triage page against GET /api/me (HTTP=0 skips).
// Data lives in a temp dir / scratch database, dropped at the end; REUSE=1 keeps both
// (os.tmpdir()/doithoai-similarity-commune/ and …-province-<scale>-<communes>/, databases
// doithoai_similarity_commune and doithoai_similarity_province_<scale>_<communes>), REUSE=province
// only the province (1M: ~90 s to generate on SQLite, ~2 min on PostgreSQL); the next run migrates
// kept data (the time printed) and measures without generating. Prints the load average at start.
// Run: node scripts/ensure-build.mjs && REUSE=province node bench/similarity.bench.mjs
//   ONLY=sqlite|postgres   PART=commune|province   SCALE=1000000   COMMUNES=3321   QUERIES=200
//   SAMPLE=<seed> prints generated petitions; SAMPLE_STREAM=1 a commune's newest, with counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as core from '../packages/core/dist/index.js';
import { openPostgres, openSqlite, sqliteFile } from '../packages/server/dist/db/open-database.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import { openMatterCandidates } from '../packages/server/dist/opinion/similarity.repository.js';
import { similarOpinions } from '../packages/server/dist/opinion/similar-opinions.js';
import { triageOpinions } from '../packages/server/dist/opinion/triage-opinions.js';
import { postgresAnswers, report } from './lib.mjs';
import { withServedApp } from './served-app.mjs';

const { foldVietnamese } = core;
const SCALE = Number(process.env.SCALE ?? 1_000_000);
const COMMUNES = Number(process.env.COMMUNES ?? 3321);
const QUERIES = Number(process.env.QUERIES ?? 200);
const ONLY = process.env.ONLY;
const PART = process.env.PART;
// REUSE=1 keeps both databases; REUSE=province (or commune) only that one.
const reuseOf = (name) =>
  process.env.REUSE === '1' || (!!process.env.REUSE && name.startsWith(process.env.REUSE));
const HTTP = process.env.HTTP !== '0';
const pgAdmin = process.env.DATABASE_URL_BENCH ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (line) => process.stderr.write(`${line}\n`);
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
const max = (xs) => Math.max(...xs);

// Today's engine, kept by the lead under the *Jaccard names; the old names before the rename.
const rankJaccard = core.rankDuplicatesJaccard ?? core.rankDuplicates;
const pairsJaccard = core.findDuplicatePairsJaccard ?? core.findDuplicatePairs;
const newEngine = typeof core.rankDuplicatesJaccard === 'function';

// ── Petitions ──────────────────────────────────────────────────────────────────────────────────
// A seeded generator (the high bits: the low bits of this LCG cycle with a short period).
// Math.imul: `s * 1103515245` in floating point loses the low bits once s passes 2^22, and the
// sequence then falls into a cycle of ~10,000 draws (so would every petition after the first few
// hundred: 1,163 distinct texts in 20,000).
function random(seed) {
  let s = seed >>> 0 || 1;
  const rnd = (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return (s >>> 12) % n;
  };
  rnd.pick = (xs) => xs[rnd(xs.length)];
  rnd.chance = (p) => rnd(10_000) < p * 10_000;
  return rnd;
}

const namedVillages = [
  'Giang Hà',
  'Thanh Tiến',
  'Trung Thủy',
  'Đồng Lạc',
  'Khe Bá',
  'Quyết Tiến',
  'Tân Hương',
  'Hòa Bình',
  'Phú Lợi',
  'Bắc Sơn',
  'Đông Tây',
  'Kim Cương',
  'Trung Lưu',
  'Yên Thịnh',
  'Phúc Đồng',
  'Minh Khai',
  'Thượng Bình',
  'Hạ Vàng',
  'Tiền Phong',
  'Đức Thịnh',
];
const surnames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
];
const middles = ['Văn', 'Thị', 'Hữu', 'Đình', 'Xuân', 'Quang', 'Thị Thu', 'Công', 'Đức', 'Minh'];
const givens = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Đức',
  'Hoa',
  'Hùng',
  'Lan',
  'Lợi',
  'Mai',
  'Nam',
  'Phúc',
  'Quang',
  'Sáu',
  'Tám',
  'Thành',
  'Tuấn',
  'Xuân',
  'Lành',
  'Chiến',
  'Hải',
  'Tâm',
];
const roadPool = [
  ['Quốc lộ 8A', 'QL8A'],
  ['Quốc lộ 15', 'QL15'],
  ['đường tỉnh 553', 'ĐT.553'],
  ['đường tỉnh 550', 'ĐT.550'],
  ['đường huyện 12', 'ĐH.12'],
  ['đường trục xã', null],
  ['đường Hồ Chí Minh', 'đường HCM'],
];
const damPool = [
  'đập Khe Giao',
  'hồ Cây Trường',
  'đập Bàu Nón',
  'hồ Khe Làng',
  'đập Nhà Trò',
  'hồ Vực Mấu',
  'đập Đồng Bàu',
  'hồ Kim Sơn',
];
const canalPool = [
  'kênh N2',
  'kênh N4',
  'kênh chính Bắc',
  'mương Cồn Trạng',
  'kênh tiêu Đồng Ngang',
  'kênh N1-3',
  'mương Bàu Sen',
  'kênh Vực Rào',
];
const riverPool = [
  'sông Ngàn Phố',
  'sông Ngàn Sâu',
  'sông La',
  'khe Cò',
  'sông Rào Cái',
  'khe Tre',
];
const schoolPool = ['Trường Tiểu học', 'Trường Mầm non', 'Trường THCS', 'điểm trường lẻ'];
const fieldPool = [
  'xứ đồng Cồn Trạng',
  'cánh đồng Bàu Sen',
  'vùng Đồng Ngang',
  'xứ Đồng Cựa',
  'đồng Trọt Sen',
  'vùng Cửa Khe',
  'xứ đồng Trằm',
  'cánh đồng Bãi Dài',
];
const marketPool = ['chợ Bộng', 'chợ Trung tâm', 'chợ Chiều', 'chợ Đồn'];
const bridgePool = [
  'cầu Khe Cò',
  'cầu tràn Đồng Lạc',
  'cầu treo Khe Bá',
  'cầu Phố Châu',
  'ngầm tràn Khe Tre',
  'cầu Rào Mắc',
];

/** One commune's places: its villages (named and numbered), roads, dams, canals and so on. */
function communeProfile(seed, name) {
  const rnd = random(seed * 7919 + 17);
  const named = Array.from({ length: 6 + rnd(3) }, () => rnd.pick(namedVillages)).filter(
    (v, i, a) => a.indexOf(v) === i,
  );
  const numbered = Array.from({ length: 4 + rnd(4) }, (_, i) => i + 1 + rnd(3) * 4).filter(
    (v, i, a) => a.indexOf(v) === i,
  );
  const villages = [
    ...named.map((n) => ({ name: `Thôn ${n}`, mention: [`thôn ${n}`] })),
    // Numbered villages, many of them "xóm" before the renaming and still called so.
    ...numbered.map((n) => ({
      name: `Thôn ${n}`,
      mention: [`thôn ${n}`, `thôn ${n}`, `xóm ${n}`],
    })),
  ];
  const sample = (pool, k) => {
    const out = [];
    while (out.length < Math.min(k, pool.length)) {
      const x = rnd.pick(pool);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  };
  const two = sample(named, 2);
  const roads = [
    ...sample(roadPool, 3).map(([full, abbr]) => ({ full, abbr })),
    { full: `đường liên thôn ${two[0]} - ${two[1] ?? two[0]}`, abbr: null },
    { full: `đường liên xã ${name} - ${rnd.pick(namedVillages)}`, abbr: null },
    { full: `đường ra ${rnd.pick(fieldPool)}`, abbr: null },
  ];
  return {
    name,
    villages,
    roads,
    dams: sample(damPool, 3),
    canals: sample(canalPool, 4),
    rivers: sample(riverPool, 2),
    fields: sample(fieldPool, 4),
    schools: sample(schoolPool, 3).map((s) => `${s} ${name}`),
    markets: sample(marketPool, 2),
    bridges: sample(bridgePool, 3),
  };
}

// The concerns. Each: a field and several ways people write it. Slots: {thon} a village,
// {road} {dam} {canal} {river} {fields} {school} {market} {bridge} places of the commune (a
// petition about one place names the same one; most concerns stay with the village's own),
// {name} a person, {year} a year, {n} a number, {hh} a count of households.
const concerns = [
  [
    'nong-nghiep',
    'road-potholes',
    [
      'Tuyến {road} đoạn qua {thon} xuống cấp nghiêm trọng, nhiều ổ gà, ổ voi, mùa mưa đi lại rất khó khăn, đề nghị xã sớm sửa chữa.',
      'Đề nghị nâng cấp, bê tông hóa {road} qua {thon}, hiện mặt đường hư hỏng nặng, nhiều ổ gà, trời mưa lầy lội.',
      'Mặt đường {road} chỗ {thon} lún sụt, đọng nước, xe máy qua lại hay bị ngã, bà con đề nghị sửa lại.',
      '{road} đoạn {thon} hỏng lâu rồi mà chưa thấy ai sửa, ổ gà chi chít, học sinh đi học rất nguy hiểm.',
    ],
  ],
  [
    'nong-nghiep',
    'road-landslide',
    [
      '{road} đoạn qua {thon} bị sạt lở taluy sau đợt mưa lớn, đất đá tràn xuống mặt đường, đề nghị khắc phục và cắm biển cảnh báo.',
      'Sau mưa lũ, {road} ở {thon} bị sạt lở một bên, lề đường hàm ếch, rất nguy hiểm cho người đi đường, đề nghị xử lý gấp.',
      'Đề nghị làm kè chống sạt lở cho {road} đoạn {thon}, mùa mưa năm nào cũng sạt, nay đã sát mép đường.',
    ],
  ],
  [
    'kinh-te',
    'street-lights',
    [
      'Hệ thống đèn chiếu sáng trên {road} đoạn qua {thon} bị hỏng nhiều bóng đã lâu, ban đêm tối om, đề nghị thay thế.',
      'Đèn đường {thon} hỏng từ năm {year} chưa được sửa, buổi tối đi lại khó khăn, dễ xảy ra trộm cắp.',
      'Đề nghị lắp đặt thêm đèn chiếu sáng công cộng tại các ngõ xóm {thon} và dọc {road}.',
    ],
  ],
  [
    'tai-nguyen',
    'road-compensation',
    [
      'Dự án mở rộng {road} thu hồi đất của các hộ {thon} từ năm {year} nhưng đến nay chưa chi trả tiền bồi thường, hỗ trợ, đề nghị xã làm rõ.',
      'Gia đình {name} ở {thon} bị thu hồi {n} mét vuông đất làm {road} mà giá đền bù quá thấp so với thị trường, đề nghị xem xét lại.',
      'Các hộ bị ảnh hưởng bởi dự án nâng cấp {road} đoạn {thon} chưa nhận đủ tiền đền bù, đề nghị công khai phương án bồi thường.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'trucks',
    [
      'Xe tải chở cát, chở gỗ quá tải chạy qua {road} đoạn {thon} gây hư hỏng đường, bụi bẩn, mất an toàn giao thông.',
      'Đề nghị cấm xe trọng tải lớn đi vào {road} qua {thon}, xe chở keo, chở đá chạy suốt ngày đêm làm đường nát hết.',
      'Xe ben chạy tốc độ cao qua khu dân cư {thon} trên {road}, đã xảy ra nhiều vụ va chạm, đề nghị lắp gờ giảm tốc.',
    ],
  ],
  [
    'nong-nghiep',
    'dam-leak',
    [
      '{dam} bị thấm, rò rỉ nước ở thân đập, mùa mưa lũ người dân {thon} ở hạ du rất lo lắng, đề nghị kiểm tra, gia cố.',
      'Thân {dam} có nhiều vết nứt, cống xả bị hỏng, đề nghị cấp trên sớm đầu tư sửa chữa, đảm bảo an toàn cho {hh} hộ dân phía dưới.',
      'Đề nghị xã báo cáo huyện nâng cấp {dam}, đập đất đã xuống cấp, năm {year} suýt vỡ đập.',
    ],
  ],
  [
    'nong-nghiep',
    'dam-dry',
    [
      '{dam} bị bồi lắng, mùa khô không đủ nước tưới cho {fields}, đề nghị nạo vét lòng hồ.',
      'Nước ở {dam} cạn sớm, ruộng ở {fields} bỏ hoang vụ Hè Thu, đề nghị có phương án trữ nước, nạo vét.',
      'Bà con {thon} đề nghị nạo vét {dam} và sửa cống lấy nước để đủ nước tưới cho vụ Đông Xuân.',
    ],
  ],
  [
    'nong-nghiep',
    'canal-silted',
    [
      '{canal} qua {fields} bị bồi lấp, cỏ mọc um tùm, không dẫn được nước tưới cho lúa vụ Hè Thu, đề nghị nạo vét.',
      'Kênh mương nội đồng ở {fields} ({canal}) bị bồi lấp nặng, nước không về được ruộng, đề nghị xã có kế hoạch nạo vét.',
      'Đề nghị nạo vét {canal}, mương bị đất cát lấp gần hết, {hh} hộ {thon} không có nước cấy.',
    ],
  ],
  [
    'nong-nghiep',
    'canal-broken',
    [
      '{canal} đoạn qua {thon} bị vỡ, sạt lở bờ kênh, nước tràn vào ruộng, đề nghị xã sửa chữa, kiên cố hóa.',
      'Đề nghị bê tông hóa {canal} đoạn {thon}, kênh đất bị sạt lở, rò rỉ, thất thoát nước nhiều.',
      'Bờ {canal} chỗ {fields} bị vỡ một đoạn dài từ mùa lũ năm {year}, đến nay chưa được sửa.',
    ],
  ],
  [
    'kinh-te',
    'htx-fees',
    [
      'Hợp tác xã thu phí dịch vụ thủy lợi, tưới tiêu cao nhưng nước về {fields} không đủ, đề nghị công khai các khoản thu của hợp tác xã.',
      'Đề nghị hợp tác xã nông nghiệp {thon} công khai thu chi, việc thu tiền làm đất, tiền tưới nước năm {year} chưa rõ ràng.',
      'Hợp tác xã dịch vụ điện nước thu tiền nhưng không cung cấp đủ dịch vụ cho bà con {thon}, đề nghị xã kiểm tra.',
    ],
  ],
  [
    'tai-nguyen',
    'land-certificate',
    [
      'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình {name} ở {thon} nộp từ năm {year} đến nay chưa được giải quyết, đề nghị xã trả lời.',
      'Nhiều hộ {thon} chưa được cấp giấy chứng nhận quyền sử dụng đất (sổ đỏ) dù đã nộp hồ sơ từ lâu, đề nghị đẩy nhanh tiến độ.',
      'Đề nghị xã sớm cấp sổ đỏ cho các hộ {thon}, làm hồ sơ đo đạc từ năm {year} mà tới giờ vẫn chưa có.',
      'Gia đình tôi ở {thon} làm thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất đã quá hạn nhiều tháng, đi lại nhiều lần vẫn chưa nhận được.',
    ],
  ],
  [
    'tai-nguyen',
    'land-dispute',
    [
      'Tranh chấp ranh giới đất giữa hộ {name} và hộ liền kề ở {thon} kéo dài nhiều năm, đề nghị xã đo đạc lại, hòa giải.',
      'Đề nghị xã giải quyết dứt điểm việc tranh chấp đất vườn giữa hai gia đình ở {thon}, đã hòa giải ở thôn nhưng không thành.',
      'Hộ {name} ({thon}) tự ý xây tường rào lấn sang đất nhà bên cạnh, hai bên xô xát, đề nghị chính quyền xử lý.',
    ],
  ],
  [
    'tai-nguyen',
    'encroachment',
    [
      'Có hộ lấn chiếm đất hành lang {road} đoạn qua {thon} để dựng quán, xây công trình phụ, đề nghị xử lý dứt điểm.',
      'Tình trạng lấn chiếm đất công, đất hành lang giao thông ở {thon} ngày càng nhiều, đề nghị xã kiểm tra, buộc trả lại mặt bằng.',
      'Đề nghị xã xử lý việc san lấp, lấn chiếm {canal} để làm nhà ở khu vực {thon}.',
    ],
  ],
  [
    'tai-nguyen',
    'sand-mining',
    [
      'Tình trạng khai thác cát trái phép trên {river} đoạn qua {thon} gây sạt lở bờ sông, mất đất sản xuất, đề nghị kiểm tra xử lý.',
      'Ban đêm có thuyền hút cát trên {river} gần {thon}, tiếng ồn và sạt lở bờ, đề nghị công an và xã ngăn chặn.',
      'Đề nghị chính quyền xử lý nghiêm các đối tượng khai thác cát sỏi trái phép ở {river}, bờ sông phía {thon} sạt vào sát nhà dân.',
    ],
  ],
  [
    'tai-nguyen',
    'riverbank',
    [
      'Bờ {river} đoạn {thon} sạt lở nghiêm trọng, nhiều hộ dân phải di dời, đề nghị đầu tư kè chống sạt lở.',
      'Mỗi mùa lũ bờ {river} phía {thon} lại sạt thêm vài mét, mất nhiều đất vườn, đề nghị xây kè.',
      'Đề nghị sớm xây dựng kè bảo vệ bờ {river} qua {thon} trước mùa mưa bão năm nay.',
    ],
  ],
  [
    'tai-nguyen',
    'water-shortage',
    [
      'Nước sinh hoạt ở {thon} mùa khô thiếu trầm trọng, giếng khoan cạn, đề nghị đầu tư hệ thống nước sạch.',
      'Đề nghị kéo đường ống nước sạch về {thon}, hiện bà con phải dùng nước giếng nhiễm phèn, mùa hè thì không có nước.',
      '{hh} hộ {thon} chưa được dùng nước sạch, đề nghị xã kêu gọi đầu tư công trình nước tập trung.',
    ],
  ],
  [
    'moi-truong',
    'water-quality',
    [
      'Nước máy cấp cho {thon} có mùi lạ, màu vàng đục, nhiều hôm mất nước, đề nghị kiểm tra chất lượng nước.',
      'Nước sạch ở {thon} đục, có cặn, giá nước lại tăng, đề nghị đơn vị cấp nước xem xét.',
      'Đề nghị xã kiểm tra công trình cấp nước tập trung ở {thon}, nước bẩn, bể lọc lâu không được súc rửa.',
    ],
  ],
  [
    'moi-truong',
    'rubbish',
    [
      'Rác thải sinh hoạt ở {thon} không được thu gom thường xuyên, tồn đọng ven đường, bốc mùi hôi, đề nghị tăng số lần thu gom.',
      'Đề nghị tổ thu gom rác về {thon} đúng lịch, có tuần chỉ thu một lần, rác để ngoài đường chó mèo bới.',
      'Người dân {thon} vứt rác bừa bãi xuống {canal} và dọc {road}, đề nghị bố trí thùng rác và thu gom.',
      'Tiền thu gom rác năm {year} tăng nhưng rác ở {thon} vẫn không được chở đi, đề nghị xã làm rõ.',
    ],
  ],
  [
    'moi-truong',
    'dump-site',
    [
      'Bãi tập kết rác của {thon} gần khu dân cư, gần {school}, gây ô nhiễm, ruồi muỗi, đề nghị di dời.',
      'Bãi rác tạm ở {thon} bốc mùi hôi thối, ảnh hưởng sức khỏe bà con, đề nghị xã chuyển đi chỗ khác.',
      'Đề nghị đóng cửa bãi rác tự phát cạnh {road} đoạn {thon}, người ta còn đốt rác gây khói.',
    ],
  ],
  [
    'moi-truong',
    'pig-farm',
    [
      'Trại chăn nuôi lợn của hộ {name} ở {thon} xả nước thải ra {canal}, gây ô nhiễm, mùi hôi, đề nghị kiểm tra.',
      'Trang trại lợn gần khu dân cư {thon} gây mùi hôi thối nặng, nước thải chảy ra đồng, đề nghị xử lý.',
      'Đề nghị xã kiểm tra hệ thống biogas của các hộ chăn nuôi ở {thon}, nước thải chăn nuôi chảy tràn ra đường.',
    ],
  ],
  [
    'moi-truong',
    'straw-burning',
    [
      'Người dân đốt rơm rạ sau thu hoạch ở {fields} gây khói bụi, ảnh hưởng giao thông trên {road} và sức khỏe, đề nghị tuyên truyền.',
      'Khói đốt rơm rạ mỗi mùa gặt ở {thon} rất nhiều, trẻ em bị ho, đề nghị xã có biện pháp.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'school-building',
    [
      'Phòng học {school} xuống cấp, mùa mưa dột nát, tường nứt, đề nghị sửa chữa đảm bảo an toàn cho học sinh.',
      'Đề nghị đầu tư xây thêm phòng học cho {school}, hiện học sinh {thon} phải học ghép, học nhờ nhà văn hóa.',
      '{school} thiếu nhà vệ sinh, thiếu nước sạch, sân trường ngập nước khi mưa, đề nghị xã quan tâm.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'school-fees',
    [
      '{school} thu nhiều khoản đóng góp đầu năm học ngoài quy định, phụ huynh {thon} bức xúc, đề nghị kiểm tra.',
      'Đề nghị xã kiểm tra các khoản thu của {school} năm học {year}, tiền quỹ phụ huynh, tiền xây dựng quá cao.',
      'Phụ huynh {thon} phản ánh {school} ép mua đồng phục, sách tham khảo, đề nghị chấn chỉnh.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'health-station',
    [
      'Trạm y tế xã thiếu thuốc, thiếu bác sĩ, người dân {thon} khám chữa bệnh bằng thẻ bảo hiểm y tế phải lên tuyến huyện, đề nghị tăng cường.',
      'Đề nghị nâng cấp trạm y tế xã, trang thiết bị cũ, thuốc bảo hiểm y tế thường xuyên hết, người già ở {thon} đi lại vất vả.',
      'Trạm y tế xã không có bác sĩ trực ban đêm, ông {name} ở {thon} cấp cứu phải chở thẳng lên huyện, đề nghị bố trí trực.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'insurance-card',
    [
      'Thẻ bảo hiểm y tế cho người cao tuổi, hộ cận nghèo ở {thon} cấp chậm, sai thông tin, đề nghị xã rà soát.',
      'Đề nghị xã cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi ở {thon} kịp thời, nhiều cháu sinh năm {year} chưa có thẻ.',
      'Nhiều hộ {thon} đóng bảo hiểm y tế hộ gia đình nhưng chưa nhận được thẻ, đi khám không được hưởng.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'poor-list',
    [
      'Việc bình xét hộ nghèo, cận nghèo ở {thon} năm {year} chưa công khai, có hộ khá giả vẫn được đưa vào danh sách.',
      'Đề nghị xem xét đưa gia đình {name} ở {thon} vào danh sách hộ cận nghèo vì hoàn cảnh khó khăn, chồng mất sức lao động.',
      'Danh sách hộ nghèo {thon} không đúng thực tế, đề nghị xã rà soát lại, công khai tại nhà văn hóa thôn.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'elderly',
    [
      'Chế độ trợ cấp cho người cao tuổi từ 75 tuổi trở lên ở {thon} chi trả chậm, đề nghị xã chi trả đúng hạn.',
      'Mẹ tôi {name} ở {thon} đủ 80 tuổi từ năm {year} nhưng chưa được hưởng trợ cấp người cao tuổi, đề nghị xã giải quyết.',
      'Đề nghị chi trả trợ cấp xã hội hằng tháng tận nhà cho người già yếu ở {thon}, đi lên xã nhận rất vất vả.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'merit',
    [
      'Hồ sơ đề nghị hưởng chế độ người có công với cách mạng của bố tôi ({name}, {thon}) gửi lâu chưa có kết quả, đề nghị xã quan tâm.',
      'Đề nghị xã xác nhận hồ sơ thương binh, bệnh binh cho ông {name} ở {thon}, hồ sơ nộp từ năm {year}.',
      'Gia đình liệt sĩ ở {thon} chưa được hỗ trợ sửa nhà theo chính sách, đề nghị xã rà soát.',
    ],
  ],
  [
    'van-hoa-xa-hoi',
    'culture-house',
    [
      'Nhà văn hóa {thon} xuống cấp, thiếu bàn ghế, loa máy, đề nghị xã hỗ trợ kinh phí sửa chữa.',
      'Đề nghị xây mới nhà văn hóa {thon}, nhà cũ dột nát, không đủ chỗ họp thôn.',
      'Sân thể thao {thon} bị lấn chiếm làm chỗ tập kết vật liệu, đề nghị trả lại cho thanh niên chơi bóng.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'noise',
    [
      'Một số hộ ở {thon} hát karaoke công suất lớn đến khuya, gây ồn ào, ảnh hưởng giấc ngủ, đề nghị công an xã nhắc nhở.',
      'Đề nghị xử lý tình trạng mở loa kẹo kéo hát hò đến 12 giờ đêm ở {thon}, đã báo thôn nhiều lần.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'theft-livestock',
    [
      'Tình trạng trộm cắp trâu bò, gà vịt ban đêm ở {thon} xảy ra nhiều, đề nghị công an xã tăng cường tuần tra.',
      'Nhà {name} ở {thon} bị trộm mất {n} con bò ngay trong chuồng, đề nghị công an truy bắt đối tượng.',
      'Trộm chó, trộm gà ở {thon} hoành hành, bà con phải thức canh, đề nghị lực lượng công an xã tuần tra ban đêm.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'theft-pumps',
    [
      'Trộm cắp dây điện, máy bơm nước ở {fields} xảy ra thường xuyên, bà con {thon} thiệt hại nặng, đề nghị công an vào cuộc.',
      'Máy bơm tưới ở {canal} bị kẻ gian lấy trộm nhiều lần, đề nghị xã bố trí người trông coi.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'racing',
    [
      'Thanh thiếu niên tụ tập đua xe, nẹt pô vào ban đêm trên {road} đoạn qua {thon}, gây mất trật tự, đề nghị công an xử lý.',
      'Đề nghị công an xã chốt chặn nhóm thanh niên chạy xe lạng lách trên {road} mỗi tối cuối tuần, rất nguy hiểm.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'camera',
    [
      'Đề nghị lắp camera an ninh tại các ngã ba {thon} và đầu {bridge} để phòng chống trộm cắp.',
      'Hệ thống camera an ninh ở {thon} lắp từ năm {year} nay đã hỏng, đề nghị sửa chữa.',
    ],
  ],
  [
    'an-ninh-trat-tu',
    'drugs',
    [
      'Có đối tượng nghi sử dụng ma túy tụ tập ở khu vực {bridge} gần {thon}, bà con lo lắng, đề nghị công an kiểm tra.',
      'Tình trạng cờ bạc, lô đề ở {thon} công khai, đề nghị công an xã triệt phá.',
    ],
  ],
  [
    'kinh-te',
    'power-outage',
    [
      'Điện ở {thon} thường xuyên mất, điện áp yếu vào giờ cao điểm, đề nghị điện lực nâng cấp trạm biến áp.',
      'Đề nghị ngành điện thay đường dây hạ thế cũ ở {thon}, cột điện nghiêng, dây võng sát mái nhà, rất nguy hiểm.',
      'Mùa hè điện {thon} yếu, điều hòa không chạy được, máy bơm cháy, đề nghị xây thêm trạm biến áp.',
    ],
  ],
  [
    'kinh-te',
    'power-bill',
    [
      'Giá điện sinh hoạt tăng cao, hóa đơn tiền điện tháng nóng ở {thon} bất thường, đề nghị điện lực kiểm tra công tơ.',
      'Hóa đơn tiền điện nhà {name} ({thon}) tăng gấp đôi dù dùng như cũ, đề nghị kiểm tra lại chỉ số công tơ.',
    ],
  ],
  [
    'kinh-te',
    'market',
    [
      '{market} xuống cấp, tiểu thương buôn bán lấn chiếm lòng đường {road}, đề nghị xã quy hoạch, nâng cấp chợ.',
      'Đề nghị xã sửa mái che {market}, mưa dột, lối đi lầy lội, phí chợ lại tăng.',
      'Việc thu phí chỗ ngồi ở {market} không công khai, tiểu thương {thon} bức xúc, đề nghị kiểm tra.',
    ],
  ],
  [
    'kinh-te',
    'loans',
    [
      'Đề nghị ngân hàng chính sách tạo điều kiện cho hộ nghèo {thon} vay vốn phát triển sản xuất với thủ tục đơn giản.',
      'Hộ {name} ở {thon} xin vay vốn giải quyết việc làm từ năm {year} nhưng chưa được duyệt, đề nghị xem xét.',
    ],
  ],
  [
    'nong-nghiep',
    'crop-price',
    [
      'Giá thu mua cam bù đỏ năm nay thấp, người trồng cam ở {thon} thua lỗ, đề nghị xã hỗ trợ tìm đầu ra.',
      'Đề nghị xã liên kết với doanh nghiệp bao tiêu lúa, lạc cho bà con {thon}, thương lái ép giá.',
    ],
  ],
  [
    'nong-nghiep',
    'seed-support',
    [
      'Đề nghị hỗ trợ giống lúa và phân bón cho các hộ {thon} bị thiệt hại do lũ lụt cuối năm {year}.',
      'Lũ năm {year} làm ngập trắng {fields}, bà con {thon} mất trắng vụ lúa, đề nghị hỗ trợ giống để gieo cấy lại.',
    ],
  ],
  [
    'nong-nghiep',
    'animal-disease',
    [
      'Dịch tả lợn châu Phi bùng phát ở {thon}, đề nghị xã hỗ trợ tiêu hủy, chi trả tiền hỗ trợ cho các hộ có lợn bị bệnh.',
      'Tiền hỗ trợ lợn bị tiêu hủy do dịch năm {year} ở {thon} đến nay chưa được chi trả, đề nghị xã giải quyết.',
      'Đề nghị thú y xã tiêm phòng lở mồm long móng cho trâu bò ở {thon} đúng lịch.',
    ],
  ],
  [
    'nong-nghiep',
    'bridge',
    [
      '{bridge} xuống cấp, lan can gãy, mùa lũ nước ngập qua mặt cầu, học sinh {thon} đi học rất nguy hiểm, đề nghị làm cầu mới.',
      'Đề nghị đầu tư xây dựng {bridge} nối {thon} với trung tâm xã, mùa mưa bà con bị cô lập.',
      'Mặt {bridge} bong tróc, trụ cầu bị xói, đề nghị xã kiểm tra, cắm biển hạn chế tải trọng.',
    ],
  ],
  [
    'nong-nghiep',
    'flooding',
    [
      'Mỗi khi mưa lớn, khu dân cư {thon} bị ngập úng do cống thoát nước dưới {road} quá nhỏ, đề nghị làm lại cống.',
      'Đề nghị xây rãnh thoát nước dọc {road} qua {thon}, nước mưa chảy tràn vào nhà dân.',
    ],
  ],
  [
    'can-bo',
    'one-stop-attitude',
    [
      'Cán bộ bộ phận một cửa UBND xã có thái độ chưa đúng mực khi tiếp công dân, hướng dẫn thủ tục không rõ ràng, phải đi lại nhiều lần.',
      'Đề nghị chấn chỉnh thái độ của cán bộ tiếp dân ở bộ phận một cửa, ông {name} ở {thon} lên làm giấy tờ bị quát.',
      'Cán bộ một cửa xã hướng dẫn mỗi lần một kiểu, hồ sơ của bà con {thon} phải bổ sung nhiều lần.',
    ],
  ],
  [
    'can-bo',
    'late-officials',
    [
      'Một số cán bộ xã đi làm không đúng giờ, người dân {thon} đến làm thủ tục phải chờ đợi lâu.',
      'Đề nghị UBND xã nhắc nhở cán bộ, công chức làm việc đúng giờ, sáng thứ hai 8 giờ vẫn chưa có ai ở phòng một cửa.',
    ],
  ],
  [
    'can-bo',
    'cadastral-officer',
    [
      'Cán bộ địa chính gây khó khăn khi người dân {thon} làm hồ sơ chuyển nhượng đất, đề nghị xã chấn chỉnh.',
      'Có dư luận cán bộ địa chính xã nhận tiền khi làm sổ đỏ cho dân {thon}, đề nghị kiểm tra làm rõ.',
    ],
  ],
  [
    'chinh-quyen',
    'procedures',
    [
      'Thủ tục chứng thực, đăng ký khai sinh còn rườm rà, đề nghị xã thực hiện dịch vụ công trực tuyến thuận tiện hơn.',
      'Đề nghị UBND xã hướng dẫn bà con {thon} làm thủ tục trên dịch vụ công trực tuyến, nhiều người già không biết dùng.',
    ],
  ],
  [
    'chinh-quyen',
    'budget-transparency',
    [
      'Đề nghị UBND xã công khai các khoản thu, chi ngân sách và các khoản đóng góp của nhân dân {thon} làm {road}.',
      'Tiền đóng góp xây dựng nông thôn mới ở {thon} năm {year} chưa được công khai, đề nghị xã và thôn báo cáo.',
    ],
  ],
  [
    'lanh-dao',
    'planning',
    [
      'Đề nghị xã chỉ đạo quyết liệt việc triển khai quy hoạch khu dân cư mới ở {thon}, hiện nay chậm triển khai nhiều năm.',
      'Quy hoạch treo tại {thon} từ năm {year} khiến bà con không xây được nhà, không được chuyển mục đích, đề nghị xã làm rõ.',
    ],
  ],
  [
    'lanh-dao',
    'conclusions',
    [
      'Các kết luận tại hội nghị đối thoại năm trước còn nhiều nội dung chưa được thực hiện, đề nghị lãnh đạo xã chỉ đạo giải quyết dứt điểm.',
      'Kiến nghị của cử tri {thon} về {road} đã được hứa tại kỳ đối thoại năm {year} nhưng đến nay chưa thực hiện.',
    ],
  ],
  [
    'xay-dung-dang',
    'party',
    [
      'Đề nghị Đảng ủy quan tâm công tác phát triển đảng viên trẻ ở chi bộ {thon}, lâu không kết nạp được đảng viên mới.',
      'Sinh hoạt chi bộ {thon} còn hình thức, nội dung chưa thiết thực, đề nghị Đảng ủy hướng dẫn đổi mới.',
    ],
  ],
  [
    'mttq-doan-the',
    'mttq-fund',
    [
      'Đề nghị Ủy ban MTTQ xã công khai việc sử dụng quỹ Vì người nghèo và danh sách hộ {thon} được hỗ trợ làm nhà.',
      'Kinh phí hoạt động của Hội Nông dân, Hội Phụ nữ ở {thon} quá thấp, đề nghị xã hỗ trợ thêm cho các chi hội.',
    ],
  ],
];
const placeOf = concerns.map(
  ([, , phrasings]) =>
    ['road', 'dam', 'canal', 'river', 'school', 'market', 'bridge', 'fields'].find((k) =>
      phrasings[0].includes(`{${k}}`),
    ) ?? null,
);
// Whose concern it is: the commune's (its health station, its one-stop office…), one place's
// whoever raises it (a dam, a school, a market, a bridge), or otherwise a village's (its stretch
// of road or canal, its rubbish…).
const scopeOf = {
  'health-station': 'commune',
  'one-stop-attitude': 'commune',
  'late-officials': 'commune',
  procedures: 'commune',
  conclusions: 'commune',
  'cadastral-officer': 'commune',
  'crop-price': 'commune',
  'htx-fees': 'commune',
  'dam-leak': 'place',
  'dam-dry': 'place',
  'school-building': 'place',
  'school-fees': 'place',
  market: 'place',
  bridge: 'place',
};
// Popularity: roads, land, water and rubbish come up far more often than the party's branches.
const weights = concerns.map((_, i) => Math.max(1, Math.round(30 / (1 + i * 0.25))));
const weightTotal = weights.reduce((a, b) => a + b, 0);

const openers = [
  '',
  '',
  '',
  '',
  'Cử tri {thon} phản ánh: ',
  'Qua họp thôn, bà con {thon} kiến nghị: ',
  'Ông {name} ({thon}) kiến nghị: ',
  'Chi hội Nông dân {thon} đề nghị: ',
  'Bà {name}, {thon}, phản ánh: ',
  'Kính gửi UBND xã, ',
  'Tôi là {name}, trú tại {thon}. ',
  'Ý kiến của cử tri {thon}: ',
];
const tails = [
  'Việc này cử tri đã kiến nghị nhiều lần tại các kỳ đối thoại trước nhưng chưa được giải quyết.',
  'Đề nghị UBND xã sớm có phương án xử lý và trả lời cho bà con được biết.',
  'Bà con rất bức xúc, mong chính quyền quan tâm.',
  'Đề nghị xã báo cáo cấp trên nếu vượt thẩm quyền.',
  'Mong được trả lời bằng văn bản.',
  'Tình trạng này kéo dài từ năm {year} đến nay.',
  'Ảnh hưởng đến sinh hoạt và sản xuất của khoảng {hh} hộ dân.',
  'Thôn đã có văn bản gửi xã từ tháng {n} năm {year}.',
  'Đề nghị xã cử cán bộ xuống kiểm tra thực tế.',
  'Nếu không xử lý kịp thời sẽ gây hậu quả nghiêm trọng khi mùa mưa bão đến.',
  'Đề nghị làm rõ trách nhiệm của tập thể, cá nhân liên quan.',
  'Trước đây xã đã hứa nhưng chưa làm.',
];

// Nobody writes a template twice the same: words swapped for others that mean the same, a
// clause left out.
const synonyms = [
  ['đề nghị', 'kiến nghị', 'đề xuất', 'mong'],
  ['xuống cấp', 'hư hỏng', 'xuống cấp nặng'],
  ['sửa chữa', 'khắc phục', 'tu sửa', 'sửa'],
  ['bà con', 'người dân', 'nhân dân', 'bà con nhân dân'],
  ['rất', 'hết sức', 'rất là'],
  ['nhiều', 'rất nhiều', 'không ít'],
  ['kiểm tra', 'xem xét', 'kiểm tra lại'],
  ['sớm', 'kịp thời', 'nhanh chóng'],
  ['nguy hiểm', 'mất an toàn'],
  ['giải quyết', 'xử lý', 'giải quyết dứt điểm'],
  ['đến nay', 'tới nay', 'cho đến nay'],
  ['hộ dân', 'hộ gia đình', 'gia đình'],
  ['khó khăn', 'vất vả'],
  ['chưa được', 'vẫn chưa được', 'chưa hề được'],
  ['nghiêm trọng', 'trầm trọng', 'nặng nề'],
  ['thường xuyên', 'liên tục', 'hay'],
  ['gây', 'gây ra'],
  ['ảnh hưởng', 'tác động xấu'],
  ['tình trạng', 'hiện tượng'],
  ['hỗ trợ', 'giúp đỡ', 'hỗ trợ thêm'],
  ['quan tâm', 'chú ý', 'để ý'],
  ['bức xúc', 'bất bình', 'không đồng tình'],
  ['đầu tư', 'bỏ vốn', 'đầu tư kinh phí'],
];
const synonymRes = synonyms.map((alts) => [
  new RegExp(`(?<!\\p{L})(${alts.join('|')})(?!\\p{L})`, 'giu'),
  alts,
]);
function paraphrase(text, rnd, dropClause = true) {
  let out = text;
  for (const [re, alts] of synonymRes) {
    out = out.replace(re, (w) => {
      if (!rnd.chance(0.5)) return w;
      const to = rnd.pick(alts);
      return w[0] === w[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
    });
  }
  const clauses = out.split(', ');
  if (dropClause && clauses.length >= 3 && rnd.chance(0.3))
    clauses.splice(1 + rnd(clauses.length - 2), 1);
  return clauses.join(', ');
}

// How people type it: abbreviations (some official, some of quick typing), without accents, typos.
const abbreviations = [
  [/Ủy ban nhân dân/g, 'UBND'],
  [/UBND xã/g, 'UBND xã'],
  [/Quốc lộ 8A/gi, 'QL8A'],
  [/Quốc lộ 15/gi, 'QL15'],
  [/đường tỉnh 553/gi, 'ĐT.553'],
  [/đường tỉnh 550/gi, 'ĐT 550'],
  [/đường huyện 12/gi, 'ĐH12'],
  [/hợp tác xã/gi, 'HTX'],
  [/bảo hiểm y tế/gi, 'BHYT'],
  [/giấy chứng nhận quyền sử dụng đất/gi, 'GCNQSDĐ'],
  [/Mặt trận Tổ quốc/gi, 'MTTQ'],
  [/nông thôn mới/gi, 'NTM'],
  [/Trường Trung học cơ sở/g, 'Trường THCS'],
  [/\bkhông\b/g, 'ko'],
  [/\bđược\b/g, 'đc'],
  [/\bngười dân\b/g, 'ng dân'],
  [/\bđề nghị\b/gi, 'đn'],
  [/\bthôn (\d+)/g, 'th.$1'],
  [/\bvới\b/g, 'vs'],
  [/công an xã/g, 'CA xã'],
  [/trạm y tế/gi, 'TYT'],
  [/\bhộ nghèo\b/g, 'HN'],
];
function abbreviate(text, rnd) {
  let out = text;
  for (const [re, to] of abbreviations) if (rnd.chance(0.75)) out = out.replace(re, to);
  return out;
}
const withoutAccents = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
function typos(text, rnd) {
  const words = text.split(' ');
  for (let k = 0; k < 1 + rnd(3); k++) {
    const i = rnd(words.length),
      w = words[i];
    if (w.length < 3) continue;
    const j = 1 + rnd(w.length - 2);
    words[i] = rnd.chance(0.5)
      ? w.slice(0, j) + w.slice(j + 1)
      : w.slice(0, j - 1) + w[j] + w[j - 1] + w.slice(j + 1);
  }
  return words.join(' ');
}

/** A petition of commune `p`: concern, village, place, phrasing, how it was typed. */
function petition(
  p,
  rnd,
  { style, years = [2016, 2026], concern: fixedConcern, village: fixedVillage } = {},
) {
  let ci = fixedConcern;
  if (ci === undefined) {
    let r = rnd(weightTotal);
    ci = 0;
    while (r >= weights[ci]) r -= weights[ci++];
  }
  const [field, key, phrasings] = concerns[ci];
  const vi = fixedVillage ?? rnd(p.villages.length);
  const village = p.villages[vi];
  // A village's own places: the same road or canal for most of its petitions about it.
  const own = (xs) => (rnd.chance(0.8) ? xs[(vi * 7 + ci) % xs.length] : rnd.pick(xs));
  const roadIx = rnd.chance(0.8) ? (vi * 3 + ci) % p.roads.length : rnd(p.roads.length);
  const road = p.roads[roadIx];
  const slots = {
    thon: rnd.pick(village.mention),
    road: road.full,
    dam: own(p.dams),
    canal: own(p.canals),
    river: own(p.rivers),
    fields: own(p.fields),
    school: own(p.schools),
    market: own(p.markets),
    bridge: own(p.bridges),
    name: `${rnd.pick(surnames)} ${rnd.pick(middles)} ${rnd.pick(givens)}`,
    year: String(years[0] + rnd(years[1] - years[0] + 1)),
    n: String(2 + rnd(11)),
    hh: String(10 + rnd(190)),
  };
  const fill = (t) =>
    t
      .replace(/\{(\w+)\}/g, (_, k) => slots[k])
      .replace(/\b(M|m)ặt đường đường/g, '$1ặt đường')
      .replace(/^(\p{Ll})/u, (c) => c.toUpperCase());
  const phrasing = rnd(phrasings.length);
  let text = fill(phrasings[phrasing]);
  // 10–60 words, most 15–40: a target length; a short petition is the first clauses of the
  // phrasing, a long one gets the tails people add.
  const target = 10 + Math.floor(50 * ((rnd(1000) + rnd(1000)) / 2000) ** 1.5);
  if (text.split(' ').length > target + 4) {
    const clauses = text.replace(/\.$/, '').split(', ');
    let short = clauses[0];
    for (let k = 1; k < clauses.length && short.split(' ').length < target; k++)
      short += `, ${clauses[k]}`;
    if (short.split(' ').length >= 8) text = `${short}.`;
  }
  text = paraphrase(text, rnd);
  const opener = rnd.pick(openers);
  // After "…: " or "…, " the petition goes on in lower case, unless it starts with a name.
  const keepCapital =
    opener.endsWith('. ') ||
    /^(Quốc lộ|Trường|Hợp tác|Ủy ban|Trạm|Đảng)/u.test(text) ||
    /^\p{Lu}{2}/u.test(text);
  if (opener)
    text = fill(opener) + (keepCapital ? text : text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  const used = new Set();
  for (let guard = 0; text.split(' ').length < target && guard < 8; guard++) {
    const t = rnd(tails.length);
    if (used.has(t)) continue;
    used.add(t);
    const tail = paraphrase(fill(tails[t]), rnd, false);
    if (text.split(' ').length + tail.split(' ').length <= 60) text += ` ${tail}`;
  }
  // How it was typed.
  const s =
    style ??
    (() => {
      const r = rnd(100);
      return r < 60
        ? 'plain'
        : r < 75
          ? 'no-accents'
          : r < 87
            ? 'abbreviated'
            : r < 92
              ? 'no-accents+abbreviated'
              : 'typos';
    })();
  if (s.includes('abbreviated')) text = abbreviate(text, rnd);
  if (s.includes('no-accents')) text = withoutAccents(text);
  if (s === 'typos') text = typos(text, rnd);
  // The group: the same concern about the same village's same place (the place its first
  // phrasing names, if any) is one matter raised again.
  const place = placeOf[ci];
  const where = place ? `|${place === 'road' ? roadIx : slots[place]}` : '';
  const scope = scopeOf[key] ?? 'village';
  return {
    text,
    field,
    village: vi,
    group: `${key}${scope === 'commune' ? '' : scope === 'place' ? where : `|${vi}${where}`}`,
    concern: ci,
    style: s,
    name: rnd.chance(0.4) ? slots.name : null,
  };
}

if (process.env.SAMPLE) {
  const p = communeProfile(1, 'Sơn Giang');
  const rnd = random(Number(process.env.SAMPLE));
  console.log(p.villages.map((v) => v.name).join(', '));
  const lens = [];
  for (let i = 0; i < 2000; i++) {
    const x = petition(p, rnd);
    lens.push(x.text.split(' ').length);
    if (i < 30) console.log(`[${x.style}] ${x.text}`);
  }
  console.log(`words: min ${Math.min(...lens)}, p50 ${pct(lens, 0.5)}, max ${Math.max(...lens)}`);
  process.exit(0);
}

// ── Generated communes ─────────────────────────────────────────────────────────────────────────
const communeNames = [
  'Sơn Giang',
  'Sơn Tây',
  'Sơn Lâm',
  'Sơn Hàm',
  'Sơn Kim',
  'Sơn Trà',
  'Sơn Bình',
  'Sơn Tiến',
  'Sơn Phú',
  'Sơn Long',
  'Kỳ Phong',
  'Kỳ Tân',
  'Cẩm Lạc',
  'Cẩm Minh',
  'Đức Lạng',
  'Đức Đồng',
  'Thạch Hà',
  'Thạch Ngọc',
  'Hương Trà',
  'Hương Lâm',
  'Phúc Trạch',
  'Gia Phố',
  'Hòa Hải',
  'Tùng Lộc',
];
const thisYear = new Date().getUTCFullYear();
const START = Date.UTC(thisYear - 10, 0, 10); // ten years of sessions, two rounds a year
const END = Date.now() - 2 * 86400_000;
const sources = ['village', 'mttq', 'doan-the', 'citizen-online', 'at-session', 'official-report'];
const openPick = [
  'received',
  'received',
  'classified',
  'classified',
  'assigned',
  'assigned',
  'assigned',
  'assigned',
  'assigned',
  'answer-prepared',
];
const closedPick = [
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'closed',
  'responded',
  'responded',
  'responded',
  'responded',
  'rejected',
  'merged',
  'merged',
  'in-follow-up',
  'withdrawn',
];

/**
 * One commune's matters, oldest first, from its own seeded generator (so the measured commune's
 * petitions can be made again without the rest of the province). The newest `open` are open
 * (received, classified, assigned, answer prepared); a few older ones linger open; the rest are
 * closed, responded, rejected, merged into an earlier raising of the same concern…
 */
function communeStream({ unitId, index, total, open, profile }) {
  const rnd = random(1000 + index * 104_729);
  const lastOfGroup = new Map();
  let k = 0;
  return {
    profile,
    next() {
      const i = k++;
      const at = START + Math.floor(((END - START) * (i + rnd(1000) / 1000)) / total);
      const day = new Date(at).toISOString().slice(0, 10);
      const p = petition(profile, rnd, {
        years: [
          Math.max(thisYear - 12, new Date(at).getUTCFullYear() - 3),
          new Date(at).getUTCFullYear(),
        ],
      });
      const id = `${unitId}m${i}`;
      const isOpen = i >= total - open || rnd.chance(0.004);
      let state = isOpen ? rnd.pick(openPick) : rnd.pick(closedPick);
      let mergedInto = null;
      if (state === 'merged') {
        mergedInto = lastOfGroup.get(p.group) ?? null;
        if (!mergedInto) state = 'closed';
      }
      lastOfGroup.set(p.group, id);
      const confirmed = state !== 'received';
      const ts = `${day}T02:00:00.000Z`;
      return {
        id,
        group: p.group,
        open: isOpen,
        row: [
          id,
          unitId,
          rnd.chance(0.92) ? `${unitId}v${p.village}` : null,
          p.text,
          confirmed ? p.field : null,
          confirmed ? ts : null,
          '[]',
          state,
          rnd.pick(sources),
          day,
          state === 'received' || state === 'classified' ? null : `${unitId}p${rnd(3)}`,
          mergedInto,
          foldVietnamese(`${p.text} ${p.name ?? ''}`),
          0,
          ts,
          ts,
        ],
      };
    },
  };
}
const matterCols = [
  'id',
  'unit_id',
  'village_id',
  'content',
  'field',
  'field_confirmed_at',
  'suggestions',
  'state',
  'source',
  'received_on',
  'assignee_person_id',
  'merged_into_id',
  'search_folded',
  'version',
  'created_at',
  'updated_at',
];

/** Multi-row INSERTs in ONE transaction on either driver (as demo/province-scale.ts does). */
async function bulkWriter(db) {
  if (db.dialect === 'sqlite') {
    const raw = db.sqlite;
    raw.exec('begin immediate');
    const cache = new Map();
    return {
      async insert(table, cols, rows) {
        for (let i = 0; i < rows.length; i += 400) {
          const chunk = rows.slice(i, i + 400);
          const text = `insert into ${table} (${cols.join(',')}) values ${chunk.map(() => `(${cols.map(() => '?').join(',')})`).join(',')}`;
          let st = cache.get(text);
          if (!st) {
            st = raw.prepare(text);
            cache.set(text, st);
          }
          st.run(...chunk.flat());
        }
      },
      async commit() {
        raw.exec('commit');
      },
    };
  }
  const client = await db.pgPool.connect();
  await client.query('begin');
  return {
    async insert(table, cols, rows) {
      const per = Math.floor(60_000 / cols.length);
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        let n = 0;
        await client.query(
          `insert into ${table} (${cols.join(',')}) values ${chunk.map(() => `(${cols.map(() => `$${++n}`).join(',')})`).join(',')}`,
          chunk.flat(),
        );
      }
    },
    async commit() {
      await client.query('commit');
      client.release();
    },
  };
}

/**
 * Writes a generated database: the unit tree (province p0, districts, communes, their villages),
 * three officials per commune, then every commune's matters interleaved in time (as they arrive:
 * a commune's rows are not contiguous), with a raising each when `raisings`. The text index and
 * whatever else the triggers keep are filled by the triggers. On PostgreSQL the GIN indexes are
 * dropped for the load and built once after it (as a restore would).
 */
async function generate(db, { plans, districts, raisings, label }) {
  const t0 = performance.now();
  const at = new Date(START).toISOString();
  let gin = [];
  if (db.dialect === 'postgres') {
    gin = (
      await db.pgPool.query(
        `select indexname, indexdef from pg_indexes where schemaname = 'public' and indexdef ilike '% using gin %'`,
      )
    ).rows;
    for (const g of gin) await db.pgPool.query(`drop index ${g.indexname}`);
  }
  const w = await bulkWriter(db);
  const units = [
    ['p0', null, 'bench-p0', 'bench-tinh', 'Tỉnh Thử Nghiệm', 'tinh', '/p0/', 1, null, at, at],
  ];
  for (let d = 0; d < districts; d++)
    units.push([
      `d${d}`,
      'p0',
      `bench-d${d}`,
      `bench-d${d}`,
      `Huyện ${d + 1}`,
      'huyen',
      `/p0/d${d}/`,
      2,
      null,
      at,
      at,
    ]);
  const people = [];
  for (const [i, p] of plans.entries()) {
    const d = i % districts;
    const path = `/p0/d${d}/${p.unitId}/`;
    units.push([
      p.unitId,
      `d${d}`,
      `bench-${p.unitId}`,
      `bench-${p.unitId}`,
      `Xã ${p.profile.name}`,
      'xa',
      path,
      3,
      null,
      at,
      at,
    ]);
    p.profile.villages.forEach((v, vi) =>
      units.push([
        `${p.unitId}v${vi}`,
        p.unitId,
        `bench-${p.unitId}v${vi}`,
        `bench-${p.unitId}v${vi}`,
        v.name,
        'thon',
        `${path}${p.unitId}v${vi}/`,
        4,
        null,
        at,
        at,
      ]),
    );
    for (let k = 0; k < 3; k++)
      people.push([
        `${p.unitId}p${k}`,
        p.unitId,
        `Cán bộ ${k + 1} xã ${p.profile.name}`,
        'Công chức',
        '[]',
        0,
        at,
        at,
      ]);
  }
  await w.insert(
    'unit',
    [
      'id',
      'parent_id',
      'code',
      'slug',
      'name',
      'kind',
      'path',
      'depth',
      'profile_code',
      'created_at',
      'updated_at',
    ],
    units,
  );
  await w.insert(
    'person',
    ['id', 'unit_id', 'full_name', 'position', 'fields', 'version', 'created_at', 'updated_at'],
    people,
  );
  const streams = plans.map((p) => communeStream(p));
  const PERIODS = 40;
  let rows = [],
    raised = [],
    written = 0;
  const flush = async () => {
    await w.insert('matter', matterCols, rows);
    if (raisings)
      await w.insert('raising', ['id', 'matter_id', 'source', 'received_on', 'created_at'], raised);
    written += rows.length;
    rows = [];
    raised = [];
  };
  // A few pairs a clerk marked "not a duplicate" (the same concern, open), where `dismiss` says.
  const firstOpen = new Map(),
    dismissed = [],
    dismissCount = [];
  const rnd = random(99);
  let lastLog = performance.now();
  for (let period = 0; period < PERIODS; period++) {
    for (const [i, p] of plans.entries()) {
      const from = Math.floor((p.total * period) / PERIODS),
        to = Math.floor((p.total * (period + 1)) / PERIODS);
      for (let k = from; k < to; k++) {
        const m = streams[i].next();
        rows.push(m.row);
        if (m.open && p.dismiss && (dismissCount[i] ?? 0) < p.dismiss) {
          const first = firstOpen.get(`${i}|${m.group}`);
          if (!first) firstOpen.set(`${i}|${m.group}`, m.id);
          else if (rnd(4) === 0) {
            const [a, b] = [first, m.id].sort();
            dismissed.push([`nd${a}${b}`, p.unitId, a, b, null, m.row[14]]);
            dismissCount[i] = (dismissCount[i] ?? 0) + 1;
            firstOpen.delete(`${i}|${m.group}`);
          }
        }
        if (raisings) raised.push([`r${m.id}`, m.id, m.row[8], m.row[9], m.row[14]]);
      }
      if (rows.length >= 20_000) await flush();
    }
    if (performance.now() - lastLog > 15_000) {
      log(
        `  ${label}: ${written} matters written (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      );
      lastLog = performance.now();
    }
  }
  await flush();
  await w.insert(
    'matter_pair_dismissal',
    ['id', 'unit_id', 'first_id', 'second_id', 'actor_user_id', 'at'],
    dismissed,
  );
  await w.commit();
  const loaded = (performance.now() - t0) / 1000;
  for (const g of gin) await db.pgPool.query(g.indexdef);
  if (db.dialect === 'postgres') await db.pgPool.query('vacuum analyze');
  else db.sqlite.exec('analyze');
  const seconds = (performance.now() - t0) / 1000;
  log(
    `${label}: generated ${written} matters in ${plans.length} communes in ${seconds.toFixed(0)} s (rows ${loaded.toFixed(0)} s${gin.length ? `, then ${gin.map((g) => g.indexname).join(', ')}` : ''}, analyze)`,
  );
  return { matters: written, seconds };
}

/** The measured commune's matters again (its own generator): id → group, for the sanity line. */
function groupsOf(plan) {
  const s = communeStream(plan);
  const out = new Map();
  for (let k = 0; k < plan.total; k++) {
    const m = s.next();
    out.set(m.id, m.group);
  }
  return out;
}

/** What the clerk types: other phrasings of the same concerns, without accents, abbreviated, cut short. */
function typedQueries(plan, n, seed) {
  const rnd = random(seed);
  const out = [];
  const styles = [
    'plain',
    'plain',
    'plain',
    'no-accents',
    'no-accents',
    'no-accents',
    'abbreviated',
    'abbreviated',
    'no-accents+abbreviated',
    'typos',
    'cut',
    'cut',
    'cut',
  ];
  for (let i = 0; i < n; i++) {
    const style = rnd.pick(styles);
    const p = petition(plan.profile, rnd, {
      style: style === 'cut' ? rnd.pick(['plain', 'no-accents']) : style,
    });
    let text = p.text;
    if (style === 'cut')
      text = text
        .split(' ')
        .slice(0, 5 + rnd(11))
        .join(' '); // still typing
    out.push({
      unitId: plan.unitId,
      text,
      field: p.field,
      villageId: rnd.chance(0.85) ? `${plan.unitId}v${p.village}` : null,
      group: p.group,
      style,
    });
  }
  return out;
}

if (process.env.SAMPLE_STREAM) {
  const plan = {
    unitId: 'ca',
    index: 0,
    total: 20_000,
    open: 2_000,
    profile: communeProfile(0, 'Sơn Giang'),
  };
  const st = communeStream(plan);
  const texts = new Map(),
    groups = new Map();
  for (let k = 0; k < plan.total; k++) {
    const m = st.next();
    texts.set(m.row[3], (texts.get(m.row[3]) ?? 0) + 1);
    groups.set(m.group, (groups.get(m.group) ?? 0) + 1);
    if (k >= 19_990) console.log(m.id, m.group, m.row[3]);
  }
  console.log(
    `distinct texts ${texts.size} of ${plan.total}; groups ${groups.size}; largest group ${Math.max(...groups.values())}`,
  );
  process.exit(0);
}

// ── One call traced: every statement it runs, its time, and its plan ───────────────────────────
// Through a Kysely plugin (and the raw handles, should the engine use them), on a copy of deps.
function tracer(db) {
  const statements = [];
  const open = new Map();
  const plugin = {
    transformQuery({ node, queryId }) {
      open.set(queryId, {
        compiled: db.kysely.getExecutor().compileQuery(node, queryId),
        t: performance.now(),
      });
      return node;
    },
    async transformResult({ result, queryId }) {
      const s = open.get(queryId);
      if (s) {
        open.delete(queryId);
        statements.push({
          sql: s.compiled.sql,
          params: s.compiled.parameters,
          ms: performance.now() - s.t,
          rows: result.rows?.length ?? 0,
        });
      }
      return result;
    },
  };
  const timed = (sqlText, params, fn) => {
    const t = performance.now();
    const r = fn();
    const done = (x) => {
      statements.push({
        sql: sqlText,
        params,
        ms: performance.now() - t,
        rows: x?.rows?.length ?? (Array.isArray(x) ? x.length : 0),
        raw: true,
      });
      return x;
    };
    return r?.then ? r.then(done) : done(r);
  };
  const sqlite =
    db.sqlite &&
    new Proxy(db.sqlite, {
      get(target, prop) {
        if (prop !== 'prepare') {
          const v = target[prop];
          return typeof v === 'function' ? v.bind(target) : v;
        }
        return (text) => {
          const st = target.prepare(text);
          return new Proxy(st, {
            get(s, p) {
              const v = s[p];
              if (typeof v !== 'function') return v;
              return ['all', 'get', 'run', 'iterate'].includes(p)
                ? (...args) => timed(text, args, () => v.apply(s, args))
                : v.bind(s);
            },
          });
        };
      },
    });
  const pgPool =
    db.pgPool &&
    new Proxy(db.pgPool, {
      get(target, prop) {
        const v = target[prop];
        if (prop === 'query')
          return (text, params) =>
            typeof text === 'string'
              ? timed(text, params, () => target.query(text, params))
              : target.query(text, params);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  return {
    db: {
      ...db,
      kysely: db.kysely.withPlugin(plugin),
      ...(sqlite ? { sqlite } : {}),
      ...(pgPool ? { pgPool } : {}),
    },
    statements,
  };
}

/** Runs `call` (twice: the second, warm, is shown) and prints each statement's time and plan. */
async function explainCall(db, label, call) {
  let t = null;
  for (let i = 0; i < 2; i++) {
    t = tracer(db);
    await call({ db: t.db });
  }
  const total = t.statements.reduce((a, s) => a + s.ms, 0);
  log(`TRACE ${label}: ${t.statements.length} statements, ${total.toFixed(1)} ms in the database`);
  for (const s of t.statements) {
    log(
      `  ${s.ms.toFixed(2).padStart(7)} ms ${String(s.rows).padStart(5)} rows  ${s.sql.replace(/\s+/g, ' ').slice(0, 260)}`,
    );
    if (s.ms < 1 || !/^\s*(select|with)/i.test(s.sql)) continue;
    try {
      if (db.dialect === 'sqlite') {
        const plan = db.sqlite
          .prepare(`explain query plan ${s.sql}`)
          .all(
            ...(s.raw ? s.params : s.params.map((p) => (typeof p === 'boolean' ? Number(p) : p))),
          );
        log(plan.map((r) => `            ${r.detail}`).join('\n'));
      } else {
        const plan = await db.pgPool.query(`explain (analyze, buffers) ${s.sql}`, s.params);
        log(plan.rows.map((r) => `            ${r['QUERY PLAN']}`).join('\n'));
      }
    } catch (e) {
      log(`            (no plan: ${e.message})`);
    }
  }
}

// ── The measurements ───────────────────────────────────────────────────────────────────────────
const actor = { userId: 'bench', grants: [{ role: 'office', unitId: 'p0', unitPath: '/p0/' }] };
const summary = [];
function row({ name, db, figure, baseline, baselineName, goal, unit = 'ms' }) {
  const ok = goal == null ? '' : figure <= goal ? '✓' : '✗';
  const goalText = goal == null ? '—' : `≤ ${goal} ms ${ok}`;
  report({
    name: `${name} (${db})${goal == null ? '' : ` [goal ≤ ${goal} ms]`}`,
    figure,
    unit,
    baseline,
    baselineName,
  });
  summary.push({ db, name, figure, baseline, baselineName, goal: goalText, unit });
}
const idsOf = (r) =>
  (r?.duplicates ?? r?.matches ?? []).map((d) => d.id ?? d.matter?.id).filter(Boolean);

/** p50/p95/max of the suggestion at `plan` (or at each query's own commune), beside today's engine. */
async function typing(db, label, queries, { name, goal, groups }) {
  const deps = { db };
  const mine = (q) =>
    similarOpinions(deps, actor, q.unitId, { content: q.text, villageId: q.villageId });
  const today = async (q) =>
    rankJaccard(
      q.text,
      { villageId: q.villageId, field: q.field },
      await openMatterCandidates(db.kysely, q.unitId),
    );
  let t = performance.now();
  await mine(queries[0]);
  const cold = performance.now() - t;
  t = performance.now();
  await today(queries[0]);
  const coldToday = performance.now() - t;
  // Warm: each commune asked once (the engine keeps a model per commune, built on its first
  // suggestion and shown above as the first call), then 20 more; typing sends many per petition.
  for (const q of new Map(queries.map((x) => [x.unitId, x])).values()) {
    await mine(q);
    await today(q);
  }
  for (let i = 0; i < 20; i++) {
    await mine(queries[(i * 7) % queries.length]);
    await today(queries[(i * 7) % queries.length]);
  }
  const a = [],
    b = [];
  const hits = { mine: 0, today: 0, mineAny: 0, todayAny: 0, mineShown: 0, todayShown: 0 };
  for (const [i, q] of queries.entries()) {
    const order = i % 2 ? ['today', 'mine'] : ['mine', 'today'];
    for (const which of order) {
      t = performance.now();
      const r = which === 'mine' ? await mine(q) : await today(q);
      (which === 'mine' ? a : b).push(performance.now() - t);
      if (groups) {
        const ids = which === 'mine' ? idsOf(r) : r.map((m) => m.id);
        const good = ids.filter((id) => groups.get(id) === q.group).length;
        hits[which] += good;
        hits[`${which}Shown`] += ids.length;
        if (good) hits[`${which}Any`]++;
      }
    }
  }
  const baselineName = 'today: newest 3,000 open (openMatterCandidates) + Jaccard ranking';
  log(
    `${label} ${name}: first call ${cold.toFixed(1)} ms (today's engine ${coldToday.toFixed(1)} ms); ${queries.length} queries`,
  );
  if (groups)
    log(
      `  sanity: suggestions of the same concern, village and place as the typed text — new engine ${hits.mine}/${hits.mineShown} shown, ≥1 for ${hits.mineAny}/${queries.length} queries; today's ${hits.today}/${hits.todayShown}, ≥1 for ${hits.todayAny}/${queries.length}`,
    );
  row({
    name: `suggestion while typing p50, ${name}`,
    db: label,
    figure: pct(a, 0.5),
    baseline: pct(b, 0.5),
    baselineName,
  });
  row({
    name: `suggestion while typing p95, ${name}`,
    db: label,
    figure: pct(a, 0.95),
    baseline: pct(b, 0.95),
    baselineName,
    goal,
  });
  row({
    name: `suggestion while typing max, ${name}`,
    db: label,
    figure: max(a),
    baseline: max(b),
    baselineName,
  });
  row({
    name: `suggestion, first call, ${name}`,
    db: label,
    figure: cold,
    baseline: coldToday,
    baselineName: "today's engine, first call",
  });
}

/**
 * The suggestion when the engine learns its weights again: it keeps them per commune until the
 * commune has a new petition and 30 s have passed; the next keystroke then reads and weighs the
 * newest 5,000 texts. A petition is added (and removed after), 31 s waited, one call timed.
 */
async function relearn(db, label, plan, queries, { name }) {
  const deps = { db };
  const id = `${plan.unitId}relearn${process.pid}`;
  const at = new Date().toISOString();
  const text = queries[2].text;
  await db.kysely
    .insertInto('matter')
    .values({
      id,
      unit_id: plan.unitId,
      village_id: queries[2].villageId,
      content: text,
      field: null,
      suggestions: '[]',
      state: 'received',
      source: 'village',
      received_on: at.slice(0, 10),
      search_folded: foldVietnamese(text),
      version: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  try {
    await new Promise((r) => setTimeout(r, 31_000));
    let t = performance.now();
    await similarOpinions(deps, actor, plan.unitId, {
      content: queries[3].text,
      villageId: queries[3].villageId,
    });
    const first = performance.now() - t;
    t = performance.now();
    await similarOpinions(deps, actor, plan.unitId, {
      content: queries[4].text,
      villageId: queries[4].villageId,
    });
    const next = performance.now() - t;
    log(
      `${label} ${name}: the keystroke that relearns the weights ${first.toFixed(1)} ms, the next ${next.toFixed(1)} ms`,
    );
    row({
      name: `suggestion that relearns the weights (a new petition, 30 s on), ${name}`,
      db: label,
      figure: first,
      baseline: next,
      baselineName: 'the next suggestion',
    });
  } finally {
    await db.kysely.deleteFrom('matter').where('id', '=', id).execute();
  }
}

/** The triage view's first page (and a later one) beside today's pair finding over the same open matters. */
async function triage(db, label, plan, { name, goal, groups }) {
  const deps = { db };
  const page = (offset) => triageOpinions(deps, actor, plan.unitId, { offset, limit: 20 });
  const today = async () =>
    pairsJaccard(await openMatterCandidates(db.kysely, plan.unitId), undefined, 50);
  let t = performance.now();
  const first = await page(0);
  const cold = performance.now() - t;
  t = performance.now();
  const old = await today();
  const coldToday = performance.now() - t;
  for (let i = 0; i < 3; i++) {
    await page(0);
    await today();
  }
  const a = [],
    b = [],
    later = [];
  // 30 rounds, or fewer (at least 10) when today's pair finding takes seconds a round.
  const until = performance.now() + 60_000;
  for (let round = 0; round < 30 && (round < 10 || performance.now() < until); round++) {
    t = performance.now();
    await page(0);
    a.push(performance.now() - t);
    t = performance.now();
    await today();
    b.push(performance.now() - t);
    if (round % 3 === 0) {
      t = performance.now();
      await page(20 * (1 + (round % 5)));
      later.push(performance.now() - t);
    }
  }
  const shown = first?.clusters?.length ?? first?.duplicates?.length ?? '?';
  log(
    `${label} ${name}: first call ${cold.toFixed(1)} ms (today's ${coldToday.toFixed(1)} ms, ${old.length} pairs); the page shows ${shown} items of ${first?.clustersTotal ?? '?'}; ${a.length} rounds; later pages p95 ${pct(later, 0.95).toFixed(1)} ms`,
  );
  if (groups) {
    // Sanity: how many of a cluster's members raise the same concern, village and place as most of them.
    let same = 0,
      members = 0;
    for (const c of first?.clusters ?? []) {
      const count = new Map();
      for (const m of c.members)
        count.set(groups.get(m.id), (count.get(groups.get(m.id)) ?? 0) + 1);
      same += Math.max(...count.values());
      members += c.members.length;
    }
    const pairsSame = old.filter((p) => groups.get(p.a) === groups.get(p.b)).length;
    log(
      `  sanity: first page's clusters ${same}/${members} members of their cluster's main concern+village+place; today's top 50 pairs ${pairsSame}/${old.length} of one concern+village+place`,
    );
  }
  const baselineName = 'today: findDuplicatePairs over the newest 3,000 open';
  row({
    name: `triage first page p50, ${name}`,
    db: label,
    figure: pct(a, 0.5),
    baseline: pct(b, 0.5),
    baselineName,
  });
  row({
    name: `triage first page p95, ${name}`,
    db: label,
    figure: pct(a, 0.95),
    baseline: pct(b, 0.95),
    baselineName,
    goal,
  });
  row({
    name: `triage a later page p95, ${name}`,
    db: label,
    figure: pct(later, 0.95),
    baseline: pct(b, 0.95),
    baselineName,
  });
  row({
    name: `triage, first call, ${name}`,
    db: label,
    figure: cold,
    baseline: coldToday,
    baselineName: "today's pair finding, first call",
  });
}

// The same over real HTTP: `doithoai serve` in its own process, an office clerk signed in.
async function overHttp(db, label, env, { typingPlan, triagePlan, queries }) {
  await withServedApp(
    db,
    env,
    { username: 'vanphong.bench', name: 'Văn phòng (bench)', role: 'office', unitId: 'p0' },
    async ({ base, cookie }) => {
      const call = async (url, body) => {
        const t = performance.now();
        const res = await fetch(
          `${base}${url}`,
          body
            ? {
                method: 'POST',
                headers: { cookie, 'content-type': 'application/json', origin: base },
                body: JSON.stringify(body),
              }
            : { headers: { cookie } },
        );
        const text = await res.arrayBuffer();
        if (res.status !== 200)
          throw new Error(`${url}: ${res.status} ${Buffer.from(text).toString().slice(0, 300)}`);
        return performance.now() - t;
      };
      const similar = (q) =>
        call(`/api/units/${typingPlan.unitId}/opinions/similar`, {
          content: q.text,
          villageId: q.villageId,
        });
      const triageUrl = `/api/units/${triagePlan.unitId}/opinions/triage?offset=0&limit=20`;
      for (let i = 0; i < 20; i++) {
        await call('/api/me');
        await similar(queries[i]);
        if (i % 4 === 0) await call(triageUrl);
      }
      const me = [],
        sim = [],
        tri = [];
      const until = performance.now() + 90_000; // the triage page at least 8 times, more while time allows
      for (let i = 0; i < 100; i++) {
        me.push(await call('/api/me'));
        sim.push(await similar(queries[(i * 3) % queries.length]));
        if (i % 4 === 0 && (tri.length < 8 || performance.now() < until))
          tri.push(await call(triageUrl));
      }
      row({
        name: `HTTP POST …/opinions/similar p95, commune of ${typingPlan.total.toLocaleString('en')} matters`,
        db: label,
        figure: pct(sim, 0.95),
        baseline: pct(me, 0.95),
        baselineName: 'GET /api/me',
        goal: 30,
      });
      row({
        name: `HTTP GET …/opinions/triage (page of 20) p95, ${triagePlan.open.toLocaleString('en')} open`,
        db: label,
        figure: pct(tri, 0.95),
        baseline: pct(me, 0.95),
        baselineName: 'GET /api/me',
        goal: 200,
      });
    },
  );
}

// ── The databases ──────────────────────────────────────────────────────────────────────────────
const communePlans = [
  { unitId: 'ca', index: 0, total: 20_000, open: 2_000, profile: communeProfile(0, 'Sơn Giang') },
  {
    unitId: 'cb',
    index: 1,
    total: 10_000,
    open: 5_000,
    profile: communeProfile(1, 'Sơn Tây'),
    dismiss: 12,
  },
  {
    unitId: 'cc',
    index: 2,
    total: 25_000,
    open: 20_000,
    profile: communeProfile(2, 'Sơn Lâm'),
    dismiss: 12,
  },
];
function provincePlans() {
  const big = {
    unitId: 'c0',
    index: 0,
    total: 20_000,
    open: 2_000,
    profile: communeProfile(100, 'Sơn Giang'),
  };
  const rest = SCALE - big.total,
    n = COMMUNES - 1;
  return [
    big,
    ...Array.from({ length: n }, (_, i) => {
      const total = Math.floor(rest / n) + (i < rest % n ? 1 : 0);
      return {
        unitId: `c${i + 1}`,
        index: i + 1,
        total,
        open: Math.round(total * 0.1),
        profile: communeProfile(101 + i, communeNames[(i * 7) % communeNames.length]),
      };
    }),
  ];
}

const pgAnswers = () => postgresAnswers(pgAdmin);

/** Opens (and with REUSE keeps) the named database on `dialect`, migrated, generated if new; runs fn. */
async function withDatabase(dialect, name, plans, { districts, raisings }, fn) {
  const REUSE = reuseOf(name);
  const label = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  let db, dir, admin, pgName, env;
  if (dialect === 'sqlite') {
    dir = REUSE
      ? path.join(os.tmpdir(), `doithoai-similarity-${name}`)
      : fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-similarity-'));
    db = openSqlite(sqliteFile(dir));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
  } else {
    pgName = REUSE
      ? `doithoai_similarity_${name.replace(/-/g, '_')}`
      : `doithoai_bench_similarity_${process.pid}_${Date.now()}`;
    admin = new pg.Client({ connectionString: pgAdmin });
    await admin.connect();
    const exists =
      REUSE &&
      (await admin.query('select 1 from pg_database where datname = $1', [pgName])).rowCount;
    if (!exists) await admin.query(`create database ${pgName}`);
    const url = new URL(pgAdmin);
    url.pathname = `/${pgName}`;
    db = openPostgres(url.toString(), 4);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-similarity-pg-'));
    env = { DATABASE_URL: url.toString(), DATA_DIR: dir };
  }
  try {
    const m0 = performance.now();
    const kept =
      REUSE &&
      (await db.kysely
        .selectFrom('unit')
        .select('id')
        .where('id', '=', 'p0')
        .executeTakeFirst()
        .catch(() => null));
    const applied = await migrateToLatest(db);
    if (kept && applied.length)
      log(
        `${label} ${name}: kept data migrated (${applied.join(', ')}) in ${((performance.now() - m0) / 1000).toFixed(1)} s`,
      );
    if (dialect === 'sqlite') db.sqlite.pragma('synchronous = NORMAL');
    if (kept) log(`${label} ${name}: reusing the data kept by an earlier REUSE=1 run`);
    else {
      const made = await generate(db, { plans, districts, raisings, label: `${label} ${name}` });
      row({
        name: `generation of the ${name} database, ${made.matters.toLocaleString('en')} matters`,
        db: label,
        figure: made.seconds,
        unit: 's',
        baseline: null,
        baselineName: null,
      });
    }
    const counts =
      dialect === 'sqlite'
        ? db.sqlite
            .prepare(
              `select count(*) as n, sum(state in ('received','classified','assigned','answer-prepared')) as open from matter`,
            )
            .get()
        : (
            await db.pgPool.query(
              `select count(*)::int as n, count(*) filter (where state in ('received','classified','assigned','answer-prepared'))::int as open from matter`,
            )
          ).rows[0];
    log(
      `${label} ${name}: ${Number(counts.n).toLocaleString('en')} matters, ${Number(counts.open).toLocaleString('en')} open`,
    );
    await fn(db, label, env);
  } finally {
    await db.close();
    if (dialect === 'postgres') {
      if (!REUSE) await admin.query(`drop database if exists ${pgName} with (force)`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    } else if (!REUSE) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function communePart(db, label, env) {
  const [ca, cb, cc] = communePlans;
  const queries = typedQueries(ca, QUERIES, 4242);
  await typing(db, label, queries, {
    name: `commune of ${ca.total.toLocaleString('en')} matters (${ca.open.toLocaleString('en')} open)`,
    goal: 30,
    groups: groupsOf(ca),
  });
  await relearn(db, label, ca, queries, {
    name: `commune of ${ca.total.toLocaleString('en')} matters`,
  });
  await triage(db, label, cb, {
    name: `commune with ${cb.open.toLocaleString('en')} open matters`,
    goal: 200,
    groups: groupsOf(cb),
  });
  await triage(db, label, cc, {
    name: `commune with ${cc.open.toLocaleString('en')} open matters`,
    goal: 200,
    groups: groupsOf(cc),
  });
  await explainCall(db, `${label} suggestion, commune ${ca.total}`, (deps) =>
    similarOpinions(deps, actor, ca.unitId, {
      content: queries[1].text,
      villageId: queries[1].villageId,
    }),
  );
  await explainCall(db, `${label} today's candidates, commune ${ca.total}`, (deps) =>
    openMatterCandidates(deps.db.kysely, ca.unitId),
  );
  await explainCall(db, `${label} triage, ${cb.open} open`, (deps) =>
    triageOpinions(deps, actor, cb.unitId, { offset: 0, limit: 20 }),
  );
  await explainCall(db, `${label} triage, ${cc.open} open`, (deps) =>
    triageOpinions(deps, actor, cc.unitId, { offset: 0, limit: 20 }),
  );
  if (HTTP) await overHttp(db, label, env, { typingPlan: ca, triagePlan: cb, queries });
}

async function provincePart(db, label) {
  const plans = provincePlans();
  const big = plans[0];
  const queries = typedQueries(big, QUERIES, 4343);
  const where = `province of ${SCALE.toLocaleString('en')} matters`;
  await typing(db, label, queries, {
    name: `${where}, its commune of ${big.total.toLocaleString('en')}`,
    goal: 100,
    groups: groupsOf(big),
  });
  // Ordinary communes of the province (~300 matters each), a different one for each query.
  const rnd = random(77);
  const some = Array.from({ length: 40 }, () => plans[1 + rnd(plans.length - 1)]);
  const spread = Array.from(
    { length: QUERIES },
    (_, i) => typedQueries(some[i % some.length], 1, rnd(1e6))[0],
  );
  await typing(db, label, spread, {
    name: `${where}, ordinary communes (~${plans[1].total} matters)`,
    goal: 100,
  });
  // A commune with no matters yet (one that has just started using the app in a province's
  // database): its villages exist, nothing else. Added here if the kept database lacks it.
  const fresh = {
    unitId: 'cnew',
    index: COMMUNES + 1,
    total: 0,
    open: 0,
    profile: communeProfile(99_999, 'Sơn Mới'),
  };
  if (
    !(await db.kysely
      .selectFrom('unit')
      .select('id')
      .where('id', '=', fresh.unitId)
      .executeTakeFirst())
  ) {
    const at = new Date().toISOString();
    await db.kysely
      .insertInto('unit')
      .values([
        {
          id: fresh.unitId,
          parent_id: 'd0',
          code: 'bench-cnew',
          slug: 'bench-cnew',
          name: 'Xã Sơn Mới',
          kind: 'xa',
          path: '/p0/d0/cnew/',
          depth: 3,
          profile_code: null,
          created_at: at,
          updated_at: at,
        },
        ...fresh.profile.villages.map((v, vi) => ({
          id: `cnewv${vi}`,
          parent_id: fresh.unitId,
          code: `bench-cnewv${vi}`,
          slug: `bench-cnewv${vi}`,
          name: v.name,
          kind: 'thon',
          path: `/p0/d0/cnew/cnewv${vi}/`,
          depth: 4,
          profile_code: null,
          created_at: at,
          updated_at: at,
        })),
      ])
      .execute();
  }
  const freshQueries = typedQueries(fresh, 40, 4444);
  await typing(db, label, freshQueries, {
    name: `${where}, a commune with no matters yet`,
    goal: 100,
  });
  await explainCall(db, `${label} suggestion, ${where}, a commune with no matters yet`, (deps) =>
    similarOpinions(deps, actor, fresh.unitId, {
      content: freshQueries[1].text,
      villageId: freshQueries[1].villageId,
    }),
  );
  await explainCall(db, `${label} suggestion, ${where}, commune ${big.total}`, (deps) =>
    similarOpinions(deps, actor, big.unitId, {
      content: queries[1].text,
      villageId: queries[1].villageId,
    }),
  );
  await explainCall(db, `${label} suggestion, ${where}, an ordinary commune`, (deps) =>
    similarOpinions(deps, actor, spread[1].unitId, {
      content: spread[1].text,
      villageId: spread[1].villageId,
    }),
  );
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────────
const load = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(', ');
console.log(`load average at start: ${load} (${os.cpus().length} cores)`);
log(`similarity bench: load average at start ${load} (${os.cpus().length} cores)`);
if (!newEngine)
  log(
    'similarity bench: core does not export rankDuplicatesJaccard yet — the "new engine" figures are today\'s code path (similarOpinions/triageOpinions as they are)',
  );
const dialects =
  ONLY === 'sqlite' ? ['sqlite'] : ONLY === 'postgres' ? ['postgres'] : ['sqlite', 'postgres'];
const pgUp = dialects.includes('postgres') && (await pgAnswers());
if (dialects.includes('postgres') && !pgUp)
  log(`similarity bench: PostgreSQL skipped — nothing answers at ${new URL(pgAdmin).host}`);
for (const dialect of dialects) {
  if (dialect === 'postgres' && !pgUp) continue;
  if (PART !== 'province')
    await withDatabase(
      dialect,
      'commune',
      communePlans,
      { districts: 1, raisings: true },
      communePart,
    );
  if (PART !== 'commune')
    await withDatabase(
      dialect,
      `province-${SCALE}-${COMMUNES}`,
      provincePlans(),
      { districts: 13, raisings: false },
      provincePart,
    );
}

// The table with the goals (the BENCH lines above are what bench/run.mjs gathers).
console.log(
  `\nload average at start: ${load}; at the end: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(
      ', ',
    )}${newEngine ? '' : " — the new engine had not landed: 'figure' is today's code path"}`,
);
console.log('| database | measure | figure | baseline (same run) | ratio | goal |');
console.log('|---|---|---|---|---|---|');
for (const s of summary) {
  const f = (x) => (x == null ? '—' : `${x.toFixed(1)} ${s.unit}`);
  console.log(
    `| ${s.db} | ${s.name} | ${f(s.figure)} | ${s.baseline == null ? '—' : `${f(s.baseline)} (${s.baselineName})`} | ${s.baseline ? `${(s.figure / s.baseline).toFixed(2)}×` : '—'} | ${s.goal} |`,
  );
}
