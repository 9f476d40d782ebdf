import type { SubgraphConfig } from '@hub/config';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { createSubgraphApp } from '@hub/server';
import { createLoaders } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { permissions, personalData } from './permissions';
import { buildWorksitesSchema } from './schema';
import { seedWorksites } from './seed';

/** The worksites subgraph's composition root: what is its own, on the shared skeleton (@hub/server). */
export function createWorksitesApp(config: SubgraphConfig, log: Logger) {
  return createSubgraphApp(
    {
      name: 'worksites',
      entities,
      migrations,
      buildSchema: buildWorksitesSchema,
      permissions,
      personalData,
      createLoaders,
      demo: { world: generateDemoWorld, seed: seedWorksites, summary: (world) => ({ placements: world.placements.length }) },
    },
    config,
    log,
  );
}
