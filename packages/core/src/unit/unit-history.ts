// Units in time (issue 20). A unit is valid from a date to a date; a merger (several communes
// become one new commune) and a change of parent (a district abolished, its communes placed
// under the province) are recorded operations with a legal basis, proposed, then confirmed or
// undone. Pure: the tree as it stood on a date, a unit's successor, and the header lines a
// document of that date carries, from plain rows the server reads.
//
// How history is kept: the tree in the database is today's tree. A confirmed change writes one
// move per unit whose parent it changed (from, to, effective date), so the parent a unit had on
// an earlier date is the `from` of its first move after that date. A merged commune is retired
// (valid to the day before) and nested under its successor, so everything that stays with it
// (closed matters, sessions, documents) lies inside the successor's subtree: a search, a list
// or a grant at the successor reaches it without a second rule.
import { z } from 'zod';
import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { cleanText, unitKinds, type UnitKind } from './unit.js';

/** The few facts of a unit that history needs. */
export interface UnitInTime {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  /** First day the unit exists; null: since before any record. */
  validFrom: IsoDate | null;
  /** Last day the unit exists; null: still exists. */
  validTo: IsoDate | null;
  /** The unit that took over when this one was merged away (set on confirm). */
  successorId?: string | null;
}

/** One confirmed change of a unit's parent, effective on `on` (the unit's parent from that day). */
export interface UnitMove {
  unitId: string;
  fromParentId: string | null;
  toParentId: string | null;
  on: IsoDate;
}

export const unitChangeKinds = ['merger', 'parent-change'] as const;
export type UnitChangeKind = (typeof unitChangeKinds)[number];

export const unitChangeKindNames: Record<UnitChangeKind, { vi: string; en: string }> = {
  merger: { vi: 'Sáp nhập đơn vị', en: 'Merger of units' },
  'parent-change': { vi: 'Chuyển đơn vị trực thuộc', en: 'Change of parent unit' },
};

export const unitChangeStates = ['proposed', 'confirmed', 'undone'] as const;
export type UnitChangeState = (typeof unitChangeStates)[number];

export const unitChangeStateNames: Record<UnitChangeState, { vi: string; en: string }> = {
  proposed: { vi: 'Đề xuất (chưa áp dụng)', en: 'Proposed (not applied)' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  undone: { vi: 'Đã hủy', en: 'Undone' },
};

/** A change may be confirmed or undone only while it is proposed; a confirmed change is history. */
export function canMoveUnitChange(from: UnitChangeState, to: UnitChangeState): boolean {
  return from === 'proposed' && (to === 'confirmed' || to === 'undone');
}

/**
 * Matters that stay with the unit they happened in when it is merged away: settled history.
 * Every other matter is open and moves to the successor with its deadlines unchanged.
 */
export const mattersStayingWithFormerUnit = ['closed', 'rejected', 'withdrawn', 'merged'] as const;
export const matterMovesToSuccessor = (state: string): boolean =>
  !(mattersStayingWithFormerUnit as readonly string[]).includes(state);

const isoDate = z.string().refine(isIsoDate, { message: 'date' });
const id = z.string().min(1).max(64);

const common = {
  effectiveOn: isoDate,
  /** The decision that makes the change, e.g. "Nghị quyết 1665/NQ-UBTVQH15". */
  legalBasis: cleanText(300),
  note: cleanText(1000).nullable().optional(),
};

export const UnitMergerInput = z.strictObject({
  kind: z.literal('merger'),
  ...common,
  predecessorIds: z.array(id).min(2).max(50),
  /** Where the new commune stands; absent: where the predecessors stood. */
  parentId: id.nullable().optional(),
  successor: z.strictObject({
    code: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[\p{L}\p{N}-]+$/u, 'code'),
    name: cleanText(200),
    kind: z.enum(unitKinds),
  }),
});
export type UnitMergerInput = z.infer<typeof UnitMergerInput>;

