import { describe, expect, it } from 'vitest';
import {
  ancestryOn,
  canMoveUnitChange,
  checkUnitChange,
  dayBefore,
  headerOnDate,
  isValidOn,
  matterMovesToSuccessor,
  parentOn,
  successorOn,
  treeOnDate,
  UnitChangeInput,
  type UnitInTime,
  type UnitMove,
} from './unit-history.js';

// Today's tree after 1/7/2025: the district ended on 30/6, Sơn Giang and Sơn Tây merged into
// Sơn Hòa (under the province) and are nested under it; a village moved with them.
const units: UnitInTime[] = [
  { id: 'ht', parentId: null, name: 'Tỉnh Hà Tĩnh', kind: 'tinh', validFrom: null, validTo: null },
  {
    id: 'hs',
    parentId: 'ht',
    name: 'Huyện Hương Sơn',
    kind: 'huyen',
    validFrom: null,
    validTo: '2025-06-30',
  },
  {
    id: 'sh',
    parentId: 'ht',
    name: 'Xã Sơn Hòa',
    kind: 'xa',
    validFrom: '2025-07-01',
    validTo: null,
  },
  {
    id: 'sg',
    parentId: 'sh',
    name: 'Xã Sơn Giang',
    kind: 'xa',
    validFrom: null,
    validTo: '2025-06-30',
    successorId: 'sh',
  },
  {
    id: 'st',
    parentId: 'sh',
    name: 'Xã Sơn Tây',
    kind: 'xa',
    validFrom: null,
    validTo: '2025-06-30',
    successorId: 'sh',
  },
  {
    id: 'sg-1',
    parentId: 'sh',
    name: 'Thôn Giang Hà',
    kind: 'thon',
    validFrom: null,
    validTo: null,
  },
];
const moves: UnitMove[] = [
  { unitId: 'sg', fromParentId: 'hs', toParentId: 'sh', on: '2025-07-01' },
  { unitId: 'st', fromParentId: 'hs', toParentId: 'sh', on: '2025-07-01' },
  { unitId: 'sg-1', fromParentId: 'sg', toParentId: 'sh', on: '2025-07-01' },
];
const byId = new Map(units.map((u) => [u.id, u]));

