import { describe, expect, it } from 'vitest';
import { DAN_CHU_CO_SO_2022, HA_TINH_657 } from '../profile/index.js';
import { DomainError } from '../errors/domain-error.js';
import {
  PlanContent,
  assertPlanEditable,
  assertPlanTransition,
  defaultPlanContent,
  placeName,
} from './index.js';

describe('default plan content', () => {
  it('is a complete, valid draft from the profile with the reference wording, the unit and the year', () => {
    const c = defaultPlanContent(HA_TINH_657, { name: 'Xã Sơn Giang' }, 2026);
    expect(PlanContent.parse(c)).toEqual(c);
    expect(c.rounds).toEqual([
      { round: 1, heldBy: '2026-06-15' },
      { round: 2, heldBy: '2026-11-15' },
    ]);
    expect(c.title).toContain('năm 2026');
    expect(c.opening).toContain('Ban Thường vụ Đảng ủy xã Sơn Giang');
    expect(c.opening).toContain('Quyết định 657-QĐ/TU');
    expect(c.preparation[0]).toContain('chậm nhất 7 ngày trước ngày tiếp xúc');
    expect(c.followUp[0]).toContain('Trong thời gian 07 ngày');
    expect(c.followUp[1]).toContain('Chậm nhất 30 ngày làm việc');
    expect(c.purposes).toHaveLength(3);
    expect(c.tasks.map((t) => t.body)).toContain('Ban Văn hóa xã');
    expect(c.signer).toMatchObject({
      authority: 'party',
      signingFor: 'T/M BAN THƯỜNG VỤ',
      title: 'BÍ THƯ',
    });
    expect(c.contentGroups.flatMap((g) => g.fields)).toContain('tai-nguyen');
  });

  it('follows a profile signed by the People’s Committee, with its single round', () => {
    const c = defaultPlanContent(DAN_CHU_CO_SO_2022, { name: 'Xã Sơn Tây' }, 2027);
    expect(c.signer.authority).toBe('state');
    expect(c.opening).toContain('Ủy ban nhân dân xã Sơn Tây');
    expect(c.rounds).toEqual([{ round: 1, heldBy: '2027-12-31' }]);
  });

  it('names a place without its kind', () => {
    expect(placeName('Xã Sơn Giang')).toBe('Sơn Giang');
    expect(placeName('Phường Bắc Hà')).toBe('Bắc Hà');
  });
});

describe('plan states', () => {
  it('goes draft → issued → completed, and only a draft is edited', () => {
    expect(() => assertPlanTransition('draft', 'issued')).not.toThrow();
    expect(() => assertPlanTransition('issued', 'completed')).not.toThrow();
    expect(() => assertPlanTransition('draft', 'completed')).toThrow(DomainError);
    expect(() => assertPlanTransition('completed', 'issued')).toThrow(/cannot become issued/);
    expect(() => assertPlanEditable('issued')).toThrow(/has been issued/);
    expect(() => assertPlanEditable('draft')).not.toThrow();
  });
});
