import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { requestDeadlines, checkRequestMove } from './request.js';
import { retentionCutoff, pseudonym } from './retention.js';

describe('privacy rules', () => {
  it('counts the retention cut-off back in months, clamping the day', () => {
    expect(retentionCutoff('2026-11-27', 24)).toBe('2024-11-27');
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(retentionCutoff('2026-01-15', 60)).toBe('2021-01-15');
  });
  it('acknowledges within 2 working days: a Friday request is due on Tuesday', () => {
    const d = requestDeadlines(createWorkingCalendar(), '2026-11-27');
    expect(d.acknowledge.date).toBe('2026-12-01');
    expect(d.acknowledge.skipped.map((s) => s.date)).toEqual(['2026-11-28', '2026-11-29']);
    expect(d.acknowledge.text.vi.length).toBeGreaterThan(10);
    expect(d.complete.date >= '2026-12-12').toBe(true);
  });
  it('refuses a move out of a finished request', () => {
    expect(() => checkRequestMove('done', 'acknowledged')).toThrow(/cannot become/);
    expect(() => checkRequestMove('received', 'done')).not.toThrow();
  });
  it('pseudonym carries no part of the name', () => {
    expect(pseudonym('abcdefghij')).toBe('Người kiến nghị #abcdef');
  });
});