export const UnitParentChangeInput = z.strictObject({
  kind: z.literal('parent-change'),
  ...common,
  unitIds: z.array(id).min(1).max(500),
  toParentId: id,
  /** The former parent ends the day before (a district abolished) once nothing valid is left under it. */
  retireFormerParent: z.boolean().default(false),
});
export type UnitParentChangeInput = z.infer<typeof UnitParentChangeInput>;

export const UnitChangeInput = z.discriminatedUnion('kind', [
  UnitMergerInput,
  UnitParentChangeInput,
]);
export type UnitChangeInput = z.infer<typeof UnitChangeInput>;

export const UnitChange = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(unitChangeKinds),
  state: z.enum(unitChangeStates),
  effectiveOn: z.string(),
  legalBasis: z.string(),
  note: z.string().nullable(),
  /** The proposal as entered (UnitChangeInput). */
  proposal: z.record(z.string(), z.unknown()),
  /** What confirm did: the successor, the units moved, the matters, grants and routes moved. */
  applied: z.record(z.string(), z.unknown()).nullable(),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type UnitChange = z.infer<typeof UnitChange>;

/** The last day of a unit that ends when a change takes effect on `effectiveOn`. */
export const dayBefore = (effectiveOn: IsoDate): IsoDate => addDays(effectiveOn, -1);

export function isValidOn(u: Pick<UnitInTime, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date);
}

/** The parent the unit had on `date`: the `from` of its first move after that date, else today's. */
export function parentOn(
  unit: Pick<UnitInTime, 'id' | 'parentId'>,
  moves: readonly UnitMove[],
  date: IsoDate,
): string | null {
  let first: UnitMove | undefined;
  for (const m of moves) {
    if (m.unitId === unit.id && m.on > date && (!first || m.on < first.on)) first = m;
  }
  return first ? first.fromParentId : unit.parentId;
}

/**
 * The unit that stood for `unitId` on `date`: itself while valid, else its successor's (after a
 * merger), followed as far as the chain goes. A date before the unit existed keeps the unit.
 */
export function successorOn(
  units: ReadonlyMap<string, UnitInTime>,
  unitId: string,
  date: IsoDate,
): string {
  let current = unitId;
  for (let guard = 0; guard < 64; guard++) {
    const u = units.get(current);
    if (!u || u.validTo === null || u.validTo >= date || !u.successorId) return current;
    current = u.successorId;
  }
  return current;
}

/** The units valid on `date`, each with the parent it had that day: the tree as it stood. */
export function treeOnDate<U extends UnitInTime>(
  units: readonly U[],
  moves: readonly UnitMove[],
  date: IsoDate,
): U[] {
  return units
    .filter((u) => isValidOn(u, date))
    .map((u) => ({ ...u, parentId: parentOn(u, moves, date) }));
}

/** From the root down to the unit, as the tree stood on `date`. */
export function ancestryOn(
  units: ReadonlyMap<string, UnitInTime>,
  moves: readonly UnitMove[],
  unitId: string,
  date: IsoDate,
): UnitInTime[] {
  const chain: UnitInTime[] = [];
  let id: string | null = unitId;
  while (id && chain.length < 64) {
    const u = units.get(id);
    if (!u) break;
    chain.unshift(u);
    id = parentOn(u, moves, date);
  }
  return chain;
}

