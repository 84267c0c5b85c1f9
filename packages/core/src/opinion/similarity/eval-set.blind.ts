// Blind evaluation set: written apart from the similarity engine, its word lists and the other two
// evaluation sets, by someone who saw only the EvalSet type. It measures generalisation, not tuning:
// nobody tunes on it. The commune is invented and lies in another region: xã Vân Thao, a midland
// commune of Phú Thọ on the left bank of the Thao river (Northern vocabulary and spelling habits).
import type { EvalSet } from './eval-types.js';

export const blindSet: EvalSet = {
  villages: [
    { key: 'dong-be', name: 'Thôn Đồng Bể' },
    { key: 'go-che', name: 'Xóm Gò Chè' },
    { key: 'bai-noi', name: 'Khu Bãi Nổi' },
    { key: 'phu-loi', name: 'Thôn Phú Lợi' },
    { key: 'xom-dinh', name: 'Xóm Đình' },
    { key: 'khe-lau', name: 'Bản Khe Lau' },
    { key: 'cho-moi', name: 'Tổ dân phố Chợ Mới' },
    { key: 'ngoi-lao', name: 'Thôn Ngòi Lao' },
  ],
  places: [
    'sông Thao',
    'ngòi Giành',
    'đê tả Thao',
    'đê bối Bãi Nổi',
    'trạm bơm Đồng Bể',
    'kênh N3',
    'ĐT.321',
    'QL.32C',
    'chợ Mới',
    'Trường THCS Vân Thao',
    'Trường Tiểu học Vân Thao',
    'Trường Mầm non Hoa Sen',
    'Trạm y tế xã Vân Thao',
    'nghĩa trang Đồi Thông',
    'bãi rác Khe Đá',
    'mỏ đá Núi Voi',
    'lò gạch Phú Lợi',
    'Nhà văn hóa Xóm Đình',
  ],
  groups: [
    {
      id: 'b01',
      field: 'nong-nghiep',
      concern: 'The Đồng Bể pumping station is broken, so the spring rice fields get no water.',
      petitions: [
        {
          id: 'b01-1',
          text: 'Đề nghị UBND xã chỉ đạo sửa chữa trạm bơm Đồng Bể. Máy bơm số 2 bị cháy động cơ từ cuối tháng Giêng đến nay chưa thay, vụ chiêm xuân thôn Đồng Bể thiếu nước tưới.',
          village: 'dong-be',
          style: 'plain',
        },
        {
          id: 'b01-2',
          text: 'Cánh đồng Mả Ngô của thôn chúng tôi mấy chục mẫu lúa mới cấy đang nứt chân chim vì nước không lên được kênh N3. Hỏi thì HTX bảo máy chết chưa có tiền thay, bà con phải tát nước từ ao lên ruộng.',
          village: 'dong-be',
          style: 'paraphrase',
        },
        {
          id: 'b01-3',
          text: 'đề nghi xã sữa chạm bơm đồng bể, máy hỏng cả tháng rồi lúa thiếu lước chết hết',
          village: 'dong-be',
          style: 'typos',
        },
        {
          id: 'b01-4',
          text: 'tram bom dong be bao gio moi sua xong, ruong kho het roi',
          village: 'dong-be',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b02',
      field: 'nong-nghiep',
      concern:
        'The Đồng Bể cooperative charges the irrigation fee on every plot, fallow ones included, without receipts.',
      petitions: [
        {
          id: 'b02-1',
          text: 'Đề nghị UBND xã kiểm tra việc HTX dịch vụ nông nghiệp Đồng Bể thu tiền dịch vụ thủy lợi năm 2024. HTX thu đều 40.000 đồng một sào cho tất cả các hộ, kể cả những thửa ruộng bỏ hoang không được bơm nước, và không có biên lai.',
          village: 'dong-be',
          style: 'plain',
        },
        {
          id: 'b02-2',
          text: 'Nhà tôi có 3 sào ở xứ đồng Cửa Đình bỏ không cấy hai vụ nay, nước chẳng bao giờ về tới, thế mà cuối năm tổ trưởng vẫn đến đòi tiền nước đủ cả 3 sào. Nhà nước bảo đã hỗ trợ tiền thủy lợi rồi sao dân vẫn phải nộp?',
          village: 'dong-be',
          style: 'paraphrase',
        },
        {
          id: 'b02-3',
          text: 'Đề nghị xã làm rõ khoản thu thủy lợi phí của HTX thôn Đồng Bể: thu theo DT cả ruộng ko cấy, k có biên lai, k công khai thu chi.',
          village: 'dong-be',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b03',
      field: 'nong-nghiep',
      concern:
        'African swine fever in Gò Chè: pigs dying, help needed to cull them and disinfect the hamlet.',
      petitions: [
        {
          id: 'b03-1',
          text: 'Đề nghị UBND xã khẩn trương hỗ trợ xóm Gò Chè tiêu hủy lợn mắc bệnh dịch tả lợn châu Phi và cấp vôi bột, hóa chất khử trùng. Hiện đã có 6 hộ có lợn chết, một số hộ vứt xác lợn xuống ngòi.',
          village: 'go-che',
          style: 'plain',
        },
        {
          id: 'b03-2',
          text: 'Trong xóm lợn cứ lăn ra chết, con nào cũng sốt, bỏ ăn, tai với bụng tím tái, mới có một tuần mà đã mất hơn ba chục con. Nhà tôi nuôi hai lứa bằng tiền vay giờ trắng tay, xin xã cho cán bộ thú y xuống xem và tính chuyện hỗ trợ cho dân.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b03-3',
          text: 'Lợn chết cả xóm rồi mà chả thấy thú y đâu, xác lợn thì có nhà vứt ra ruộng ra ngòi thối um lên. Các ông ở xã phải xuống ngay chứ để thế này lây sang cả xóm khác.',
          village: 'go-che',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b04',
      field: 'nong-nghiep',
      concern:
        'The Bãi Nổi summer dike (đê bối) has slid along 80 m and may breach in the coming flood season.',
      petitions: [
        {
          id: 'b04-1',
          text: 'Đề nghị UBND xã báo cáo cấp trên bố trí kinh phí gia cố đê bối Bãi Nổi. Sau trận lũ tháng 9 năm ngoái, mái đê phía sông bị sạt dài khoảng 80 mét; nếu không xử lý trước mùa lũ năm nay thì nguy cơ vỡ đê, ngập toàn bộ ngô, đậu ngoài bãi.',
          village: 'bai-noi',
          style: 'plain',
        },
        {
          id: 'b04-2',
          text: 'Đoạn bờ bao ngoài bãi chỗ gần bến đò cũ nước đã khoét vào sâu, đất cứ lở dần từng mảng, giờ trên mặt chỉ còn rộng hơn một mét. Chúng tôi trồng ngô, trồng chuối ngoài bãi rất lo mùa mưa tới nước tràn qua.',
          village: 'bai-noi',
          style: 'paraphrase',
        },
        {
          id: 'b04-3',
          text: 'đê bối bãi lổi bị xạt nở nhiều chỗ đề nghị xã cho đắp nại trước mùa mưa',
          village: 'bai-noi',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b05',
      field: 'nong-nghiep',
      concern:
        'The concrete road on top of the left Thao dike through Bãi Nổi is full of potholes.',
      petitions: [
        {
          id: 'b05-1',
          text: 'Đề nghị UBND xã kiến nghị cấp trên sửa chữa mặt đường trên đê tả Thao đoạn qua khu Bãi Nổi. Mặt đường bê tông bị vỡ nhiều ổ gà, trời mưa đọng nước, học sinh đi xe đạp đến trường rất nguy hiểm.',
          village: 'bai-noi',
          style: 'plain',
        },
        {
          id: 'b05-2',
          text: 'Từ dốc Bãi Nổi lên đến cống ông Sơn, đi trên đê bây giờ như đi trên ruộng cày, chỗ nào cũng hố sâu, xe chở cát chạy suốt đêm lại càng nát. Tối vừa rồi có cháu đi xe máy ngã gãy tay.',
          village: 'bai-noi',
          style: 'paraphrase',
        },
        {
          id: 'b05-3',
          text: 'duong tren de doan bai noi hong het roi, bao gio moi lam lai',
          village: 'bai-noi',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b06',
      field: 'tai-nguyen',
      concern:
        'The compensation price for farmland recovered to widen ĐT.321 through Phú Lợi is far too low.',
      petitions: [
        {
          id: 'b06-1',
          text: 'Đề nghị UBND xã xem xét lại đơn giá bồi thường đất nông nghiệp khi thu hồi đất làm dự án mở rộng đường tỉnh 321 qua thôn Phú Lợi. Giá bồi thường quá thấp so với giá chuyển nhượng thực tế, các hộ mất đất không đủ tiền để chuyển đổi nghề.',
          village: 'phu-loi',
          style: 'plain',
        },
        {
          id: 'b06-2',
          text: 'Một sào ruộng nhà nước lấy của dân trả chưa được bốn chục triệu, trong khi ngay bên cạnh người ta mua bán cả trăm triệu. Nhà tôi mất gần hết ruộng cho con đường, cầm số tiền đấy không mua lại được lấy một mảnh để cấy.',
          village: 'phu-loi',
          style: 'paraphrase',
        },
        {
          id: 'b06-3',
          text: 'Kiến nghị UBND xã, UBND tỉnh nâng giá đền bù GPMB ĐT.321 đoạn qua thôn Phú Lợi, giá hiện tại thấp hơn nhiều so với giá thị trường.',
          village: 'phu-loi',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b07',
      field: 'tai-nguyen',
      concern:
        'Land marked out for ĐT.321 in Phú Lợi two years ago lies idle: no works started and farmers dare not plant.',
      petitions: [
        {
          id: 'b07-1',
          text: 'Đề nghị UBND xã làm rõ tiến độ dự án đường tỉnh 321 đoạn qua thôn Phú Lợi. Đất của các hộ đã kiểm đếm, cắm mốc thu hồi từ năm 2023 nhưng đến nay vẫn chưa thi công, ruộng bỏ hoang cỏ mọc, dân không dám cấy.',
          village: 'phu-loi',
          style: 'plain',
        },
        {
          id: 'b07-2',
          text: 'Cọc mốc cắm giữa ruộng hai năm nay, bảo là làm đường nhưng chẳng thấy máy móc đâu. Cấy thì sợ đang cấy bị ủi, không cấy thì ruộng thành bãi cỏ. Xin xã cho bà con biết bao giờ làm, nếu chưa làm thì cho dân cấy tạm.',
          village: 'phu-loi',
          style: 'paraphrase',
        },
        {
          id: 'b07-3',
          text: 'dat gpmb duong 321 bo hoang 2 nam nay, bao gio moi thi cong, chua lam thi cho dan cay tam',
          village: 'phu-loi',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b08',
      field: 'tai-nguyen',
      concern:
        'Illegal night-time sand dredging on the Thao river at Bãi Nổi is eating away the farmers’ alluvial land.',
      petitions: [
        {
          id: 'b08-1',
          text: 'Đề nghị UBND xã phối hợp với công an và các ngành chức năng xử lý dứt điểm tình trạng tàu hút cát trái phép trên sông Thao đoạn qua khu Bãi Nổi. Các tàu hoạt động ban đêm, hút sát bờ làm sạt lở đất bãi của dân.',
          village: 'bai-noi',
          style: 'plain',
        },
        {
          id: 'b08-2',
          text: 'Cứ khoảng 11, 12 giờ đêm là mấy cái tàu sắt lại về neo ngoài bến, máy nổ ầm ầm đến sáng. Sáng ra thì đất bãi trồng ngô nhà tôi lại trôi xuống sông thêm một mảng, mất gần hết sào rưỡi rồi.',
          village: 'bai-noi',
          style: 'paraphrase',
        },
        {
          id: 'b08-3',
          text: 'Báo mãi rồi, xã cũng biết, công an cũng biết, thế mà đêm nào tàu hút cát vẫn về, dân thì mất đất. Có phải là có ai bảo kê không?',
          village: 'bai-noi',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b09',
      field: 'tai-nguyen',
      concern:
        'Land-use certificates for production forest land in Khe Lau, applied for in 2022, are still not issued.',
      petitions: [
        {
          id: 'b09-1',
          text: 'Đề nghị UBND xã đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất rừng sản xuất cho các hộ đồng bào bản Khe Lau. Các hộ đã nộp hồ sơ từ năm 2022, đo đạc xong nhưng đến nay chưa được cấp giấy, không thế chấp được để vay vốn trồng rừng.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b09-2',
          text: 'Đồi keo, đồi sắn nhà tôi trồng từ thời bố tôi, bây giờ muốn vay ngân hàng làm chuồng trại thì ngân hàng đòi sổ. Đo vẽ từ mấy năm trước, ký giấy đủ cả rồi mà hỏi xã cứ bảo chờ.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b09-3',
          text: 'bản khe nau nàm sổ đỏ đất rừng mấy năm chưa có đề nghị sã giải quyết',
          village: 'khe-lau',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b10',
      field: 'moi-truong',
      concern:
        'The Khe Đá landfill is overfull and unburied: stench, flies and leachate running into Ngòi Lao’s fields.',
      petitions: [
        {
          id: 'b10-1',
          text: 'Đề nghị UBND xã có biện pháp xử lý bãi rác Khe Đá. Bãi rác đã quá tải, rác đổ tràn ra cả đường vào, không được chôn lấp, bốc mùi hôi thối và nước rỉ rác chảy xuống ruộng của thôn Ngòi Lao.',
          village: 'ngoi-lao',
          style: 'plain',
        },
        {
          id: 'b10-2',
          text: 'Nhà chúng tôi ở cách đấy chưa tới năm trăm mét, hôm nào gió nồm thổi về là cả xóm phải đóng cửa, ăn cơm ruồi bâu đen. Mưa xuống thì nước đen từ trên đồi chảy thẳng xuống ruộng, lúa chỗ ấy chết vàng cả.',
          village: 'ngoi-lao',
          style: 'paraphrase',
        },
        {
          id: 'b10-3',
          text: 'bải giác khe đá thối lắm đề nghị xã sử lý, nước giác chẩy suống ruộng',
          village: 'ngoi-lao',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b11',
      field: 'moi-truong',
      concern:
        'Household rubbish in Ngòi Lao is no longer collected, so people dump it on the stream bank.',
      petitions: [
        {
          id: 'b11-1',
          text: 'Đề nghị UBND xã bố trí thu gom rác thải sinh hoạt cho thôn Ngòi Lao. Từ đầu năm xe thu gom không vào thôn, các hộ phải tự đổ rác ra bờ ngòi Giành và các bãi đất trống ven đường.',
          village: 'ngoi-lao',
          style: 'plain',
        },
        {
          id: 'b11-2',
          text: 'Tháng nào cũng đóng tiền vệ sinh đều đặn mà mấy tháng nay chả thấy ai đến lấy túi rác. Đầu ngõ nhà tôi giờ thành một đống to tướng, chó mèo bới tung ra.',
          village: 'ngoi-lao',
          style: 'paraphrase',
        },
        {
          id: 'b11-3',
          text: 'Thu tiền thì thu, còn rác thì dân tự lo, thế là thế nào? Bà con vứt xuống ngòi hết, mưa xuống trôi đi đâu thì trôi.',
          village: 'ngoi-lao',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b12',
      field: 'moi-truong',
      concern:
        'Smoke from the hand-fired Phú Lợi brick kiln blights the rice and makes people cough.',
      petitions: [
        {
          id: 'b12-1',
          text: 'Đề nghị UBND xã kiểm tra, xử lý lò gạch Phú Lợi gây ô nhiễm. Lò đốt thủ công, khói đen bay vào khu dân cư và cánh đồng, nhiều diện tích lúa đang trổ bị lép, người già, trẻ nhỏ bị ho.',
          village: 'phu-loi',
          style: 'plain',
        },
        {
          id: 'b12-2',
          text: 'Mỗi lần ra mẻ là khói cuồn cuộn trùm lên cả thôn, quần áo phơi ngoài sân đen kịt. Lúa mấy thửa gần đấy trổ ra toàn bông trắng, không có hạt.',
          village: 'phu-loi',
          style: 'paraphrase',
        },
        {
          id: 'b12-3',
          text: 'lo gach phu loi hun khoi ca lang, lua lep het',
          village: 'phu-loi',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b13',
      field: 'kinh-te',
      concern:
        'Chợ Mới market is run down: leaking roof, muddy floor, blocked drains; it needs upgrading.',
      petitions: [
        {
          id: 'b13-1',
          text: 'Đề nghị UBND xã có kế hoạch cải tạo, nâng cấp chợ Mới. Mái tôn nhà chợ chính đã thủng nhiều chỗ, trời mưa dột ướt hàng hóa, nền chợ lầy lội, rãnh thoát nước bị tắc.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b13-2',
          text: 'Hôm nào mưa là chị em bán hàng phải lấy ni lông che, hàng khô ướt hết, khách thì chẳng ai muốn vào vì lội bì bõm. Chợ xây từ những năm 90 đến giờ chưa sửa lần nào.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b13-3',
          text: 'mái chợ mới giột hết rồi đề nghị xã sữa chữa, nền chợ nầy lắm',
          village: 'cho-moi',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b14',
      field: 'kinh-te',
      concern:
        'The Chợ Mới management board charges sellers more than the set fee and gives no tickets or receipts.',
      petitions: [
        {
          id: 'b14-1',
          text: 'Đề nghị UBND xã kiểm tra việc thu phí tại chợ Mới. Ban quản lý chợ thu tiền ô, tiền vé của người bán hàng cao hơn mức quy định, tăng giá mà không thông báo, không xé vé, không có biên lai.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b14-2',
          text: 'Người mang mớ rau, rổ trứng ra ngồi bán cũng bị đòi mười nghìn, hỏi lấy vé thì bảo hết vé. Các ki-ốt cố định năm nay bị đòi thêm tiền mà không có giấy tờ gì.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b14-3',
          text: 'Đề nghị UBND xã công khai mức thu phí chợ Mới, BQL chợ thu cao hơn QĐ, k có biên lai.',
          village: 'cho-moi',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b15',
      field: 'kinh-te',
      concern: 'Mains voltage in Khe Lau is too low in the evening; a new transformer is needed.',
      petitions: [
        {
          id: 'b15-1',
          text: 'Đề nghị UBND xã kiến nghị Điện lực nâng cấp đường dây, lắp thêm trạm biến áp cho bản Khe Lau. Điện ở bản rất yếu, buổi tối điện áp xuống thấp, các hộ không dùng được máy bơm, tủ lạnh.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b15-2',
          text: 'Cứ tầm sáu bảy giờ tối là bóng đèn chỉ đỏ như hòn than, cái quạt quay không nổi, con cái ngồi học phải thắp thêm đèn tích điện. Nhà nào có máy nghiền sắn thì phải đợi đến đêm khuya mới chạy được.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b15-3',
          text: 'dien o ban khe lau yeu lam, toi bat den khong sang, de nghi xa bao dien luc',
          village: 'khe-lau',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b16',
      field: 'van-hoa-xa-hoi',
      concern:
        'Hoa Sen kindergarten lacks three classrooms; the 3-year-olds study in the residential group’s hall.',
      petitions: [
        {
          id: 'b16-1',
          text: 'Đề nghị UBND xã đầu tư xây thêm phòng học cho Trường Mầm non Hoa Sen. Hiện trường thiếu 3 phòng, lớp 3 tuổi phải học nhờ ở nhà văn hóa tổ dân phố, lớp nào cũng quá đông cháu.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b16-2',
          text: 'Cháu nhà tôi năm nay lên ba, đưa đến trường thì cô bảo lớp đủ rồi, phải sang học tạm ở hội trường tổ, bàn ghế kê tạm, không có chỗ cho các cháu ngủ trưa.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b16-3',
          text: 'Đề nghị xã bố trí KP xây thêm phòng học trường MN Hoa Sen, hiện thiếu phòng, các cháu phải học nhờ NVH TDP Chợ Mới.',
          village: 'cho-moi',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b17',
      field: 'van-hoa-xa-hoi',
      concern:
        'Hoa Sen kindergarten collects many fees beyond tuition and meals (air conditioning, decoration, parents’ fund).',
      petitions: [
        {
          id: 'b17-1',
          text: 'Đề nghị UBND xã kiểm tra các khoản thu đầu năm học của Trường Mầm non Hoa Sen. Ngoài học phí và tiền ăn, nhà trường còn thu tiền điều hòa, tiền trang trí lớp, tiền quỹ phụ huynh, tổng cộng gần hai triệu đồng mỗi cháu.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b17-2',
          text: 'Đầu năm các cô gửi về tờ giấy kê cả chục khoản, nào tiền lắp điều hòa, tiền mua đồ chơi, tiền nước uống, chẳng biết khoản nào bắt buộc khoản nào tự nguyện. Nhà có hai cháu đi học mất gần bốn triệu, bà con làm nông sao kham nổi.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b17-3',
          text: 'Năm nào cũng lạm thu, họp phụ huynh thì ban đại diện nói đã thống nhất rồi, ai không nộp thì con bị cô để ý. Dân kêu mãi có ai xuống kiểm tra đâu.',
          village: 'cho-moi',
          style: 'colloquial',
        },
        {
          id: 'b17-4',
          text: 'truong mam non hoa sen thu nhieu khoan qua, de nghi xa kiem tra',
          village: 'cho-moi',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b18',
      field: 'van-hoa-xa-hoi',
      concern:
        'The commune health station often runs out of insured medicines, so patients buy them outside.',
      petitions: [
        {
          id: 'b18-1',
          text: 'Đề nghị UBND xã quan tâm bổ sung thuốc cho Trạm y tế xã. Người có thẻ bảo hiểm y tế đến khám thường xuyên bị báo hết thuốc, phải ra hiệu thuốc mua ngoài, nhất là thuốc huyết áp, tiểu đường cho người già.',
          village: null,
          style: 'plain',
        },
        {
          id: 'b18-2',
          text: 'Mẹ tôi tháng nào cũng phải xuống trạm lấy thuốc huyết áp, mấy tháng nay lần nào cũng chỉ được phát dăm ba ngày rồi bảo về chờ, có tháng phải tự bỏ tiền mua cả tháng.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b18-3',
          text: 'Đề nghị TYT xã cấp đủ thuốc theo BHYT cho ng bệnh mãn tính, hiện thường xuyên thiếu thuốc.',
          village: 'ngoi-lao',
          style: 'abbreviated',
        },
        {
          id: 'b18-4',
          text: 'chạm y tế xã hết thuốc suốt, có thẻ bảo hiểm cũng phải mua ngoài, đề nghị xã sem lại',
          village: 'dong-be',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b19',
      field: 'an-ninh-trat-tu',
      concern:
        'Trucks speed through the Chợ Mới junction on QL.32C; speed bumps, signs and traffic lights are needed.',
      petitions: [
        {
          id: 'b19-1',
          text: 'Đề nghị UBND xã kiến nghị cơ quan chức năng lắp đặt gờ giảm tốc, biển báo và đèn tín hiệu tại ngã ba chợ Mới trên quốc lộ 32C. Xe tải, xe khách chạy tốc độ cao qua khu dân cư, từ đầu năm đến nay đã xảy ra 3 vụ tai nạn.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b19-2',
          text: 'Đoạn ngã ba cổng chợ xe container lao qua như bay, người đi chợ muốn sang đường phải đứng chờ mãi. Tháng trước một bà cụ bị xe đâm chết ngay trước cửa hàng tạp hóa, bây giờ các cháu đi học về qua đấy bố mẹ đều phải ra đón.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b19-3',
          text: 'Đề nghị lắp gờ giảm tốc, đèn tín hiệu tại nút giao QL32C - đường vào chợ Mới, thường xuyên xảy ra TNGT.',
          village: 'cho-moi',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b20',
      field: 'an-ninh-trat-tu',
      concern:
        'Street selling spills onto QL.32C in front of Chợ Mới market, blocking traffic every morning.',
      petitions: [
        {
          id: 'b20-1',
          text: 'Đề nghị UBND xã chỉ đạo lực lượng công an, trật tự xử lý tình trạng họp chợ, bày bán hàng lấn chiếm lòng lề đường quốc lộ 32C trước cổng chợ Mới, gây ùn tắc và mất an toàn giao thông vào buổi sáng.',
          village: 'cho-moi',
          style: 'plain',
        },
        {
          id: 'b20-2',
          text: 'Sáng nào người bán rau, bán cá cũng ngồi tràn ra sát mép đường nhựa, xe máy dựng hai bên, ô tô đi qua bấm còi inh ỏi mà vẫn không nhích được. Đến phiên thì tắc cả nửa cây số.',
          village: 'cho-moi',
          style: 'paraphrase',
        },
        {
          id: 'b20-3',
          text: 'sang nao cung ban hang tran ra quoc lo truoc cong cho, xe di khong duoc, de nghi xa dep',
          village: 'cho-moi',
          style: 'no-accents',
        },
        {
          id: 'b20-4',
          text: 'Nói thật chứ cứ để bán ra đường thế này có ngày chết người, công an xã đi qua thấy hết mà cứ lờ đi.',
          village: 'cho-moi',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b21',
      field: 'an-ninh-trat-tu',
      concern:
        'Dog thieves with electric stun guns strike Gò Chè at night; more patrols are asked for.',
      petitions: [
        {
          id: 'b21-1',
          text: 'Đề nghị Công an xã tăng cường tuần tra ban đêm, xử lý nghiêm các đối tượng trộm chó tại xóm Gò Chè. Thời gian gần đây nhiều hộ bị mất chó, có đối tượng dùng súng điện bắn chó ngay trong ngõ.',
          village: 'go-che',
          style: 'plain',
        },
        {
          id: 'b21-2',
          text: 'Đêm hôm trước nhà tôi nghe chó kêu ăng ẳng một tiếng rồi im, chạy ra thì thấy hai thằng đi xe máy không biển số phóng mất, con chó thì không còn. Cả xóm bây giờ tối phải nhốt chó vào trong nhà.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b21-3',
          text: 'xóm gò chè mất chó liên tục, bọn chộm dùng xúng điện, đề nghị công an xã truy bắt',
          village: 'go-che',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b22',
      field: 'xay-dung-dang',
      concern:
        'The Khe Lau Party cell has admitted no new member in four years; its members are ageing.',
      petitions: [
        {
          id: 'b22-1',
          text: 'Đề nghị Đảng ủy xã quan tâm công tác phát triển đảng viên ở chi bộ bản Khe Lau. Đã 4 năm chi bộ không kết nạp được đảng viên mới, đảng viên phần lớn đã cao tuổi, trong khi bản có nhiều thanh niên đi bộ đội về có năng lực.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b22-2',
          text: 'Chi bộ bản bây giờ có 9 đồng chí thì 6 đồng chí ngoài bảy mươi, đi họp còn phải chống gậy. Mấy cháu xuất ngũ về muốn phấn đấu nhưng không ai giới thiệu đi học lớp cảm tình Đảng.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b22-3',
          text: 'Kiến nghị ĐU xã chỉ đạo chi bộ bản Khe Lau tạo nguồn, bồi dưỡng quần chúng ưu tú là ĐVTN, QNXN để kết nạp Đảng.',
          village: 'khe-lau',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b23',
      field: 'xay-dung-dang',
      concern:
        'Khe Lau Party cell meetings are a formality: documents read out, village matters ignored, members absent.',
      petitions: [
        {
          id: 'b23-1',
          text: 'Đề nghị Đảng ủy xã chấn chỉnh việc sinh hoạt của chi bộ bản Khe Lau. Các buổi sinh hoạt chi bộ hằng tháng chỉ đọc lại văn bản cấp trên, không bàn đến những việc thiết thực của bản như làm đường, giữ rừng, nhiều đảng viên bỏ họp không có lý do.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b23-2',
          text: 'Họp tháng nào cũng chỉ nghe đọc nghị quyết rồi về, việc đường lên nương bị sạt, việc trẻ con bỏ học thì không ai nhắc đến. Mấy đồng chí trẻ đi làm ăn xa cả năm không về họp mà cũng chẳng ai nói gì.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b23-3',
          text: 'chi bo ban khe lau hop chi doc van ban, dang vien bo hop nhieu, de nghi dang uy xa xem lai',
          village: 'khe-lau',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b24',
      field: 'chinh-quyen',
      concern:
        'Since the commune merger the one-stop office is far away; a receiving point at the old seat is asked for.',
      petitions: [
        {
          id: 'b24-1',
          text: 'Đề nghị UBND xã bố trí điểm tiếp nhận hồ sơ hành chính tại trụ sở xã cũ. Từ khi sáp nhập xã, bộ phận một cửa chuyển về trụ sở mới cách bản Khe Lau gần 15 cây số, người già, đồng bào đi làm thủ tục rất vất vả.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b24-2',
          text: 'Bây giờ xin cái giấy xác nhận, chứng thực cái sổ cũng phải đi xe ôm mất cả buổi sáng, lên đến nơi lại thiếu giấy thì hôm sau đi lần nữa. Nhiều bà con ngại đi nên để đấy không làm.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b24-3',
          text: 'Đề nghị UBND xã duy trì điểm tiếp nhận TTHC tại trụ sở xã cũ sau sáp nhập, hoặc hướng dẫn bà con nộp hồ sơ trực tuyến qua Cổng DVC.',
          village: 'ngoi-lao',
          style: 'abbreviated',
        },
        {
          id: 'b24-4',
          text: 'Sáp nhập xong cái gì cũng xa, đi chứng thực cái giấy mất nửa ngày công, lại tiền xăng xe, người già như chúng tôi thì chịu.',
          village: null,
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b25',
      field: 'chinh-quyen',
      concern: 'Xóm Đình has not published its 2024 income and spending of the hamlet funds.',
      petitions: [
        {
          id: 'b25-1',
          text: 'Đề nghị UBND xã chỉ đạo Ban công tác xóm Đình công khai thu chi các quỹ của xóm năm 2024. Các khoản thu quỹ xóm, tiền cho thuê đất công ích, tiền ủng hộ đã thu nhưng chưa báo cáo trước hội nghị nhân dân.',
          village: 'xom-dinh',
          style: 'plain',
        },
        {
          id: 'b25-2',
          text: 'Năm nào dân cũng nộp đủ, lại có tiền thầu ao, thầu ruộng công của xóm, vậy mà tổng kết cuối năm chẳng thấy đọc ra được đồng nào thu, đồng nào chi. Hỏi trưởng xóm thì bảo sổ sách kế toán giữ.',
          village: 'xom-dinh',
          style: 'paraphrase',
        },
        {
          id: 'b25-3',
          text: 'đề nghị công khai tiền quỹ xóm đình, thu chi không minh bạc, dân không ai nắm dõ',
          village: 'xom-dinh',
          style: 'typos',
        },
      ],
    },
    {
      id: 'b26',
      field: 'chinh-quyen',
      concern:
        'The levy for building the Xóm Đình cultural house (1.5 million per person, poor households included) is too high.',
      petitions: [
        {
          id: 'b26-1',
          text: 'Đề nghị UBND xã xem xét lại mức huy động đóng góp xây dựng nhà văn hóa xóm Đình. Xóm quy định mỗi nhân khẩu đóng 1,5 triệu đồng, kể cả hộ nghèo, hộ có người già neo đơn, là quá sức đối với nhiều gia đình.',
          village: 'xom-dinh',
          style: 'plain',
        },
        {
          id: 'b26-2',
          text: 'Nhà tôi sáu khẩu, tính ra phải nộp chín triệu cho việc làm hội trường mới, trong khi cả nhà chỉ trông vào mấy sào ruộng với con lợn. Ai chưa nộp thì bị đọc tên trên loa.',
          village: 'xom-dinh',
          style: 'paraphrase',
        },
        {
          id: 'b26-3',
          text: 'xay nha van hoa xom dinh thu 1tr5 mot khau cao qua, ho ngheo cung phai nop, de nghi xa xem lai',
          village: 'xom-dinh',
          style: 'no-accents',
        },
        {
          id: 'b26-4',
          text: 'Làm nhà văn hóa thì ai chả muốn, nhưng bổ theo đầu người thế thì nhà nghèo lấy đâu ra, nói ra lại bảo là không đồng thuận.',
          village: 'xom-dinh',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b27',
      field: 'lanh-dao',
      concern:
        'Matters raised at last year’s dialogue conference were promised but never directed to a settlement or answered.',
      petitions: [
        {
          id: 'b27-1',
          text: 'Đề nghị Thường trực Đảng ủy, lãnh đạo UBND xã chỉ đạo giải quyết dứt điểm các kiến nghị cử tri đã nêu tại hội nghị đối thoại năm 2024. Nhiều nội dung đã được hứa tại hội nghị nhưng đến nay chưa thực hiện, người kiến nghị cũng chưa nhận được văn bản trả lời.',
          village: null,
          style: 'plain',
        },
        {
          id: 'b27-2',
          text: 'Năm ngoái tôi đứng lên hỏi ngay tại hội trường, đồng chí chủ tịch ghi nhận và hứa trong quý ba sẽ có câu trả lời, đến giờ gần một năm vẫn chưa thấy giấy tờ gì. Bà con bảo nhau đi họp cũng chỉ để nghe cho biết.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b27-3',
          text: 'Năm nào cũng đối thoại, năm nào cũng ghi sổ, mà hỏi lại cái gì cũng đang chờ. Lãnh đạo xã nói thì phải làm chứ, dân mất lòng tin lắm rồi.',
          village: null,
          style: 'colloquial',
        },
        {
          id: 'b27-4',
          text: 'Đề nghị lãnh đạo xã chỉ đạo trả lời bằng VB các kiến nghị tồn đọng từ kỳ đối thoại năm trước, đến nay chưa có KQ.',
          village: 'dong-be',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b28',
      field: 'lanh-dao',
      concern:
        'The commune pushed Gò Chè to replace tea with pomelo; now the fruit cannot be sold and the leaders should answer for it.',
      petitions: [
        {
          id: 'b28-1',
          text: 'Đề nghị lãnh đạo xã rút kinh nghiệm trong chỉ đạo chuyển đổi cơ cấu cây trồng tại xóm Gò Chè. Năm 2021 xã vận động bà con phá chè trồng bưởi, nay bưởi ra quả không có đầu ra, giá thấp, nhiều hộ thua lỗ, đề nghị xã có phương án tháo gỡ.',
          village: 'go-che',
          style: 'plain',
        },
        {
          id: 'b28-2',
          text: 'Hồi ấy cán bộ xuống tận nhà vận động, bảo trồng bưởi thu gấp mấy lần chè, nhà tôi nghe theo chặt cả đồi chè đang hái. Bây giờ quả rụng đầy gốc, thương lái trả hai ba nghìn một quả cũng chẳng ai mua.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b28-3',
          text: 'xa bao pha che trong buoi, gio buoi khong ban duoc, xa phai co trach nhiem chu',
          village: 'go-che',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b29',
      field: 'can-bo',
      concern:
        'The land and construction officer is curt with Xóm Đình residents and makes them come back again and again.',
      petitions: [
        {
          id: 'b29-1',
          text: 'Đề nghị UBND xã nhắc nhở công chức địa chính - xây dựng về thái độ khi tiếp dân. Khi người dân xóm Đình đến hỏi thủ tục tách thửa, cán bộ trả lời cộc lốc, không hướng dẫn đầy đủ, bắt dân đi lại nhiều lần mới nhận hồ sơ.',
          village: 'xom-dinh',
          style: 'plain',
        },
        {
          id: 'b29-2',
          text: 'Tôi lên xã bốn lần vì cái hồ sơ tách đất cho con, lần nào cũng thiếu một thứ, sao không nói một lần cho đủ. Hỏi thêm câu thì anh ấy gắt, bảo về đọc kỹ đi.',
          village: 'xom-dinh',
          style: 'paraphrase',
        },
        {
          id: 'b29-3',
          text: 'cán bộ địa chín xã thái độ hách dịc với dân, đề nghị xã nhắc nhỡ',
          village: 'xom-dinh',
          style: 'typos',
        },
        {
          id: 'b29-4',
          text: 'Dân lên xã là để nhờ việc chứ có phải đi xin đâu, cán bộ mà quát dân như quát con thế thì ai dám hỏi.',
          village: 'xom-dinh',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b30',
      field: 'can-bo',
      concern:
        'One-stop office staff arrive late and leave early; residents wait at an empty desk during office hours.',
      petitions: [
        {
          id: 'b30-1',
          text: 'Đề nghị UBND xã chấn chỉnh việc chấp hành giờ giấc làm việc của cán bộ bộ phận một cửa. Nhiều buổi sáng người dân xóm Đình đến nộp hồ sơ từ 7 giờ 30 nhưng đến gần 9 giờ vẫn chưa có cán bộ ngồi bàn tiếp nhận.',
          village: 'xom-dinh',
          style: 'plain',
        },
        {
          id: 'b30-2',
          text: 'Sáng thứ hai tuần trước tôi xuống xã chứng thực giấy tờ, cửa mở mà bàn trống không, ngồi đợi đến hơn tám rưỡi mới thấy người đến, chiều thì chưa đến bốn giờ đã khóa cửa về.',
          village: 'xom-dinh',
          style: 'paraphrase',
        },
        {
          id: 'b30-3',
          text: 'Đề nghị UBND xã kiểm tra giờ làm việc của CB bộ phận 1 cửa, thường xuyên đi muộn về sớm, dân phải chờ.',
          village: 'xom-dinh',
          style: 'abbreviated',
        },
      ],
    },
    {
      id: 'b31',
      field: 'mttq-doan-the',
      concern:
        'Farmers’ Union loans from the farmer support fund are too few in Gò Chè and go to the same families.',
      petitions: [
        {
          id: 'b31-1',
          text: 'Đề nghị Hội Nông dân xã tăng nguồn vốn vay từ Quỹ hỗ trợ nông dân cho hội viên xóm Gò Chè để phát triển chăn nuôi, và công khai danh sách các hộ được vay.',
          village: 'go-che',
          style: 'plain',
        },
        {
          id: 'b31-2',
          text: 'Năm nào chi hội cũng chỉ có mấy suất, toàn quay đi quay lại mấy nhà quen, hội viên khác làm đơn mấy lần không đến lượt. Xin cho bà con biết ai được vay, được bao nhiêu, để mọi người cùng theo dõi.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b31-3',
          text: 'Kiến nghị HND xã tăng vốn vay Quỹ HTND cho chi hội Gò Chè, công khai DS hội viên được vay.',
          village: 'go-che',
          style: 'abbreviated',
        },
        {
          id: 'b31-4',
          text: 'hoi nong dan cho vay von it qua, toan nguoi quen duoc vay',
          village: 'go-che',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b32',
      field: 'mttq-doan-the',
      concern:
        'Fertiliser supplied on credit through the Farmers’ Union in Gò Chè costs more than at dealers and arrives late.',
      petitions: [
        {
          id: 'b32-1',
          text: 'Đề nghị Hội Nông dân xã xem lại việc cung ứng phân bón trả chậm cho hội viên xóm Gò Chè. Phân bón qua chi hội có giá cao hơn ngoài đại lý từ 30 đến 50 nghìn đồng một bao, lại giao chậm, không kịp thời vụ.',
          village: 'go-che',
          style: 'plain',
        },
        {
          id: 'b32-2',
          text: 'Đăng ký lấy phân qua chi hội để được trả chậm đến cuối vụ, nhưng tính ra mỗi bao đắt hơn mua ở cửa hàng đầu dốc mấy chục nghìn, mà lúa bón thúc xong rồi hàng mới về.',
          village: 'go-che',
          style: 'paraphrase',
        },
        {
          id: 'b32-3',
          text: 'Hội mình là để giúp nông dân chứ có phải để buôn phân đâu, bán cho hội viên còn đắt hơn ngoài chợ thì ai còn lấy nữa.',
          village: 'go-che',
          style: 'colloquial',
        },
      ],
    },
    {
      id: 'b33',
      field: 'khac',
      concern: 'There is almost no mobile signal in Khe Lau; operators should build a mast.',
      petitions: [
        {
          id: 'b33-1',
          text: 'Đề nghị UBND xã kiến nghị các nhà mạng lắp đặt thêm trạm phát sóng cho bản Khe Lau. Sóng điện thoại ở bản rất yếu, nhiều nơi không gọi được, học sinh không học trực tuyến được, khi có việc gấp không liên lạc được với trạm y tế.',
          village: 'khe-lau',
          style: 'plain',
        },
        {
          id: 'b33-2',
          text: 'Muốn gọi cho con đi làm ở khu công nghiệp thì phải leo lên đồi sau nhà mới được một vạch, mưa to là mất hẳn. Năm nghỉ dịch các cháu học qua mạng phải xuống tận nhà văn hóa xã ngồi.',
          village: 'khe-lau',
          style: 'paraphrase',
        },
        {
          id: 'b33-3',
          text: 'ban khe lau khong co song dien thoai, de nghi xa bao nha mang lap cot song',
          village: 'khe-lau',
          style: 'no-accents',
        },
      ],
    },
    {
      id: 'b34',
      field: 'khac',
      concern:
        'Bãi Nổi residents thank the commune for the evacuation and relief during the 2024 flood.',
      petitions: [
        {
          id: 'b34-1',
          text: 'Cử tri khu Bãi Nổi cảm ơn Đảng ủy, UBND xã và các đoàn thể đã kịp thời tổ chức di dời người và tài sản, hỗ trợ lương thực, nước sạch cho bà con trong đợt lũ sau bão số 3 năm 2024.',
          village: 'bai-noi',
          style: 'plain',
        },
        {
          id: 'b34-2',
          text: 'Nước lên đến nóc chuồng lợn, nửa đêm anh em công an, dân quân với đoàn thanh niên chèo thuyền vào tận nơi đưa ông bà già nhà tôi lên đê, sáng ra đã có mì tôm, nước uống. Gia đình tôi rất biết ơn.',
          village: 'bai-noi',
          style: 'paraphrase',
        },
        {
          id: 'b34-3',
          text: 'bà con bãi nổi cảm ơn xã đã giúp đỡ trong đợt nũ vừa qua, rất kịp thời',
          village: 'bai-noi',
          style: 'typos',
        },
        {
          id: 'b34-4',
          text: 'Cử tri khu Bãi Nổi cảm ơn ĐU, UBND, MTTQ xã đã hỗ trợ kịp thời khi lũ bão số 3.',
          village: 'bai-noi',
          style: 'abbreviated',
        },
      ],
    },
  ],
  hardNegatives: [
    ['b01', 'b02'],
    ['b04', 'b05'],
    ['b06', 'b07'],
    ['b10', 'b11'],
    ['b13', 'b14'],
    ['b16', 'b17'],
    ['b19', 'b20'],
    ['b22', 'b23'],
    ['b25', 'b26'],
    ['b27', 'b28'],
    ['b29', 'b30'],
    ['b31', 'b32'],
  ],
};
