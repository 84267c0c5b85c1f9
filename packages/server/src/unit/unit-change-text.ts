// The words of units in time shown to people (Vietnamese first).
export const unitChangeTexts = {
  notProposed: {
    vi: 'Thay đổi này đã được xác nhận hoặc đã hủy: không thể thay đổi nữa',
    en: 'This change was already confirmed or undone',
  },
  organisationOf: (kindName: string, unitName: string) =>
    `${kindName} ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`,
} as const;

/** A commune merged away takes no new opinions: they go to its successor. */
export const endedUnitText = (name: string, lastDay: string, successor: string | null) => ({
  vi: `${name} đã thôi hoạt động từ sau ngày ${lastDay}${successor ? ` (sáp nhập vào ${successor})` : ''}: ý kiến mới nhập tại ${successor ?? 'đơn vị kế thừa'}`,
  en: `${name} ceased after ${lastDay}${successor ? ` (merged into ${successor})` : ''}: enter new opinions at ${successor ?? 'its successor'}`,
});
