// Words of the page "Từ điển gom ý kiến" (the table of words the similarity engine folds
// together), Vietnamese first.
import type { Lang } from '../../i18n';
import type { LexiconKind } from './similar-api';

const vi = {
  title: 'Từ điển gom ý kiến',
  intro:
    'Những cách viết khác nhau của cùng một từ: viết tắt, từ cùng nghĩa, tên địa danh. Khi tìm ý kiến cùng nội dung, phần mềm coi chúng là một.',
  own: 'Của đơn vị này',
  kinds: { abbreviation: 'Viết tắt', synonym: 'Cùng nghĩa', place: 'Địa danh' } as Record<
    LexiconKind,
    string
  >,
  kind: 'Loại',
  canonical: 'Cách viết chuẩn',
  variants: 'Các cách viết khác',
  variantsHelp: 'Các cách viết khác: gõ rồi nhấn Enter hoặc dấu phẩy để thêm từng cách.',
  canonicalPlaceholder: 'ví dụ: ủy ban nhân dân',
  variantsPlaceholder: 'ví dụ: UBND, ubnd',
  add: 'Thêm dòng',
  remove: 'Bỏ dòng',
  removeRow: (n: number) => `Bỏ dòng ${n}`,
  row: (n: number) => `Dòng ${n}`,
  save: 'Lưu từ điển',
  saved: 'Đã lưu từ điển',
  unsaved: 'Có thay đổi chưa lưu',
  none: 'Đơn vị chưa thêm dòng nào.',
  reload: 'Tải lại từ máy chủ (bỏ thay đổi của tôi)',
  inherited: (n: number | string) => `Từ đơn vị cấp trên (${n})`,
  builtIn: (n: number | string) => `Có sẵn trong phần mềm (${n})`,
  find: 'Tìm trong từ điển có sẵn và của cấp trên',
  findPlaceholder: 'gõ không dấu cũng được, ví dụ: ubnd',
  places: (n: number) => `Tên thôn trong cây đơn vị (${n})`,
  readOnly: 'Chỉ xem: sửa ở đơn vị đã thêm.',
  from: 'của',
  number: '(số)',
  fixBelow: 'Chưa lưu: sửa các ô tô đỏ bên dưới rồi lưu lại. Những gì đã gõ vẫn còn nguyên.',
};
type Text = typeof vi;
const en: Text = {
  title: 'Grouping dictionary',
  intro:
    'Different ways of writing the same word: abbreviations, words meaning the same, place names. When it looks for opinions raising the same concern, the app treats them as one.',
  own: "This unit's own",
  kinds: { abbreviation: 'Abbreviation', synonym: 'Same meaning', place: 'Place' },
  kind: 'Kind',
  canonical: 'Standard form',
  variants: 'Other ways of writing it',
  variantsHelp: 'Other ways of writing it: type one, then Enter or a comma to add it.',
  canonicalPlaceholder: 'e.g. ủy ban nhân dân',
  variantsPlaceholder: 'e.g. UBND, ubnd',
  add: 'Add a line',
  remove: 'Remove',
  removeRow: (n) => `Remove line ${n}`,
  row: (n) => `Line ${n}`,
  save: 'Save the dictionary',
  saved: 'Dictionary saved',
  unsaved: 'Unsaved changes',
  none: 'This unit has added no line yet.',
  reload: 'Reload from the server (drop my changes)',
  inherited: (n) => `From the units above (${n})`,
  builtIn: (n) => `Built in (${n})`,
  find: 'Search the built-in lines and those from above',
  findPlaceholder: 'accents optional, e.g. ubnd',
  places: (n) => `Village names from the unit tree (${n})`,
  readOnly: 'Read only: edit them at the unit that added them.',
  from: 'from',
  number: '(number)',
  fixBelow:
    'Not saved: correct the fields marked in red below, then save again. What you typed is kept.',
};
export const lexiconText = (lang: Lang): Text => (lang === 'en' ? en : vi);
