// Vietnamese first, English on request: the language chosen, kept in the browser. The words are
// in typed dictionaries, one file a feature (`features/*/*-text.ts`, the app's own in
// app/app-text.ts), each with `(lang) => words`; `useI18n().t` is the app's own.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { appText, type Dict, type Lang } from './app/app-text';

export type { Dict, Lang };

interface I18n {
  lang: Lang;
  t: Dict;
  toggle(): void;
}
const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(() =>
    localStorage.getItem('lang') === 'en' ? 'en' : 'vi',
  );
  const toggle = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('lang', next);
    document.documentElement.lang = next;
    setLang(next);
  };
  return <Ctx.Provider value={{ lang, t: appText(lang), toggle }}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('I18nProvider missing');
  return v;
}

export function currentLang(): Lang {
  return localStorage.getItem('lang') === 'en' ? 'en' : 'vi';
}
