import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';

/**
 * The planner's estimate of how many rows a query returns, from the table statistics (no row is
 * read): for a "how many, roughly" figure where an exact count would scan a large part of an index.
 * It is as fresh as the last ANALYZE, which autovacuum keeps up to date.
 */
export async function estimateRows<T extends object>(em: EntityManager, query: QueryBuilder<T>): Promise<number> {
  const knex = query.getKnexQuery().clearOrder().clearSelect().select(em.getConnection().getKnex().raw('1'));
  const { sql, bindings } = knex.toSQL();
  // EXPLAIN takes no bound parameters: the values are quoted into the text by the ORM's own formatter.
  const explained = `explain (format json) ${em.getPlatform().formatQuery(sql, [...bindings])}`;
  const result = (await em.getConnection().getKnex().raw(explained)) as {
    rows: Array<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>;
  };
  return Math.round(result.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
}
