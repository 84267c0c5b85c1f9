// What the unit routes answer beyond one unit, organisation, person (unit.ts) or change
// (unit-history.ts): the tree the caller may see (server: unit/get-unit-tree.ts) and a unit's
// changes, as zod contracts shared by the server's response schemas and the web app's types.
// The serializer drops a key a contract does not name: a field added to a use case's answer is
// added here too.
import { z } from 'zod';
import { actions } from '../policy/roles.js';
import { Organisation, Person, Unit } from './unit.js';
import { UnitChange } from './unit-history.js';

/**
 * A unit of the tree with its organisations and people, its days (units in time: null when it has
 * none), what the caller may do there, and its children (the answer's keys in this order).
 */
export const UnitTreeNode = Unit.extend({
  /** First day the unit exists; null: since before any record. */
  validFrom: z.string().nullable(),
  /** Last day the unit exists (merged away); null: it still exists. */
  validTo: z.string().nullable(),
  /** The unit that took over when this one was merged away. */
  successorId: z.string().nullable(),
  organisations: z.array(Organisation),
  people: z.array(Person),
  get children(): z.ZodArray<typeof UnitTreeNode> {
    return z.array(UnitTreeNode);
  },
  can: z.array(z.enum(actions)),
}).meta({ id: 'UnitTreeNode' });
export type UnitTreeNode = z.infer<typeof UnitTreeNode>;

/** GET /api/units/tree (with ?on=, the tree as it stood that day) */
export const UnitTree = z.object({ units: z.array(UnitTreeNode) });
export type UnitTree = z.infer<typeof UnitTree>;

/** GET /api/units/:id/changes: the mergers and changes of parent proposed at the unit. */
export const UnitChanges = z.object({ changes: z.array(UnitChange) });
export type UnitChanges = z.infer<typeof UnitChanges>;
