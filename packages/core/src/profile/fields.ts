// The fields (lĩnh vực) of the default profile: the content groups of the reference plan,
// with the codes and Vietnamese names of DOMAIN.md "Fields".
import type { Field } from './regulation-profile.js';

export const DEFAULT_FIELDS: readonly Field[] = [
  { code: 'lanh-dao', name: 'Lãnh đạo, chỉ đạo, quản lý, điều hành' },
  { code: 'can-bo', name: 'Thái độ, trách nhiệm cán bộ, công chức' },
  { code: 'kinh-te', name: 'Kinh tế' },
  { code: 'nong-nghiep', name: 'Nông nghiệp, nông thôn, xây dựng nông thôn mới' },
  { code: 'tai-nguyen', name: 'Tài nguyên (đất đai, khoáng sản, nước)' },
  { code: 'moi-truong', name: 'Môi trường' },
  {
    code: 'van-hoa-xa-hoi',
    name: 'Văn hóa – xã hội (giáo dục, y tế, chính sách xã hội, văn hóa, lao động)',
  },
  { code: 'an-ninh-trat-tu', name: 'An ninh trật tự' },
  { code: 'xay-dung-dang', name: 'Xây dựng Đảng' },
  { code: 'chinh-quyen', name: 'Chính quyền' },
  { code: 'mttq-doan-the', name: 'MTTQ và các đoàn thể' },
  { code: 'khac', name: 'Khác' },
];
