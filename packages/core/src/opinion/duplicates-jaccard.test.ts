import { describe, expect, it } from 'vitest';
import {
  findDuplicatePairsJaccard,
  jaccard,
  rankDuplicatesJaccard,
  similarityFeatures,
} from './duplicates-jaccard.js';

const road = 'Đề nghị nâng cấp đường liên thôn Giang Hà đi Thanh Tiến, đường nhiều ổ gà';
describe('duplicates, the Jaccard baseline', () => {
  it('finds the same matter in other words, accents or not, and ranks same village first', () => {
    const candidates = [
      {
        id: 'a',
        content: 'duong lien thon Giang Ha di Thanh Tien xuong cap nhieu o ga, de nghi nang cap',
        villageId: 'v2',
        field: null,
      },
      {
        id: 'b',
        content: 'Đường liên thôn Giang Hà - Thanh Tiến nhiều ổ gà, đề nghị nâng cấp',
        villageId: 'v1',
        field: 'nong-nghiep',
      },
      { id: 'c', content: 'Rác thải không được thu gom', villageId: 'v1', field: 'moi-truong' },
    ];
    const r = rankDuplicatesJaccard(road, { villageId: 'v1', field: 'nong-nghiep' }, candidates);
    expect(r.map((m) => m.id)).toEqual(['b', 'a']);
    expect(r[0]!.sameVillage && r[0]!.sameField).toBe(true);
  });
  it('ignores filler words every petition shares', () => {
    expect(
      jaccard(
        similarityFeatures('Đề nghị xã xem xét cho nhân dân'),
        similarityFeatures('đề nghị xã xem xét'),
      ),
    ).toBe(0);
  });
  it('pairs duplicates among many matters without comparing all pairs', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `x${i}`,
      content: `ý kiến số ${i} về việc riêng ${i * 7919} khác nhau`,
      villageId: null,
      field: null,
    }));
    items.push(
      { id: 'r1', content: road, villageId: 'v1', field: null },
      {
        id: 'r2',
        content: 'Đường liên thôn Giang Hà đi Thanh Tiến nhiều ổ gà, cần nâng cấp',
        villageId: 'v1',
        field: null,
      },
    );
    const pairs = findDuplicatePairsJaccard(items);
    expect(pairs[0]).toMatchObject({ a: 'r1', b: 'r2' });
  });
});
