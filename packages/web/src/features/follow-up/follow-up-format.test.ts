// The worklist's deadline text split into its counting and its legal basis (shown once), and its
// filters kept in the URL with exactly the names field, village, official, round, unassigned, overdue.
import { describe, expect, it } from 'vitest';
import {
  distinctBases,
  filterFromParams,
  paramsFromFilter,
  splitDueText,
} from './follow-up-format';
import { followUpText } from './follow-up-text';

const due =
  'Tính từ ngày 16/10/2026 (không tính ngày này), cộng 30 ngày làm việc; hạn là thứ Sáu, 27/11/2026. Căn cứ: Bộ luật Dân sự 2015, Điều 147; ngày làm việc theo Bộ luật Lao động 2019, Điều 111–112.';

describe('deadline text', () => {
  it('splits the counting from the legal basis, in both languages', () => {
    expect(splitDueText(due)).toEqual({
      counting:
        'Tính từ ngày 16/10/2026 (không tính ngày này), cộng 30 ngày làm việc; hạn là thứ Sáu, 27/11/2026.',
      basis:
        'Bộ luật Dân sự 2015, Điều 147; ngày làm việc theo Bộ luật Lao động 2019, Điều 111–112.',
    });
    expect(
      splitDueText(
        'Counting from 16/10/2026, add 30 working days. Basis: Civil Code 2015, Article 147.',
      ).basis,
    ).toBe('Civil Code 2015, Article 147.');
    expect(
      splitDueText('Gia hạn đến 05/01/2027 (hạn trước: 09/12/2026). Lý do: cần quan trắc'),
    ).toEqual({
      counting: 'Gia hạn đến 05/01/2027 (hạn trước: 09/12/2026). Lý do: cần quan trắc',
      basis: null,
    });
  });
  it('lists each basis once', () => {
    expect(
      distinctBases([due, due, 'Gia hạn đến 05/01/2027.', due.replace('Điều 147', 'Điều 148')]),
    ).toHaveLength(2);
  });
});

describe('filters in the URL', () => {
  it('reads and writes exactly the six parameters', () => {
    const f = filterFromParams(
      new URLSearchParams(
        'field=tai-nguyen&village=v1&official=p1&round=2&unassigned=1&overdue=1&x=y',
      ),
    );
    expect(f).toEqual({
      field: 'tai-nguyen',
      village: 'v1',
      official: 'p1',
      round: '2',
      unassigned: '1',
      overdue: '1',
    });
    expect(paramsFromFilter(f).toString()).toBe(
      'field=tai-nguyen&village=v1&official=p1&round=2&unassigned=1&overdue=1',
    );
    expect(filterFromParams(new URLSearchParams('unassigned=0&overdue=true'))).toEqual({});
    expect(paramsFromFilter({}).toString()).toBe('');
  });
});

describe('the worklist count', () => {
  it('says "more than" when the server stopped counting at 1,000 (issue 17)', () => {
    expect(followUpText('vi').shown(1, 50, 1000, true)).toBe('1–50 / hơn 1.000 vấn đề');
    expect(followUpText('en').shown(1, 50, 1000, true)).toBe('1–50 of more than 1,000 matters');
    expect(followUpText('vi').shown(1, 4, 4)).toBe('1–4 / 4 vấn đề');
  });
});
