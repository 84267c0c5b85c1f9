// Vietnamese first, English on request. Two languages and typed keys: a dictionary is enough.
import { createContext, useContext, useState, type ReactNode } from 'react';

const vi = {
  appName: 'Đối Thoại',
  tagline: 'Tiếp xúc, đối thoại trực tiếp với Nhân dân',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  demoHint: 'Bản demo: vanphong / doithoai2026',
  units: 'Đơn vị',
  currentUnit: 'Đơn vị đang làm việc',
  organisations: 'Tổ chức',
  people: 'Cán bộ, công chức',
  name: 'Tên',
  kind: 'Loại',
  abbreviation: 'Viết tắt',
  position: 'Chức vụ',
  fullName: 'Họ và tên',
  fields: 'Lĩnh vực phụ trách',
  edit: 'Sửa',
  add: 'Thêm',
  save: 'Lưu',
  cancel: 'Hủy',
  saved: 'Đã lưu',
  code: 'Mã',
  noUnits: 'Không có đơn vị nào trong phạm vi của bạn',
  editOrganisation: 'Sửa tổ chức',
  addOrganisation: 'Thêm tổ chức',
  addPerson: 'Thêm cán bộ',
  editPerson: 'Sửa cán bộ',
  readOnly: 'Chỉ xem',
  language: 'English',
  loading: 'Đang tải…',
  children: 'Đơn vị trực thuộc',
};
export type Dict = typeof vi;
const en: Dict = {
  appName: 'Đối Thoại',
  tagline: 'Direct dialogue between leaders and the People',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  demoHint: 'Demo: vanphong / doithoai2026',
  units: 'Units',
  currentUnit: 'Working unit',
  organisations: 'Organisations',
  people: 'Officials and staff',
  name: 'Name',
  kind: 'Kind',
  abbreviation: 'Abbreviation',
  position: 'Position',
  fullName: 'Full name',
  fields: 'Fields',
  edit: 'Edit',
  add: 'Add',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved',
  code: 'Code',
  noUnits: 'No unit in your scope',
  editOrganisation: 'Edit organisation',
  addOrganisation: 'Add organisation',
  addPerson: 'Add person',
  editPerson: 'Edit person',
  readOnly: 'Read only',
  language: 'Tiếng Việt',
  loading: 'Loading…',
  children: 'Units below',
};

export type Lang = 'vi' | 'en';
const dictionaries: Record<Lang, Dict> = { vi, en };

interface I18n { lang: Lang; t: Dict; toggle(): void }
const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('lang') === 'en' ? 'en' : 'vi'));
  const toggle = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('lang', next);
    document.documentElement.lang = next;
    setLang(next);
  };
  return <Ctx.Provider value={{ lang, t: dictionaries[lang], toggle }}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('I18nProvider missing');
  return v;
}

export function currentLang(): Lang {
  return localStorage.getItem('lang') === 'en' ? 'en' : 'vi';
}
