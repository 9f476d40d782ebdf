import type { SubgraphConfig } from '@hub/config';
import { databaseIsReady, insertAccessLog, openDatabase, poolStatsOf } from '@hub/db';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { jakartaDate } from '@hub/reference';
import { createSubgraphServer, inputLimitsOf, protectSchema } from '@hub/server';
import type { CorrectionsContext } from './context';
import { createLoaders } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { permissions, personalData } from './permissions';
import { buildCorrectionsSchema } from './schema';
import { seedCorrections } from './seed';

/** The corrections subgraph's composition root: database, schema with permissions, HTTP server. */
export async function createCorrectionsApp(config: SubgraphConfig, log: Logger) {
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, entities, migrations });
  if (config.demoSeed === 'if-empty') {
    const world = generateDemoWorld(config.seedToday ?? jakartaDate(new Date()));
    if (await seedCorrections(orm.em.fork(), world)) log.info('demo data seeded', { clients: world.clients.length });
  }
  const schema = protectSchema(await buildCorrectionsSchema(), permissions, personalData, inputLimitsOf(entities));
  const server = await createSubgraphServer<CorrectionsContext>({
    name: 'corrections',
    config,
    schema,
    log,
    extendContext: (base) => {
      const em = orm.em.fork();
      return { ...base, em, loaders: createLoaders(em) };
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
