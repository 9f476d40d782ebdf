import { randomBytes } from 'node:crypto';
import { currentEnvironment, SUBGRAPH_NAMES, type Environment, type SubgraphName } from '@hub/config';
import { mintToken } from '@hub/auth';
import { generateDemoWorld, type DemoWorld } from '@hub/demo';
import { DEMO_AUDIENCE, DEMO_ISSUER, startHub, type DemoSecrets, type HubOptions, type RunningHub } from '@hub/dev';
import { claimsOfUser, createTestDatabase, freePort } from '@hub/testing';

/** The whole hub, started for one end-to-end test file on free ports and fresh databases. */
export interface TestHub {
  hub: RunningHub;
  world: DemoWorld;
  secrets: DemoSecrets;
  tokenFor(username: string): Promise<string>;
  stop(): Promise<void>;
}

/** The demo seed's "today" in end-to-end tests. */
export const E2E_SEED_TODAY = '2026-11-20';

/** What a test may change in the hub it starts (fault tests: restarts, short deadlines, their own database server). */
export type TestHubOptions = Partial<Pick<HubOptions, 'restart' | 'gatewayEnv' | 'subgraphEnv' | 'databaseUrls'>> & {
  /** Settings added to all four processes. */
  env?: Environment;
};

/** Starts the three subgraphs and the gateway as separate processes, as in production. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const fresh = () => randomBytes(32).toString('base64url');
  const secrets: DemoSecrets = {
    authSecret: fresh(),
    subgraphSecrets: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, fresh()])) as Record<SubgraphName, string>,
  };
  const dbs = options.databaseUrls ? [] : await Promise.all(SUBGRAPH_NAMES.map((n) => createTestDatabase(`e2e_${n}`)));
  const databaseUrls =
    options.databaseUrls ?? (Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [n, dbs[i]!.url])) as Record<SubgraphName, string>);
  const hub = await startHub({
    host: '127.0.0.1',
    ports: {
      gateway: await freePort(),
      corrections: await freePort(),
      'child-protection': await freePort(),
      worksites: await freePort(),
    },
    secrets,
    databaseUrls,
    seedToday: E2E_SEED_TODAY,
    nodeEnv: 'test',
    logLevel: 'warn',
    quiet: true,
    baseEnv: { ...currentEnvironment(), ...options.env },
    ...(options.restart ? { restart: options.restart } : {}),
    ...(options.gatewayEnv ? { gatewayEnv: options.gatewayEnv } : {}),
    ...(options.subgraphEnv ? { subgraphEnv: options.subgraphEnv } : {}),
  });
  const world = generateDemoWorld(E2E_SEED_TODAY);
  return {
    hub,
    world,
    secrets,
    tokenFor: (username) => {
      const user = world.users.find((u) => u.username === username);
      if (!user) throw new Error(`no demo user ${username}`);
      return mintToken(claimsOfUser(user), { secret: secrets.authSecret, issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE });
    },
    async stop() {
      await hub.stop();
      await Promise.all(dbs.map((d) => d.drop()));
    },
  };
}
