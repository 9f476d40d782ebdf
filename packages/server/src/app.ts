import type { GraphQLSchema } from 'graphql';
import type { IRules } from 'graphql-shield';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphConfig } from '@hub/config';
import { databaseIsReady, insertAccessLog, openDatabase, poolStatsOf, type OrmSettings } from '@hub/db';
import type { Logger } from '@hub/errors';
import { jakartaDate } from '@hub/reference';
import type { PersonalDataMap } from './access-log';
import { inputLimitsOf } from './input-limits';
import { createSubgraphServer, protectSchema, type SubgraphBaseContext } from './subgraph';

/** The request context every subgraph app gets: the shared part, its own entity manager fork and its loaders. */
export type SubgraphAppContext<TLoaders> = SubgraphBaseContext & {
  em: EntityManager;
  loaders: TLoaders;
  /** The hub gateway, to fetch another agency's facts as the caller (when configured). */
  gatewayUrl?: string;
};

/** What is a subgraph's own; everything else about building and serving it is the same for all three. */
export interface SubgraphAppOptions<TLoaders, TWorld> {
  name: string;
  entities: OrmSettings['entities'];
  migrations: OrmSettings['migrations'];
  /** The schema without permissions (schema.ts). */
  buildSchema: () => Promise<GraphQLSchema>;
  permissions: IRules;
  personalData: PersonalDataMap;
  /** A request's loaders on its own entity manager fork. */
  createLoaders: (em: EntityManager) => TLoaders;
  /** The demo data, seeded into an empty database when `DEMO_SEED=if-empty`. */
  demo: {
    world: (today: string) => TWorld;
    seed: (em: EntityManager, world: TWorld) => Promise<boolean>;
    /** The counts logged once seeded. */
    summary: (world: TWorld) => Record<string, number>;
  };
}

/**
 * A subgraph's composition root: opens and migrates its database, seeds the demo if asked, builds the
 * schema with its permissions and input limits, and serves it with a fresh fork and loaders per request.
 */
export async function createSubgraphApp<TLoaders, TWorld>(
  options: SubgraphAppOptions<TLoaders, TWorld>,
  config: SubgraphConfig,
  log: Logger,
) {
  const { entities, migrations } = options;
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, entities, migrations });
  if (config.demoSeed === 'if-empty') {
    const world = options.demo.world(config.seedToday ?? jakartaDate(new Date()));
    if (await options.demo.seed(orm.em.fork(), world)) log.info('demo data seeded', options.demo.summary(world));
  }
  const schema = protectSchema(await options.buildSchema(), options.permissions, options.personalData, inputLimitsOf(entities));
  const server = await createSubgraphServer<SubgraphAppContext<TLoaders>>({
    name: options.name,
    config,
    schema,
    log,
    extendContext: (base) => {
      const em = orm.em.fork() as EntityManager;
      return { ...base, em, loaders: options.createLoaders(em), ...(config.gatewayUrl ? { gatewayUrl: config.gatewayUrl } : {}) };
    },
    ready: () => databaseIsReady(orm),
    writeAccessLog: (rows) => insertAccessLog(orm.em.fork(), rows),
    poolStats: () => poolStatsOf(orm),
  });
  return {
    orm,
    schema,
    http: server.http,
    async close(): Promise<void> {
      await server.stop();
      await orm.close();
    },
  };
}