describe('units in time', () => {
  it('a unit is valid between its first and last day, both included', () => {
    expect(isValidOn(byId.get('hs')!, '2025-06-30')).toBe(true);
    expect(isValidOn(byId.get('hs')!, '2025-07-01')).toBe(false);
    expect(isValidOn(byId.get('sh')!, '2025-06-30')).toBe(false);
    expect(isValidOn(byId.get('sh')!, '2025-07-01')).toBe(true);
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it("a unit's parent on a date is the one it had before its next move", () => {
    expect(parentOn(byId.get('sg')!, moves, '2022-05-01')).toBe('hs');
    expect(parentOn(byId.get('sg')!, moves, '2025-06-30')).toBe('hs');
    expect(parentOn(byId.get('sg')!, moves, '2025-07-01')).toBe('sh');
    expect(parentOn(byId.get('sg-1')!, moves, '2022-05-01')).toBe('sg');
    // Two moves: the first one after the date decides.
    const twice: UnitMove[] = [
      ...moves,
      { unitId: 'x', fromParentId: 'a', toParentId: 'b', on: '2020-01-01' },
      { unitId: 'x', fromParentId: 'b', toParentId: 'c', on: '2023-01-01' },
    ];
    expect(parentOn({ id: 'x', parentId: 'c' }, twice, '2019-12-31')).toBe('a');
    expect(parentOn({ id: 'x', parentId: 'c' }, twice, '2021-06-01')).toBe('b');
    expect(parentOn({ id: 'x', parentId: 'c' }, twice, '2024-06-01')).toBe('c');
  });

  it('the tree as it stood: three tiers in 2022, two tiers in 2026', () => {
    const before = treeOnDate(units, moves, '2022-05-01');
    expect(before.map((u) => [u.id, u.parentId])).toEqual([
      ['ht', null],
      ['hs', 'ht'],
      ['sg', 'hs'],
      ['st', 'hs'],
      ['sg-1', 'sg'],
    ]);
    const after = treeOnDate(units, moves, '2026-01-15');
    expect(after.map((u) => [u.id, u.parentId])).toEqual([
      ['ht', null],
      ['sh', 'ht'],
      ['sg-1', 'sh'],
    ]);
    expect(ancestryOn(byId, moves, 'sg-1', '2022-05-01').map((u) => u.id)).toEqual([
      'ht',
      'hs',
      'sg',
      'sg-1',
    ]);
    expect(ancestryOn(byId, moves, 'sg-1', '2026-01-15').map((u) => u.id)).toEqual([
      'ht',
      'sh',
      'sg-1',
    ]);
  });

  it('a merged unit is followed to its successor after its last day', () => {
    expect(successorOn(byId, 'sg', '2025-06-30')).toBe('sg');
    expect(successorOn(byId, 'sg', '2025-07-01')).toBe('sh');
    const chained = new Map(byId);
    chained.set('sh', { ...byId.get('sh')!, validTo: '2027-12-31', successorId: 'z' });
    chained.set('z', {
      id: 'z',
      parentId: 'ht',
      name: 'Xã Z',
      kind: 'xa',
      validFrom: '2028-01-01',
      validTo: null,
    });
    expect(successorOn(chained, 'sg', '2028-02-01')).toBe('z');
    expect(successorOn(byId, 'sh', '2020-01-01')).toBe('sh');
  });

  it('the header of a document is the tree of its date', () => {
    expect(headerOnDate(byId, moves, 'sg', 'party', '2022-05-01')).toEqual({
      parentBody: 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN',
      issuingBody: 'ĐẢNG ỦY XÃ SƠN GIANG',
    });
    expect(headerOnDate(byId, moves, 'sh', 'party', '2026-01-15')).toEqual({
      parentBody: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
      issuingBody: 'ĐẢNG ỦY XÃ SƠN HÒA',
    });
    // A letter of a merged commune's matter written after the merger goes out under the successor.
    expect(headerOnDate(byId, moves, 'sg', 'party', '2025-07-01')).toEqual({
      parentBody: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
      issuingBody: 'ĐẢNG ỦY XÃ SƠN HÒA',
    });
    expect(headerOnDate(byId, moves, 'sg', 'state', '2025-06-30')).toEqual({
      issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN GIANG',
    });
    expect(headerOnDate(byId, moves, 'sg', 'state', '2025-07-02')).toEqual({
      issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ SƠN HÒA',
    });
    expect(headerOnDate(byId, moves, 'ht', 'party', '2025-07-02')).toEqual({
      issuingBody: 'ĐẢNG ỦY TỈNH HÀ TĨNH',
    });
  });

  it('open matters move, settled history stays', () => {
    for (const s of [
      'received',
      'assigned',
      'carried-over',
      'in-follow-up',
      'complex',
      'escalated',
      'responded',
    ])
      expect(matterMovesToSuccessor(s), s).toBe(true);
    for (const s of ['closed', 'rejected', 'withdrawn', 'merged'])
      expect(matterMovesToSuccessor(s), s).toBe(false);
  });

  it('a change is confirmed or undone only while proposed', () => {
    expect(canMoveUnitChange('proposed', 'confirmed')).toBe(true);
    expect(canMoveUnitChange('proposed', 'undone')).toBe(true);
    expect(canMoveUnitChange('confirmed', 'undone')).toBe(false);
    expect(canMoveUnitChange('undone', 'confirmed')).toBe(false);
  });
});

describe('checking a proposal', () => {
  const today: UnitInTime[] = [
    {
      id: 'ht',
      parentId: null,
      name: 'Tỉnh Hà Tĩnh',
      kind: 'tinh',
      validFrom: null,
      validTo: null,
    },
    {
      id: 'hs',
      parentId: 'ht',
      name: 'Huyện Hương Sơn',
      kind: 'huyen',
      validFrom: null,
      validTo: null,
    },
    { id: 'sg', parentId: 'hs', name: 'Xã Sơn Giang', kind: 'xa', validFrom: null, validTo: null },
    { id: 'st', parentId: 'hs', name: 'Xã Sơn Tây', kind: 'xa', validFrom: null, validTo: null },
    { id: 'v', parentId: 'sg', name: 'Thôn 1', kind: 'thon', validFrom: null, validTo: null },
  ];
  const map = new Map(today.map((u) => [u.id, u]));
  const merger = (over: Record<string, unknown> = {}) =>
    UnitChangeInput.parse({
      kind: 'merger',
      effectiveOn: '2025-07-01',
      legalBasis: '  Nghị quyết 1665/NQ-UBTVQH15 ',
      predecessorIds: ['sg', 'st'],
      parentId: 'ht',
      successor: { code: '18190', name: 'Xã Sơn Hòa', kind: 'xa' },
      ...over,
    });

  it('accepts a merger of communes and cleans its legal basis', () => {
    const m = merger();
    expect(m.legalBasis).toBe('Nghị quyết 1665/NQ-UBTVQH15');
    expect(checkUnitChange(m, map)).toEqual([]);
  });

  it('refuses one commune, a village among communes, a unit listed twice, a bad date', () => {
    expect(() => merger({ predecessorIds: ['sg'] })).toThrow();
    expect(() => merger({ effectiveOn: '2025-02-30' })).toThrow();
    expect(
      checkUnitChange(merger({ predecessorIds: ['sg', 'v'] }), map).map((i) => i.field),
    ).toEqual(['predecessorIds']);
    expect(
      checkUnitChange(merger({ predecessorIds: ['sg', 'sg'] }), map).map((i) => i.field),
    ).toContain('predecessorIds');
    expect(
      checkUnitChange(merger({ predecessorIds: ['sg', 'nope'] }), map).map((i) => i.field),
    ).toEqual(['predecessorIds']);
  });

  it('a change of parent: refuses the same parent and a cycle', () => {
    const change = (over: Record<string, unknown>) =>
      UnitChangeInput.parse({
        kind: 'parent-change',
        effectiveOn: '2025-07-01',
        legalBasis: 'NQ 1665',
        unitIds: ['sg'],
        toParentId: 'ht',
        ...over,
      });
    expect(checkUnitChange(change({}), map)).toEqual([]);
    expect(checkUnitChange(change({ toParentId: 'hs' }), map).map((i) => i.field)).toEqual([
      'unitIds',
    ]);
    expect(checkUnitChange(change({ toParentId: 'v' }), map).map((i) => i.field)).toEqual([
      'toParentId',
    ]);
    expect(change({}).kind === 'parent-change' && change({}).retireFormerParent).toBe(false);
  });
});
