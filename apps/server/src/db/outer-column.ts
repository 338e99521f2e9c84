import { getTableName, sql, type Column } from 'drizzle-orm';

/**
 * A column of the outer query, named in full for a correlated subquery. Drizzle writes a column
 * of a one-table select unqualified ("id"), which inside `(select … from evidence e where
 * e.participant_id = "id")` names the subquery's own column of that name, not the outer row's.
 */
export const outerColumn = (column: Column) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
