import type { MikroORM } from '@mikro-orm/postgresql';

/** The subset of knex's connection pool (tarn) that the metrics read. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** Connections in use, idle, requests waiting for one, and the pool's size; undefined before the pool exists. */
export function poolStatsOf(orm: MikroORM): { inUse: number; idle: number; waiting: number; max: number } | undefined {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return undefined;
  return { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires(), max: pool.max };
}
