// The consent questions of the portal's form, in the words the citizen reads; none is ever ticked
// in advance, and each answer is recorded with this exact wording (portal_consent).
export const consentQuestions = {
  contact: {
    purpose: 'contact-about-answer',
    vi: 'Tôi đồng ý để cán bộ xã liên hệ với tôi qua số điện thoại hoặc email đã ghi, chỉ để trả lời ý kiến này.',
  },
  publish: {
    purpose: 'publish-question-anonymous',
    vi: 'Tôi đồng ý để xã đăng công khai câu hỏi và câu trả lời trên trang này, không kèm họ tên và số điện thoại của tôi.',
  },
} as const;
