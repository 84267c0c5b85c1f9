import { describe, expect, it } from 'vitest';
import { buildUnitTree, OrganisationInput, PersonInput, type Unit } from './unit.js';

describe('unit contracts', () => {
  it('normalises NFD input to NFC and trims', () => {
    const nfd = '  Hội Nông dân  xã '.normalize('NFD');
    const parsed = OrganisationInput.parse({ kind: 'hoi-nong-dan', name: nfd });
    expect(parsed.name).toBe('Hội Nông dân xã');
    expect(parsed.name).toBe(parsed.name.normalize('NFC'));
  });

  it('refuses an empty name and a bad phone', () => {
    expect(OrganisationInput.safeParse({ kind: 'mttq', name: '   ' }).success).toBe(false);
    expect(PersonInput.safeParse({ fullName: 'A', position: 'B', phone: '12ab' }).success).toBe(
      false,
    );
    expect(PersonInput.parse({ fullName: 'A', position: 'B', phone: '0912 345 678' }).phone).toBe(
      '0912345678',
    );
  });

  it('nests units by parent', () => {
    const u = (id: string, parentId: string | null, path: string): Unit => ({
      id,
      parentId,
      path,
      code: id,
      slug: id,
      name: id,
      kind: 'xa',
      depth: path.split('/').length - 2,
    });
    const tree = buildUnitTree(
      [u('a', null, '/a/'), u('b', 'a', '/a/b/'), u('c', 'b', '/a/b/c/')],
      [],
      [],
    );
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children[0]!.children[0]!.id).toBe('c');
  });
});