export interface HeaderLines {
  /** The body above (Party documents only): 'ĐẢNG BỘ HUYỆN HƯƠNG SƠN', from 7/2025 'ĐẢNG BỘ TỈNH HÀ TĨNH'. */
  parentBody?: string;
  issuingBody: string;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The state and Party header lines of a unit's document dated `date`: 'ỦY BAN NHÂN DÂN' over
 * the commune's name (NĐ 30), or 'ĐẢNG BỘ <parent on that date>' over 'ĐẢNG ỦY <commune>'
 * (HD 36). A document of a merged unit dated after the merger carries its successor's header.
 */
export function headerOnDate(
  units: ReadonlyMap<string, UnitInTime>,
  moves: readonly UnitMove[],
  unitId: string,
  authority: 'party' | 'state',
  date: IsoDate,
): HeaderLines {
  const at = successorOn(units, unitId, date);
  const chain = ancestryOn(units, moves, at, date);
  const unit = chain.at(-1);
  if (!unit) throw new Error(`unit ${unitId} unknown`);
  if (authority === 'state') return { issuingBody: `ỦY BAN NHÂN DÂN\n${upper(unit.name)}` };
  const parent = chain.at(-2);
  return {
    ...(parent ? { parentBody: `ĐẢNG BỘ ${upper(parent.name)}` } : {}),
    issuingBody: `ĐẢNG ỦY ${upper(unit.name)}`,
  };
}

/** The issues of a proposal against the tree of today, as field messages (empty: it can be confirmed). */
export function checkUnitChange(
  input: UnitChangeInput,
  units: ReadonlyMap<string, UnitInTime>,
): { field: string; message: { vi: string; en: string } }[] {
  const issues: { field: string; message: { vi: string; en: string } }[] = [];
  const on = input.effectiveOn;
  const validThere = (uid: string) => {
    const u = units.get(uid);
    return !!u && isValidOn(u, on) && isValidOn(u, dayBefore(on));
  };
  if (input.kind === 'merger') {
    if (new Set(input.predecessorIds).size !== input.predecessorIds.length) {
      issues.push({
        field: 'predecessorIds',
        message: { vi: 'Một đơn vị được nêu hai lần', en: 'A unit is listed twice' },
      });
    }
    for (const uid of input.predecessorIds) {
      const u = units.get(uid);
      if (!u || !validThere(uid)) {
        issues.push({
          field: 'predecessorIds',
          message: {
            vi: 'Đơn vị không còn tồn tại vào ngày có hiệu lực',
            en: 'A unit no longer exists on the effective date',
          },
        });
      } else if (
        u.kind !== input.successor.kind &&
        !(['xa', 'phuong'].includes(u.kind) && ['xa', 'phuong'].includes(input.successor.kind))
      ) {
        issues.push({
          field: 'predecessorIds',
          message: { vi: 'Chỉ sáp nhập các đơn vị cùng cấp', en: 'Only units of one level merge' },
        });
      }
    }
    if (input.parentId && !validThere(input.parentId)) {
      issues.push({
        field: 'parentId',
        message: {
          vi: 'Đơn vị cấp trên không tồn tại vào ngày có hiệu lực',
          en: 'The parent does not exist on the effective date',
        },
      });
    }
  } else {
    if (!validThere(input.toParentId)) {
      issues.push({
        field: 'toParentId',
        message: {
          vi: 'Đơn vị cấp trên không tồn tại vào ngày có hiệu lực',
          en: 'The parent does not exist on the effective date',
        },
      });
    }
    for (const uid of input.unitIds) {
      const u = units.get(uid);
      if (!u || !validThere(uid)) {
        issues.push({
          field: 'unitIds',
          message: {
            vi: 'Đơn vị không còn tồn tại vào ngày có hiệu lực',
            en: 'A unit no longer exists on the effective date',
          },
        });
      } else if (u.parentId === input.toParentId) {
        issues.push({
          field: 'unitIds',
          message: {
            vi: 'Đơn vị đã trực thuộc đơn vị này',
            en: 'The unit already stands under that parent',
          },
        });
      } else if (uid === input.toParentId) {
        issues.push({
          field: 'toParentId',
          message: {
            vi: 'Một đơn vị không thể trực thuộc chính nó',
            en: 'A unit cannot stand under itself',
          },
        });
      }
    }
    // The new parent must not lie below a unit that moves (a cycle).
    const target = ancestryOn(units, [], input.toParentId, on).map((u) => u.id);
    if (input.unitIds.some((uid) => target.includes(uid))) {
      issues.push({
        field: 'toParentId',
        message: {
          vi: 'Đơn vị cấp trên nằm trong đơn vị được chuyển',
          en: 'The new parent lies inside a unit that moves',
        },
      });
    }
  }
  return issues;
}
