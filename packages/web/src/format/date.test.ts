// The one date formatter of the staff app: dd/mm/yyyy, Vietnam time, never ISO.
import { describe, expect, it } from 'vitest';
import { viCell, viDate, viDateTime, viMonth } from './date';

describe('dates as written in Vietnam', () => {
  it('a day, a timestamp (its day in Vietnam), nothing', () => {
    expect(viDate('2026-11-27')).toBe('27/11/2026');
    expect(viDate('2026-12-31T18:30:00.000Z')).toBe('01/01/2027'); // 01:30 on 1/1 in Vietnam
    expect(viDate(null)).toBe('—');
  });
  it('a time stamp with hours and minutes in Vietnam, a month, a table cell', () => {
    expect(viDateTime('2026-02-03T01:05:00.000Z')).toBe('03/02/2026 08:05');
    expect(viMonth('2026-02')).toBe('02/2026');
    expect(viCell('2026-04-30')).toBe('30/04/2026');
    expect(viCell('Thôn 1')).toBe('Thôn 1');
    expect(viCell(null)).toBe('—');
  });
});
