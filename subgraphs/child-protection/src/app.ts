import type { SubgraphConfig } from '@hub/config';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { createSubgraphApp } from '@hub/server';
import { createLoaders } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { permissions, personalData } from './permissions';
import { buildChildProtectionSchema } from './schema';
import { seedChildProtection } from './seed';

/** The child-protection subgraph's composition root: what is its own, on the shared skeleton (@hub/server). */
export function createChildProtectionApp(config: SubgraphConfig, log: Logger) {
  return createSubgraphApp(
    {
      name: 'child-protection',
      entities,
      migrations,
      buildSchema: buildChildProtectionSchema,
      permissions,
      personalData,
      createLoaders,
      demo: {
        world: generateDemoWorld,
        seed: seedChildProtection,
        summary: (world) => ({ protectionCases: world.protectionCases.length }),
      },
    },
    config,
    log,
  );
}
