import { describe, expect, it } from 'vitest';
import { can, canAtRoot, scopePrefixes, type Actor } from './policy.js';
import { petitionerView } from './petitioner-access.js';

const commune = '/ht/hs/sg/';
const village = '/ht/hs/sg/t1/';
const sibling = '/ht/hs/sl/';
const district = '/ht/hs/';

const office: Actor = {
  userId: 'u1',
  grants: [{ role: 'office', unitId: 'sg', unitPath: commune }],
};
const oversight: Actor = {
  userId: 'u2',
  grants: [{ role: 'oversight', unitId: 'hs', unitPath: district }],
};

describe('policy', () => {
  it('office staff edit their commune and what lies below, not a sibling or the parent', () => {
    expect(can(office, 'organisation.update', { unitPath: commune })).toBe(true);
    expect(can(office, 'organisation.update', { unitPath: village })).toBe(true);
    expect(can(office, 'organisation.update', { unitPath: sibling })).toBe(false);
    expect(can(office, 'unit.read', { unitPath: district })).toBe(false);
  });

  it('oversight reads every commune below but edits none', () => {
    expect(can(oversight, 'unit.read', { unitPath: sibling })).toBe(true);
    expect(can(oversight, 'organisation.update', { unitPath: commune })).toBe(false);
  });

  it('scope prefixes drop what a wider grant already covers', () => {
    const both: Actor = {
      userId: 'u3',
      grants: [
        { role: 'chair', unitId: 'sg', unitPath: commune },
        { role: 'oversight', unitId: 'hs', unitPath: district },
      ],
    };
    expect(scopePrefixes(both, 'unit.read')).toEqual([district]);
    expect(scopePrefixes(both, 'organisation.update')).toEqual([]);
  });

  it('deployment-wide actions need the grant at a root unit', () => {
    const rootAdmin: Actor = {
      userId: 'a',
      grants: [{ role: 'admin', unitId: 'ht', unitPath: '/ht/' }],
    };
    const communeAdmin: Actor = {
      userId: 'b',
      grants: [{ role: 'admin', unitId: 'sg', unitPath: commune }],
    };
    expect(canAtRoot(rootAdmin, 'calendar.manage')).toBe(true);
    expect(canAtRoot(communeAdmin, 'calendar.manage')).toBe(false);
    expect(canAtRoot(office, 'calendar.manage')).toBe(false);
  });
});

describe('petitionerView (field-level limits)', () => {
  const unitPath = '/p/d/c/';
  const office = { userId: 'office', grants: [{ role: 'office' as const, unitId: 'c', unitPath }] };
  const chair = { userId: 'chair', grants: [{ role: 'chair' as const, unitId: 'c', unitPath }] };
  const official = {
    userId: 'official',
    grants: [{ role: 'official' as const, unitId: 'c', unitPath }],
  };
  const oversight = {
    userId: 'district',
    grants: [{ role: 'oversight' as const, unitId: 'd', unitPath: '/p/d/' }],
  };

  it('office and chairs see all, an official only their own matters, oversight masked', () => {
    const m = { unitPath, assigneeUserId: 'official', conflictUserIds: [] };
    expect(petitionerView(office, m)).toBe('full');
    expect(petitionerView(chair, m)).toBe('full');
    expect(petitionerView(official, m)).toBe('full');
    expect(petitionerView(official, { ...m, assigneeUserId: 'someone-else' })).toBe('masked');
    expect(petitionerView(official, { ...m, assigneeUserId: null })).toBe('masked');
    expect(petitionerView(oversight, m)).toBe('masked');
  });

  it('a person the matter names sees no petitioner, whatever their roles', () => {
    expect(
      petitionerView(official, {
        unitPath,
        assigneeUserId: 'official',
        conflictUserIds: ['official'],
      }),
    ).toBe('hidden');
    expect(
      petitionerView(chair, { unitPath, assigneeUserId: null, conflictUserIds: ['chair'] }),
    ).toBe('hidden');
    expect(
      petitionerView(office, { unitPath, assigneeUserId: null, conflictUserIds: ['chair'] }),
    ).toBe('full');
  });
});
