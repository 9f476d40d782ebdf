import type { SubgraphConfig } from '@hub/config';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { createSubgraphApp } from '@hub/server';
import { createLoaders } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { permissions, personalData } from './permissions';
import { buildCorrectionsSchema } from './schema';
import { seedCorrections } from './seed';

/** The corrections subgraph's composition root: what is its own, on the shared skeleton (@hub/server). */
export function createCorrectionsApp(config: SubgraphConfig, log: Logger) {
  return createSubgraphApp(
    {
      name: 'corrections',
      entities,
      migrations,
      buildSchema: buildCorrectionsSchema,
      permissions,
      personalData,
      createLoaders,
      demo: { world: generateDemoWorld, seed: seedCorrections, summary: (world) => ({ clients: world.clients.length }) },
    },
    config,
    log,
  );
}
