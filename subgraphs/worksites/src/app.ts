import type { SubgraphConfig } from '@hub/config';
import { databaseIsReady, insertAccessLog, openDatabase, poolStatsOf } from '@hub/db';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { jakartaDate } from '@hub/reference';
import { createSubgraphServer, inputLimitsOf, protectSchema } from '@hub/server';
import type { WorksitesContext } from './context';
import { createLoaders } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { permissions, personalData } from './permissions';
import { buildWorksitesSchema } from './schema';
import { seedWorksites } from './seed';

/** The worksites subgraph's composition root: database, schema with permissions, HTTP server. */
export async function createWorksitesApp(config: SubgraphConfig, log: Logger) {
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, entities, migrations });
  if (config.demoSeed === 'if-empty') {
    const world = generateDemoWorld(config.seedToday ?? jakartaDate(new Date()));
    if (await seedWorksites(orm.em.fork(), world)) log.info('demo data seeded', { placements: world.placements.length });
  }
  const schema = protectSchema(await buildWorksitesSchema(), permissions, personalData, inputLimitsOf(entities));
  const server = await createSubgraphServer<WorksitesContext>({
    name: 'worksites',
    config,
    schema,
    log,
    extendContext: (base) => {
      const em = orm.em.fork();
      return { ...base, em, loaders: createLoaders(em), ...(config.gatewayUrl ? { gatewayUrl: config.gatewayUrl } : {}) };
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
