// The live console's and the hall screen's words, Vietnamese first.
import type { Lang } from '../../i18n';

const vi = {
  questions: 'Danh sách câu hỏi',
  questionOf: (n: number, count: number) => `Câu hỏi ${n}/${count}`,
  previous: 'Câu trước',
  next: 'Câu sau',
  states: { waiting: 'Chưa xong', settled: 'Đã giải quyết', 'carried-over': 'Chuyển sau' },
  noSpeaker: 'chưa rõ người hỏi',
  keys: 'Phím tắt',
  hints: [
    ['Alt+↓ / Alt+↑', 'câu sau / câu trước'],
    ['PageDown / PageUp', 'câu sau / câu trước (ngoài ô chữ)'],
    ['Alt+N', 'câu hỏi mới từ hội trường'],
    ['Alt+L', 'tìm ý kiến đã có để gắn'],
    ['Alt+G', 'giải quyết tại hội nghị'],
    ['Alt+C', 'chuyển sau hội nghị'],
  ] as [string, string][],
  linkSearch: 'Tìm ý kiến đã có để gắn (Alt+L)',
  linkSearchHint: 'Gõ vài từ; để trống thì tìm theo nội dung câu hỏi',
  projector: 'Màn hình trình chiếu',
  projectorHint: 'Mở ở cửa sổ khác, kéo sang máy chiếu; màn hình đi theo câu hỏi đang xem ở đây.',
  readOnly: 'Hội nghị đã kết thúc, biên bản đã chốt: bàn điều hành chỉ để xem.',
  attendanceByGroup: 'Số người dự theo thành phần',
  attendanceSum: (total: number | null, invited: number) =>
    `Số người dự: ${total ?? '—'}${invited ? ` / ${invited} người được mời` : ''}`,
  notByGroup: 'Chưa ghi theo thành phần',
  empty: 'Chưa có câu hỏi nào. Thêm câu hỏi từ hội trường (Alt+N).',
  // The hall's screen
  hall: 'Màn hình hội trường',
  fullScreen: 'Toàn màn hình',
  close: 'Đóng',
  waiting: 'Xin mời đại biểu phát biểu',
  asker: 'Người hỏi',
  at: (time: string | null, date: string, venue: string | null) =>
    [time ? `${time.replace(':', ' giờ ')}` : null, `ngày ${date}`, venue]
      .filter(Boolean)
      .join(' · '),
};
type Text = typeof vi;
const en: Text = {
  questions: 'Questions',
  questionOf: (n, count) => `Question ${n} of ${count}`,
  previous: 'Previous',
  next: 'Next',
  states: { waiting: 'Open', settled: 'Settled', 'carried-over': 'Carried over' },
  noSpeaker: 'speaker not known',
  keys: 'Keys',
  hints: [
    ['Alt+↓ / Alt+↑', 'next / previous question'],
    ['PageDown / PageUp', 'next / previous (outside a text box)'],
    ['Alt+N', 'new question from the floor'],
    ['Alt+L', 'search a matter on file to link'],
    ['Alt+G', 'settled at the session'],
    ['Alt+C', 'carried over'],
  ],
  linkSearch: 'Search a matter on file to link (Alt+L)',
  linkSearchHint: 'Type a few words; empty searches by the question',
  projector: 'Hall screen',
  projectorHint:
    'Opens in another window to drag onto the projector; it follows the question shown here.',
  readOnly: 'The session is over and its minutes are final: the console is read-only.',
  attendanceByGroup: 'Present by composition',
  attendanceSum: (total, invited) =>
    `Present: ${total ?? '—'}${invited ? ` of ${invited} invited` : ''}`,
  notByGroup: 'Not counted by composition',
  empty: 'No question yet. Add a question from the floor (Alt+N).',
  hall: 'Hall screen',
  fullScreen: 'Full screen',
  close: 'Close',
  waiting: 'The floor is open',
  asker: 'Asked by',
  at: (time, date, venue) => [time, date, venue].filter(Boolean).join(' · '),
};
export const consoleText = (lang: Lang): Text => (lang === 'en' ? en : vi);
