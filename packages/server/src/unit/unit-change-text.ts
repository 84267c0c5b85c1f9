// The words of units in time shown to people (Vietnamese first).
export const unitChangeTexts = {
  notProposed: { vi: 'Thay đổi này đã được xác nhận hoặc đã hủy: không thể thay đổi nữa', en: 'This change was already confirmed or undone' },
  organisationOf: (kindName: string, unitName: string) => `${kindName} ${unitName.charAt(0).toLocaleLowerCase('vi')}${unitName.slice(1)}`,
} as const;
