import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, Knex } from '@mikro-orm/postgresql';
import { findLeanByKey, isReadOnly } from './lean';

/**
 * One SQL statement per batch: loads records by id, answering null for ids that do not exist.
 * Every relation and every `__resolveReference` goes through loaders like this one.
 */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const where = { id: { $in: [...ids] } } as unknown as FilterQuery<T>;
    const rows = isReadOnly(em) ? await findLeanByKey(em, entity, 'id', ids) : await em.find(entity, where);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** One SQL statement per batch: loads the records whose `key` column matches, grouped per key, in a stable order. */
export function groupLoader<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  options?: DataLoader.Options<string, T[]>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const where = { [key]: { $in: [...keys] } } as unknown as FilterQuery<T>;
    const rows = isReadOnly(em)
      ? await findLeanByKey(em, entity, key, keys, orderBy as Record<string, 'asc' | 'desc'>)
      : await em.find(entity, where, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as unknown as string)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  }, options);
}

/** One SQL statement per batch: the first record per key in the given order (the latest, with a descending order), or null. */
export function firstOfGroupLoader<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  options?: DataLoader.Options<string, T | null>,
): DataLoader<string, T | null> {
  const groups = groupLoader(em, entity, key, orderBy, { cache: false });
  return new DataLoader<string, T | null>(
    async (keys) => (await groups.loadMany(keys)).map((group) => (group instanceof Error ? group : (group[0] ?? null))),
    options,
  );
}

/**
 * One grouped SQL statement per batch: counts the rows of `table` per value of `keyColumn`, with an
 * optional extra condition (a Knex builder callback). Keys with no rows count 0.
 */
export function groupCountLoader(
  em: EntityManager,
  table: string,
  keyColumn: string,
  condition: (qb: Knex.QueryBuilder) => Knex.QueryBuilder = (qb) => qb,
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const knex = em.getConnection().getKnex();
    const query = condition(
      knex(table)
        .select(`${keyColumn} as key`)
        .count({ n: '*' })
        .whereIn(keyColumn, [...keys])
        .groupBy(keyColumn),
    );
    // Through the driver with bound parameters: MikroORM's execute would inline the keys into the SQL text.
    const rows = (await query) as Array<{ key: string; n: string | number }>;
    const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}
