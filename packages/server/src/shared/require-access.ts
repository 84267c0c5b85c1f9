// Every use case opens with this: a denial reads exactly like "not found", so a caller can
// never tell whether a record of another unit exists.
import { can, notFound, type Action, type Actor } from '@doithoai/core';

export function requireAccess(
  actor: Actor,
  action: Action,
  target: { unitPath: string } | undefined,
) {
  if (!target || !can(actor, action, target)) throw notFound();
}
