import { describe, expect, it } from 'vitest';
import { answerTemplates, fillTemplate, templatePlaceholders } from './index.js';

describe('answer templates', () => {
  it('fills the placeholders it knows and leaves the others visible', () => {
    expect(
      fillTemplate('Cử tri {thon}, hạn {han_tra_loi}, {can_bo}. {khong_co}', {
        thon: 'thôn Khe Bá',
        han_tra_loi: '20/12/2026',
        can_bo: '',
      }),
    ).toBe('Cử tri thôn Khe Bá, hạn 20/12/2026, {can_bo}. {khong_co}');
  });
  it('built-in texts use only known placeholders, none naming a person', () => {
    for (const t of answerTemplates) {
      for (const [, key] of t.vi.matchAll(/\{([a-z_]+)\}/g))
        expect(templatePlaceholders).toContain(key);
    }
    expect(templatePlaceholders.join(' ')).not.toMatch(/nguoi|ten|noi_dung/);
  });
});
