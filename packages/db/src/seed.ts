import type { EntityData, EntityManager, EntityName, RequiredEntityData } from '@mikro-orm/postgresql';

/**
 * Writes a subgraph's part of the demo world once: nothing when the database has a `marker` row
 * already (false), otherwise what `write` writes, in one transaction, all or nothing (true).
 */
export async function seedOnce<T extends object>(
  em: EntityManager,
  marker: EntityName<T>,
  write: (tx: EntityManager) => Promise<void>,
): Promise<boolean> {
  if ((await em.count(marker, {})) > 0) return false;
  await em.transactional(write);
  return true;
}

/**
 * Inserts copies of the rows in one statement, leaving the caller's objects (the demo world's) as they
 * are; a column the rows leave out takes its default.
 */
export async function insertCopies<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: readonly EntityData<T>[],
): Promise<void> {
  await em.insertMany<T>(entity, rows.map((row) => ({ ...row })) as RequiredEntityData<T>[]);
}
