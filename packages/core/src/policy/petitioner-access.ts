// Field-level limits on petitioners' personal data (name, phone, email), one rule for every
// screen that shows them. Whoever may read a matter sees its content; who raised it is narrower:
// - a person the matter names (a conflict of interest, marked by the office) sees no petitioner
//   at all, whatever their roles — a complaint about an official never reaches that official;
// - those who handle petitions in the unit ('opinion.personal': office, chairs, admin) see them;
// - an official sees the petitioners of the matters assigned to them, and only those;
// - anyone else who may read the matter (oversight, an official on another's matter) sees
//   masked names ("Ông N.V.A., thôn 3") and no contact.
import { can, type Actor } from './policy.js';

export type PetitionerView = 'full' | 'masked' | 'hidden';

export interface MatterPetitionerFacts {
  unitPath: string;
  /** The user account of the official the matter is assigned to, if any. */
  assigneeUserId: string | null;
  /** User accounts of the people the matter names (conflict of interest). */
  conflictUserIds: readonly string[];
}

export function petitionerView(actor: Actor, m: MatterPetitionerFacts): PetitionerView {
  if (m.conflictUserIds.includes(actor.userId)) return 'hidden';
  if (can(actor, 'opinion.personal', m)) return 'full';
  if (
    m.assigneeUserId !== null &&
    m.assigneeUserId === actor.userId &&
    can(actor, 'opinion.read-assigned', m)
  )
    return 'full';
  return 'masked';
}
