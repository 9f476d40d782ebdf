import 'reflect-metadata';
import { MikroORM, ReflectMetadataProvider, type Options, type EntityClass, type EntitySchema } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { recordStatement } from './statements';

/** A committed migration: its name and class, listed explicitly so compiled and test code find the same set. */
export interface MigrationEntry {
  name: string;
  class: new (...args: never[]) => Migration;
}

export interface OrmSettings {
  databaseUrl: string;
  entities: Array<EntityClass<unknown> | EntitySchema>;
  migrations: MigrationEntry[];
  /** Connection pool size; small by default, as each agency runs modest hardware. */
  poolMax?: number;
  /** PostgreSQL's statement_timeout on every connection (ms). */
  statementTimeoutMs?: number;
}

/**
 * No statement runs longer than the gateway waits for a subgraph (its 10 s fetch deadline): work the
 * gateway gave up on is stopped in PostgreSQL too, not left holding a connection and a core.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/** MikroORM options for one subgraph's database (PostgreSQL, explicit entities, committed migrations). */
export function ormOptions(settings: OrmSettings): Options {
  return {
    clientUrl: settings.databaseUrl,
    entities: settings.entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: settings.migrations as never,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    pool: { min: 0, max: settings.poolMax ?? 10 },
    driverOptions: { connection: { statement_timeout: settings.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS } },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    // Entity validation errors would echo values; keep them off, services validate with named rules instead.
    validate: false,
  };
}

/** Connects, runs pending migrations, and hooks the per-request SQL statement counter. */
export async function openDatabase(settings: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(settings));
  orm.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql?: string }) => recordStatement(query.sql ?? ''));
  await orm.getMigrator().up();
  return orm;
}

/** True when the database answers; used by readiness probes. */
export async function databaseIsReady(orm: MikroORM, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    // An unreachable server can hold a connection attempt for long; a probe must answer quickly.
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error('probe timed out')), timeoutMs);
    });
    await Promise.race([orm.em.getConnection().execute('select 1'), late]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
