// The closed set of errors the domain can raise. The server maps each code to an HTTP status
// in one table (packages/server/src/http/error-status.ts); messages are Vietnamese first.
export type ErrorCode =
  | 'VALIDATION' // a field is missing or wrong: user error
  | 'NOT_FOUND' // also used for "no access", so a denial never reveals that a record exists
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'FORBIDDEN' // a request refused whatever the record: sent from another site (CSRF), a second factor missing
  | 'CONFLICT' // someone else changed this record
  | 'RULE_VIOLATION' // a deadline or state rule refuses the action
  | 'UNAVAILABLE' // an operational dependency is missing (e.g. no browser for PDF)
  | 'INTERNAL';

export type Lang = 'vi' | 'en';
export type Message = Record<Lang, string>;

export interface FieldIssue {
  field: string;
  message: Message;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messages: Message;
  readonly fields: FieldIssue[];

  constructor(code: ErrorCode, messages?: Partial<Message>, fields: FieldIssue[] = []) {
    const defaults = defaultMessages[code];
    const full: Message = { vi: messages?.vi ?? defaults.vi, en: messages?.en ?? defaults.en };
    super(full.en);
    this.name = 'DomainError';
    this.code = code;
    this.messages = full;
    this.fields = fields;
  }
}

export const defaultMessages: Record<ErrorCode, Message> = {
  VALIDATION: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  NOT_FOUND: {
    vi: 'Không tìm thấy hoặc không có quyền truy cập',
    en: 'Not found or no access',
  },
  UNAUTHENTICATED: { vi: 'Cần đăng nhập', en: 'Sign-in required' },
  INVALID_CREDENTIALS: {
    vi: 'Sai tên đăng nhập hoặc mật khẩu',
    en: 'Wrong username or password',
  },
  RATE_LIMITED: {
    vi: 'Quá nhiều lần thử, vui lòng đợi rồi thử lại',
    en: 'Too many attempts, please wait and try again',
  },
  FORBIDDEN: {
    vi: 'Yêu cầu bị từ chối: được gửi từ một trang khác, không phải từ ứng dụng',
    en: 'Request refused: it was sent from another site, not from the application',
  },
  CONFLICT: {
    vi: 'Bản ghi đã được người khác thay đổi; hãy tải lại rồi sửa tiếp',
    en: 'Someone else changed this record; reload and edit again',
  },
  RULE_VIOLATION: { vi: 'Thao tác trái quy định', en: 'The action breaks a rule' },
  UNAVAILABLE: { vi: 'Chức năng tạm thời không dùng được', en: 'Temporarily unavailable' },
  INTERNAL: { vi: 'Lỗi hệ thống, vui lòng thử lại', en: 'Internal error, please try again' },
};

export const notFound = (): DomainError => new DomainError('NOT_FOUND');

export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
