// DOITHOAI_CLOCK: the app's clock starts at a chosen instant and runs on (tests and demos only).
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { nowIso } from '../src/db/ids.js';
import { startClockAt, systemClock, todayInVietnam } from '../src/shared/clock.js';

describe('DOITHOAI_CLOCK', () => {
  afterEach(() => startClockAt(null));

  it('is read from the environment as an instant with its offset, and refused otherwise', () => {
    expect(loadConfig({}).clockStart).toBeNull();
    expect(
      loadConfig({ DOITHOAI_CLOCK: '2026-12-07T09:00:00+07:00' }).clockStart?.toISOString(),
    ).toBe('2026-12-07T02:00:00.000Z');
    expect(() => loadConfig({ DOITHOAI_CLOCK: '2026-12-07' })).toThrow(/DOITHOAI_CLOCK/);
    expect(() => loadConfig({ DOITHOAI_CLOCK: 'hôm qua' })).toThrow(/DOITHOAI_CLOCK/);
  });

  it('starts the system clock at that instant; time runs on; today, timestamps follow it', async () => {
    startClockAt(new Date('2026-03-02T23:30:00+07:00'));
    expect(todayInVietnam()).toBe('2026-03-02');
    const first = systemClock().getTime();
    expect(Math.abs(first - Date.parse('2026-03-02T16:30:00Z'))).toBeLessThan(1000);
    expect(nowIso().slice(0, 10)).toBe('2026-03-02');
    await new Promise((r) => setTimeout(r, 30));
    expect(systemClock().getTime()).toBeGreaterThanOrEqual(first + 25);
    startClockAt(null);
    expect(Math.abs(systemClock().getTime() - Date.now())).toBeLessThan(5);
  });
});
