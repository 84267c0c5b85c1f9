// HELD-OUT evaluation set for the similarity engine and the field classifier. Written
// independently of the main set (eval-set.ts) and of the engine: nobody tunes on this text.
// A fictional Mekong-delta commune, "xã Long Phú": ấp, kênh, rạch, lộ đal, bờ bao, bến đò, heo;
// southern speech ("vô", "hổng", "tui", "dìa", "thước" for metre), typed the way people type.
// Data only.
import type { EvalSet } from './eval-types.js';

export const heldOutSet: EvalSet = {
  villages: [
    { key: 'h1', name: 'Ấp Long Phú' },
    { key: 'h2', name: 'Ấp Tân Hưng' },
    { key: 'h3', name: 'Ấp 3' },
    { key: 'h4', name: 'Ấp Rạch Chanh' },
    { key: 'h5', name: 'Ấp Bình Thạnh' },
    { key: 'h6', name: 'Ấp Kinh Xáng' },
    { key: 'h7', name: 'Ấp Thị Tứ' },
    { key: 'h8', name: 'Ấp Xẻo Đước' },
  ],
  places: [
    'kênh Ba Thước',
    'trạm bơm Ba Thước',
    'rạch Cái Sơn',
    'rạch Chanh',
    'bến đò Rạch Chanh',
    'cầu Ông Bảy',
    'chợ Long Phú',
    'đường tỉnh 926',
    'trường Tiểu học Long Phú',
    'trạm y tế xã Long Phú',
    'lộ Bình Thạnh',
    'sông Cái Lớn',
  ],
  groups: [
    // ───────────── nông nghiệp, nông thôn mới ─────────────
    {
      id: 'h01',
      field: 'nong-nghiep',
      concern:
        'Bờ bao kênh Ba Thước (ấp 3) sạt lở, nước tràn vô ruộng lúa; xin gia cố trước mùa lũ',
      petitions: [
        {
          id: 'h01-1',
          text: 'Bờ bao dọc kênh Ba Thước ở ấp 3 bị sạt lở nhiều đoạn, mỗi lần nước lớn hoặc triều cường là nước tràn vô ruộng lúa của bà con, vụ Thu Đông năm rồi nhiều hộ mất trắng. Đề nghị xã sớm gia cố, đắp lại bờ bao trước mùa nước nổi năm nay.',
          village: 'h3',
          style: 'plain',
        },
        {
          id: 'h01-2',
          text: 'Xin chính quyền cho đắp lại cái bờ bao ngang ruộng ấp Ba, đoạn giáp kênh Ba Thước lở gần hết rồi, nước lên một cái là lúa ngập trắng đồng.',
          village: 'h3',
          style: 'paraphrase',
        },
        {
          id: 'h01-3',
          text: 'bo bao kenh Ba Thuoc ap 3 lo qua troi, nuoc rong la tran vo ruong, xa coi gia co lai giup ba con chu de vay hoai lua chet het',
          village: 'h3',
          style: 'no-accents',
        },
        {
          id: 'h01-4',
          text: 'Bờ bao k.Ba Thước a3 sạt lở, nc tràn vô ruộng, đề nghị UBND xã gia cố gấp trc mùa lũ, ng dân lo lắm',
          village: 'h3',
          style: 'abbreviated',
        },
        {
          id: 'h01-5',
          text: 'Nói hoài mà hổng ai làm, bờ bao ấp 3 lở cả trăm thước rồi, tới mùa nước nổi mất lúa ai chịu?',
          village: 'h3',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'h02',
      field: 'nong-nghiep',
      concern: 'HTX quản lý trạm bơm kênh Ba Thước (ấp 3) thu tiền bơm nước tưới ruộng quá cao',
      petitions: [
        {
          id: 'h02-1',
          text: 'Trạm bơm điện kênh Ba Thước ở ấp 3 do hợp tác xã quản lý, năm nay thu tiền bơm nước tưới ruộng lên 350 ngàn một công mỗi vụ, bà con thấy quá cao so với mấy ấp khác, đề nghị xã xem lại giá bơm.',
          village: 'h3',
          style: 'plain',
        },
        {
          id: 'h02-2',
          text: 'HTX trạm bơm Ba Thước thu phí bơm nc cao quá, ruộng a3 1 công mà lấy 350k, lúa rớt giá ng dân làm ko có lời',
          village: 'h3',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h03',
      field: 'nong-nghiep',
      concern: 'Lộ đal ấp 3 đoạn từ cầu Ông Bảy ra chợ bị lún, nứt, bể nhiều chỗ; xin sửa chữa',
      petitions: [
        {
          id: 'h03-1',
          text: 'Tuyến lộ đal ấp 3 đoạn từ cầu Ông Bảy ra chợ Long Phú bị lún, nứt bể nhiều chỗ, học sinh đi xe đạp té hoài. Đề nghị xã sửa chữa lại tuyến lộ này.',
          village: 'h3',
          style: 'plain',
        },
        {
          id: 'h03-2',
          text: 'Con đường bê tông từ cầu Ông Bảy đi ra xuống cấp quá, mặt đường chỗ lồi chỗ lõm, có khúc bể hết lòi đất ra, chở lúa bằng xe ba gác chạy không nổi, xin làm lại.',
          village: 'h3',
          style: 'paraphrase',
        },
        {
          id: 'h03-3',
          text: 'lo dal ap 3 gan cau Ong Bay bi lun nut het roi, toi bua ong gia trong xom chay xe may te gay tay, de nghi xa sua gap',
          village: 'h3',
          style: 'no-accents',
        },
        {
          id: 'h03-4',
          text: 'Lộ a3 đoạn cầu Ô.Bảy lún nứt, bể mấy chỗ, xe đi dễ té, đề nghị UBND xã sửa sớm dc ko',
          village: 'h3',
          style: 'abbreviated',
        },
        {
          id: 'h03-5',
          text: 'lộ đan ấp ba bị lún nức bễ nhiều chổ quá, củng phản ánh mấy lần rồi mà chưa thấy sửa',
          village: 'h3',
          style: 'typos',
        },
      ],
    },
    {
      id: 'h04',
      field: 'nong-nghiep',
      concern: 'Đèn đường trên lộ ấp 3 đoạn cầu Ông Bảy không sáng mấy tháng nay',
      petitions: [
        {
          id: 'h04-1',
          text: 'Hệ thống đèn đường trên lộ ấp 3, đoạn từ cầu Ông Bảy tới chợ, hư mấy tháng nay không sáng, tối đi đường tối thui, đề nghị xã cho sửa.',
          village: 'h3',
          style: 'plain',
        },
        {
          id: 'h04-2',
          text: 'Mấy cây đèn năng lượng mặt trời gắn dọc lộ gần cầu Ông Bảy giờ tắt ngúm hết, ban đêm bà con đi làm dìa sợ té, sợ bị giật đồ, mong xã thay bóng mới.',
          village: 'h3',
          style: 'paraphrase',
        },
        {
          id: 'h04-3',
          text: 'den duong lo ap 3 khong sang may thang nay roi, toi den di ngang cau Ong Bay toi thui khong thay duong',
          village: 'h3',
          style: 'no-accents',
        },
        {
          id: 'h04-4',
          text: 'Đèn đg lộ a3 hư hết ko sáng, tối đi ngang cầu Ô Bảy sợ lắm',
          village: 'h3',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h05',
      field: 'nong-nghiep',
      concern: 'Hộ nuôi heo ấp Tân Hưng bị tiêu hủy do dịch tả heo châu Phi chưa nhận tiền hỗ trợ',
      petitions: [
        {
          id: 'h05-1',
          text: 'Heo nhà tôi và mấy hộ ở ấp Tân Hưng bị dịch tả heo châu Phi phải tiêu hủy từ tháng 8 năm rồi, tới giờ vẫn chưa nhận được tiền hỗ trợ theo quy định, đề nghị xã trả lời khi nào chi.',
          village: 'h2',
          style: 'plain',
        },
        {
          id: 'h05-2',
          text: 'Hồi dịch tả châu Phi xã xuống bắt chôn hết bầy heo, hứa có tiền hỗ trợ mà gần năm rồi chưa thấy đồng nào, bà con nuôi heo giờ nợ ngập đầu.',
          village: 'h2',
          style: 'paraphrase',
        },
        {
          id: 'h05-3',
          text: 'tien ho tro tieu huy heo bi dich ta chau Phi o ap Tan Hung bao gio moi chi vay, cho qua lau roi',
          village: 'h2',
          style: 'no-accents',
        },
        {
          id: 'h05-4',
          text: 'Hỗ trợ tiêu hủy heo dịch tả CP ấp T.Hưng chưa nhận dc, hỏi hoài thú y xã nói chờ, chờ tới bao h?',
          village: 'h2',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h06',
      field: 'nong-nghiep',
      concern:
        'Cầu ván bắc qua kênh Ba Thước ở ấp 3 mục nát, xin làm cầu bê tông cho học sinh đi học',
      petitions: [
        {
          id: 'h06-1',
          text: 'Cây cầu ván bắc qua kênh Ba Thước chỗ ấp 3 đi qua điểm trường đã mục ván, lắc lư, mỗi ngày mấy chục em học sinh qua lại rất nguy hiểm, đề nghị xã đầu tư làm cầu bê tông.',
          village: 'h3',
          style: 'plain',
        },
        {
          id: 'h06-2',
          text: 'cầu ván ấp Ba sắp sập tới nơi rồi, con nít đi học qua đó tui đứng coi mà run, làm cái cầu bê tông đi mấy ông ơi',
          village: 'h3',
          style: 'colloquial',
        },
      ],
    },

    // ───────────── tài nguyên: đất đai ─────────────
    {
      id: 'h07',
      field: 'tai-nguyen',
      concern:
        'Đơn giá bồi thường đất bị thu hồi mở rộng đường tỉnh 926 qua ấp Rạch Chanh quá thấp',
      petitions: [
        {
          id: 'h07-1',
          text: 'Đất vườn của các hộ ở ấp Rạch Chanh bị thu hồi để mở rộng đường tỉnh 926, nhưng đơn giá bồi thường quá thấp so với giá thị trường, người dân không đồng ý, đề nghị cấp trên xem xét lại giá bồi thường.',
          village: 'h4',
          style: 'plain',
        },
        {
          id: 'h07-2',
          text: 'Nhà nước lấy đất làm đường 926 thì dân chịu, nhưng tính giá đền bù có mấy trăm ngàn một thước, trong khi ngoài kia người ta sang nhượng cả chục triệu, vậy lấy tiền đâu mua chỗ khác cất nhà? Mấy chục năm trồng cây giờ coi như bỏ, xin xã nói giùm dân.',
          village: 'h4',
          style: 'paraphrase',
        },
        {
          id: 'h07-3',
          text: 'gia den bu dat lam DT926 doan qua ap Rach Chanh thap qua, dan mat dat ma tien khong du cat lai cai nha',
          village: 'h4',
          style: 'no-accents',
        },
        {
          id: 'h07-4',
          text: 'Đền bù GPMB ĐT.926 ấp R.Chanh giá thấp quá, đất vườn mà tính như đất ruộng, đề nghị UBND tính lại cho ng dân',
          village: 'h4',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h08',
      field: 'tai-nguyen',
      concern:
        'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất (sổ đỏ) ở ấp Rạch Chanh nộp hơn một năm chưa được cấp',
      petitions: [
        {
          id: 'h08-1',
          text: 'Tôi ở ấp Rạch Chanh nộp hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất từ đầu năm ngoái, tới nay hơn một năm vẫn chưa có sổ, hỏi thì nói đang chờ, đề nghị xã giải quyết.',
          village: 'h4',
          style: 'plain',
        },
        {
          id: 'h08-2',
          text: 'xin cấp sổ đỏ đất ấp R.Chanh nộp hs hơn 1 năm r chưa có, đất ko tranh chấp j mà lâu vậy',
          village: 'h4',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── môi trường ─────────────
    {
      id: 'h09',
      field: 'moi-truong',
      concern: 'Trại heo ở ấp Tân Hưng xả nước thải xuống rạch Cái Sơn, hôi thối',
      petitions: [
        {
          id: 'h09-1',
          text: 'Trại heo của một hộ ở ấp Tân Hưng xả nước thải chưa qua xử lý thẳng xuống rạch Cái Sơn, nước rạch đen ngòm, hôi thối, bà con ven rạch không dám xài nước, đề nghị xã kiểm tra xử lý.',
          village: 'h2',
          style: 'plain',
        },
        {
          id: 'h09-2',
          text: 'Mùi phân heo bay qua nhà tụi tui suốt ngày đêm, ăn cơm không nổi, cái trại gần rạch Cái Sơn đó đặt ống xả thẳng ra rạch, cá chết nổi lềnh bềnh.',
          village: 'h2',
          style: 'paraphrase',
        },
        {
          id: 'h09-3',
          text: 'trai heo o ap Tan Hung xa nuoc thai xuong rach Cai Son hoi qua, de nghi xa xu ly dut diem dung de dan chiu hoai',
          village: 'h2',
          style: 'no-accents',
        },
        {
          id: 'h09-4',
          text: 'Trại heo ấp T.Hưng xả thải ra rạch C.Sơn, hôi ko chịu nổi, báo xã mấy lần r k thấy xử lý',
          village: 'h2',
          style: 'abbreviated',
        },
        {
          id: 'h09-5',
          text: 'hôi quá trời hôi, trại heo xả xuống rạch hoài, ai ở gần mới biết khổ',
          village: 'h2',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'h10',
      field: 'moi-truong',
      concern:
        'Rác thải sinh hoạt ở ấp Tân Hưng không được thu gom, người dân đổ xuống rạch Cái Sơn',
      petitions: [
        {
          id: 'h10-1',
          text: 'Ở ấp Tân Hưng chưa có xe thu gom rác, bà con không biết bỏ đâu nên vứt xuống rạch Cái Sơn hoặc đốt, rác ứ dọc bờ rạch, đề nghị xã tổ chức thu gom rác cho ấp.',
          village: 'h2',
          style: 'plain',
        },
        {
          id: 'h10-2',
          text: 'Xe rác chỉ chạy ngoài lộ lớn, trong ấp hổng vô, nhà nào cũng quăng rác xuống rạch, bịch nilon trôi đầy, xin cho xe rác vô tới trong ấp, dân chịu đóng tiền.',
          village: 'h2',
          style: 'paraphrase',
        },
        {
          id: 'h10-3',
          text: 'ap Tan Hung khong co ai thu gom rac, rac do xuong rach Cai Son ngap bo, xin xa bo tri diem tap ket rac',
          village: 'h2',
          style: 'no-accents',
        },
        {
          id: 'h10-4',
          text: 'Rác ấp T.Hưng ko ai gom, ng ta quăng xuống rạch C.Sơn đầy, đề nghị xã cho xe rác vô ấp, 1 tháng đóng bn cũng dc',
          village: 'h2',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── kinh tế ─────────────
    {
      id: 'h11',
      field: 'kinh-te',
      concern: 'Ban quản lý chợ Long Phú tăng phí thuê sạp, tiểu thương không kham nổi',
      petitions: [
        {
          id: 'h11-1',
          text: 'Ban quản lý chợ Long Phú vừa tăng tiền thuê sạp lên gần gấp đôi, trong khi buôn bán ế ẩm, tiểu thương ở ấp Thị Tứ không kham nổi, đề nghị xã xem xét giảm.',
          village: 'h7',
          style: 'plain',
        },
        {
          id: 'h11-2',
          text: 'Bán buôn giờ khó khăn, người ta mua trên mạng hết, vậy mà chợ còn đòi thu thêm tiền sạp mỗi tháng, mấy chị bán cá bán rau tính nghỉ bán luôn.',
          village: 'h7',
          style: 'paraphrase',
        },
        {
          id: 'h11-3',
          text: 'cho Long Phu tang phi thue sap qua cao, ban ca moi ngay khong du tien dong phi, xin xa coi lai',
          village: 'h7',
          style: 'no-accents',
        },
        {
          id: 'h11-4',
          text: 'Phí sạp chợ L.Phú tăng từ 300k lên 550k/tháng, bà con tiểu thương ko chịu nổi, đề nghị BQL chợ giải thích',
          village: 'h7',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h12',
      field: 'kinh-te',
      concern: 'Nhà lồng chợ Long Phú xuống cấp: mái dột, nền ngập nước khi mưa',
      petitions: [
        {
          id: 'h12-1',
          text: 'Nhà lồng chợ Long Phú mái tôn dột nhiều chỗ, mưa xuống là nước ngập nền, hàng hóa của tiểu thương ướt hết, đề nghị xã sửa chữa mái và nâng nền chợ.',
          village: 'h7',
          style: 'plain',
        },
        {
          id: 'h12-2',
          text: 'cho long phú mưa là dộc, nền chợ ngập tới mắc cá, sạp nào cũng ước hết, sữa lại giùm bà con',
          village: 'h7',
          style: 'typos',
        },
      ],
    },

    // ───────────── văn hóa – xã hội ─────────────
    {
      id: 'h13',
      field: 'van-hoa-xa-hoi',
      concern:
        'Trường Tiểu học Long Phú thiếu giáo viên: học ghép lớp, không có giáo viên tiếng Anh',
      petitions: [
        {
          id: 'h13-1',
          text: 'Trường Tiểu học Long Phú năm nay thiếu giáo viên, mấy lớp phải ghép lại học chung, môn tiếng Anh không có thầy cô dạy, phụ huynh ấp Long Phú rất lo, đề nghị xã kiến nghị cấp trên bổ sung giáo viên.',
          village: 'h1',
          style: 'plain',
        },
        {
          id: 'h13-2',
          text: 'Con tui học lớp 4 ở trường tiểu học Long Phú, cô giáo nghỉ sinh mà không có ai dạy thế, tuần rồi cho tụi nhỏ dìa sớm ba bữa, vậy sao theo kịp chương trình.',
          village: 'h1',
          style: 'paraphrase',
        },
        {
          id: 'h13-3',
          text: 'truong tieu hoc Long Phu thieu giao vien tram trong, tieng Anh khong co nguoi day, de nghi bo sung giao vien',
          village: 'h1',
          style: 'no-accents',
        },
        {
          id: 'h13-4',
          text: 'Trường TH L.Phú thiếu gv, hs phải học ghép lớp, ko có gv tiếng Anh, đề nghị PGD bổ sung',
          village: 'h1',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h14',
      field: 'van-hoa-xa-hoi',
      concern: 'Trường Tiểu học Long Phú thu quá nhiều khoản tiền đầu năm học',
      petitions: [
        {
          id: 'h14-1',
          text: 'Đầu năm học trường Tiểu học Long Phú thu nhiều khoản quá: tiền quỹ phụ huynh, tiền máy lạnh, tiền vệ sinh, tiền đồng phục, cộng lại một đứa gần hai triệu, nhà nghèo ở ấp Long Phú có hai ba đứa đi học thì không kham nổi, đề nghị xã kiểm tra, công khai các khoản thu.',
          village: 'h1',
          style: 'plain',
        },
        {
          id: 'h14-2',
          text: 'Xin xã coi lại mấy khoản đóng góp ở trường tiểu học, có khoản nói tự nguyện mà cô chủ nhiệm nhắn Zalo đòi hoài, không đóng thì con bị nhắc trước lớp.',
          village: 'h1',
          style: 'paraphrase',
        },
        {
          id: 'h14-3',
          text: 'truong tieu hoc Long Phu thu tien dau nam nhieu qua, tien may lanh tien quy lop, co khoan khong biet thu lam gi',
          village: 'h1',
          style: 'no-accents',
        },
        {
          id: 'h14-4',
          text: 'Trg TH Long Phú thu tiền đầu năm nhiều khoản quá, 1 hs gần 2tr, đề nghị công khai các khoản thu',
          village: 'h1',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h15',
      field: 'van-hoa-xa-hoi',
      concern: 'Trạm y tế xã thiếu thuốc cấp theo BHYT, người bệnh phải tự mua ngoài',
      petitions: [
        {
          id: 'h15-1',
          text: 'Trạm y tế xã thường xuyên thiếu thuốc, khám bảo hiểm y tế xong thì nói hết thuốc, biểu ra tiệm tư nhân mua, người già ấp Bình Thạnh bệnh mãn tính rất khổ.',
          village: 'h5',
          style: 'plain',
        },
        {
          id: 'h15-2',
          text: 'Có thẻ bảo hiểm mà đi khám ở trạm xã chỉ được phát vài viên, thuốc huyết áp thuốc tiểu đường toàn hết, tháng nào cũng phải bỏ tiền túi ra mua.',
          village: 'h5',
          style: 'paraphrase',
        },
        {
          id: 'h15-3',
          text: 'tram y te xa thieu thuoc BHYT, kham xong phai ra ngoai mua, nguoi gia ap Binh Thanh khong co tien',
          village: 'h5',
          style: 'no-accents',
        },
        {
          id: 'h15-4',
          text: 'TYT xã hay hết thuốc BHYT, bs kê r kêu ra ngoài mua, v có thẻ làm j',
          village: 'h5',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h16',
      field: 'van-hoa-xa-hoi',
      concern: 'Thẻ BHYT hộ cận nghèo ấp Bình Thạnh cấp chậm, in sai họ tên, ngày sinh',
      petitions: [
        {
          id: 'h16-1',
          text: 'Thẻ bảo hiểm y tế hộ cận nghèo ở ấp Bình Thạnh năm nay cấp chậm mấy tháng, có thẻ còn in sai tên, sai ngày sinh, đi khám bệnh viện không nhận, đề nghị xã làm lại.',
          village: 'h5',
          style: 'plain',
        },
        {
          id: 'h16-2',
          text: 'the BHYT ho can ngheo ap Binh Thanh toi gio chua phat, the cua ba tui in sai nam sinh nen vo benh vien ho khong nhan',
          village: 'h5',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'h17',
      field: 'van-hoa-xa-hoi',
      concern: 'Bình xét hộ nghèo, cận nghèo ở ấp Tân Hưng không công bằng',
      petitions: [
        {
          id: 'h17-1',
          text: 'Việc bình xét hộ nghèo ở ấp Tân Hưng năm nay không công bằng, có nhà xây nhà lầu, có xe hơi vẫn được vô danh sách, còn nhà khó khăn thật thì bị loại, đề nghị xã rà soát lại.',
          village: 'h2',
          style: 'plain',
        },
        {
          id: 'h17-2',
          text: 'xét hộ nghèo ấp T.Hưng ko đúng, ng có nhà có xe vẫn dc cận nghèo, bà con thắc mắc nhiều',
          village: 'h2',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── an ninh trật tự ─────────────
    {
      id: 'h18',
      field: 'an-ninh-trat-tu',
      concern: 'Đò ngang bến đò Rạch Chanh chở quá tải, không có áo phao',
      petitions: [
        {
          id: 'h18-1',
          text: 'Đò ngang ở bến đò Rạch Chanh giờ tan học chở quá đông, có chuyến chở cả chục chiếc xe máy với học sinh, không có áo phao, rất dễ chìm, đề nghị xã kiểm tra.',
          village: 'h4',
          style: 'plain',
        },
        {
          id: 'h18-2',
          text: 'do ngang ben Rach Chanh cho qua tai, khong co ao phao, lo co ngay lat do chet nguoi',
          village: 'h4',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'h19',
      field: 'an-ninh-trat-tu',
      concern: 'Thanh niên tụ tập đua xe, nẹt pô ban đêm trên đường tỉnh 926 đoạn qua ấp Thị Tứ',
      petitions: [
        {
          id: 'h19-1',
          text: 'Tối thứ bảy chủ nhật nào cũng có một nhóm thanh niên tụ tập đua xe, nẹt pô trên đường tỉnh 926 đoạn qua ấp Thị Tứ, gây ồn ào và nguy hiểm cho người đi đường, đề nghị công an xã xử lý.',
          village: 'h7',
          style: 'plain',
        },
        {
          id: 'h19-2',
          text: 'Mấy đứa nhỏ chạy xe lạng lách, rú ga ầm ầm ngoài lộ lớn tới một hai giờ sáng, người già con nít ngủ không được, công an ra thì tụi nó chạy mất.',
          village: 'h7',
          style: 'paraphrase',
        },
        {
          id: 'h19-3',
          text: 'dua xe tren DT 926 qua ap Thi Tu dem nao cung co, no po inh oi, de nghi cong an xa chot chan',
          village: 'h7',
          style: 'no-accents',
        },
        {
          id: 'h19-4',
          text: 'Tình trạng đua xe, nẹt pô trên ĐT926 đoạn qua chợ L.Phú kéo dài, CA xã cần xử lý mạnh tay',
          village: 'h7',
          style: 'abbreviated',
        },
        {
          id: 'h19-5',
          text: 'thanh niên đưa xe trên tỉnh lộ 926 ban đêm, nẹt bô ầm ỉ, có bữa tông ngừoi bán hàng rồi',
          village: 'h7',
          style: 'typos',
        },
        {
          id: 'h19-6',
          text: 'TL926 đêm nào cũng đua xe',
          village: null,
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'h20',
      field: 'an-ninh-trat-tu',
      concern: 'Trộm cắp xe máy ban đêm xảy ra nhiều ở ấp Thị Tứ, khu chợ Long Phú',
      petitions: [
        {
          id: 'h20-1',
          text: 'Thời gian gần đây ở ấp Thị Tứ xảy ra nhiều vụ trộm xe máy ban đêm, có nhà dắt xe vô nhà khóa cửa mà vẫn mất, đề nghị công an xã tăng cường tuần tra.',
          village: 'h7',
          style: 'plain',
        },
        {
          id: 'h20-2',
          text: 'Trộm xe máy khu chợ L.Phú nhiều quá, tháng r mất 3 chiếc, đề nghị CA xã tuần tra ban đêm',
          village: 'h7',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── cán bộ ─────────────
    {
      id: 'h21',
      field: 'can-bo',
      concern: 'Cán bộ bộ phận một cửa UBND xã thái độ hách dịch, quát nạt người dân',
      petitions: [
        {
          id: 'h21-1',
          text: 'Cán bộ ở bộ phận một cửa của UBND xã có thái độ không đúng mực, người dân ấp Long Phú hỏi thủ tục thì trả lời cộc lốc, có lúc còn quát nạt người già, đề nghị chấn chỉnh.',
          village: 'h1',
          style: 'plain',
        },
        {
          id: 'h21-2',
          text: 'Tui lên xã làm giấy tờ, hỏi có mấy câu mà cô ngồi bàn tiếp dân nạt tui như con nít, dân quê hổng rành thủ tục thì phải chỉ cho người ta chớ.',
          village: 'h1',
          style: 'paraphrase',
        },
        {
          id: 'h21-3',
          text: 'can bo mot cua UBND xa thai do hach dich, nguoi dan hoi thi gat ngang, de nghi lanh dao xa nhac nho',
          village: 'h1',
          style: 'no-accents',
        },
        {
          id: 'h21-4',
          text: 'CB 1 cửa xã quát ng dân, thái độ ko tốt, đề nghị xã xem lại cách phục vụ dân',
          village: null,
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'h22',
      field: 'can-bo',
      concern: 'Công chức địa chính xã thường vắng mặt trong giờ hành chính, dân đến không gặp',
      petitions: [
        {
          id: 'h22-1',
          text: 'Công chức địa chính xã thường xuyên không có mặt ở phòng làm việc trong giờ hành chính, người dân ấp Long Phú lên mấy lần không gặp, đề nghị xã chấn chỉnh giờ giấc làm việc.',
          village: 'h1',
          style: 'plain',
        },
        {
          id: 'h22-2',
          text: 'lên xã gặp cán bộ địa chính ba bữa liền hổng thấy mặt, hỏi thì nói đi cơ sở, vậy ai làm việc với dân?',
          village: 'h1',
          style: 'colloquial',
        },
      ],
    },

    // ───────────── chính quyền ─────────────
    {
      id: 'h23',
      field: 'chinh-quyen',
      concern: 'Công khai thu chi tiền dân đóng góp làm lộ nông thôn mới ở ấp Bình Thạnh',
      petitions: [
        {
          id: 'h23-1',
          text: 'Năm 2023 mỗi hộ ở ấp Bình Thạnh đóng góp tiền làm lộ nông thôn mới, nay lộ làm xong nhưng chưa thấy công khai thu chi, bà con đề nghị xã và ban nhân dân ấp công khai.',
          village: 'h5',
          style: 'plain',
        },
        {
          id: 'h23-2',
          text: 'tien dan gop lam lo ap Binh Thanh thu bao nhieu xai bao nhieu, con du khong, xin cong khai cho dan biet',
          village: 'h5',
          style: 'no-accents',
        },
      ],
    },

    // ───────────── lãnh đạo, chỉ đạo ─────────────
    {
      id: 'h24',
      field: 'lanh-dao',
      concern:
        'Kiến nghị ở hội nghị đối thoại năm trước được hứa nhưng chưa giải quyết, chưa trả lời',
      petitions: [
        {
          id: 'h24-1',
          text: 'Kỳ đối thoại năm rồi bà con kiến nghị nhiều việc, lãnh đạo xã hứa sẽ giải quyết và trả lời bằng văn bản nhưng tới nay chưa thấy trả lời, đề nghị lãnh đạo xã chỉ đạo giải quyết dứt điểm.',
          village: null,
          style: 'plain',
        },
        {
          id: 'h24-2',
          text: 'năm nào đối thoại cũng ghi chép đầy đủ rồi để đó, hứa cho lắm rồi hổng làm, dân nói hoài cũng mệt',
          village: 'h3',
          style: 'colloquial',
        },
      ],
    },

    // ───────────── xây dựng Đảng ─────────────
    {
      id: 'h25',
      field: 'xay-dung-dang',
      concern:
        'Một số đảng viên chi bộ ấp Tân Hưng không gương mẫu, nhậu nhẹt, bỏ sinh hoạt chi bộ',
      petitions: [
        {
          id: 'h25-1',
          text: 'Một số đảng viên ở chi bộ ấp Tân Hưng không gương mẫu, suốt ngày nhậu nhẹt, bỏ sinh hoạt chi bộ, đề nghị Đảng ủy xã kiểm tra, nhắc nhở.',
          village: 'h2',
          style: 'plain',
        },
        {
          id: 'h25-2',
          text: 'ĐV chi bộ ấp T.Hưng nhậu hoài ko đi sinh hoạt chi bộ, vậy sao làm gương cho dân, đề nghị ĐU xã xem xét',
          village: 'h2',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── MTTQ, đoàn thể ─────────────
    {
      id: 'h26',
      field: 'mttq-doan-the',
      concern:
        'Hội Nông dân ấp Kinh Xáng cho vay quỹ hỗ trợ nông dân không công khai, chỉ cho người quen',
      petitions: [
        {
          id: 'h26-1',
          text: 'Quỹ hỗ trợ nông dân của Hội Nông dân ấp Kinh Xáng cho vay không công khai, chỉ người quen của chi hội trưởng mới được vay, hội viên nghèo xin hoài không được, đề nghị xem lại.',
          village: 'h6',
          style: 'plain',
        },
        {
          id: 'h26-2',
          text: 'hoi nong dan ap Kinh Xang cho vay von quy ho tro khong cong khai, toan nguoi nha nguoi quen vay',
          village: 'h6',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'h27',
      field: 'mttq-doan-the',
      concern: 'Mặt trận ấp Kinh Xáng xét hỗ trợ nhà Đại đoàn kết không đúng đối tượng',
      petitions: [
        {
          id: 'h27-1',
          text: 'Ban công tác Mặt trận ấp Kinh Xáng xét hỗ trợ nhà Đại đoàn kết không đúng đối tượng, nhà còn ở được thì được cất mới, còn nhà vách lá dột nát thì không, đề nghị Mặt trận xã xem lại.',
          village: 'h6',
          style: 'plain',
        },
        {
          id: 'h27-2',
          text: 'xét nhà ĐĐK ấp Kinh Xáng ko đúng, nhà lá sập xệ ko dc, nhà tường lại dc, MTTQ xã xem lại dùm',
          village: 'h6',
          style: 'abbreviated',
        },
      ],
    },

    // ───────────── khác ─────────────
    {
      id: 'h28',
      field: 'khac',
      concern: 'Sóng điện thoại, internet ở ấp Xẻo Đước yếu, học sinh học trực tuyến không được',
      petitions: [
        {
          id: 'h28-1',
          text: 'Ở ấp Xẻo Đước sóng điện thoại rất yếu, vô nhà là mất sóng, internet chập chờn, học sinh học trực tuyến không được, đề nghị xã liên hệ nhà mạng lắp thêm trạm phát sóng.',
          village: 'h8',
          style: 'plain',
        },
        {
          id: 'h28-2',
          text: 'Gọi điện phải leo lên bờ đê mới nghe rõ, xài 4G thì quay vòng vòng hoài, xin nhà mạng dựng thêm cột sóng trong Xẻo Đước.',
          village: 'h8',
          style: 'paraphrase',
        },
        {
          id: 'h28-3',
          text: 'ap Xeo Duoc song dien thoai yeu qua, goi khong duoc, mang 4G cham ri',
          village: 'h8',
          style: 'no-accents',
        },
        {
          id: 'h28-4',
          text: 'Sóng đt ấp X.Đước yếu quá, gọi ko dc, wifi cx chập chờn, đề nghị xã làm việc vs Viettel',
          village: 'h8',
          style: 'abbreviated',
        },
      ],
    },
  ],
  hardNegatives: [
    // ấp 3, nông nghiệp: bờ bao / trạm bơm / lộ / đèn đường / cầu ván, all on kênh Ba Thước or the lộ.
    ['h01', 'h02'],
    ['h01', 'h03'],
    ['h01', 'h06'],
    ['h03', 'h04'],
    ['h03', 'h06'],
    // ấp Rạch Chanh, đất đai: bồi thường vs sổ đỏ.
    ['h07', 'h08'],
    // ấp Tân Hưng, môi trường, rạch Cái Sơn: trại heo xả thải vs rác không thu gom.
    ['h09', 'h10'],
    // ấp Thị Tứ, chợ Long Phú: phí sạp vs mái dột.
    ['h11', 'h12'],
    // ấp Long Phú, trường Tiểu học Long Phú: thiếu giáo viên vs thu tiền.
    ['h13', 'h14'],
    // ấp Bình Thạnh, BHYT: thiếu thuốc vs thẻ cấp chậm, in sai.
    ['h15', 'h16'],
    // ấp Thị Tứ, ban đêm, công an xã: đua xe vs trộm xe máy.
    ['h19', 'h20'],
    // ấp Long Phú, cán bộ xã: quát nạt vs vắng mặt giờ hành chính.
    ['h21', 'h22'],
    // ấp Kinh Xáng, đoàn thể xét không công khai/không đúng: quỹ Hội Nông dân vs nhà Đại đoàn kết.
    ['h26', 'h27'],
  ],
};
