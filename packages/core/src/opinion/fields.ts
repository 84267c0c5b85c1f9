// The fields (lĩnh vực) an opinion is classified into: the content groups of the reference
// plan, as DOMAIN.md "Fields" names them. Kept here so the classifier and the contracts agree.
export const opinionFields = [
  'lanh-dao',
  'can-bo',
  'kinh-te',
  'nong-nghiep',
  'tai-nguyen',
  'moi-truong',
  'van-hoa-xa-hoi',
  'an-ninh-trat-tu',
  'xay-dung-dang',
  'chinh-quyen',
  'mttq-doan-the',
  'khac',
] as const;
export type OpinionField = (typeof opinionFields)[number];

export const opinionFieldNames: Record<OpinionField, { vi: string; en: string }> = {
  'lanh-dao': { vi: 'Lãnh đạo, chỉ đạo, quản lý, điều hành', en: 'Leadership and administration' },
  'can-bo': { vi: 'Thái độ, trách nhiệm cán bộ, công chức', en: 'Conduct of officials' },
  'kinh-te': { vi: 'Kinh tế', en: 'Economy' },
  'nong-nghiep': {
    vi: 'Nông nghiệp, nông thôn, nông thôn mới',
    en: 'Agriculture and rural development',
  },
  'tai-nguyen': { vi: 'Tài nguyên (đất đai, khoáng sản, nước)', en: 'Land, minerals and water' },
  'moi-truong': { vi: 'Môi trường', en: 'Environment' },
  'van-hoa-xa-hoi': { vi: 'Văn hóa – xã hội', en: 'Culture and society' },
  'an-ninh-trat-tu': { vi: 'An ninh trật tự', en: 'Public order' },
  'xay-dung-dang': { vi: 'Xây dựng Đảng', en: 'Party building' },
  'chinh-quyen': { vi: 'Chính quyền', en: 'Government' },
  'mttq-doan-the': { vi: 'MTTQ và các đoàn thể', en: 'Fatherland Front and unions' },
  khac: { vi: 'Khác', en: 'Other' },
};

export const isOpinionField = (s: string): s is OpinionField =>
  (opinionFields as readonly string[]).includes(s);
