// The condition "this row's unit is in the dashboard's area" (dashboard-scope.ts, Area) as SQL,
// for the dashboard's repositories to add to their reads.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isWholeArea, type Area } from './dashboard-scope.js';

/**
 * The condition "this row's unit is in the area", on the row's unit id column; where the row keeps
 * its unit's path too (the report facts and summaries), a province's is a prefix of that path, which
 * their indexes by due date answer without a list of its communes.
 */
export const inArea = (
  area: Area,
  unitIdColumn: string,
  unitPathColumn?: string,
): RawBuilder<SqlBool> => {
  if (!isWholeArea(area)) return sql<SqlBool>`${sql.ref(unitIdColumn)} = ${area.unitId}`;
  if (unitPathColumn) return sql<SqlBool>`${sql.ref(unitPathColumn)} like ${`${area.path}%`}`;
  return sql<SqlBool>`${sql.ref(unitIdColumn)} in (select area_unit.id from unit area_unit where area_unit.path like ${`${area.path}%`})`;
};
