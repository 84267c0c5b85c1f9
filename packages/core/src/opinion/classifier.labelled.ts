// A labelled set of petitions, written for this test in the words people use at dialogue
// sessions and in MTTQ compilations (none is in the demo data). Used only to measure the
// classifier: see classifier.test.ts, which reports the top-1 accuracy.
import type { LabelledText } from './classifier.js';

export const labelledPetitions: LabelledText[] = [
  // lanh-dao
  {
    field: 'lanh-dao',
    text: 'Đề nghị lãnh đạo xã chỉ đạo các ngành giải quyết dứt điểm những kiến nghị cử tri đã nêu nhiều lần.',
  },
  {
    field: 'lanh-dao',
    text: 'Công tác điều hành của UBND xã trong việc triển khai các dự án còn chậm, đề nghị có giải pháp khắc phục.',
  },
  {
    field: 'lanh-dao',
    text: 'Đề nghị lãnh đạo xã quan tâm chỉ đạo việc thực hiện quy hoạch trung tâm xã đã được phê duyệt.',
  },
  {
    field: 'lanh-dao',
    text: 'Nhiều chủ trương của xã ban hành nhưng triển khai chậm, người dân chưa được phổ biến đầy đủ.',
  },
  {
    field: 'lanh-dao',
    text: 'Việc quản lý, điều hành thu chi các công trình phúc lợi thiếu chặt chẽ, đề nghị lãnh đạo xã kiểm tra.',
  },
  {
    field: 'lanh-dao',
    text: 'Đề nghị xã chỉ đạo thực hiện nghiêm các kết luận sau hội nghị đối thoại, báo cáo kết quả cho dân biết.',
  },
  // can-bo
  {
    field: 'can-bo',
    text: 'Công chức tư pháp hẹn nhiều lần mà không trả kết quả chứng thực, thái độ thiếu tôn trọng người dân.',
  },
  { field: 'can-bo', text: 'Có cán bộ xã uống rượu trong giờ làm việc, đề nghị xử lý nghiêm.' },
  {
    field: 'can-bo',
    text: 'Cán bộ thôn thiếu trách nhiệm, không đến kiểm tra khi người dân báo cáo sự việc.',
  },
  {
    field: 'can-bo',
    text: 'Người dân phản ánh công chức địa chính sách nhiễu, đòi tiền khi làm thủ tục tách thửa.',
  },
  {
    field: 'can-bo',
    text: 'Đề nghị chấn chỉnh tác phong làm việc của cán bộ bộ phận tiếp nhận hồ sơ, còn đùn đẩy trách nhiệm.',
  },
  {
    field: 'can-bo',
    text: 'Cán bộ văn hóa xã hội hách dịch, quát nạt người già khi đến hỏi về chế độ.',
  },
  // kinh-te
  {
    field: 'kinh-te',
    text: 'Lãi suất vay vốn ngân hàng còn cao, đề nghị có chính sách hỗ trợ vay cho hộ sản xuất kinh doanh nhỏ.',
  },
  { field: 'kinh-te', text: 'Đề nghị mở thêm phiên chợ quê để bà con có nơi buôn bán nông sản.' },
  {
    field: 'kinh-te',
    text: 'Các khoản đóng góp xây dựng trong năm quá nhiều, đề nghị xã giảm bớt cho dân.',
  },
  {
    field: 'kinh-te',
    text: 'Đề nghị hỗ trợ thanh niên học nghề, giới thiệu việc làm tại các khu công nghiệp.',
  },
  {
    field: 'kinh-te',
    text: 'Tiền điện nhà tôi tháng này tăng gấp đôi, đề nghị kiểm tra lại chỉ số công tơ.',
  },
  {
    field: 'kinh-te',
    text: 'Hợp tác xã dịch vụ hoạt động kém hiệu quả, đề nghị xã có hướng củng cố để hỗ trợ kinh tế hộ gia đình.',
  },
  // nong-nghiep
  {
    field: 'nong-nghiep',
    text: 'Đường vào khu sản xuất bị sạt lở, đề nghị xã gia cố để bà con vận chuyển lúa.',
  },
  {
    field: 'nong-nghiep',
    text: 'Dịch tả lợn châu Phi tái phát, đề nghị hỗ trợ tiêu độc khử trùng và hỗ trợ hộ có lợn bị tiêu hủy.',
  },
  {
    field: 'nong-nghiep',
    text: 'Trạm bơm điện phục vụ tưới tiêu hỏng máy, đồng ruộng khô hạn, đề nghị sửa chữa gấp.',
  },
  {
    field: 'nong-nghiep',
    text: 'Đề nghị xã hướng dẫn kỹ thuật trồng và chăm sóc cây cam, bưởi cho bà con.',
  },
  {
    field: 'nong-nghiep',
    text: 'Cầu tràn qua khe bị cuốn trôi sau lũ, học sinh và người dân đi lại nguy hiểm, đề nghị làm lại cầu.',
  },
  {
    field: 'nong-nghiep',
    text: 'Tiêu chí nông thôn mới về giao thông của thôn chưa đạt, đề nghị xã hỗ trợ xi măng làm đường.',
  },
  // tai-nguyen
  {
    field: 'tai-nguyen',
    text: 'Đề nghị xã xác nhận nguồn gốc đất để gia đình làm thủ tục cấp giấy chứng nhận.',
  },
  {
    field: 'tai-nguyen',
    text: 'Việc đền bù giải phóng mặt bằng làm đường tránh chưa thỏa đáng, giá bồi thường thấp.',
  },
  {
    field: 'tai-nguyen',
    text: 'Một số hộ tự ý khai thác đất đồi bán cho các công trình, gây sạt lở.',
  },
  {
    field: 'tai-nguyen',
    text: 'Nguồn nước giếng nhiễm phèn, không dùng được cho sinh hoạt, đề nghị xây dựng trạm cấp nước.',
  },
  {
    field: 'tai-nguyen',
    text: 'Diện tích đất rừng được giao bị hộ khác chiếm dụng trồng keo, đề nghị giải quyết.',
  },
  {
    field: 'tai-nguyen',
    text: 'Đề nghị thu hồi đất công đang bị cá nhân sử dụng sai mục đích để làm sân thể thao cho thôn.',
  },
  // moi-truong
  {
    field: 'moi-truong',
    text: 'Xưởng mộc hoạt động gây tiếng ồn và bụi gỗ suốt ngày đêm, ảnh hưởng các hộ xung quanh.',
  },
  {
    field: 'moi-truong',
    text: 'Đề nghị bố trí thêm thùng đựng rác và tăng số lần thu gom rác trong tuần.',
  },
  {
    field: 'moi-truong',
    text: 'Vỏ bao bì thuốc bảo vệ thực vật vứt bừa bãi ngoài đồng, gây ô nhiễm nguồn nước.',
  },
  {
    field: 'moi-truong',
    text: 'Cống thoát nước khu chợ bị tắc, nước thải ứ đọng bốc mùi hôi thối.',
  },
  {
    field: 'moi-truong',
    text: 'Xác động vật chết bị vứt xuống sông gây ô nhiễm môi trường, đề nghị xử phạt.',
  },
  {
    field: 'moi-truong',
    text: 'Lò gạch thủ công gây khói bụi ô nhiễm, đề nghị di dời ra xa khu dân cư.',
  },
  // van-hoa-xa-hoi
  {
    field: 'van-hoa-xa-hoi',
    text: 'Đề nghị xây thêm phòng học cho trường mầm non vì số cháu đông, lớp học chật chội.',
  },
  {
    field: 'van-hoa-xa-hoi',
    text: 'Thẻ bảo hiểm y tế của người già cấp chậm, sai thông tin, đề nghị điều chỉnh.',
  },
  {
    field: 'van-hoa-xa-hoi',
    text: 'Gia đình liệt sĩ chưa được tu sửa mộ, đề nghị hỗ trợ kinh phí.',
  },
  {
    field: 'van-hoa-xa-hoi',
    text: 'Đề nghị tổ chức giải bóng chuyền, văn nghệ cho thanh niên dịp lễ hội đầu xuân.',
  },
  {
    field: 'van-hoa-xa-hoi',
    text: 'Trẻ khuyết tật trong thôn chưa được hưởng trợ cấp bảo trợ xã hội, đề nghị xã lập hồ sơ.',
  },
  {
    field: 'van-hoa-xa-hoi',
    text: 'Việc bình xét hộ nghèo ở thôn chưa công bằng, có hộ khá giả vẫn được vào danh sách.',
  },
  // an-ninh-trat-tu
  {
    field: 'an-ninh-trat-tu',
    text: 'Có đối tượng lạ vào thôn mua bán, tàng trữ ma túy, đề nghị công an điều tra.',
  },
  {
    field: 'an-ninh-trat-tu',
    text: 'Tình trạng cờ bạc, lô đề diễn ra công khai ở quán nước đầu thôn.',
  },
  {
    field: 'an-ninh-trat-tu',
    text: 'Nhiều người dân bị lừa đảo qua điện thoại chiếm đoạt tiền, đề nghị tuyên truyền cảnh báo.',
  },
  {
    field: 'an-ninh-trat-tu',
    text: 'Trâu bò thả rông trên quốc lộ gây tai nạn giao thông, đề nghị xử lý chủ nuôi.',
  },
  {
    field: 'an-ninh-trat-tu',
    text: 'Nhóm thanh niên say rượu gây gổ đánh nhau trong đám cưới, đề nghị công an xã xử lý.',
  },
  {
    field: 'an-ninh-trat-tu',
    text: 'Nhà tôi bị mất trộm xe máy đã báo công an xã nhưng chưa có kết quả.',
  },
  // xay-dung-dang
  {
    field: 'xay-dung-dang',
    text: 'Một số đảng viên cao tuổi đề nghị được miễn sinh hoạt chi bộ theo quy định.',
  },
  {
    field: 'xay-dung-dang',
    text: 'Đề nghị Đảng ủy xử lý nghiêm đảng viên vi phạm, không gương mẫu trong thực hiện cuộc vận động.',
  },
  {
    field: 'xay-dung-dang',
    text: 'Chi bộ thôn chưa có nơi sinh hoạt ổn định, đề nghị Đảng ủy quan tâm.',
  },
  {
    field: 'xay-dung-dang',
    text: 'Việc lấy ý kiến nhân dân đối với đảng viên nơi cư trú còn hình thức.',
  },
  {
    field: 'xay-dung-dang',
    text: 'Đề nghị tăng cường bồi dưỡng lý luận chính trị cho quần chúng ưu tú trước khi kết nạp đảng.',
  },
  {
    field: 'xay-dung-dang',
    text: 'Nghị quyết của Đảng ủy về phát triển kinh tế chưa được chi bộ cụ thể hóa.',
  },
  // chinh-quyen
  {
    field: 'chinh-quyen',
    text: 'Đề nghị UBND xã niêm yết công khai thủ tục hành chính và lệ phí tại bộ phận một cửa.',
  },
  {
    field: 'chinh-quyen',
    text: 'Làm căn cước công dân cho người già phải đi lại nhiều lần, đề nghị tổ chức làm lưu động tại thôn.',
  },
  {
    field: 'chinh-quyen',
    text: 'Đề nghị HĐND xã tăng cường giám sát việc giải quyết đơn thư của công dân.',
  },
  {
    field: 'chinh-quyen',
    text: 'Hồ sơ đăng ký kết hôn, khai sinh giải quyết chậm so với giấy hẹn.',
  },
  {
    field: 'chinh-quyen',
    text: 'Đề nghị xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến để nộp hồ sơ.',
  },
  {
    field: 'chinh-quyen',
    text: 'Sau sáp nhập xã, trụ sở làm việc xa, người dân đi làm giấy tờ hành chính vất vả.',
  },
  // mttq-doan-the
  {
    field: 'mttq-doan-the',
    text: 'Đề nghị Hội Phụ nữ xã hỗ trợ vốn cho chị em phụ nữ nghèo qua các tổ tiết kiệm.',
  },
  {
    field: 'mttq-doan-the',
    text: 'Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư tổ chức còn đơn điệu, đề nghị MTTQ đổi mới.',
  },
  {
    field: 'mttq-doan-the',
    text: 'Đề nghị Đoàn thanh niên tổ chức các hoạt động tình nguyện dọn vệ sinh đường làng mỗi tháng.',
  },
  {
    field: 'mttq-doan-the',
    text: 'Hội Cựu chiến binh thôn chưa có nơi sinh hoạt, đề nghị bố trí phòng họp.',
  },
  {
    field: 'mttq-doan-the',
    text: 'Mức đóng quỹ hội của hội viên Hội Nông dân chưa thống nhất giữa các chi hội.',
  },
  {
    field: 'mttq-doan-the',
    text: 'Đề nghị Mặt trận xã giám sát việc xây nhà đại đoàn kết cho hộ nghèo.',
  },
  // khac
  {
    field: 'khac',
    text: 'Đề nghị làm biển chỉ dẫn tên thôn ở các ngã ba để người ngoài dễ tìm đường.',
  },
  { field: 'khac', text: 'Cây xanh ven đường bị đổ sau bão chưa được dọn, đề nghị xã thu dọn.' },
  { field: 'khac', text: 'Đề nghị xã đặt tên đường, đánh số nhà ở khu trung tâm.' },
  { field: 'khac', text: 'Hệ thống đèn đường ở xóm dưới bị hỏng nhiều bóng, ban đêm tối om.' },
  { field: 'khac', text: 'Đề nghị xã làm nhà chờ xe buýt ở đầu đường vào xã.' },
  {
    field: 'khac',
    text: 'Bà con đề nghị xã cho biết kết quả giải quyết các ý kiến đã gửi qua thôn trưởng năm ngoái.',
  },
];
