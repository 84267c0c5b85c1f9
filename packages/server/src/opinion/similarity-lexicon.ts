// The normalisation table's page: a unit's own entries (abbreviations, local words, the places the
// office names), what it inherits from the units above and the built-in table, and its villages.
// Saving replaces the unit's entries as a whole, guarded by the version; audited.
import { builtInLexicon, DomainError, type Actor, type LexiconInput } from '@doithoai/core';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/open-database.js';
import { nowIso } from '../db/ids.js';
import { findUnit, unitNames } from '../unit/unit.repository.js';
import { requireAccess } from '../shared/require-access.js';
import { parseEntries, pathIds } from './similarity-model.js';
import { childUnitNames, lexiconRows, saveLexiconRow } from './similarity.repository.js';
import type { Q } from '../shared/query.js';

const changed = () =>
  new DomainError('CONFLICT', {
    vi: 'Từ điển vừa được người khác sửa; hãy tải lại trang',
    en: 'Someone else has just changed the table; reload the page',
  });

async function read(db: Q, unit: { id: string; path: string }) {
  const ids = pathIds(unit.path);
  const rows = await lexiconRows(db, ids);
  const names = await unitNames(db, ids);
  const own = rows.find((r) => r.unit_id === unit.id);
  return {
    own: own ? parseEntries(own.entries) : [],
    version: own?.version ?? 0,
    inherited: rows
      .filter((r) => r.unit_id !== unit.id)
      .sort((a, b) => ids.indexOf(a.unit_id) - ids.indexOf(b.unit_id))
      .flatMap((r) =>
        parseEntries(r.entries).map((e) => ({ ...e, unitName: names.get(r.unit_id) ?? '' })),
      ),
    builtIn: builtInLexicon,
    places: await childUnitNames(db, unit.id),
  };
}

export async function getLexicon({ db }: { db: Db }, actor: Actor, unitId: string) {
  const unit = await findUnit(db.kysely, unitId);
  requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
  return read(db.kysely, unit!);
}

export async function saveLexicon(
  { db }: { db: Db },
  actor: Actor,
  unitId: string,
  input: LexiconInput,
) {
  return db.kysely.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    requireAccess(actor, 'opinion.update', unit && { unitPath: unit.path });
    const current = (await lexiconRows(trx, [unitId]))[0];
    if ((current?.version ?? 0) !== input.version) {
      throw changed();
    }
    const saved = await saveLexiconRow(
      trx,
      {
        unitId,
        entries: JSON.stringify(input.entries),
        version: input.version + 1,
        by: actor.userId,
        at: nowIso(),
      },
      current ? current.version : null,
    );
    if (saved !== 1) throw changed();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'opinion.lexicon.save',
      entity: 'unit',
      entityId: unitId,
      unitId,
      detail: { entries: input.entries.length },
    });
    return read(trx, unit!);
  });
}
