// Units (tỉnh → [huyện] → xã → thôn), the organisations inside them and the people who hold
// positions. The depth of the tree is data: a unit only knows its parent and its path.
import { z } from 'zod';

export const unitKinds = ['tinh', 'huyen', 'xa', 'phuong', 'thon', 'to-dan-pho'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitKindNames: Record<UnitKind, { vi: string; en: string }> = {
  tinh: { vi: 'Tỉnh', en: 'Province' },
  huyen: { vi: 'Huyện', en: 'District' },
  xa: { vi: 'Xã', en: 'Commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  thon: { vi: 'Thôn', en: 'Village' },
  'to-dan-pho': { vi: 'Tổ dân phố', en: 'Residential group' },
};

export const organisationKinds = [
  'dang-uy',
  'hdnd',
  'ubnd',
  'mttq',
  'hoi-nong-dan',
  'hoi-phu-nu',
  'doan-thanh-nien',
  'hoi-cuu-chien-binh',
  'van-phong',
  'chi-bo',
  'ban-van-hoa',
  'khac',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindNames: Record<OrganisationKind, { vi: string; en: string }> = {
  'dang-uy': { vi: 'Đảng ủy', en: 'Party committee' },
  hdnd: { vi: 'Hội đồng nhân dân', en: "People's Council" },
  ubnd: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  mttq: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  'hoi-nong-dan': { vi: 'Hội Nông dân', en: "Farmers' Union" },
  'hoi-phu-nu': { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" },
  'doan-thanh-nien': { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  'hoi-cuu-chien-binh': { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" },
  'van-phong': { vi: 'Văn phòng', en: 'Office' },
  'chi-bo': { vi: 'Chi bộ', en: 'Party cell' },
  'ban-van-hoa': { vi: 'Ban Văn hóa', en: 'Culture board' },
  khac: { vi: 'Khác', en: 'Other' },
};

/** Trims, folds to NFC and collapses inner runs of spaces: input from Word often arrives in NFD. */
export const cleanText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .nullable()
    .optional();

export const Unit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  path: z.string(),
  depth: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const Organisation = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(organisationKinds),
  name: z.string(),
  abbreviation: z.string().nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Person = z.object({
  id: z.string(),
  unitId: z.string(),
  organisationId: z.string().nullable(),
  fullName: z.string(),
  position: z.string(),
  fields: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
});
export type Person = z.infer<typeof Person>;

export const phoneVn = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(\+84|0)\d{9,10}$/, 'phone'));

export const OrganisationInput = z.strictObject({
  kind: z.enum(organisationKinds),
  name: cleanText(200),
  abbreviation: optionalText(20),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const OrganisationUpdate = OrganisationInput.partial().extend({
  /** The version the editor saw: a stale one is refused with "someone else changed this". */
  version: z.number().int().nonnegative(),
});
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const PersonInput = z.strictObject({
  fullName: cleanText(120),
  position: cleanText(200),
  organisationId: z.string().nullable().optional(),
  fields: z.array(z.string().max(40)).max(20).default([]),
  phone: phoneVn.nullable().optional(),
  email: z.email().max(200).nullable().optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const PersonUpdate = PersonInput.partial().extend({
  version: z.number().int().nonnegative(),
});
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/** A unit of the tree, with whatever else the caller's rows carry (`U`: its days, say). */
export type UnitNode<U extends Unit = Unit> = U & {
  organisations: Organisation[];
  people: Person[];
  children: UnitNode<U>[];
};

const byVietnamese = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Organisations in the order an office lists them: Party, Council, Committee, Front, unions… */
export function compareOrganisations(a: Organisation, b: Organisation): number {
  return (
    organisationKinds.indexOf(a.kind) - organisationKinds.indexOf(b.kind) ||
    byVietnamese(a.name, b.name)
  );
}

/**
 * Builds the nested tree from flat rows (parents before children), children ordered by code.
 * Each node keeps every field of its row, then its organisations, people and children.
 */
export function buildUnitTree<U extends Unit>(
  units: readonly U[],
  organisations: readonly Organisation[],
  people: readonly Person[],
): UnitNode<U>[] {
  const nodes = new Map<string, UnitNode<U>>();
  const sorted = [...units].sort(
    (a, b) => a.depth - b.depth || a.code.localeCompare(b.code, 'vi', { numeric: true }),
  );
  for (const u of sorted) nodes.set(u.id, { ...u, organisations: [], people: [], children: [] });
  for (const o of [...organisations].sort(compareOrganisations))
    nodes.get(o.unitId)?.organisations.push(o);
  for (const p of [...people].sort((a, b) => byVietnamese(a.fullName, b.fullName)))
    nodes.get(p.unitId)?.people.push(p);
  const roots: UnitNode<U>[] = [];
  for (const u of sorted) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
